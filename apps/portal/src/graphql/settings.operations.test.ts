import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSchema, Kind, validate, type DocumentNode } from 'graphql';
import { expect, test } from 'vitest';
import * as operations from './settings.operations.js';

const schemaFile = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../api/schema.graphql');

/** The settings pages' documents, checked as the server will check them (names, fragments, variables). */
test('every settings operation is valid against the committed schema', () => {
  const schema = buildSchema(fs.readFileSync(schemaFile, 'utf8'));
  const documents = Object.entries(operations).filter(([, doc]) =>
    (doc as DocumentNode).definitions.some((d) => d.kind === Kind.OPERATION_DEFINITION),
  );
  expect(documents.length).toBeGreaterThan(20);
  for (const [name, doc] of documents) {
    expect(validate(schema, doc as DocumentNode).map((e) => `${name}: ${e.message}`)).toEqual([]);
  }
});
