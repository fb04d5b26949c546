import { isSpecialCategory, validateDataCategory, type DataCategory as DataCategoryFields } from '@noticeboard/domain';
import type { RequestContext } from '../../context/request-context.js';
import type { ConnectionArgs } from '../../graphql/connection.js';
import { ValidationFailed } from '../../graphql/user-error.js';
import { TenantCollection } from '../common/tenant-collection.js';
import { definedFields } from '../common/patch.js';
import { translationsOf, withTranslations } from '../common/translations.js';
import { DataCategoryEntity } from './data-category.entity.js';
import type { CreateDataCategoryInput, DataCategory, UpdateDataCategoryInput } from './data-category.types.js';

export const dataCategories = new TenantCollection(DataCategoryEntity, 'data category');

export const fieldsOf = (c: DataCategoryEntity): DataCategoryFields => ({
  name: c.name,
  description: c.description,
  specialCategory: c.specialCategory,
  sources: c.sources,
  sourceDetails: c.sourceDetails,
  requirement: c.requirement,
  consequenceOfNotProviding: c.consequenceOfNotProviding,
  ccpaCategory: c.ccpaCategory,
  position: c.position,
});

export const toDataCategory = (c: DataCategoryEntity): DataCategory => {
  const fields = fieldsOf(c);
  return {
    id: c.id,
    ...fields,
    isSpecialCategory: isSpecialCategory(fields),
    translations: translationsOf('dataCategory', fields, c.translations),
    createdAt: c.createdAt,
    updatedAt: c.updatedAt,
  };
};

export class DataCategoryService {
  async get(ctx: RequestContext, id: string): Promise<DataCategory> {
    return toDataCategory(await dataCategories.get(ctx, id));
  }

  list(ctx: RequestContext, args: ConnectionArgs) {
    return dataCategories.list(ctx, args, (rows) => rows.map(toDataCategory));
  }

  async create(ctx: RequestContext, input: CreateDataCategoryInput): Promise<DataCategory | ValidationFailed> {
    const checked = await withTranslations(
      ctx,
      'dataCategory',
      validateDataCategory(input),
      undefined,
      input.translations,
    );
    return dataCategories.saveChecked(ctx, null, checked, async (value) =>
      toDataCategory(await dataCategories.insert(ctx, value)),
    );
  }

  async update(ctx: RequestContext, input: UpdateDataCategoryInput): Promise<DataCategory | ValidationFailed> {
    const current = await dataCategories.get(ctx, input.id);
    const checked = await withTranslations(
      ctx,
      'dataCategory',
      validateDataCategory({ ...fieldsOf(current), ...definedFields(input) }),
      current.translations,
      input.translations,
    );
    return dataCategories.saveChecked(ctx, current.id, checked, async (value) =>
      toDataCategory(await dataCategories.update(ctx, current.id, value)),
    );
  }

  /** Deleting a data category unlinks it from its purposes and recipients. */
  delete(ctx: RequestContext, id: string): Promise<string> {
    return dataCategories.delete(ctx, id);
  }
}
