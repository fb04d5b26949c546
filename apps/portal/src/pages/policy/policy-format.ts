// The parser alone: the package's index also builds every kind of differ when it loads.
import { parsePatch } from 'diff/lib/patch/parse.js';
import { EDITOR_SECTIONS, type PolicyLocationKind } from '../../lib/policy-location.js';

/** Words and pure logic of "Publish & versions": languages, diff sections, the side-by-side text diff. */

/** The API's Language enum; the renderer writes the same languages in lower case. */
export type ApiLanguage = 'EN' | 'DE' | 'FR' | 'ES' | 'IT';

/** A language by its own name, with the English name beside it for the others: "Deutsch (German)". */
export function languageName(code: string): string {
  const lower = code.toLowerCase();
  const own = new Intl.DisplayNames([lower], { type: 'language' }).of(lower) ?? lower;
  const english = new Intl.DisplayNames(['en'], { type: 'language' }).of(lower) ?? lower;
  const capitalised = own.charAt(0).toLocaleUpperCase(lower) + own.slice(1);
  return capitalised === english ? english : `${capitalised} (${english})`;
}

export type DiffSection =
  'AUDIENCES' | 'CLAUSES' | 'CONTROLLER' | 'COOKIES' | 'DATA_CATEGORIES' | 'PURPOSES' | 'RECIPIENTS' | 'SETTINGS';

/** Each section of a diff is edited in one editor section; the diff shows it under that section's name. */
const SECTION_EDITORS: Record<DiffSection, PolicyLocationKind> = {
  CONTROLLER: 'CONTROLLER',
  SETTINGS: 'SETTINGS',
  AUDIENCES: 'AUDIENCE',
  DATA_CATEGORIES: 'DATA_CATEGORY',
  PURPOSES: 'PURPOSE',
  RECIPIENTS: 'RECIPIENT',
  COOKIES: 'COOKIE',
  CLAUSES: 'CLAUSE',
};

export const CHANGE_KIND_LABELS: Record<string, string> = { ADDED: 'Added', REMOVED: 'Removed', CHANGED: 'Changed' };

interface Change {
  section: DiffSection;
}

/** Changes grouped by section, in the order the editor lists its sections. */
export function changesBySection<T extends Change>(
  changes: readonly T[],
): { section: DiffSection; label: string; changes: T[] }[] {
  const order = Object.keys(EDITOR_SECTIONS) as PolicyLocationKind[];
  return (Object.keys(SECTION_EDITORS) as DiffSection[])
    .sort((a, b) => order.indexOf(SECTION_EDITORS[a]) - order.indexOf(SECTION_EDITORS[b]))
    .map((section) => ({
      section,
      label: EDITOR_SECTIONS[SECTION_EDITORS[section]].label,
      changes: changes.filter((c) => c.section === section),
    }))
    .filter((group) => group.changes.length > 0);
}

// ---- the two-column text view ------------------------------------------------------------------------------

export interface DiffLine {
  /** The line's number in its version's text. */
  number: number;
  text: string;
  kind: 'same' | 'removed' | 'added';
}

/** One row of the two columns: a line of the older version beside the line of the newer one that replaced it. */
export interface DiffRow {
  old: DiffLine | null;
  new: DiffLine | null;
}

export interface DiffBlock {
  /** Unchanged lines before this block that the diff leaves out. */
  skipped: number;
  rows: DiffRow[];
}

/**
 * The unified diff the API gives (`textDiff`) as rows of two columns: unchanged lines on both sides, and each run
 * of removed lines beside the run of added lines that follows it, line by line (the longer run has blank partners).
 */
export function sideBySide(unifiedDiff: string): DiffBlock[] {
  const [patch] = parsePatch(unifiedDiff);
  let oldEnd = 1;
  return (patch?.hunks ?? []).map((hunk) => {
    const rows: DiffRow[] = [];
    let oldNumber = hunk.oldStart;
    let newNumber = hunk.newStart;
    let removed: DiffLine[] = [];
    let added: DiffLine[] = [];
    const pairUp = () => {
      for (let i = 0; i < Math.max(removed.length, added.length); i++)
        rows.push({ old: removed[i] ?? null, new: added[i] ?? null });
      removed = [];
      added = [];
    };
    for (const line of hunk.lines) {
      const marker = line[0];
      const text = line.slice(1);
      if (marker === '-') removed.push({ number: oldNumber++, text, kind: 'removed' });
      else if (marker === '+') added.push({ number: newNumber++, text, kind: 'added' });
      else if (marker === ' ') {
        pairUp();
        rows.push({
          old: { number: oldNumber++, text, kind: 'same' },
          new: { number: newNumber++, text, kind: 'same' },
        });
      }
      // "\ No newline at end of file" says nothing a reader needs.
    }
    pairUp();
    const block = { skipped: Math.max(0, hunk.oldStart - oldEnd), rows };
    oldEnd = hunk.oldStart + hunk.oldLines;
    return block;
  });
}

/**
 * Why the texts of two versions are not shown side by side, from the API's reason (`textDiffOmitted.message`,
 * which names the limit and its value) as a sentence.
 */
export function textNotComparedReason(message: string): string {
  const sentence = message.charAt(0).toUpperCase() + message.slice(1);
  return /[.!?]$/.test(sentence) ? sentence : `${sentence}.`;
}

/** The default pair to compare: the newest version against the one before it. */
export function defaultComparison(versions: readonly number[]): { from: number; to: number } | null {
  const sorted = [...versions].sort((a, b) => b - a);
  return sorted.length >= 2 ? { from: sorted[1]!, to: sorted[0]! } : null;
}

/** `?from=1&to=3` as two version numbers, or null when either is not a positive whole number. */
export function comparisonOf(params: URLSearchParams): { from: number; to: number } | null {
  const from = Number(params.get('from'));
  const to = Number(params.get('to'));
  return Number.isInteger(from) && Number.isInteger(to) && from > 0 && to > 0 ? { from, to } : null;
}

export type VersionStatus = 'live' | 'scheduled' | 'superseded';

/**
 * Where a version stands, from the API's `isLive` and its effective date: the live one; one that takes over on a
 * later date; or one a newer version has replaced.
 */
export function versionStatus(version: { isLive: boolean; effectiveDate: string }, today: string): VersionStatus {
  if (version.isLive) return 'live';
  return version.effectiveDate > today ? 'scheduled' : 'superseded';
}

export const VERSION_STATUS_LABELS: Record<VersionStatus, string> = {
  live: 'Live',
  scheduled: 'Scheduled',
  superseded: 'Superseded',
};
