import {
  getNamedType,
  GraphQLEnumType,
  GraphQLInputObjectType,
  GraphQLList,
  GraphQLNonNull,
  GraphQLScalarType,
  isCompositeType,
  isNonNullType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { createSchema } from '../graphql/schema.js';
import type { Client } from './client.js';
import { GqlErrors } from './client.js';
import { seed, type AgencySeed, type TenantSeed } from './seed.js';
import { SEEDERS } from './isolation-seeders.js';

/**
 * Generated from the schema, not hand-listed: every root field that takes an id (an `id`/`userId` argument, or
 * an input with one) is called by callers of tenant A with the ids of tenant B's objects. Each call must fail with
 * NOT_FOUND or FORBIDDEN and return none of B's data. A new resolver is covered as soon as it exists; a new object
 * type needs a seeder in isolation-seeders.ts, or this test fails and says so.
 */

const ID_ARGS = ['id', 'userId'];
const VERBS = /^(update|delete|revoke|remove)/;

interface Target {
  operation: 'query' | 'mutation';
  field: GraphQLField<unknown, unknown>;
  /** The object type whose id the field takes, e.g. Audience for updateAudience. */
  typeName: string;
}

function targetsOf(schema: GraphQLSchema): Target[] {
  const targets: Target[] = [];
  for (const [operation, root] of [
    ['query', schema.getQueryType()],
    ['mutation', schema.getMutationType()],
  ] as const) {
    for (const field of Object.values(root!.getFields())) {
      const direct = field.args.some((a) => ID_ARGS.includes(a.name));
      const input = field.args.find((a) => a.name === 'input');
      const viaInput =
        input &&
        Object.keys((getNamedType(input.type) as GraphQLInputObjectType).getFields()).some((f) => ID_ARGS.includes(f));
      if (!direct && !viaInput) continue;
      const typeName = VERBS.test(field.name) ? field.name.replace(VERBS, '') : getNamedType(field.type).name;
      targets.push({ operation, field, typeName });
    }
  }
  return targets;
}

/** A value that passes the input's shape checks, so the call reaches the id lookup. */
function sample(type: GraphQLInputType, id: string, name: string): unknown {
  if (type instanceof GraphQLNonNull) return sample(type.ofType, id, name);
  if (type instanceof GraphQLList) return [];
  if (type instanceof GraphQLEnumType) return type.getValues()[0]!.name;
  if (type instanceof GraphQLInputObjectType) {
    const value: Record<string, unknown> = {};
    for (const f of Object.values(type.getFields())) {
      if (ID_ARGS.includes(f.name)) value[f.name] = id;
      else if (isNonNullType(f.type)) value[f.name] = sample(f.type, id, f.name);
    }
    return value;
  }
  if (type instanceof GraphQLScalarType) {
    switch (type.name) {
      case 'Int':
      case 'Float':
        return 0;
      case 'Boolean':
        return false;
      case 'ID':
        return id;
      default:
        return name.toLowerCase().includes('email') ? 'someone@example.test' : 'x';
    }
  }
  return null;
}

// Raw on purpose: the operation is generated from the schema at run time, so there is no document to type.
function operationFor(target: Target, id: string): { query: string; variables: Record<string, unknown> } {
  const { field } = target;
  const variables: Record<string, unknown> = {};
  const declarations: string[] = [];
  const args: string[] = [];
  for (const arg of field.args) {
    if (!isNonNullType(arg.type) && !ID_ARGS.includes(arg.name)) continue;
    variables[arg.name] = ID_ARGS.includes(arg.name) ? id : sample(arg.type, id, arg.name);
    declarations.push(`$${arg.name}: ${arg.type.toString()}`);
    args.push(`${arg.name}: $${arg.name}`);
  }
  const selection = isCompositeType(getNamedType(field.type)) ? ' { __typename }' : '';
  const query = `${target.operation} (${declarations.join(', ')}) { ${field.name}(${args.join(', ')})${selection} }`;
  return { query, variables };
}

describe('cross-tenant isolation (generated from the schema)', () => {
  let schema: GraphQLSchema;
  let targets: Target[];
  let home: TenantSeed;
  let otherAgency: AgencySeed;
  let sameAgencyVictim: TenantSeed;
  let otherAgencyVictim: TenantSeed;
  let callers: [string, Client][];

  beforeAll(async () => {
    schema = await createSchema();
    targets = targetsOf(schema);
    const agency = await seed.agency();
    otherAgency = await seed.agency();
    [home, sameAgencyVictim, otherAgencyVictim] = await Promise.all([
      agency.tenant(),
      agency.tenant(),
      otherAgency.tenant(),
    ]);
    const admin = await home.user('ADMIN');
    const member = await agency.member({ tenants: [home], role: 'ADMIN' });
    callers = [
      ['tenant admin of A', admin.client],
      ['agency member assigned to A', member.client.inTenant(home)],
      ['API key of A', await home.apiKey('EDITOR')],
    ];
  });

  it('finds the id-taking fields and has a seeder for every type they take', () => {
    expect(targets.length).toBeGreaterThan(10);
    const missing = [...new Set(targets.map((t) => t.typeName))].filter((t) => !SEEDERS[t]);
    expect(missing, 'add a seeder in src/test/isolation-seeders.ts for these types').toEqual([]);
  });

  for (const victimKind of ['same agency', 'other agency'] as const) {
    it(`callers of tenant A cannot read or change tenant B (${victimKind}) through any id-taking field`, async () => {
      const victim = victimKind === 'same agency' ? sameAgencyVictim : otherAgencyVictim;
      const failures: string[] = [];
      for (const target of targets) {
        const seeded = await SEEDERS[target.typeName]!(victim);
        for (const [callerName, client] of callers) {
          const { query, variables } = operationFor(target, seeded.id);
          const outcome = await client.gql(query, variables).then(
            (data) => ({ data }),
            (error: unknown) => ({ error }),
          );
          const codes = 'error' in outcome && outcome.error instanceof GqlErrors ? outcome.error.codes : [];
          const leaked = JSON.stringify(outcome).includes(seeded.marker);
          const data =
            'error' in outcome && outcome.error instanceof GqlErrors
              ? (outcome.error.data as Record<string, unknown> | null)
              : (outcome as { data: Record<string, unknown> }).data;
          const ok =
            codes.length > 0 &&
            codes.every((c) => c === 'NOT_FOUND' || c === 'FORBIDDEN') &&
            !leaked &&
            (data == null || data[target.field.name] == null);
          if (!ok)
            failures.push(
              `${callerName} → ${target.field.name}(${target.typeName} of B): ${JSON.stringify(outcome).slice(0, 300)}`,
            );
        }
        // B's object is still there, unchanged, for B's own owner.
        expect(await seeded.stillThere(), `${target.typeName} of B survived ${target.field.name}`).toBe(true);
      }
      expect(failures).toEqual([]);
    }, 120_000);
  }
});
