import { createTwoFilesPatch } from 'diff';
import { TEXT_DIFF_LIMITS, textDiffAborted, textDiffInputLimit, type TextDiffOmission } from '@noticeboard/domain';

export interface NamedText {
  /** How the patch and a refusal name it: "version 3". */
  name: string;
  text: string;
}

export type TextDiffOutcome = { patch: string } | { omitted: TextDiffOmission };

/** The lines of a text as jsdiff's line diff splits them, without their line breaks. */
function linesOf(text: string): string[] {
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  return lines;
}

/**
 * How many lines only one of two texts has, counting repeats: each must be removed or added, so no line diff has
 * fewer edits. One pass, where Myers' algorithm would spend its whole edit budget finding that out.
 */
export function unmatchedLines(before: string, after: string): number {
  const counts = new Map<string, number>();
  for (const line of linesOf(before)) counts.set(line, (counts.get(line) ?? 0) + 1);
  let unmatched = 0;
  for (const line of linesOf(after)) {
    const n = counts.get(line) ?? 0;
    if (n > 0) counts.set(line, n - 1);
    else unmatched++;
  }
  for (const n of counts.values()) unmatched += n;
  return unmatched;
}

/**
 * The unified diff (two lines of context) of two texts, line by line, within `TEXT_DIFF_LIMITS`; otherwise why it
 * was left out. Bounded before comparing (size; edits that certainly exceed the bound) and while comparing
 * (edits, time), since it runs on the thread that serves every request.
 */
export function textDiff(
  before: NamedText,
  after: NamedText,
  timeoutMs: number = TEXT_DIFF_LIMITS.timeoutMs,
): TextDiffOutcome {
  const tooLarge = textDiffInputLimit([before, after]);
  if (tooLarge) return { omitted: tooLarge };
  const { maxEditLength } = TEXT_DIFF_LIMITS;
  if (unmatchedLines(before.text, after.text) > maxEditLength) return { omitted: textDiffAborted('EDIT_LENGTH') };
  const started = performance.now();
  const patch = createTwoFilesPatch(before.name, after.name, before.text, after.text, undefined, undefined, {
    context: 2,
    maxEditLength,
    timeout: timeoutMs,
  });
  if (patch !== undefined) return { patch };
  // jsdiff says only that it gave up. Its clock starts after splitting the texts, so time past the bound means the
  // clock stopped it (at the very edge an edit-length stop may be reported as time: both say "too large").
  return { omitted: textDiffAborted(performance.now() - started >= timeoutMs ? 'TIME' : 'EDIT_LENGTH') };
}

let previous: Promise<unknown> = Promise.resolve();

/**
 * `textDiff` on a turn of the event loop of its own, after the comparisons asked for before it: diffs asked for
 * at once take turns with every other request instead of running back to back.
 */
export function boundedTextDiff(before: NamedText, after: NamedText): Promise<TextDiffOutcome> {
  const turn = previous.then(
    () =>
      new Promise<TextDiffOutcome>((resolve, reject) =>
        setImmediate(() => {
          try {
            resolve(textDiff(before, after));
          } catch (error) {
            reject(error instanceof Error ? error : new Error(String(error)));
          }
        }),
      ),
  );
  previous = turn.catch(() => undefined);
  return turn;
}
