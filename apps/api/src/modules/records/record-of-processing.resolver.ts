import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../context/request-context.js';
import { Allow } from '../../graphql/permissions.js';
import { RecordOfProcessingService } from './record-of-processing.service.js';
import {
  RecordOfProcessingInput,
  RecordOfProcessingResult,
  RopaFileResult,
  RopaFormat,
} from './record-of-processing.types.js';

@Resolver()
export class RecordOfProcessingResolver {
  private readonly service = new RecordOfProcessingService();

  @Allow('policy:read')
  @Query(() => RecordOfProcessingResult, {
    description:
      "The current tenant's record of processing activities (GDPR Art. 30(1)), from the draft or a published version.",
  })
  recordOfProcessing(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => RecordOfProcessingInput, { nullable: true }) input?: RecordOfProcessingInput | null,
  ) {
    return this.service.record(ctx, input?.version ?? null);
  }

  @Allow('policy:read')
  @Query(() => RopaFileResult, { description: 'The record of processing activities as an XLSX spreadsheet or CSV.' })
  recordOfProcessingFile(
    @Ctx() ctx: RequestContext,
    @Arg('format', () => RopaFormat) format: RopaFormat,
    @Arg('input', () => RecordOfProcessingInput, { nullable: true }) input?: RecordOfProcessingInput | null,
  ) {
    return this.service.export(ctx, input?.version ?? null, format);
  }
}
