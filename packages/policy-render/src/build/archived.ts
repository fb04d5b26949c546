import type { Language } from '@noticeboard/domain';
import { translator } from '../i18n/translator.js';
import { markdownToBlocks } from '../markdown.js';
import { webLink } from './context.js';
import { paragraph, section, text, type Block, type Inline, type PolicyDocument } from '../tree.js';

/** How an imported text is written: Markdown, or plain text whose line breaks are kept. */
export type ArchivedTextFormat = 'MARKDOWN' | 'PLAIN_TEXT';

export interface ArchivedPolicyOptions {
  /** The language of the text, and of the marking around it. */
  language: Language;
  /** The controller's name, for the title. */
  controllerName: string;
  /** The earlier policy as the company wrote it. */
  source: string;
  format: ArchivedTextFormat;
  /** YYYY-MM-DD: the date the earlier policy took effect. */
  effectiveDate: string;
  version: number;
  /** Canonical public URL of the live policy, when known. */
  publicUrl?: string | null;
}

/**
 * Plain text as it was laid out: blank lines separate paragraphs, and a paragraph keeps its line breaks (an old
 * policy's "  • item" lines are its lists). Each line is text, escaped by the serialisers like any other.
 */
export function plainTextBlocks(source: string): Block[] {
  return source
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n/)
    .map((p) =>
      p
        .split('\n')
        .map((line) => line.trim())
        .filter((line) => line.length > 0),
    )
    .filter((lines) => lines.length > 0)
    .map((lines) =>
      paragraph(lines.flatMap((line, i): Inline[] => (i ? [{ kind: 'break' }, text(line)] : [text(line)]))),
    );
}

/**
 * The document of an imported earlier policy: its own text, unchanged, under a marking that says what it is (an
 * archived text, not produced from today's model) in the text's language. Nothing of the structured policy is
 * added: the text states what the company stated then.
 */
export function buildArchivedDocument(options: ArchivedPolicyOptions): PolicyDocument {
  const i18n = translator(options.language);
  const date = i18n.date(options.effectiveDate);
  const notice: Block[] = [paragraph(i18n.rich('archived.notice', { name: options.controllerName, date }), true)];
  if (options.publicUrl) notice.push(paragraph(i18n.rich('changes.publicUrl', { link: webLink(options.publicUrl) })));
  const body = options.format === 'MARKDOWN' ? markdownToBlocks(options.source) : plainTextBlocks(options.source);
  return {
    language: options.language,
    title: i18n.t('doc.title', { name: options.controllerName }),
    meta: [
      ...i18n.rich('doc.effective', { date }),
      text(' · '),
      text(i18n.t('doc.version', { version: String(options.version) })),
      text(' · '),
      text(i18n.t('doc.archived')),
    ],
    contents: { title: i18n.t('doc.contents'), label: i18n.t('doc.contentsLabel') },
    sections: [
      section('archived', i18n.t('archived.section'), notice),
      section('archived-text', i18n.t('archived.text'), body),
    ],
  };
}
