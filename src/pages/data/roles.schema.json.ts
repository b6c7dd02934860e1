import type { APIRoute } from 'astro';
import { loadCatalog } from '../../lib/load-catalog';
import { dataFileText, dataFileTypes } from '../../lib/open-data';
import { routes } from '../../lib/routes';

/** /data/roles.schema.json, written at build time (see src/lib/open-data.ts). */
export const GET: APIRoute = async ({ site }) => {
  if (!site) throw new Error('astro.config.mjs must set `site`: the data holds absolute addresses');
  const text = dataFileText('schema', await loadCatalog(), { site, routes });
  return new Response(text, { headers: { 'content-type': dataFileTypes.schema } });
};
