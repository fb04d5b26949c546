import type { PolicySnapshot } from './policy.js';

/** The parts of a policy a diff reports on, in the order a reader meets them. */
export const DIFF_SECTIONS = [
  'CONTROLLER',
  'SETTINGS',
  'AUDIENCES',
  'DATA_CATEGORIES',
  'PURPOSES',
  'RECIPIENTS',
  'COOKIES',
  'CLAUSES',
] as const;
export type DiffSection = (typeof DIFF_SECTIONS)[number];

export type ChangeKind = 'ADDED' | 'REMOVED' | 'CHANGED';

export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

export interface PolicyChange {
  section: DiffSection;
  kind: ChangeKind;
  /** The item's id; null for the controller and the settings. */
  id: string | null;
  /** How people call the item (its name, or the section for singletons). */
  name: string;
  /** For CHANGED: every field whose value differs. */
  fields: FieldChange[];
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

function fieldChanges(
  before: Record<string, unknown>,
  after: Record<string, unknown>,
  ignore: readonly string[] = [],
): FieldChange[] {
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((k) => !ignore.includes(k)).sort();
  return keys
    .filter((k) => !same(before[k], after[k]))
    .map((field) => ({ field, before: before[field] ?? null, after: after[field] ?? null }));
}

type Item = { id: string; position: number } & Record<string, unknown>;

function nameOf(item: Record<string, unknown>): string {
  return String(item.name ?? item.title ?? item.section ?? item.id);
}

function diffItems(section: DiffSection, before: readonly Item[], after: readonly Item[]): PolicyChange[] {
  const old = new Map(before.map((i) => [i.id, i]));
  const now = new Map(after.map((i) => [i.id, i]));
  const changes: PolicyChange[] = [];
  for (const item of before) {
    if (!now.has(item.id)) changes.push({ section, kind: 'REMOVED', id: item.id, name: nameOf(item), fields: [] });
  }
  for (const item of after) {
    const previous = old.get(item.id);
    if (!previous) {
      changes.push({ section, kind: 'ADDED', id: item.id, name: nameOf(item), fields: [] });
      continue;
    }
    // Moving an item in the list is not a change of what the policy says.
    const fields = fieldChanges(previous, item, ['position']);
    if (fields.length) changes.push({ section, kind: 'CHANGED', id: item.id, name: nameOf(item), fields });
  }
  return changes;
}

/**
 * What changed between two snapshots, item by item (matched by id): added, removed, and changed with each field's
 * before and after. Retention is a field of its purpose; transfers are the country, processing countries and
 * safeguards of a recipient.
 */
export function diffSnapshots(before: PolicySnapshot, after: PolicySnapshot): PolicyChange[] {
  const controller = fieldChanges(
    before.controller as unknown as Record<string, unknown>,
    after.controller as unknown as Record<string, unknown>,
  );
  const settings = fieldChanges(
    before.settings as unknown as Record<string, unknown>,
    after.settings as unknown as Record<string, unknown>,
  );
  const as = (items: readonly unknown[]) => items as Item[];
  return [
    ...(controller.length
      ? [{ section: 'CONTROLLER' as const, kind: 'CHANGED' as const, id: null, name: 'controller', fields: controller }]
      : []),
    ...(settings.length
      ? [{ section: 'SETTINGS' as const, kind: 'CHANGED' as const, id: null, name: 'settings', fields: settings }]
      : []),
    ...diffItems('AUDIENCES', as(before.audiences), as(after.audiences)),
    ...diffItems('DATA_CATEGORIES', as(before.dataCategories), as(after.dataCategories)),
    ...diffItems('PURPOSES', as(before.purposes), as(after.purposes)),
    ...diffItems('RECIPIENTS', as(before.recipients), as(after.recipients)),
    ...diffItems('COOKIES', as(before.cookies), as(after.cookies)),
    ...diffItems('CLAUSES', as(before.clauses), as(after.clauses)),
  ];
}

/** The processors of a snapshot: what a public sub-processor list shows and subscribers are told about. */
export function subprocessorsOf(snapshot: PolicySnapshot) {
  return snapshot.recipients.filter((r) => r.role === 'PROCESSOR');
}

/** Changes to the sub-processor list only (added, removed, or changed processors). */
export function subprocessorChanges(before: PolicySnapshot, after: PolicySnapshot): PolicyChange[] {
  const ids = new Set([...subprocessorsOf(before), ...subprocessorsOf(after)].map((r) => r.id));
  return diffItems(
    'RECIPIENTS',
    subprocessorsOf(before) as unknown as Item[],
    subprocessorsOf(after) as unknown as Item[],
  ).filter((c) => c.id !== null && ids.has(c.id));
}

/**
 * Bounds of the line-by-line comparison of two versions' texts. Myers' algorithm (jsdiff) costs about the lines
 * times the edits, and runs on the request's thread, so two large texts that differ throughout would hold up
 * every other request; beyond these bounds the text comparison is left out and the item-by-item changes, which
 * cost little, stand alone. Measured with jsdiff 9 on a 2-core machine: 10,000 lines (paragraphs rewritten
 * throughout) take about 5 ms to split and 12–17 ms to give up at 400 edits (20–25 ms at 500, 60–70 ms at
 * 1,000); texts whose lines repeat in patterns (two kinds of line, shifted) make each step long, which the time
 * bound stops. Real policies have 100–300 lines and 6,000–30,000 characters.
 */
export const TEXT_DIFF_LIMITS = {
  /** Characters of either text. */
  maxTextLength: 500_000,
  /** Lines of either text. */
  maxLines: 10_000,
  /** Lines removed plus lines added. */
  maxEditLength: 400,
  /** Milliseconds of comparing after the texts are split into lines. */
  timeoutMs: 25,
} as const;

/** Which bound a text comparison broke. */
export const TEXT_DIFF_LIMIT_KINDS = ['TEXT_LENGTH', 'LINE_COUNT', 'EDIT_LENGTH', 'TIME'] as const;
export type TextDiffLimit = (typeof TEXT_DIFF_LIMIT_KINDS)[number];

export interface TextDiffOmission {
  limit: TextDiffLimit;
  message: string;
}

const count = (n: number) => n.toLocaleString('en-US');

/** Lines as a line diff counts them (a last line without a newline is one), counted up to `max + 1`. */
export function countLines(text: string, max: number = Number.MAX_SAFE_INTEGER): number {
  let lines = 0;
  for (let at = text.indexOf('\n'); at !== -1 && lines <= max; at = text.indexOf('\n', at + 1)) lines++;
  return lines <= max && text.length > 0 && !text.endsWith('\n') ? lines + 1 : lines;
}

/**
 * Whether two named texts may be compared line by line, before any comparing: null when both are within
 * `TEXT_DIFF_LIMITS`, else the first bound broken.
 */
export function textDiffInputLimit(texts: readonly { name: string; text: string }[]): TextDiffOmission | null {
  const { maxTextLength, maxLines } = TEXT_DIFF_LIMITS;
  for (const { name, text } of texts) {
    if (text.length > maxTextLength) {
      return {
        limit: 'TEXT_LENGTH',
        message: `the text of ${name} has ${count(text.length)} characters; texts of at most ${count(maxTextLength)} are compared line by line`,
      };
    }
  }
  for (const { name, text } of texts) {
    const lines = countLines(text, maxLines);
    if (lines > maxLines)
      return {
        limit: 'LINE_COUNT',
        message: `the text of ${name} has more than ${count(maxLines)} lines, the most compared line by line`,
      };
  }
  return null;
}

/** Why a comparison that was started gave up. */
export function textDiffAborted(limit: 'EDIT_LENGTH' | 'TIME'): TextDiffOmission {
  const { maxEditLength, timeoutMs } = TEXT_DIFF_LIMITS;
  return limit === 'EDIT_LENGTH'
    ? {
        limit,
        message: `the texts differ in more than ${count(maxEditLength)} lines (removed plus added), the most compared line by line`,
      }
    : { limit, message: `comparing the texts line by line took longer than ${timeoutMs} ms` };
}
