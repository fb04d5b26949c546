import { ArgsType, Field, Int, ObjectType, type ClassType } from 'type-graphql';
import { Max, Min } from 'class-validator';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { badInput } from './errors.js';

@ObjectType({ description: 'Relay page information.' })
export class PageInfo {
  @Field() hasNextPage: boolean;
  @Field() hasPreviousPage: boolean;
  @Field(() => String, { nullable: true }) startCursor: string | null;
  @Field(() => String, { nullable: true }) endCursor: string | null;
}

@ArgsType()
export class ConnectionArgs {
  @Field(() => Int, { nullable: true, description: 'At most 100.' })
  @Min(0)
  @Max(100)
  first?: number;

  @Field(() => String, { nullable: true })
  after?: string;

  @Field(() => Int, { nullable: true, description: 'At most 100.' })
  @Min(0)
  @Max(100)
  last?: number;

  @Field(() => String, { nullable: true })
  before?: string;
}

export interface Connection<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: PageInfo;
  totalCount: number;
}

/** A Relay connection type for `node`: `XConnection { edges { cursor node } pageInfo totalCount }`. */
export function ConnectionType<T extends object>(node: ClassType<T>, name = node.name) {
  @ObjectType(`${name}Edge`)
  class Edge {
    @Field() cursor: string;
    @Field(() => node) node: T;
  }
  @ObjectType(`${name}Connection`)
  class ConnectionClass implements Connection<T> {
    @Field(() => [Edge]) edges: Edge[];
    @Field(() => PageInfo) pageInfo: PageInfo;
    @Field(() => Int, { description: 'All items matching, across pages.' }) totalCount: number;
  }
  return ConnectionClass;
}

const DEFAULT_PAGE = 50;
type SortValue = string | number;

function encodeCursor(values: SortValue[]): string {
  return Buffer.from(JSON.stringify(values)).toString('base64url');
}

function decodeCursor(cursor: string, length: number): SortValue[] {
  try {
    const values = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    if (
      Array.isArray(values) &&
      values.length === length &&
      values.every((v) => typeof v === 'string' || typeof v === 'number')
    ) {
      return values as SortValue[];
    }
  } catch {
    // fall through to the typed error
  }
  throw badInput('invalid cursor: pass a cursor returned by this list');
}

/**
 * Keyset pagination over `sort` (SQL expressions, all ascending, the last one unique), so pages stay stable
 * while rows are added. `key` reads the same values from a loaded row, to build its cursor.
 */
export async function paginate<E extends ObjectLiteral, N = E>(
  query: SelectQueryBuilder<E>,
  args: ConnectionArgs,
  sort: string[],
  key: (row: E) => SortValue[],
  toNode: (row: E) => N = (row) => row as unknown as N,
  /** Newest first, for logs: the list runs in descending `sort` order. */
  descending = false,
): Promise<Connection<N>> {
  if (args.first != null && args.last != null) throw badInput('pass either first or last, not both');
  const backward = args.last != null;
  const limit = (backward ? args.last : args.first) ?? DEFAULT_PAGE;
  const totalCount = await query.clone().getCount();
  const tuple = `(${sort.join(', ')})`;
  const params = (values: SortValue[], prefix: string) =>
    Object.fromEntries(values.map((v, i) => [`${prefix}${i}`, v]));
  const placeholders = (prefix: string) => `(${sort.map((_, i) => `:${prefix}${i}`).join(', ')})`;
  const page = query.clone();
  const [later, earlier] = descending ? ['<', '>'] : ['>', '<'];
  if (args.after)
    page.andWhere(`${tuple} ${later} ${placeholders('after')}`, params(decodeCursor(args.after, sort.length), 'after'));
  if (args.before)
    page.andWhere(
      `${tuple} ${earlier} ${placeholders('before')}`,
      params(decodeCursor(args.before, sort.length), 'before'),
    );
  const direction = backward !== descending ? 'DESC' : 'ASC';
  sort.forEach((s, i) => (i === 0 ? page.orderBy(s, direction) : page.addOrderBy(s, direction)));
  const rows = await page.limit(limit + 1).getMany();
  const more = rows.length > limit;
  const pageRows = rows.slice(0, limit);
  if (backward) pageRows.reverse();
  const edges = pageRows.map((row) => ({ cursor: encodeCursor(key(row)), node: toNode(row) }));
  return {
    edges,
    totalCount,
    pageInfo: {
      hasNextPage: backward ? Boolean(args.before) : more,
      hasPreviousPage: backward ? more : Boolean(args.after),
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}
