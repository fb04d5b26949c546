import DataLoader from 'dataloader';
import type { RequestContext } from '../context/request-context.js';

const loadersOfRequest = new WeakMap<RequestContext, Map<string, DataLoader<unknown, unknown, unknown>>>();

/**
 * The request's DataLoader called `name`, made on first use: every field of the response that asks for it is
 * answered by one batch (the rows of a page, each wanting its status, its links, its publisher).
 */
export function requestLoader<K, V, C = K>(
  ctx: RequestContext,
  name: string,
  batch: DataLoader.BatchLoadFn<K, V>,
  options?: DataLoader.Options<K, V, C>,
): DataLoader<K, V, C> {
  let loaders = loadersOfRequest.get(ctx);
  if (!loaders) {
    loaders = new Map();
    loadersOfRequest.set(ctx, loaders);
  }
  let loader = loaders.get(name) as DataLoader<K, V, C> | undefined;
  if (!loader) {
    loader = new DataLoader(batch, options);
    loaders.set(name, loader as DataLoader<unknown, unknown, unknown>);
  }
  return loader;
}
