import { NavLink } from 'react-router';

interface TenantNavProps {
  slug: string;
  /** The API's permission fields for this tenant; a link the person may not use is left out. */
  viewer?: { canReadRequests?: boolean; canReadConsents?: boolean; canReadAudit?: boolean } | null;
}

/** The sections of one client, under its heading on every client page. */
export function TenantNav({ slug, viewer }: TenantNavProps) {
  const base = `/tenants/${encodeURIComponent(slug)}`;
  const links: { to: string; text: string; end?: boolean; shown: boolean }[] = [
    { to: base, text: 'Overview', end: true, shown: true },
    { to: `${base}/edit`, text: 'Policy data', shown: true },
    { to: `${base}/translations`, text: 'Translations', shown: true },
    { to: `${base}/policy`, text: 'Publish & versions', shown: true },
    { to: `${base}/record`, text: 'Processing record', shown: true },
    { to: `${base}/consents`, text: 'Consents', shown: viewer?.canReadConsents !== false },
    { to: `${base}/requests`, text: 'Requests', shown: viewer?.canReadRequests !== false },
    { to: `${base}/settings`, text: 'Settings', shown: true },
  ];
  return (
    <nav aria-label="Client sections" className="tenant-nav">
      <ul>
        {links
          .filter((l) => l.shown)
          .map((l) => (
            <li key={l.to}>
              <NavLink to={l.to} end={l.end}>
                {l.text}
              </NavLink>
            </li>
          ))}
      </ul>
    </nav>
  );
}
