import { lazy, type ComponentType } from 'react';

/**
 * A page loaded when first visited, as its own chunk: the signed-in layout shows a loading state meanwhile. Keeps
 * the first load to what sign-in and the agency home need.
 */
export function lazyPage<M extends Record<string, unknown>, K extends keyof M & string>(
  load: () => Promise<M>,
  name: K,
) {
  return lazy(async () => ({ default: (await load())[name] as ComponentType }));
}
