/**
 * Pagefind's browser search, run in Node over a built site: the same pagefind.js and index
 * files the browser loads, read from disk. Tests and the benchmark use it to measure what the
 * search finds without starting a browser.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { bundleFilter, searchBundles } from '../../src/lib/search/bundles';
import type { PagefindSearch } from '../../src/lib/search/query';

const host = 'http://pagefind.invalid';
const sites = new Map<string, string>();
let installed = false;

/** Serves requests to http://pagefind.invalid/<n>/... from the n-th site's folder. */
function installFetch(): void {
  if (installed) return;
  installed = true;
  const realFetch = globalThis.fetch;
  globalThis.fetch = (async (input: string | URL | Request, init?: RequestInit) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    if (url.origin !== host) return realFetch(input, init);
    const [, key = '', ...rest] = url.pathname.split('/');
    const dir = sites.get(key);
    if (!dir) return new Response('no such site', { status: 404 });
    try {
      return new Response(await readFile(join(dir, decodeURIComponent(rest.join('/')))));
    } catch {
      return new Response('not found', { status: 404 });
    }
  }) as typeof fetch;
}

/** Loads a module by URL; the benchmark passes Node's own import(), as Vite's module runner it loads this file with is closed by then. */
export type Importer = (url: string) => Promise<unknown>;

const viteImport: Importer = (url) => import(/* @vite-ignore */ url);

interface PagefindModule {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  mergeIndex(path: string, options: Record<string, unknown>): Promise<void>;
}

export interface NodePagefind extends PagefindSearch {
  destroy(): Promise<void>;
}

/**
 * Pagefind for one language of a built site (the folder that holds pagefind/), with Pagefind
 * options as the page sets them: the level bundle, and with `comparisons` the comparisons'
 * bundle merged in, as the search page does when the reader asks for them.
 */
export async function nodePagefind(
  siteDir: string,
  lang: string,
  options: Record<string, unknown> = {},
  importer: Importer = viteImport,
  { comparisons = false }: { comparisons?: boolean } = {},
): Promise<NodePagefind> {
  installFetch();
  const key = String(sites.size);
  sites.set(key, siteDir);
  // A fresh module instance per site and language: Pagefind keeps its state in the module.
  const api = (await importer(`${pathToFileURL(join(siteDir, 'pagefind', 'pagefind.js')).href}?instance=${key}-${lang}`)) as PagefindModule;
  const shared = { baseUrl: '/', excerptLength: 24, ...options };
  await api.options({ basePath: `${host}/${key}/${searchBundles.level}`, ...shared, mergeFilter: bundleFilter('level') });
  // Pagefind picks its index by the page's <html lang>.
  const global = globalThis as { document?: unknown };
  global.document = { currentScript: null, querySelector: () => ({ getAttribute: () => lang }) };
  try {
    await api.init();
    if (comparisons) await api.mergeIndex(`${host}/${key}/${searchBundles.comparison}`, { ...shared, mergeFilter: bundleFilter('comparison') });
  } finally {
    delete global.document;
  }
  return api as unknown as NodePagefind;
}
