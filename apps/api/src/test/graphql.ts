import { initGraphQLTada } from 'gql.tada';
import type { introspection } from './graphql-env.js';

/**
 * Typed GraphQL documents for the API's tests, checked against `apps/api/schema.graphql` like the portal's:
 * a schema change that breaks what a test sends or reads fails the typecheck. `graphql-env.d.ts` is generated
 * from the schema by the `codegen` task (`gql-tada generate output`, configured in `tsconfig.json`).
 * Documents that are meant to be invalid (malformed, unknown fields, raw bodies) stay plain strings.
 */
export const graphql = initGraphQLTada<{
  introspection: introspection;
  disableMasking: true;
  scalars: {
    DateTimeISO: string;
    JSON: unknown;
    JSONObject: Record<string, unknown>;
  };
}>();

export type { FragmentOf, ResultOf, VariablesOf, TadaDocumentNode } from 'gql.tada';

/** A refused create or update as the tests compare it; spread `...Refusal` beside the success member of a result. */
export const REFUSAL = graphql(`fragment Refusal on ValidationFailed { code problems { path code } }`);

/**
 * The member of a union result a test expects (by `__typename`, which the document must select), so the test reads
 * its fields typed; fails with the actual value when the API answered with another member.
 */
export function narrow<T extends { __typename: string }, N extends T['__typename']>(
  value: T | null | undefined,
  typename: N,
): Extract<T, { __typename: N }> {
  if (value?.__typename !== typename) throw new Error(`expected a ${typename}, got ${JSON.stringify(value)}`);
  return value as Extract<T, { __typename: N }>;
}

type Keys<T> = T extends unknown ? keyof T : never;

/**
 * The member of a union result that has `field`, for documents that do not select `__typename`; fails with the
 * actual value when the API answered with another member.
 */
export function having<T extends object, K extends Keys<T>>(
  value: T | null | undefined,
  field: K,
): Extract<T, { [P in K]: unknown }> {
  if (value === null || value === undefined || !(field in value))
    throw new Error(`expected a result with ${String(field)}, got ${JSON.stringify(value)}`);
  return value as Extract<T, { [P in K]: unknown }>;
}
