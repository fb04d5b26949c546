import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SCHEMA_FILE } from '../schema-file.js';
import { createSchema, printSortedSchema } from './schema.js';

describe('schema.graphql', () => {
  it('is the schema the API serves (run `pnpm schema` after changing resolvers or types)', async () => {
    const committed = fs.readFileSync(SCHEMA_FILE, 'utf8');
    expect(printSortedSchema(await createSchema())).toBe(committed);
  });
});
