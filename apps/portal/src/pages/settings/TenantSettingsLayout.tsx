import { useQuery } from '@apollo/client/react';
import { useEffect } from 'react';
import { Link, NavLink, Outlet, useLocation, useOutletContext, useParams } from 'react-router';
import { Loading } from '../../components/States.js';
import { TenantNav } from '../../components/TenantNav.js';
import { SETTINGS_TENANT } from '../../graphql/settings.operations.js';
import type { ResultOf } from '../../graphql/tada.js';
import { inTenant } from '../../lib/apollo.js';
import { ErrorState } from '../../lib/errors.js';

export type SettingsTenant = ResultOf<typeof SETTINGS_TENANT>['currentTenant'];
type Viewer = SettingsTenant['viewer'];

/** The sections of a client's settings, each shown only to people whose permissions allow it. */
export const TENANT_SETTINGS_SECTIONS: {
  path: string;
  title: string;
  description: string;
  allowed: (v: Viewer) => boolean;
}[] = [
  {
    path: 'members',
    title: 'Members',
    description: 'People with a role in this client, and what they may do.',
    allowed: () => true,
  },
  {
    path: 'api-keys',
    title: 'API keys',
    description: 'Keys that let your integrations call the API for this client.',
    allowed: (v) => v.canManageApiKeys,
  },
  {
    path: 'webhooks',
    title: 'Webhooks',
    description: 'Endpoints told about events, and the log of every delivery.',
    allowed: (v) => v.canManageApiKeys,
  },
  {
    path: 'website',
    title: 'Website',
    description: 'Origins allowed to record consents, and the consent banner’s script tag to paste into the site.',
    // Everyone reads it; only people who may change the client's settings edit the origins (the page decides).
    allowed: () => true,
  },
  {
    path: 'subscribers',
    title: 'Sub-processor subscribers',
    description: 'People told by email when the sub-processor list changes.',
    allowed: (v) => v.canManageMembers,
  },
  {
    path: 'outbox',
    title: 'Email outbox',
    description: 'Every email sent for this client, and whether it went out.',
    allowed: (v) => v.canReadAudit,
  },
  {
    path: 'audit',
    title: 'Audit log',
    description: 'Who changed what, and when, with the values before and after.',
    allowed: (v) => v.canReadAudit,
  },
];

/** The client a settings section works in (from the layout's route). */
export function useSettingsTenant(): SettingsTenant {
  return useOutletContext<SettingsTenant>();
}

/** `/tenants/:slug/settings/*`: the heading, the client's sections, the settings sub-navigation and the section. */
export function TenantSettingsLayout() {
  const { slug = '' } = useParams();
  const location = useLocation();
  const { data, error, refetch } = useQuery(SETTINGS_TENANT, { ...inTenant(slug), fetchPolicy: 'network-only' });
  const tenant = data?.currentTenant;
  const base = `/tenants/${encodeURIComponent(slug)}/settings`;
  const segment = location.pathname.slice(base.length).split('/').filter(Boolean)[0];
  const section = TENANT_SETTINGS_SECTIONS.find((s) => s.path === segment);
  const title = section?.title ?? 'Settings';

  useEffect(() => {
    document.title = `${title} · ${tenant?.displayName ?? slug} · Noticeboard`;
  }, [title, tenant?.displayName, slug]);

  if (!tenant)
    return (
      <>
        <h1>{title}</h1>
        {error ? <ErrorState error={error} onRetry={() => void refetch()} /> : <Loading />}
      </>
    );

  const sections = TENANT_SETTINGS_SECTIONS.filter((s) => s.allowed(tenant.viewer));
  return (
    <>
      <div className="page-header">
        <div>
          <nav aria-label="Breadcrumb" className="breadcrumb">
            <Link to={`/tenants/${encodeURIComponent(tenant.slug)}`}>{tenant.displayName}</Link>
            {section ? (
              <>
                {' '}
                <span aria-hidden="true">›</span> <Link to={base}>Settings</Link>
              </>
            ) : null}
          </nav>
          <h1>{title}</h1>
        </div>
      </div>
      <TenantNav slug={tenant.slug} viewer={tenant.viewer} />
      <div className="settings-layout">
        <nav aria-label="Settings sections" className="settings-nav">
          <ul>
            <li>
              <NavLink to={base} end>
                Overview
              </NavLink>
            </li>
            {sections.map((s) => (
              <li key={s.path}>
                <NavLink to={`${base}/${s.path}`}>{s.title}</NavLink>
              </li>
            ))}
          </ul>
        </nav>
        <div className="settings-content">
          <Outlet context={tenant} />
        </div>
      </div>
    </>
  );
}

/** `/tenants/:slug/settings`: what each section is for, only those the person may open. */
export function TenantSettingsIndex() {
  const tenant = useSettingsTenant();
  const base = `/tenants/${encodeURIComponent(tenant.slug)}/settings`;
  const sections = TENANT_SETTINGS_SECTIONS.filter((s) => s.allowed(tenant.viewer));
  return (
    <section aria-label="Settings overview" className="card">
      <p className="muted">
        Your role in {tenant.displayName}: <strong>{tenant.viewer.role.toLowerCase()}</strong>.
        {sections.length < TENANT_SETTINGS_SECTIONS.length ? ' Sections your role does not allow are not shown.' : ''}
      </p>
      <ul className="settings-index">
        {sections.map((s) => (
          <li key={s.path}>
            <Link to={`${base}/${s.path}`}>{s.title}</Link>
            <p className="muted small">{s.description}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
