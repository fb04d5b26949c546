import { RENDER_LANGUAGES, renderPolicy, type RenderedPolicy } from '@noticeboard/policy-render';
import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import { today } from '../../lib/format.js';
import { policyLocationPath, translationsPath } from '../../lib/policy-location.js';
import { languageName } from './policy-format.js';
import { LanguageChoice, PolicyFrame } from './policy-ui.js';
import { previewNotices } from './preview-notices.js';

type Snapshot = Parameters<typeof renderPolicy>[0];
type RenderLanguage = (typeof RENDER_LANGUAGES)[number];

/** The languages the draft publishes in besides the default, as its settings say (lower case, as the renderer's). */
function publishedLanguagesOf(snapshot: Record<string, unknown>): string[] {
  const settings = snapshot.settings as { publishedLanguages?: unknown } | undefined;
  const chosen = settings?.publishedLanguages;
  return Array.isArray(chosen) ? chosen.map((l) => String(l).toLowerCase()) : [];
}

/**
 * The draft as it would be published, rendered here in the browser by the same renderer the API publishes with
 * (loaded only on this page). Dated today and marked as a draft. Every language the renderer writes is offered: one
 * with texts not yet translated is shown with those texts in the default language, and says so, since publishing
 * leaves such a language out.
 */
export function DraftPreview({
  snapshot,
  defaultLanguage,
  publicUrl,
  slug,
}: {
  snapshot: Record<string, unknown>;
  defaultLanguage: string;
  publicUrl: string;
  slug: string;
}) {
  const initial = RENDER_LANGUAGES.find((l) => l === defaultLanguage.toLowerCase()) ?? RENDER_LANGUAGES[0]!;
  const [language, setLanguage] = useState<RenderLanguage>(initial);
  const rendered = useMemo((): { ok: true; policy: RenderedPolicy } | { ok: false; reason: string } => {
    try {
      // The API's draft snapshot is the renderer's input, as publishing uses it; gaps are kept to be listed.
      return {
        ok: true,
        policy: renderPolicy(snapshot as unknown as Snapshot, {
          language,
          effectiveDate: today(),
          version: null,
          publicUrl,
          untranslated: 'keep',
        }),
      };
    } catch (error) {
      return { ok: false, reason: error instanceof Error ? error.message : String(error) };
    }
  }, [snapshot, language, publicUrl]);
  const notices = previewNotices({
    language,
    defaultLanguage,
    publishedLanguages: publishedLanguagesOf(snapshot),
    untranslated: rendered.ok ? rendered.policy.untranslated.length : 0,
  });

  return (
    <>
      <LanguageChoice legend="Preview language" languages={RENDER_LANGUAGES} value={language} onChange={setLanguage} />
      <div role="status" aria-live="polite">
        {notices.untranslated ? (
          <div className="notice notice-warning preview-gaps">
            <p>{notices.untranslated}</p>
            <p>
              <Link to={translationsPath(slug, { language })}>Translate them</Link>
            </p>
          </div>
        ) : null}
        {notices.notPublished ? (
          <div className="notice notice-info">
            <p>
              {notices.notPublished}{' '}
              <Link to={policyLocationPath(slug, { kind: 'SETTINGS', field: 'publishedLanguages' })}>
                Choose the languages to publish
              </Link>
              .
            </p>
          </div>
        ) : null}
      </div>
      {rendered.ok ? (
        <PolicyFrame title={`Preview of the draft policy in ${languageName(language)}`} html={rendered.policy.html} />
      ) : (
        <div className="notice notice-error" role="alert">
          <p>The preview could not be rendered: {rendered.reason}</p>
        </div>
      )}
    </>
  );
}
