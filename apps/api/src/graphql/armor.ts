import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { GraphQLError, ValidationContext } from 'graphql';

/**
 * Limits on what one GraphQL document may ask, checked before anything runs (graphql-armor): depth, aliases,
 * directives, tokens and an estimated cost. Generous for the portal's and integrators' real queries, far below
 * what a denial-of-service document needs. Field suggestions ("did you mean …?") are off in production so the
 * schema cannot be guessed through error messages while introspection is off.
 */
export const GRAPHQL_LIMITS = {
  maxDepth: 12,
  maxAliases: 20,
  maxDirectives: 20,
  maxTokens: 5000,
  maxCost: 60_000,
} as const;

// A rejected document is reported as a validation error (400, GRAPHQL_VALIDATION_FAILED) rather than thrown,
// which Apollo would answer as an internal error.
const report = {
  propagateOnRejection: false,
  onReject: [(context: ValidationContext | null, error: GraphQLError) => context?.reportError(error)],
};

export function graphqlArmor(production: boolean) {
  return new ApolloArmor({
    maxDepth: { n: GRAPHQL_LIMITS.maxDepth, ...report },
    maxAliases: { n: GRAPHQL_LIMITS.maxAliases, ...report },
    maxDirectives: { n: GRAPHQL_LIMITS.maxDirectives, ...report },
    costLimit: { maxCost: GRAPHQL_LIMITS.maxCost, ...report },
    // graphql-js counts tokens while parsing (Apollo's parseOptions), so an oversized document is a parse error.
    maxTokens: { enabled: false },
    blockFieldSuggestion: { enabled: production },
  }).protect();
}
