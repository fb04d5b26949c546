import type { PolicySnapshot } from '@noticeboard/domain';
import { policyDocument, type RenderOptions } from './index.js';
import { pdfDocument } from './serialize/pdf.js';

/**
 * The policy as a PDF (A4, tagged for accessibility), from the same document tree as `renderPolicy`, with the same
 * refusal of untranslated text; `created` is the date written into the file (the effective date by default), so the
 * same version renders to the same bytes. Node only (fonts are read from disk): a separate entry point, so the
 * portal's bundle of the renderer never carries it.
 */
export function renderPolicyPdf(
  snapshot: PolicySnapshot,
  options: RenderOptions & { created?: Date },
): Promise<Uint8Array> {
  const doc = policyDocument(snapshot, options);
  return pdfDocument(
    doc,
    snapshot.settings.accentColor,
    options.created ?? new Date(`${options.effectiveDate}T00:00:00Z`),
  );
}
