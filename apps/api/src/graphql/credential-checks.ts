import { GraphQLError, type ValidationRule } from 'graphql';
import { Extensions } from 'type-graphql';

const CHECKS_CREDENTIALS = 'checksCredentials';

/**
 * Marks a mutation that checks or hashes a password. Argon2 is meant to be slow, so a document may hold at most
 * one of each such field (aliases would multiply the work of one request), and the field does the hashing
 * without holding a database connection (`RequestTransaction.withoutConnection`).
 */
export const ChecksCredentials = () => Extensions({ [CHECKS_CREDENTIALS]: true });

/** Refuses, before anything runs, a document that asks for the same credential-checking mutation twice. */
export const oneCredentialCheckPerDocument: ValidationRule = (context) => {
  const seen = new Set<string>();
  return {
    Field(node) {
      const parent = context.getParentType();
      if (!parent || parent !== context.getSchema().getMutationType()) return;
      const field = context.getFieldDef();
      if (!field?.extensions?.[CHECKS_CREDENTIALS]) return;
      if (!seen.has(field.name)) {
        seen.add(field.name);
        return;
      }
      context.reportError(new GraphQLError(`a document may ask for ${field.name} only once`, { nodes: node }));
    },
  };
};
