import { useState, type FormEvent } from 'react';
import { friendlyMessage, problemsByPath, problemsFromError, type Problem } from '../../lib/errors.js';
import { sentence } from '../../lib/format.js';
import { FormValueError } from './form-reader.js';

/** What a mutation came to: problems for the form's fields, a whole-request failure, or neither (done). */
export interface Outcome {
  problems: Problem[];
  failure: string | null;
}

export const DONE: Outcome = { problems: [], failure: null };

/** Whether an outcome is a success: no failure and no problems. */
export const succeeded = (outcome: Outcome): boolean => !outcome.failure && !outcome.problems.length;

/** An outcome in one sentence, for places with no fields to mark (confirm dialogs, list buttons); null when it succeeded. */
export function outcomeMessage(outcome: Outcome): string | null {
  return (
    outcome.failure ?? (outcome.problems.length ? outcome.problems.map((p) => sentence(p.message)).join(' ') : null)
  );
}

/** Problems for the form's fields, as the outcome of a check made before asking the API (two passwords differ, ...). */
export const problemsOutcome = (...problems: Problem[]): Outcome => ({ problems, failure: null });

/** A whole-request failure as an outcome. */
export const failureOutcome = (failure: string): Outcome => ({ problems: [], failure });

/**
 * What a thrown error means for a form: a value the form reader refused or a BAD_USER_INPUT with validation details
 * become field problems, any other error a friendly sentence.
 */
export function outcomeOfError(error: unknown): Outcome {
  if (error instanceof FormValueError) return problemsOutcome(...error.problems);
  const fromInput = problemsFromError(error);
  return fromInput.length ? problemsOutcome(...fromInput) : failureOutcome(friendlyMessage(error));
}

/**
 * Runs a mutation and sorts its answer: a ValidationFailed result (given back by `pick`) becomes field problems,
 * a thrown BAD_USER_INPUT with validation details too, and any other error a friendly sentence.
 */
export async function outcomeOf<T>(
  run: () => Promise<T>,
  pick: (result: T) => { problems: readonly Problem[] } | null | undefined,
): Promise<Outcome> {
  try {
    const failed = pick(await run());
    return failed ? problemsOutcome(...failed.problems) : DONE;
  } catch (error) {
    return outcomeOfError(error);
  }
}

/** The ValidationFailed member of a mutation's result union, if that is what came back. */
export function validationFailed(
  result: { __typename?: string } | null | undefined,
): { problems: readonly Problem[] } | null {
  return result?.__typename === 'ValidationFailed' && 'problems' in result
    ? (result as { problems: readonly Problem[] })
    : null;
}

/**
 * A form's submit state: busy, the outcome of the last submit (the API's problems by path, a failure for the whole
 * request), and ways to run the work that sets them.
 */
export function useSubmit() {
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(DONE);
  const byPath = problemsByPath(outcome.problems);
  const run = async (work: () => Promise<Outcome>): Promise<boolean> => {
    setBusy(true);
    setOutcome(DONE);
    let result: Outcome;
    try {
      result = await work();
    } catch (error) {
      result = outcomeOfError(error);
    }
    setBusy(false);
    setOutcome(result);
    return succeeded(result);
  };
  return {
    busy,
    outcome,
    /** Shows an outcome reached without running anything (a check before asking the API); clears with DONE. */
    show: setOutcome,
    /** Problems at this exact path. */
    at: (path: string) => byPath.get(path),
    /** Problems at this path or anywhere under it (`offices` → `offices.0.label`). */
    under: (path: string) => outcome.problems.filter((p) => p.path === path || p.path.startsWith(`${path}.`)),
    /** Runs `work`; resolves true when it succeeded. A thrown error becomes the outcome too. */
    run,
    /**
     * The form's submit handler around `handle`: a value the form reader refused (or any other error `handle`
     * throws) becomes the outcome shown, instead of being lost.
     */
    onSubmit:
      (handle: (event: FormEvent<HTMLFormElement>) => Promise<void>) =>
      (event: FormEvent<HTMLFormElement>): void => {
        void handle(event).catch((error: unknown) => {
          setBusy(false);
          setOutcome(outcomeOfError(error));
        });
      },
    /**
     * Runs a mutation whose result union may carry problems (shown at their fields), then `then` when it saved, with
     * what it answered.
     */
    save: async <T extends { __typename: string }>(
      mutate: () => Promise<T | null | undefined>,
      then: (result: T | null | undefined) => Promise<void> | void,
    ): Promise<void> => {
      const answer: { result?: T | null | undefined } = {};
      const saved = await run(() => outcomeOf(async () => (answer.result = await mutate()), validationFailed));
      if (saved) await then(answer.result);
    },
  };
}

export type Submit = ReturnType<typeof useSubmit>;
