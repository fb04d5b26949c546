import { RENDER_LANGUAGES, renderPolicy, type RenderedPolicy } from '@noticeboard/policy-render';
import { useMemo, useState } from 'react';
import { today } from '../../lib/format.js';
import { languageName } from './policy-format.js';
import { LanguageChoice, PolicyFrame } from './policy-ui.js';

type Snapshot = Parameters<typeof renderPolicy>[0];
type RenderLanguage = (typeof RENDER_LANGUAGES)[number];

/**
 * The draft as it would be published, rendered here in the browser by the same renderer the API publishes with
 * (loaded only on this page). Dated today and marked as a draft; the language switch offers the renderer's languages.
 */
export function DraftPreview({
  snapshot,
  defaultLanguage,
  publicUrl,
}: {
  snapshot: Record<string, unknown>;
  defaultLanguage: string;
  publicUrl: string;
}) {
  const initial = RENDER_LANGUAGES.find((l) => l === defaultLanguage.toLowerCase()) ?? RENDER_LANGUAGES[0]!;
  const [language, setLanguage] = useState<RenderLanguage>(initial);
  const rendered = useMemo((): { ok: true; policy: RenderedPolicy } | { ok: false; reason: string } => {
    try {
      // The API's draft snapshot is the renderer's input, as publishing uses it.
      return {
        ok: true,
        policy: renderPolicy(snapshot as unknown as Snapshot, {
          language,
          effectiveDate: today(),
          version: null,
          publicUrl,
        }),
      };
    } catch (error) {
      return { ok: false, reason: error instanceof Error ? error.message : String(error) };
    }
  }, [snapshot, language, publicUrl]);

  return (
    <>
      <LanguageChoice legend="Preview language" languages={RENDER_LANGUAGES} value={language} onChange={setLanguage} />
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
