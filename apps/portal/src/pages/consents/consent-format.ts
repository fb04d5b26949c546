/** Words for the consent enums, and the small pure steps of the consents page. */

export type Choice = 'GRANTED' | 'REFUSED' | 'WITHDRAWN';

export const CHOICE_LABELS: Record<Choice, string> = {
  GRANTED: 'Granted',
  REFUSED: 'Refused',
  WITHDRAWN: 'Withdrawn',
};

/** A symbol beside the word, so an answer never depends on its colour alone. */
export const CHOICE_SYMBOLS: Record<Choice, string> = {
  GRANTED: '✓',
  REFUSED: '✕',
  WITHDRAWN: '↩',
};

export const METHOD_LABELS: Record<string, string> = {
  BANNER: 'Cookie banner',
  FORM: 'Form',
  API: 'Integration (API)',
  IMPORT: 'Import',
};

export const RECORDER_LABELS: Record<string, string> = {
  PUBLIC: 'website',
  USER: 'portal user',
  API_KEY: 'API key',
};

/** The three lists the API takes, from one answer (or none) per purpose, in the order the purposes were given. */
export function decisionLists(choices: ReadonlyMap<string, Choice | null>): {
  granted: string[];
  refused: string[];
  withdrawn: string[];
} {
  const lists = { granted: [] as string[], refused: [] as string[], withdrawn: [] as string[] };
  for (const [purposeId, choice] of choices) {
    if (choice === 'GRANTED') lists.granted.push(purposeId);
    else if (choice === 'REFUSED') lists.refused.push(purposeId);
    else if (choice === 'WITHDRAWN') lists.withdrawn.push(purposeId);
  }
  return lists;
}

/**
 * The API names a refused purpose by its place in a list ("granted.1"); the form shows that problem next to the
 * purpose it is about, so the path becomes "decision.<purposeId>".
 */
export function decisionProblemPath(path: string, lists: ReturnType<typeof decisionLists>): string {
  const match = /^(granted|refused|withdrawn)\.(\d+)$/.exec(path);
  if (!match) return path;
  const purposeId = lists[match[1] as keyof typeof lists][Number(match[2])];
  return purposeId ? `decision.${purposeId}` : path;
}

/** A file name for a subject's proof export: the client and the start of the subject's hash, never the identifier. */
export function proofFileName(slug: string, subjectHash: string, now = new Date()): string {
  return `consent-proof-${slug}-${subjectHash.slice(0, 12)}-${now.toISOString().slice(0, 10)}.json`;
}

/** Saves JSON as a file through a temporary object URL and an <a download>. */
export function downloadJson(fileName: string, value: unknown): void {
  const blob = new Blob([JSON.stringify(value, null, 2)], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The click has started the download; the URL is no longer needed once the event loop moves on.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
