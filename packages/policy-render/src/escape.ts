/**
 * The one HTML escaper: every text and attribute value goes through it. Escaping all five characters makes the
 * same function safe in text and in double- or single-quoted attributes.
 */
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
// eslint-disable-next-line no-control-regex -- control characters are what it looks for
const SPECIAL = /[&<>"'\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;
// eslint-disable-next-line no-control-regex -- control characters are what it replaces
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

export function escapeHtml(value: string): string {
  if (!SPECIAL.test(value)) return value; // most text: nothing to do
  // NUL is replaced as the HTML parser would; other C0 controls have no business in a policy either.
  return value.replace(/[&<>"']/g, (c) => ENTITIES[c]!).replace(CONTROL, '\ufffd');
}

/** The same control characters as `escapeHtml` replaces, for output that is not HTML (the plain-text rendering). */
export function replaceControlCharacters(value: string): string {
  return value.replace(CONTROL, '\ufffd');
}
