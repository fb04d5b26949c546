import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSchema, Kind, validate, type DocumentNode } from 'graphql';

const schemaFile = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../api/schema.graphql');

/** The operations (queries and mutations, not bare fragments) among a module's exports, by export name. */
export function operationsOf(module: Record<string, unknown>): [string, DocumentNode][] {
  return Object.entries(module).filter((entry): entry is [string, DocumentNode] => {
    const doc = entry[1] as Partial<DocumentNode> | null;
    return Array.isArray(doc?.definitions) && doc.definitions.some((d) => d.kind === Kind.OPERATION_DEFINITION);
  });
}

/** Every problem the server's validation would find in these documents against the committed schema, named. */
export function schemaProblems(documents: readonly [string, DocumentNode][]): string[] {
  const schema = buildSchema(fs.readFileSync(schemaFile, 'utf8'));
  return documents.flatMap(([name, doc]) => validate(schema, doc).map((e) => `${name}: ${e.message}`));
}
