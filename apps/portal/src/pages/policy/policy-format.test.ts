import { createTwoFilesPatch } from 'diff';
import { describe, expect, it } from 'vitest';
import {
  changesBySection,
  comparisonOf,
  defaultComparison,
  languageName,
  sideBySide,
  textNotComparedReason,
  versionStatus,
} from './policy-format.js';

/** The API's textDiff is made this way (policy-versions/text-diff.ts): jsdiff, two lines of context. */
const textDiff = (before: string[], after: string[]) =>
  createTwoFilesPatch(
    'version 1',
    'version 2',
    `${before.join('\n')}\n`,
    `${after.join('\n')}\n`,
    undefined,
    undefined,
    { context: 2 },
  );

const lines = (n: number, prefix = 'line') => Array.from({ length: n }, (_, i) => `${prefix} ${i + 1}`);

describe('sideBySide', () => {
  it('puts a changed line beside its replacement, with each version’s line numbers and context on both sides', () => {
    const before = lines(5);
    const after = [...before];
    after[2] = 'line 3, reworded';
    const [block, ...rest] = sideBySide(textDiff(before, after));
    expect(rest).toEqual([]);
    expect(block!.skipped).toBe(0);
    expect(block!.rows).toEqual([
      { old: { number: 1, text: 'line 1', kind: 'same' }, new: { number: 1, text: 'line 1', kind: 'same' } },
      { old: { number: 2, text: 'line 2', kind: 'same' }, new: { number: 2, text: 'line 2', kind: 'same' } },
      {
        old: { number: 3, text: 'line 3', kind: 'removed' },
        new: { number: 3, text: 'line 3, reworded', kind: 'added' },
      },
      { old: { number: 4, text: 'line 4', kind: 'same' }, new: { number: 4, text: 'line 4', kind: 'same' } },
      { old: { number: 5, text: 'line 5', kind: 'same' }, new: { number: 5, text: 'line 5', kind: 'same' } },
    ]);
  });

  it('leaves a blank partner for lines only one version has, and numbers the rest after the shift', () => {
    const before = ['intro', 'a', 'b', 'c', 'outro'];
    const after = ['intro', 'A', 'outro', 'new closing line'];
    const rows = sideBySide(textDiff(before, after)).flatMap((b) => b.rows);
    expect(rows.map((r) => [r.old?.text ?? null, r.new?.text ?? null])).toEqual([
      ['intro', 'intro'],
      ['a', 'A'],
      ['b', null],
      ['c', null],
      ['outro', 'outro'],
      [null, 'new closing line'],
    ]);
    expect(rows.at(-2)).toEqual({
      old: { number: 5, text: 'outro', kind: 'same' },
      new: { number: 3, text: 'outro', kind: 'same' },
    });
    expect(rows.at(-1)!.new).toEqual({ number: 4, text: 'new closing line', kind: 'added' });
  });

  it('says how many unchanged lines lie between the changed places', () => {
    const before = lines(40);
    const after = [...before];
    after[0] = 'first, changed';
    after[30] = 'thirty-one, changed';
    const blocks = sideBySide(textDiff(before, after));
    expect(blocks).toHaveLength(2);
    expect(blocks[0]!.skipped).toBe(0);
    // The first block shows lines 1–3; the second starts two lines of context before line 31.
    expect(blocks[1]!.rows[0]!.old!.number).toBe(29);
    expect(blocks[1]!.skipped).toBe(29 - 4);
  });

  it('has nothing to show for equal texts', () => {
    expect(sideBySide(textDiff(lines(3), lines(3)))).toEqual([]);
  });
});

describe('changesBySection', () => {
  it('groups changes under the editor’s section names, in the editor’s order, leaving out empty sections', () => {
    const changes = [
      { section: 'RECIPIENTS' as const, name: 'Zoom' },
      { section: 'CONTROLLER' as const, name: 'controller' },
      { section: 'RECIPIENTS' as const, name: 'Miro' },
      { section: 'AUDIENCES' as const, name: 'Customers' },
    ];
    expect(changesBySection(changes).map((g) => [g.label, g.changes.map((c) => c.name)])).toEqual([
      ['Company', ['controller']],
      ['Audiences', ['Customers']],
      ['Recipients', ['Zoom', 'Miro']],
    ]);
  });
});

describe('choosing versions to compare', () => {
  it('defaults to the newest version against the one before it', () => {
    expect(defaultComparison([1, 3, 2])).toEqual({ from: 2, to: 3 });
    expect(defaultComparison([1])).toBeNull();
  });

  it('reads two positive whole numbers from the address, and nothing else', () => {
    expect(comparisonOf(new URLSearchParams('from=1&to=3'))).toEqual({ from: 1, to: 3 });
    for (const query of ['from=1', 'from=0&to=2', 'from=1.5&to=2', 'from=a&to=2', 'from=-1&to=2', '']) {
      expect(comparisonOf(new URLSearchParams(query))).toBeNull();
    }
  });
});

describe('languageName', () => {
  it('names each language in itself, with English beside the others', () => {
    expect(languageName('en')).toBe('English');
    expect(languageName('DE')).toBe('Deutsch (German)');
    expect(languageName('fr')).toBe('Français (French)');
  });
});

describe('versionStatus', () => {
  it('is live when the API says so, scheduled before its effective date, and superseded after it', () => {
    const today = '2026-06-15';
    // The first version is live even before its date: there is nothing older to serve.
    expect(versionStatus({ isLive: true, effectiveDate: '2026-07-01' }, today)).toBe('live');
    expect(versionStatus({ isLive: false, effectiveDate: '2026-06-16' }, today)).toBe('scheduled');
    expect(versionStatus({ isLive: false, effectiveDate: '2026-06-15' }, today)).toBe('superseded');
    expect(versionStatus({ isLive: false, effectiveDate: '2025-01-01' }, today)).toBe('superseded');
  });
});

describe('textNotComparedReason', () => {
  it("turns the API's reason into a sentence", () => {
    expect(
      textNotComparedReason(
        'the text of version 1 has 612,000 characters; texts of at most 500,000 are compared line by line',
      ),
    ).toBe('The text of version 1 has 612,000 characters; texts of at most 500,000 are compared line by line.');
    expect(textNotComparedReason('Already a sentence.')).toBe('Already a sentence.');
  });
});
