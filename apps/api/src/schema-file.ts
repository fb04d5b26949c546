import path from 'node:path';
import { repoRoot } from './config.js';

/** The committed SDL the portal generates its typed documents from. */
export const SCHEMA_FILE = path.join(repoRoot, 'apps', 'api', 'schema.graphql');
