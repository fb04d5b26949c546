import { Foundation1763800000000 } from './1763800000000-foundation.js';

/** In order. A migration, once released, is never edited: add a new one. */
export const MIGRATIONS = [Foundation1763800000000];
