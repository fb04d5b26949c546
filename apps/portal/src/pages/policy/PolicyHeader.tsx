import { useEffect, type ReactNode } from 'react';
import { Link } from 'react-router';
import { Loading } from '../../components/States.js';
import { TenantNav } from '../../components/TenantNav.js';
import type { ResultOf } from '../../graphql/tada.js';
import type { POLICY_TENANT } from '../../graphql/policy.operations.js';
import { ErrorState } from '../../lib/errors.js';

type PolicyTenant = ResultOf<typeof POLICY_TENANT>;

export const policyBase = (slug: string) => `/tenants/${encodeURIComponent(slug)}/policy`;

/**
 * The top of every "Publish & versions" page: where it is (the client, and this section from a sub-page), its
 * heading and actions, and the client's sections. Shown from the first render, before the client is known, so the
 * heading the layout focuses after navigation stays the same element once the data is in.
 */
export function PolicyHeader({
  slug,
  tenant,
  title,
  subPage = false,
  actions,
}: {
  slug: string;
  tenant: PolicyTenant | null | undefined;
  title: string;
  subPage?: boolean;
  actions?: ReactNode;
}) {
  const client = tenant?.displayName ?? slug;
  useEffect(() => {
    document.title = `${title} · ${client} · Noticeboard`;
  }, [title, client]);
  return (
    <>
      <div className="page-header">
        <div>
          <nav aria-label="Breadcrumb" className="breadcrumb">
            <Link to={`/tenants/${encodeURIComponent(slug)}`}>{client}</Link>
            {subPage ? (
              <>
                {' '}
                <span aria-hidden="true">›</span> <Link to={policyBase(slug)}>Publish &amp; versions</Link>
              </>
            ) : null}
          </nav>
          <h1>{title}</h1>
        </div>
        {tenant && actions ? <div className="actions">{actions}</div> : null}
      </div>
      {tenant ? <TenantNav slug={tenant.slug} viewer={tenant.viewer} /> : null}
    </>
  );
}

/** Until the page's data is in: the loading state, or the error with a retry. */
export function PolicyPageState({
  error,
  onRetry,
  loadingLabel,
}: {
  error: unknown;
  onRetry: () => void;
  loadingLabel: string;
}) {
  return error ? <ErrorState error={error} onRetry={onRetry} /> : <Loading label={loadingLabel} />;
}
