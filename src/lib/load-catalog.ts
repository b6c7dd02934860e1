import { getCollection } from 'astro:content';
import { buildCatalog, type Catalog } from './catalog';

let cached: Promise<Catalog> | undefined;

async function load(): Promise<Catalog> {
  const [areas, roles] = await Promise.all([getCollection('areas'), getCollection('roles')]);
  return buildCatalog(areas, roles);
}

/**
 * The catalog of this build. Reads the collections once per build (on every request in
 * `astro dev`, so edits show up); the cross-file checks run here, so a broken reference stops
 * the build with a message naming the file and the field.
 */
export function loadCatalog(): Promise<Catalog> {
  if (import.meta.env.DEV) return load();
  cached ??= load();
  return cached;
}
