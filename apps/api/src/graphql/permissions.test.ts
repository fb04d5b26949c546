import { isObjectType, type GraphQLSchema } from 'graphql';
import { getMetadataStorage } from 'type-graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { RequestContext, type Actor } from '../context/request-context.js';
import { ALLOW_EXTENSION, assertAllowed, PERSON, type Requirement } from './permissions.js';
import { createSchema } from './schema.js';

/** Root fields anyone may call, signed in or not. Adding one here is a reviewed decision. */
const PUBLIC_FIELDS = new Set([
  'Query.invitation',
  'Mutation.acceptInvitation',
  'Mutation.completeSignIn',
  'Mutation.login',
  'Mutation.requestPasswordReset',
  'Mutation.resetPassword',
]);

const declared = (schema: GraphQLSchema) => {
  const fields = new Map<string, readonly Requirement[] | undefined>();
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      fields.set(`${type.name}.${field.name}`, field.extensions[ALLOW_EXTENSION] as readonly Requirement[] | undefined);
    }
  }
  return fields;
};

const isRoot = (key: string) => key.startsWith('Query.') || key.startsWith('Mutation.');

describe('field permissions', () => {
  let fields: Map<string, readonly Requirement[] | undefined>;
  beforeAll(async () => {
    fields = declared(await createSchema());
  });

  it('are listed in __snapshots__/permissions.txt (a permission change is a reviewed diff)', async () => {
    const lines = [...fields]
      .filter(([key, required]) => required || isRoot(key))
      .map(
        ([key, required]) => `${key}: ${!required ? 'public' : required.length ? required.join(' + ') : 'signed in'}`,
      )
      .sort();
    await expect(`${lines.join('\n')}\n`).toMatchFileSnapshot('__snapshots__/permissions.txt');
  });

  it('are declared on every root field that is not public, and on no public one', () => {
    const roots = [...fields].filter(([key]) => isRoot(key));
    expect(roots.filter(([key, required]) => !required && !PUBLIC_FIELDS.has(key)).map(([key]) => key)).toEqual([]);
    expect([...PUBLIC_FIELDS].filter((key) => !fields.has(key) || fields.get(key))).toEqual([]);
  });

  it('come only from @Allow (no bare @Authorized, whose declaration the snapshot would miss)', () => {
    const storage = getMetadataStorage();
    expect(storage.authorizedResolver).toEqual([]);
    expect(storage.authorizedFields.length).toBe([...fields.values()].filter(Boolean).length);
  });
});

describe('assertAllowed', () => {
  const context = (actor: Actor, tenant: RequestContext['tenant'] = null) =>
    new RequestContext({} as never, actor, tenant, {} as never, {
      sessionTtlHours: 1,
      production: false,
      publicUrl: 'http://x',
    });
  const person = (agencyRole: 'OWNER' | 'MEMBER' | null = 'MEMBER'): Actor => ({
    kind: 'user',
    userId: 'u',
    sessionId: 's',
    agencyId: 'a',
    agencyRole,
    twoFactor: false,
    twoFactorRequiredBy: null,
  });
  const apiKey: Actor = { kind: 'apiKey', apiKeyId: 'k', tenantId: 't', role: 'ADMIN' };
  const refusal = (ctx: RequestContext, required: Requirement[]) => {
    try {
      assertAllowed(ctx, required);
      return null;
    } catch (error) {
      const { message, extensions } = error as { message: string; extensions: { code: string; reason?: string } };
      return { code: extensions.code, reason: extensions.reason, message };
    }
  };

  it("keeps the context's codes and messages", () => {
    expect(refusal(context({ kind: 'anonymous' }), [])).toMatchObject({ code: 'UNAUTHENTICATED' });
    expect(refusal(context({ kind: 'anonymous' }), ['policy:read'])).toMatchObject({ code: 'UNAUTHENTICATED' });
    expect(refusal(context(apiKey, { id: 't', agencyId: 'a', role: 'ADMIN' }), [PERSON])).toEqual({
      code: 'FORBIDDEN',
      reason: undefined,
      message: 'only a signed-in person can do this, not an API key',
    });
    expect(refusal(context(person()), ['policy:read'])).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'TENANT_NOT_SELECTED',
    });
    expect(refusal(context(person(), { id: 't', agencyId: 'a', role: 'VIEWER' }), ['policy:write'])).toEqual({
      code: 'FORBIDDEN',
      reason: undefined,
      message: 'your role does not allow policy:write',
    });
    expect(refusal(context(person()), ['tenant:create'])).toMatchObject({
      code: 'FORBIDDEN',
      message: 'your role does not allow tenant:create',
    });
  });

  it('lets through whoever meets every requirement', () => {
    expect(refusal(context(apiKey, { id: 't', agencyId: 'a', role: 'ADMIN' }), [])).toBeNull();
    expect(refusal(context(person(), { id: 't', agencyId: 'a', role: 'EDITOR' }), [PERSON, 'policy:write'])).toBeNull();
    expect(refusal(context(person('OWNER')), ['agency:manage'])).toBeNull();
  });
});
