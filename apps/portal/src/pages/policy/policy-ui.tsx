import { useId, type SyntheticEvent } from 'react';
import { today } from '../../lib/format.js';
import { languageName, VERSION_STATUS_LABELS, versionStatus, type VersionStatus } from './policy-format.js';

/** A row of radio buttons that look like a segmented switch; arrow keys move between them, as radios do. */
export function ChoiceGroup<T extends string>({
  legend,
  options,
  value,
  onChange,
}: {
  legend: string;
  options: readonly { value: T; label: string; lang?: string }[];
  value: T;
  onChange: (value: T) => void;
}) {
  const name = useId();
  return (
    <fieldset className="choice-group">
      <legend>{legend}</legend>
      <div className="choice-options">
        {options.map((o) => (
          <label key={o.value} className="choice-option" lang={o.lang}>
            <input
              type="radio"
              name={name}
              value={o.value}
              checked={value === o.value}
              onChange={() => onChange(o.value)}
            />
            <span>{o.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/** The language switch of a rendered policy, each language named in itself. */
export function LanguageChoice<T extends string>({
  legend,
  languages,
  value,
  onChange,
}: {
  legend: string;
  languages: readonly T[];
  value: T;
  onChange: (value: T) => void;
}) {
  return (
    <ChoiceGroup
      legend={legend}
      options={languages.map((l) => ({ value: l, label: languageName(l), lang: l.toLowerCase() }))}
      value={value}
      onChange={onChange}
    />
  );
}

/** Links inside the rendered policy open in a new tab; in-page anchors (its table of contents) stay in the frame. */
function openLinksOutside(event: SyntheticEvent<HTMLIFrameElement>) {
  const doc = event.currentTarget.contentDocument;
  doc?.addEventListener('click', (click) => {
    const link = (click.target as Element | null)?.closest?.('a[href]');
    const href = link?.getAttribute('href');
    if (!href || href.startsWith('#')) return;
    click.preventDefault();
    window.open(href, '_blank', 'noopener,noreferrer');
  });
}

/**
 * A rendered policy document (the renderer's inert HTML: no scripts, checked hrefs) in a sandboxed frame, which
 * keeps its styles and the portal's apart and would keep any script from running. Same-origin only so the portal
 * can send its links to a new tab.
 */
export function PolicyFrame({ title, html }: { title: string; html: string }) {
  return (
    <iframe
      className="policy-frame"
      title={title}
      srcDoc={html}
      sandbox="allow-same-origin"
      onLoad={openLinksOutside}
    />
  );
}

const STATUS_BADGES: Record<VersionStatus, string> = {
  live: 'badge-completed',
  scheduled: 'badge-verifying',
  superseded: 'badge-closed',
};

/** Live, scheduled (takes over on its effective date) or superseded, in words. */
export function VersionBadge({ version }: { version: { isLive: boolean; effectiveDate: string } }) {
  const status = versionStatus(version, today());
  return <span className={`badge ${STATUS_BADGES[status]}`}>{VERSION_STATUS_LABELS[status]}</span>;
}

/** Marks an earlier policy imported as text: kept as written, never rendered from the policy data. */
export function ImportedBadge({ version }: { version: { imported: boolean } }) {
  return version.imported ? (
    <span className="badge badge-closed" title="An earlier policy, kept as written and served as an archived text">
      Imported
    </span>
  ) : null;
}
