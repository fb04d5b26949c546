import { print } from 'graphql';
import { expect, test } from 'vitest';
import * as policy from './policy.operations.js';
import { operationsOf, schemaProblems } from './schema-check.js';

/** The "Publish & versions" documents, checked as the server will check them (names, fragments, variables). */
test('every publish-and-versions operation is valid against the committed schema', () => {
  const documents = operationsOf(policy);
  expect(documents.map(([name]) => name).sort()).toEqual(['POLICY_DIFF', 'POLICY_PAGE', 'POLICY_VERSION', 'POLICY_VERSIONS', 'PUBLISH_POLICY']);
  expect(schemaProblems(documents)).toEqual([]);
});

test('publishing asks for every member of the result union, so each gets its own message', () => {
  const text = print(policy.PUBLISH_POLICY);
  for (const member of ['PolicyVersion', 'PolicyIncomplete', 'PolicyUnchanged', 'ValidationFailed']) {
    expect(text).toContain(`... on ${member}`);
  }
  // An incomplete draft's problems come with their location, so the dialog can link each to its editor.
  expect(text).toMatch(/completeness \{\s*\.\.\.CompletenessProblemFields/);
  expect(text).toMatch(/location \{\s*kind\s+id\s+field\s*\}/);
});
