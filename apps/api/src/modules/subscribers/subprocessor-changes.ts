import { subprocessorChanges, subprocessorsOf, type PolicySnapshot } from '@noticeboard/domain';
import { LOCALES } from '@noticeboard/policy-render';
import { safeguardWords, subprocessorEntries, type SubprocessorEntry } from '../policy-versions/subprocessors.page.js';
import type { SubscriberWords } from './subscriber.messages.js';

export type Subprocessor = SubprocessorEntry & { id: string };

/** The fields the public list shows; a change to anything else (e.g. data categories) is no change of the list. */
const LISTED_FIELDS = [
  'name',
  'legalEntity',
  'country',
  'processingCountries',
  'service',
  'safeguards',
  'privacyPolicyUrl',
] as const;
type ListedField = (typeof LISTED_FIELDS)[number];

export interface SubprocessorChangeSet {
  added: Subprocessor[];
  removed: Subprocessor[];
  changed: { before: Subprocessor; after: Subprocessor; fields: ListedField[] }[];
}

function byId(snapshot: PolicySnapshot): Map<string, Subprocessor> {
  const entries = subprocessorEntries(snapshot);
  return new Map(subprocessorsOf(snapshot).map((r, i) => [r.id, { id: r.id, ...entries[i]! }]));
}

/** What changed in the sub-processor list between two published versions (the domain's structured diff). */
export function subprocessorChangeSet(before: PolicySnapshot, after: PolicySnapshot): SubprocessorChangeSet {
  const [old, now] = [byId(before), byId(after)];
  const set: SubprocessorChangeSet = { added: [], removed: [], changed: [] };
  for (const change of subprocessorChanges(before, after)) {
    const id = change.id!;
    if (change.kind === 'ADDED') set.added.push(now.get(id)!);
    else if (change.kind === 'REMOVED') set.removed.push(old.get(id)!);
    else {
      const fields = LISTED_FIELDS.filter((f) => change.fields.some((c) => c.field === f));
      if (fields.length) set.changed.push({ before: old.get(id)!, after: now.get(id)!, fields });
    }
  }
  return set;
}

export const isEmptyChangeSet = (set: SubprocessorChangeSet) =>
  !set.added.length && !set.removed.length && !set.changed.length;

const regionNames = new Map<string, Intl.DisplayNames>();
/** A country's name in the notice's language. */
function countryOf(w: SubscriberWords, code: string): string {
  let names = regionNames.get(w.language);
  if (!names) regionNames.set(w.language, (names = new Intl.DisplayNames([LOCALES[w.language]], { type: 'region' })));
  return names.of(code) ?? code;
}

/** The safeguards in the notice's language, named as the published list names them. */
const safeguards = (w: SubscriberWords, s: Subprocessor) =>
  s.safeguards.map((g) => safeguardWords(w.language)[g] ?? g).join(', ') || w.text('changes.noSafeguards');
const countryNameOf = (w: SubscriberWords, s: Subprocessor) => (s.country ? countryOf(w, s.country) : s.countryName);

/** How a notice shows each listed field's value. */
const FIELD_VALUES: Record<ListedField, (w: SubscriberWords, s: Subprocessor) => string> = {
  name: (_w, s) => s.name,
  legalEntity: (_w, s) => s.legalEntity ?? '—',
  country: (w, s) => countryNameOf(w, s) ?? '—',
  processingCountries: (w, s) => s.processingCountries.map((c) => countryOf(w, c)).join(', ') || '—',
  service: (_w, s) => s.service ?? '—',
  safeguards,
  privacyPolicyUrl: (_w, s) => s.privacyPolicyUrl ?? '—',
};

function line(w: SubscriberWords, s: Subprocessor): string {
  const where = [countryNameOf(w, s), ...s.processingCountries.map((c) => countryOf(w, c))].filter(Boolean).join(', ');
  return `- ${s.name}${s.legalEntity && s.legalEntity !== s.name ? ` (${s.legalEntity})` : ''}${where ? `, ${where}` : ''}${s.service ? `: ${s.service}` : ''}; ${w.text('changes.safeguards', { safeguards: safeguards(w, s) })}`;
}

/** The change set as plain text for a notice, in its language: added, removed, and changed processors with before → after. */
export function describeChangeSet(set: SubprocessorChangeSet, w: SubscriberWords): string {
  const sections: string[] = [];
  if (set.added.length) sections.push([w.text('changes.added'), ...set.added.map((s) => line(w, s))].join('\n'));
  if (set.removed.length) sections.push([w.text('changes.removed'), ...set.removed.map((s) => line(w, s))].join('\n'));
  if (set.changed.length) {
    const changed = set.changed.map(
      ({ before, after, fields }) =>
        `- ${after.name}: ${fields.map((f) => `${w.text(`field.${f}`)} ${FIELD_VALUES[f](w, before)} → ${FIELD_VALUES[f](w, after)}`).join('; ')}`,
    );
    sections.push([w.text('changes.changed'), ...changed].join('\n'));
  }
  return sections.join('\n\n');
}
