import { expect, test } from 'vitest';
import * as operations from './account.operations.js';
import { operationsOf, schemaProblems } from './schema-check.js';

/** The account pages' documents (sign-in second step, emailed links, password, sessions, two-factor). */
test('every account operation is valid against the committed schema', () => {
  const documents = operationsOf(operations);
  expect(documents.length).toBeGreaterThan(10);
  expect(schemaProblems(documents)).toEqual([]);
});
