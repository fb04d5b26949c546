import type { TadaDocumentNode } from 'gql.tada';
import { print, type DocumentNode } from 'graphql';
import { inject } from 'vitest';

export interface GqlErrorShape {
  message: string;
  path?: (string | number)[];
  extensions?: { code?: string; [k: string]: unknown };
}

/** A GraphQL response with errors, thrown by `Client.gql` so tests can `rejects.toHaveCode(...)`. */
export class GqlErrors extends Error {
  constructor(
    readonly errors: GqlErrorShape[],
    readonly status: number,
    readonly data: unknown,
  ) {
    super(errors.map((e) => `${e.extensions?.code ?? '?'}: ${e.message}`).join('; '));
  }

  get codes(): string[] {
    return this.errors.map((e) => e.extensions?.code ?? '');
  }
}

export interface ClientOptions {
  token?: string | null;
  tenant?: string | null;
  headers?: Record<string, string>;
  /** Another API process than the suite's (its base URL). */
  apiUrl?: string;
}

/** Talks to the test API over HTTP, as a person (session token), an API key, or anonymously. */
export class Client {
  constructor(readonly options: ClientOptions = {}) {}

  static anonymous(apiUrl?: string): Client {
    return new Client(apiUrl ? { apiUrl } : {});
  }

  /** The same caller working in another tenant (X-Tenant header). */
  inTenant(tenant: { id: string } | string | null): Client {
    return new Client({
      ...this.options,
      tenant: tenant === null ? null : typeof tenant === 'string' ? tenant : tenant.id,
    });
  }

  withToken(token: string | null): Client {
    return new Client({ ...this.options, token });
  }

  /**
   * Sends an operation and answers the HTTP status and the whole body, errors included. A typed document types
   * the variables and `data`; a plain string (or a document built at run time) leaves them loosely typed.
   */
  async raw<Result, Variables>(
    query: TadaDocumentNode<Result, Variables>,
    ...variables: Record<never, never> extends Variables ? [variables?: Variables] : [variables: Variables]
  ): Promise<{ status: number; body: { data?: Result | null; errors?: GqlErrorShape[] } }>;
  async raw(
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<{ status: number; body: { data?: unknown; errors?: GqlErrorShape[] } }>;
  async raw(query: string | DocumentNode, variables?: unknown) {
    return this.send(query, variables);
  }

  private async send(
    query: string | DocumentNode,
    variables: unknown,
  ): Promise<{ status: number; body: { data?: unknown; errors?: GqlErrorShape[] } }> {
    const headers: Record<string, string> = { 'content-type': 'application/json', ...this.options.headers };
    if (this.options.token) headers.authorization = `Bearer ${this.options.token}`;
    if (this.options.tenant) headers['x-tenant'] = this.options.tenant;
    const res = await fetch(`${this.options.apiUrl ?? inject('apiUrl')}/graphql`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ query: typeof query === 'string' ? query : print(query), variables }),
    });
    return { status: res.status, body: (await res.json()) as { data?: unknown; errors?: GqlErrorShape[] } };
  }

  /**
   * Runs an operation; resolves with `data`, rejects with GqlErrors when the response has errors.
   * A typed document (`graphql(...)` from `./graphql.js`) types the variables and the result from the schema;
   * a plain string (deliberately invalid documents, and files not yet migrated) stays loosely typed.
   */
  async gql<Result, Variables>(
    query: TadaDocumentNode<Result, Variables>,
    ...variables: Record<never, never> extends Variables ? [variables?: Variables] : [variables: Variables]
  ): Promise<Result>;
  async gql<T = Record<string, any>>(query: string, variables?: Record<string, unknown>): Promise<T>;
  async gql(query: string | TadaDocumentNode<unknown, unknown>, variables?: unknown): Promise<unknown> {
    const { status, body } = await this.send(query, variables);
    if (body.errors?.length) throw new GqlErrors(body.errors, status, body.data);
    return body.data;
  }
}
