import DataLoader from 'dataloader';
import type { RequestContext } from '../../context/request-context.js';
import { audiences, toAudience } from '../audiences/audience.service.js';
import type { Audience } from '../audiences/audience.types.js';
import { dataCategories, toDataCategory } from '../data-categories/data-category.service.js';
import type { DataCategory } from '../data-categories/data-category.types.js';
import { recipients, withLinks } from '../recipients/recipient.service.js';
import type { Recipient } from '../recipients/recipient.types.js';

/**
 * Loaders for the building blocks a purpose lists: every purpose of a page asks for its audiences, and one query
 * answers them all. They batch but do not cache, so a later mutation of the same operation is never answered
 * from a stale (or rolled-back) read. Batches take turns on the request's one connection.
 */
export interface PurposeLoaders {
  audiences: DataLoader<string, Audience | null>;
  dataCategories: DataLoader<string, DataCategory | null>;
  recipients: DataLoader<string, Recipient | null>;
}

const loadersOfRequest = new WeakMap<RequestContext, PurposeLoaders>();

export function purposeLoaders(ctx: RequestContext): PurposeLoaders {
  let loaders = loadersOfRequest.get(ctx);
  if (!loaders) {
    loaders = {
      audiences: new DataLoader(
        async (ids) => {
          const rows = await audiences.byIds(ctx, ids);
          return ids.map((id) => {
            const a = rows.get(id);
            return a ? toAudience(a) : null;
          });
        },
        { cache: false },
      ),
      dataCategories: new DataLoader(
        async (ids) => {
          const rows = await dataCategories.byIds(ctx, ids);
          return ids.map((id) => {
            const c = rows.get(id);
            return c ? toDataCategory(c) : null;
          });
        },
        { cache: false },
      ),
      recipients: new DataLoader(
        async (ids) => {
          const rows = await recipients.byIds(ctx, ids);
          const loaded = new Map((await withLinks(ctx, [...rows.values()])).map((r) => [r.id, r]));
          return ids.map((id) => loaded.get(id) ?? null);
        },
        { cache: false },
      ),
    };
    loadersOfRequest.set(ctx, loaders);
  }
  return loaders;
}

/** Loads `ids` with `loader`, in policy order (position, id), leaving out any that vanished meanwhile. */
export async function loadInOrder<T extends { id: string; position: number }>(
  loader: DataLoader<string, T | null>,
  ids: readonly string[],
): Promise<T[]> {
  const loaded = await loader.loadMany(ids);
  const failed = loaded.find((x): x is Error => x instanceof Error);
  if (failed) throw failed;
  return (loaded as (T | null)[])
    .filter((x): x is T => x !== null)
    .sort((a, b) => a.position - b.position || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
