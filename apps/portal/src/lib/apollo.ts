import { ApolloClient, ApolloLink, CombinedGraphQLErrors, HttpLink, InMemoryCache, ServerError } from '@apollo/client';
import { SetContextLink } from '@apollo/client/link/context';
import { ErrorLink } from '@apollo/client/link/error';
import { session } from './session.js';
import { TWO_FACTOR_REQUIRED, twoFactorGate } from './two-factor-gate.js';

declare module '@apollo/client' {
  interface DefaultContext {
    /** The tenant (id or slug) an operation works in; sent as `X-Tenant`. */
    tenant?: string;
    queryDeduplication?: boolean;
  }
}

/**
 * Options for a query or mutation that works inside one tenant. Apollo deduplicates identical operations in
 * flight by document and variables only, so the same query for two tenants would share one answer: not here.
 */
export function inTenant(tenant: string) {
  return { context: { tenant, queryDeduplication: false } };
}

/**
 * Sends the token and the operation's tenant; a 401 or UNAUTHENTICATED clears the session, which sends the
 * person back to the sign-in page; a refusal until two-factor sign-in is set up is reported to the layout.
 */
export function createApolloClient(uri = '/graphql') {
  const headers = new SetContextLink((prev) => {
    const token = session.token;
    return {
      headers: {
        ...(prev.headers as Record<string, string> | undefined),
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...(prev.tenant ? { 'x-tenant': prev.tenant } : {}),
      },
    };
  });
  const signOutOn401 = new ErrorLink(({ error }) => {
    const unauthenticated =
      (ServerError.is(error) && error.statusCode === 401) ||
      (CombinedGraphQLErrors.is(error) && error.errors.some((e) => e.extensions?.code === 'UNAUTHENTICATED'));
    if (unauthenticated && session.token) session.set(null);
    if (CombinedGraphQLErrors.is(error) && error.errors.some((e) => e.extensions?.reason === TWO_FACTOR_REQUIRED))
      twoFactorGate.report();
  });
  return new ApolloClient({
    link: ApolloLink.from([signOutOn401, headers, new HttpLink({ uri })]),
    cache: new InMemoryCache({
      typePolicies: {
        // Tenant-scoped root fields (currentTenant, policyCompleteness, ...) differ per X-Tenant, so pages that
        // read them fetch from the network; entities with ids are still shared.
        DataSubjectRequest: { fields: { events: { merge: false } } },
        // A problem's location names an item by `id`, but is no entity: two problems of one item (a missing purpose,
        // a missing translation) have different fields and languages, and must not be merged into one object.
        PolicyLocation: { keyFields: false },
      },
    }),
    defaultOptions: {
      watchQuery: { fetchPolicy: 'cache-and-network' },
    },
  });
}
