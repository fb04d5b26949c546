import { CopyField } from '../../components/CopyField.js';
import type { ResultOf } from '../../graphql/tada.js';
import type { POLICY_PAGE } from '../../graphql/policy.operations.js';

type Links = ResultOf<typeof POLICY_PAGE>['currentTenant']['publicLinks'];

const LINKS: { key: Exclude<keyof Links, 'embedSnippet'>; label: string }[] = [
  { key: 'privacyPolicy', label: 'Privacy policy (web page)' },
  { key: 'privacyPolicyText', label: 'Privacy policy (plain text)' },
  { key: 'privacyPolicyJson', label: 'Privacy policy (JSON)' },
  { key: 'subprocessors', label: 'Sub-processor list' },
  { key: 'subprocessorsJson', label: 'Sub-processor list (JSON)' },
  { key: 'requestForm', label: 'Request form (linked from the policy’s rights section)' },
];

/** Where the live policy is public, and the snippet that shows it on the client's own website. */
export function PublicLinks({ links, published }: { links: Links; published: boolean }) {
  return (
    <section className="card" aria-labelledby="public-links-heading">
      <h2 id="public-links-heading">Public links</h2>
      {!published ? (
        <p className="notice notice-info">Not published yet: these addresses answer once version 1 is published.</p>
      ) : null}
      <ul className="link-list">
        {LINKS.map((l) => (
          <li key={l.key}>
            <span className="link-list-label">{l.label}</span>
            <a href={links[l.key]} target="_blank" rel="noreferrer" className="break">
              {links[l.key]}
              <span className="visually-hidden"> (opens in a new tab)</span>
            </a>
          </li>
        ))}
      </ul>
      <h3>Embed on the client&apos;s website</h3>
      <CopyField
        label="Embed snippet"
        hint="Paste it where the policy should appear. It always shows the live version, so it needs no change when a new one is published."
        value={links.embedSnippet}
        copiedMessage="Copied the embed snippet to the clipboard."
      />
    </section>
  );
}
