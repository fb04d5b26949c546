import type { Language } from '@noticeboard/domain';

/** The languages the renderer writes, in the order a picker shows them (the catalogs in ./i18n). */
export const RENDER_LANGUAGES: readonly Language[] = ['en', 'de', 'fr', 'es', 'it'];
