import DataLoader from 'dataloader';

/**
 * A DataLoader that lives for one request, keyed by name in the GraphQL context: relations of a page of
 * rows load in one query, and nothing is cached across callers (whose scopes differ).
 */
export function requestLoader<K, V>(
  ctx: { loaders: Map<string, unknown> },
  name: string,
  batch: (keys: readonly K[]) => Promise<(V | Error)[]>,
): DataLoader<K, V> {
  let loader = ctx.loaders.get(name) as DataLoader<K, V> | undefined;
  if (!loader) {
    loader = new DataLoader<K, V>(batch, { maxBatchSize: 1000 });
    ctx.loaders.set(name, loader);
  }
  return loader;
}
