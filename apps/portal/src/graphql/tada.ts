import { initGraphQLTada } from 'gql.tada';
import type { introspection } from './graphql-env.js';

/**
 * Typed GraphQL documents for the portal, checked against `apps/api/schema.graphql`.
 * `graphql-env.d.ts` is generated from the schema by the `codegen` task (`gql-tada generate output`).
 */
export const graphql = initGraphQLTada<{
  introspection: introspection;
  // Fragments share field lists; components read the whole result without unmasking.
  disableMasking: true;
  scalars: {
    DateTimeISO: string;
    JSON: unknown;
    JSONObject: Record<string, unknown>;
  };
}>();

export type { FragmentOf, ResultOf, VariablesOf } from 'gql.tada';
export { readFragment } from 'gql.tada';
