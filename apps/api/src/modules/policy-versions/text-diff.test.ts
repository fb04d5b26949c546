import { diffLines } from 'diff';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TEXT_DIFF_LIMITS } from '@noticeboard/domain';
import { boundedTextDiff, textDiff, unmatchedLines } from './text-diff.js';

const v = (n: number, text: string) => ({ name: `version ${n}`, text });
const lines = (n: number, tag: string) =>
  Array.from({ length: n }, (_, i) => `${tag} paragraph ${i}: we keep your data as long as the contract lasts.\n`).join(
    '',
  );
const limitOf = (outcome: ReturnType<typeof textDiff>) => ('omitted' in outcome ? outcome.omitted.limit : null);

describe('textDiff', () => {
  it('gives the unified diff with two lines of context', () => {
    const before = 'a\nb\nc\nd\ne\nf\n';
    const outcome = textDiff(v(1, before), v(2, before.replace('d', 'D')));
    expect(outcome).toEqual({
      patch: expect.stringContaining('--- version 1\n+++ version 2\n@@ -2,5 +2,5 @@\n b\n c\n-d\n+D\n e\n f\n'),
    });
  });

  it('leaves out texts beyond the size limits before comparing', () => {
    expect(limitOf(textDiff(v(1, 'x'.repeat(TEXT_DIFF_LIMITS.maxTextLength + 1)), v(2, 'x')))).toBe('TEXT_LENGTH');
    expect(limitOf(textDiff(v(1, 'x'), v(2, '\n'.repeat(TEXT_DIFF_LIMITS.maxLines + 1))))).toBe('LINE_COUNT');
  });

  it('leaves out texts rewritten throughout before comparing, and compares rewrites within the edit limit', () => {
    const half = TEXT_DIFF_LIMITS.maxEditLength / 2;
    expect(unmatchedLines(lines(half + 1, 'old'), lines(half + 1, 'new'))).toBe(TEXT_DIFF_LIMITS.maxEditLength + 2);
    expect(limitOf(textDiff(v(1, lines(half + 1, 'old')), v(2, lines(half + 1, 'new'))))).toBe('EDIT_LENGTH');
    // A clock generous enough that a busy machine cannot stop it: this is about the edit bound.
    const rewritten = textDiff(
      v(1, lines(50, 'old') + lines(500, 'same')),
      v(2, lines(50, 'new') + lines(500, 'same')),
      10_000,
    );
    expect('patch' in rewritten && rewritten.patch.split('\n').filter((l) => /^[-+][a-z]/.test(l))).toHaveLength(100);
  });

  it('stops comparing the same lines in another order once past the edit or time limit', () => {
    const ordered = lines(TEXT_DIFF_LIMITS.maxEditLength, 'same');
    const reversed = ordered.split('\n').slice(0, -1).reverse().join('\n') + '\n';
    expect(unmatchedLines(ordered, reversed)).toBe(0);
    expect(limitOf(textDiff(v(1, ordered), v(2, reversed)))).toMatch(/^(EDIT_LENGTH|TIME)$/);
  });

  it('stops comparing texts whose lines repeat in patterns (each step long) within the limits', () => {
    const pattern = (every: number) =>
      Array.from({ length: TEXT_DIFF_LIMITS.maxLines }, (_, i) => (i % every ? 'x\n' : 'y\n')).join('');
    expect(limitOf(textDiff(v(1, pattern(2)), v(2, pattern(3))))).toMatch(/^(EDIT_LENGTH|TIME)$/);
  });

  it('counts no more unmatched lines than any line diff edits', () => {
    const text = fc
      .tuple(
        fc.array(fc.constantFrom('a', 'b', '', ' ', 'a\r'), { maxLength: 12 }),
        fc.constantFrom('\n', '\r\n'),
        fc.boolean(),
      )
      .map(([ls, eol, last]) => ls.join(eol) + (last ? eol : ''));
    fc.assert(
      fc.property(text, text, (a, b) => {
        const edits = diffLines(a, b).reduce((n, c) => n + (c.added || c.removed ? c.count : 0), 0);
        expect(unmatchedLines(a, b)).toBeLessThanOrEqual(edits);
      }),
      { seed: 20_261_207, numRuns: 500 },
    );
  });
});

describe('boundedTextDiff', () => {
  it('answers diffs asked for at once, each as textDiff does', async () => {
    const pairs = [v(1, 'a\n'), v(2, 'b\n'), v(3, lines(300, 'old')), v(4, lines(300, 'new'))];
    const outcomes = await Promise.all([
      boundedTextDiff(pairs[0]!, pairs[1]!),
      boundedTextDiff(pairs[2]!, pairs[3]!),
      boundedTextDiff(pairs[0]!, pairs[0]!),
    ]);
    expect(outcomes).toEqual([
      textDiff(pairs[0]!, pairs[1]!),
      textDiff(pairs[2]!, pairs[3]!),
      textDiff(pairs[0]!, pairs[0]!),
    ]);
  });
});
