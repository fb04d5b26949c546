import { subprocessorChanges, subprocessorsOf, type PolicySnapshot } from '@noticeboard/domain';
import { SAFEGUARD_WORDS, subprocessorEntries, type SubprocessorEntry } from '../policy-versions/subprocessors.page.js';

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

const countryOf = (code: string) => new Intl.DisplayNames(['en'], { type: 'region' }).of(code) ?? code;
const safeguards = (s: Subprocessor) => s.safeguards.map((g) => SAFEGUARD_WORDS[g] ?? g).join(', ') || 'none';

const FIELD_WORDS: Record<ListedField, [string, (s: Subprocessor) => string]> = {
  name: ['name', (s) => s.name],
  legalEntity: ['legal entity', (s) => s.legalEntity ?? '—'],
  country: ['country', (s) => s.countryName ?? '—'],
  processingCountries: ['also processes in', (s) => s.processingCountries.map(countryOf).join(', ') || '—'],
  service: ['service', (s) => s.service ?? '—'],
  safeguards: ['transfer safeguards', safeguards],
  privacyPolicyUrl: ['privacy policy', (s) => s.privacyPolicyUrl ?? '—'],
};

function line(s: Subprocessor): string {
  const where = [s.countryName, ...s.processingCountries.map(countryOf)].filter(Boolean).join(', ');
  return `- ${s.name}${s.legalEntity && s.legalEntity !== s.name ? ` (${s.legalEntity})` : ''}${where ? `, ${where}` : ''}${s.service ? `: ${s.service}` : ''}; transfer safeguards: ${safeguards(s)}`;
}

/** The change set as plain text for a notice: added, removed, and changed processors with before → after. */
export function describeChangeSet(set: SubprocessorChangeSet): string {
  const sections: string[] = [];
  if (set.added.length) sections.push(['Added:', ...set.added.map(line)].join('\n'));
  if (set.removed.length) sections.push(['Removed:', ...set.removed.map(line)].join('\n'));
  if (set.changed.length) {
    const changed = set.changed.map(
      ({ before, after, fields }) =>
        `- ${after.name}: ${fields.map((f) => `${FIELD_WORDS[f][0]} ${FIELD_WORDS[f][1](before)} → ${FIELD_WORDS[f][1](after)}`).join('; ')}`,
    );
    sections.push(['Changed:', ...changed].join('\n'));
  }
  return sections.join('\n\n');
}
