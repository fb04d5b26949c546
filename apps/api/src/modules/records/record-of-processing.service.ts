import { problem, recordOfProcessing, type PolicySnapshot } from '@noticeboard/domain';
import type { RequestContext } from '../../context/request-context.js';
import { notFound } from '../../graphql/errors.js';
import { ValidationFailed } from '../../graphql/user-error.js';
import { draftSnapshots } from '../policy/policy.service.js';
import { PolicyVersionEntity } from '../policy-versions/policy-version.entity.js';
import { ropaWorkbook } from './record-of-processing.export.js';
import { RopaFormat, type RecordOfProcessing, type RopaFile } from './record-of-processing.types.js';

/**
 * The record of processing activities of the current tenant, from its draft or a published version, as data for
 * the portal's table and as a spreadsheet or CSV (the same rows).
 */
export class RecordOfProcessingService {
  async record(ctx: RequestContext, version: number | null): Promise<RecordOfProcessing | ValidationFailed> {
    const snapshot = await this.snapshotOf(ctx, version);
    if (snapshot instanceof ValidationFailed) return snapshot;
    return { version, ...recordOfProcessing(snapshot) };
  }

  async export(ctx: RequestContext, version: number | null, format: RopaFormat): Promise<RopaFile | ValidationFailed> {
    const snapshot = await this.snapshotOf(ctx, version);
    if (snapshot instanceof ValidationFailed) return snapshot;
    const record = recordOfProcessing(snapshot);
    const workbook = ropaWorkbook(record, snapshot.controller.legalName, version);
    const name = `record-of-processing-${snapshot.controller.slug}-${version === null ? 'draft' : `v${version}`}`;
    const buffer =
      format === RopaFormat.CSV
        ? await workbook.csv.writeBuffer({ sheetName: 'Activities' })
        : await workbook.xlsx.writeBuffer();
    return {
      filename: `${name}.${format === RopaFormat.CSV ? 'csv' : 'xlsx'}`,
      contentType:
        format === RopaFormat.CSV
          ? 'text/csv; charset=utf-8'
          : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      base64: Buffer.from(buffer as ArrayBuffer).toString('base64'),
    };
  }

  private async snapshotOf(ctx: RequestContext, version: number | null): Promise<PolicySnapshot | ValidationFailed> {
    if (version === null) {
      const drafted = (await draftSnapshots(ctx.em, [ctx.tenantId])).get(ctx.tenantId);
      if (!drafted) throw notFound('tenant');
      return drafted.snapshot;
    }
    const found = await ctx.em.getRepository(PolicyVersionEntity).findOneBy({ tenantId: ctx.tenantId, version });
    if (!found) return ValidationFailed.of([problem('version', 'UNKNOWN_REFERENCE', `there is no version ${version}`)]);
    if (!found.snapshot)
      return ValidationFailed.of([
        problem(
          'version',
          'NOT_ALLOWED',
          `version ${version} was imported as text: it holds no structured data to make a record from`,
        ),
      ]);
    return found.snapshot;
  }
}
