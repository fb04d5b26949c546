import { validateAudience, type Audience as AudienceFields } from '@noticeboard/domain';
import type { RequestContext } from '../../context/request-context.js';
import type { ConnectionArgs } from '../../graphql/connection.js';
import { ValidationFailed } from '../../graphql/user-error.js';
import { TenantCollection } from '../common/tenant-collection.js';
import { definedFields } from '../common/patch.js';
import { translationsOf, withTranslations } from '../common/translations.js';
import { AudienceEntity } from './audience.entity.js';
import type { Audience, CreateAudienceInput, UpdateAudienceInput } from './audience.types.js';

export const audiences = new TenantCollection(AudienceEntity, 'audience');

export const fieldsOf = (a: AudienceEntity): AudienceFields => ({
  name: a.name,
  description: a.description,
  position: a.position,
});
export const toAudience = (a: AudienceEntity): Audience => ({
  id: a.id,
  ...fieldsOf(a),
  translations: translationsOf('audience', fieldsOf(a), a.translations),
  createdAt: a.createdAt,
  updatedAt: a.updatedAt,
});

export class AudienceService {
  async get(ctx: RequestContext, id: string): Promise<Audience> {
    return toAudience(await audiences.get(ctx, id));
  }

  list(ctx: RequestContext, args: ConnectionArgs) {
    return audiences.list(ctx, args, (rows) => rows.map(toAudience));
  }

  async create(ctx: RequestContext, input: CreateAudienceInput): Promise<Audience | ValidationFailed> {
    const checked = await withTranslations(ctx, 'audience', validateAudience(input), undefined, input.translations);
    return audiences.saveChecked(ctx, null, checked, async (value) => toAudience(await audiences.insert(ctx, value)));
  }

  async update(ctx: RequestContext, input: UpdateAudienceInput): Promise<Audience | ValidationFailed> {
    const current = await audiences.get(ctx, input.id);
    const checked = await withTranslations(
      ctx,
      'audience',
      validateAudience({ ...fieldsOf(current), ...definedFields(input) }),
      current.translations,
      input.translations,
    );
    return audiences.saveChecked(ctx, current.id, checked, async (value) =>
      toAudience(await audiences.update(ctx, current.id, value)),
    );
  }

  /** Deleting an audience unlinks it from its purposes. */
  delete(ctx: RequestContext, id: string): Promise<string> {
    return audiences.delete(ctx, id);
  }
}
