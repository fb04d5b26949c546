import { print } from 'graphql';
import { expect, test } from 'vitest';
import { operationsOf, schemaProblems } from './schema-check.js';

/** Every operations module of the portal (`operations.ts` and each `*.operations.ts`), by file name. */
const modules = import.meta.glob<Record<string, unknown>>(['./operations.ts', './*.operations.ts'], { eager: true });

/** The types are checked by tsc; this checks the documents themselves as the server will (names, fragments, variables). */
test.each(Object.keys(modules).sort())('every operation in %s is valid against the committed schema', (file) => {
  const documents = operationsOf(modules[file]!);
  expect(documents.length).toBeGreaterThan(0);
  expect(schemaProblems(documents)).toEqual([]);
});

test('every operations file is checked', () => {
  expect(Object.keys(modules).sort()).toEqual(
    [
      './account.operations.ts',
      './catalog.operations.ts',
      './consents.operations.ts',
      './edit.operations.ts',
      './operations.ts',
      './policy.operations.ts',
      './records.operations.ts',
      './settings.operations.ts',
      './translation.operations.ts',
      './website.operations.ts',
    ].sort(),
  );
});

test('publishing asks for every member of the result union, so each gets its own message', () => {
  const text = print(modules['./policy.operations.ts']!.PUBLISH_POLICY as Parameters<typeof print>[0]);
  for (const member of ['PolicyVersion', 'PolicyIncomplete', 'PolicyUnchanged', 'ValidationFailed']) {
    expect(text).toContain(`... on ${member}`);
  }
  // An incomplete draft's problems come with their location, so the dialog can link each to its editor (a translation
  // problem to the translations page in its language).
  expect(text).toMatch(/completeness \{\s*\.\.\.CompletenessProblemFields/);
  expect(text).toMatch(/location \{\s*kind\s+id\s+field\s+language\s*\}/);
});
