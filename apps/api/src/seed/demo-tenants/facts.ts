/**
 * The facts a demo tenant's published policy must state, as listed next to the policy text it reproduces
 * (`facts/<seed>.facts.json`): each group is a list of alternatives, and one of them must appear.
 */
export interface DemoFacts {
  /** The policy text the facts come from, e.g. `000_5a542e86b311ab2a.txt`. */
  source: string;
  company: string;
  note?: string;
  mustAppear: string[][];
}

/** Case-insensitive and whitespace-folded: any run of whitespace counts as one space. */
export function foldForFacts(text: string): string {
  return text.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** The groups of which no alternative appears in `text` (empty when every fact is stated). */
export function factsMissing(text: string, facts: Pick<DemoFacts, 'mustAppear'>): string[][] {
  const haystack = foldForFacts(text);
  return facts.mustAppear.filter((alternatives) => !alternatives.some((a) => haystack.includes(foldForFacts(a))));
}
