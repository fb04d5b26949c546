import type { Language, PolicySnapshot } from '@noticeboard/domain';
import { renderPolicy, type RenderedPolicy } from '../index.js';
import { RENDER_LANGUAGES } from '../language.js';
import { all, parse, textContent, type El } from './dom.js';
import { OPTIONS } from './fixture.js';

/** Every language the renderer writes: each language-table test covers them all. */
export const LANGS: readonly Language[] = RENDER_LANGUAGES;

export function render(
  snapshot: PolicySnapshot,
  language: Language = 'en',
  extra: Partial<typeof OPTIONS> = {},
): RenderedPolicy {
  return renderPolicy(snapshot, { ...OPTIONS, ...extra, language });
}

/** What a reader of the HTML sees (decoded text) plus every href, to look facts up in. */
export function htmlFacts(html: string): { dom: El; text: string } {
  const dom = parse(html);
  const hrefs = all(dom, 'a').map((a) => a.attribs.href ?? '');
  return { dom, text: `${textContent(dom)}\n${hrefs.join('\n')}` };
}
