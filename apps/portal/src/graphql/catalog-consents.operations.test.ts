import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSchema, Kind, validate, type DocumentNode } from 'graphql';
import { expect, test } from 'vitest';
import * as catalog from './catalog.operations.js';
import * as consents from './consents.operations.js';

const schemaFile = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../api/schema.graphql');

/** The catalog and consents pages' documents, checked as the server will check them (names, fragments, variables). */
test('every catalog and consents operation is valid against the committed schema', () => {
  const schema = buildSchema(fs.readFileSync(schemaFile, 'utf8'));
  const documents = Object.entries({ ...catalog, ...consents }).filter(([, doc]) =>
    (doc as DocumentNode).definitions.some((d) => d.kind === Kind.OPERATION_DEFINITION),
  );
  expect(documents.map(([name]) => name).sort()).toEqual(
    ['CATALOG_ENTRIES', 'CONSENTS_TENANT', 'CONSENT_COUNTS', 'CONSENT_PROOF', 'CONSENT_SUBJECT', 'CREATE_CATALOG_ENTRY', 'DELETE_CATALOG_ENTRY', 'RECORD_CONSENT', 'REPUBLISH_TENANTS', 'UPDATE_CATALOG_ENTRY'].sort(),
  );
  for (const [name, doc] of documents) {
    expect(validate(schema, doc as DocumentNode).map((e) => `${name}: ${e.message}`)).toEqual([]);
  }
});
