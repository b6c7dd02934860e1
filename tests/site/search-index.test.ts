/**
 * The search index in the built site (dist/): one index per language, built from exactly the
 * pages that mark their main content for it, level pages and comparisons in bundles of their
 * own, and a plain search form in every page's header.
 */
import { existsSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { t } from '../../src/i18n';
import { buildCatalog } from '../../src/lib/catalog';
import { levelPairs } from '../../src/lib/comparisons';
import { searchBundles } from '../../src/lib/search/bundles';
import { comparisonSearchFilters, levelSearchFilters, levelSearchNames, pageKinds, type PageKind } from '../../src/lib/search/filters';
import { findPages } from '../../src/lib/search/query';
import { readContent } from '../helpers/content';
import { decode, listFiles, readHtml, tags } from '../helpers/html';
import { nodePagefind } from '../helpers/pagefind-node';
import { basePath, dist } from '../helpers/paths';

const catalog = buildCatalog(readContent().areas, readContent().roles);
const base = basePath();
const langs = [
  { lang: 'sv' as const, prefix: '' },
  { lang: 'en' as const, prefix: 'en/' },
];

beforeAll(() => {
  if (!existsSync(join(dist, 'index.html'))) throw new Error('dist/ is missing: run `npm run build` first');
});

/** Every comparison page: one per pair of a role's levels, "kontorstjanster/handlaggare/jamfor/1-3". */
const comparisons = catalog.roles.flatMap((role) =>
  levelPairs(role.levels).map(({ from, to }) => ({ from, to, path: `${role.id}/jamfor/${from.level}-${to.level}` })),
);

const htmlFiles = () => listFiles(dist).filter((file) => file.endsWith('.html'));
const isIndexed = (html: string) => /\sdata-pagefind-body[\s=>]/.test(html);
const langOf = (html: string) => /<html lang="([^"]+)"/.exec(html)?.[1];
const isComparison = (file: string) => /\/jamfor\/\d+-\d+\/index\.html$/.test(file);

/** The decoded fragments of a bundle: each indexed page's address, text and filters. */
function bundleFragments(kind: PageKind) {
  const folder = join(dist, searchBundles[kind], 'fragment');
  return listFiles(folder).map((file) => {
    const raw = gunzipSync(readFileSync(join(folder, file))).toString('utf8');
    return JSON.parse(raw.slice(raw.indexOf('{'))) as { url: string; filters: Record<string, string[]>; anchors: unknown[] };
  });
}

describe('the index', () => {
  const entryFile = join(dist, 'pagefind', 'pagefind-entry.json');

  it('exists for exactly Swedish and English', () => {
    expect(existsSync(entryFile)).toBe(true);
    const entry = JSON.parse(readFileSync(entryFile, 'utf8')) as { languages: Record<string, { page_count: number; wasm: string }> };
    expect(Object.keys(entry.languages).sort()).toEqual(['en', 'sv']);
    for (const [lang, info] of Object.entries(entry.languages)) {
      expect(existsSync(join(dist, 'pagefind', `wasm.${info.wasm}.pagefind`)), lang).toBe(true);
    }
    expect(listFiles(join(dist, 'pagefind')).some((file) => file.startsWith('index/sv_'))).toBe(true);
    expect(listFiles(join(dist, 'pagefind')).some((file) => file.startsWith('index/en_'))).toBe(true);
  });

  it('holds every page that marks its main content, per language, and no other: level pages in one bundle, comparisons in the other', () => {
    for (const kind of pageKinds) {
      const entry = JSON.parse(readFileSync(join(dist, searchBundles[kind], 'pagefind-entry.json'), 'utf8')) as {
        languages: Record<string, { page_count: number }>;
      };
      expect(Object.keys(entry.languages).sort(), kind).toEqual(['en', 'sv']);
      for (const { lang } of langs) {
        const marked = htmlFiles().filter((file) => {
          const html = readHtml(dist, file);
          return isIndexed(html) && langOf(html) === lang && isComparison(file) === (kind === 'comparison');
        });
        expect(marked.length).toBe(kind === 'level' ? catalog.levels.length : comparisons.length);
        expect(entry.languages[lang]?.page_count, `${kind} ${lang}`).toBe(marked.length);
      }
    }
  });

  it('gives each bundle only its kind of page, with no page filter and no anchors to download', () => {
    for (const kind of pageKinds) {
      const fragments = bundleFragments(kind);
      expect(fragments).toHaveLength((kind === 'level' ? catalog.levels.length : comparisons.length) * 2);
      for (const fragment of fragments) {
        expect(fragment.url.includes('/jamfor/'), fragment.url).toBe(kind === 'comparison');
        // The bundle is the kind: the search page sets it as Pagefind's mergeFilter, which costs no download.
        expect(Object.keys(fragment.filters), fragment.url).not.toContain('page');
        // Anchors would repeat the text of every element with an id in the fragment.
        expect(fragment.anchors, fragment.url).toEqual([]);
      }
    }
  });

  it('the comparisons bundle runs on the level bundle’s code and WebAssembly, and ships none of its own', () => {
    const files = listFiles(join(dist, searchBundles.comparison));
    expect(files.filter((file) => /\.(js|pagefind)$/.test(file))).toEqual([]);
    expect(files.some((file) => /^pagefind\.sv_\w+\.pf_meta$/.test(file))).toBe(true);
  });

  it('does not ship Pagefind’s ready-made interfaces, which the site does not use', () => {
    const files = listFiles(join(dist, 'pagefind')).filter((file) => !file.startsWith('comparisons/'));
    expect(files.filter((file) => /-ui\.|highlight/.test(file))).toEqual([]);
    expect(files).toContain('pagefind.js');
  });
});

describe('which pages are indexed', () => {
  it('marks the main content of every level page, in both languages', () => {
    for (const { prefix } of langs) {
      for (const level of catalog.levels) {
        const html = readHtml(dist, `${prefix}${level.id}/index.html`);
        const main = tags(html, 'main');
        expect(main, level.id).toHaveLength(1);
        expect(main[0]!['data-pagefind-body'], level.id).toBe('');
      }
    }
  });

  it('indexes exactly the level pages and the comparison pages', () => {
    const expected = langs
      .flatMap(({ prefix }) => [
        ...catalog.levels.map((level) => `${prefix}${level.id}/index.html`),
        ...comparisons.map((c) => `${prefix}${c.path}/index.html`),
      ])
      .sort();
    expect(comparisons.length).toBeGreaterThan(0);
    expect(htmlFiles().filter((file) => isIndexed(readHtml(dist, file)))).toEqual(expected);
  });

  it('gives each comparison page its title and the filters of both levels', () => {
    for (const { prefix } of langs) {
      for (const { from, to, path } of comparisons) {
        const html = readHtml(dist, `${prefix}${path}/index.html`);
        const filters: Record<string, string[]> = {};
        for (const span of tags(html, 'span')) {
          const pair = span['data-pagefind-filter'];
          if (pair) (filters[pair.slice(0, pair.indexOf(':'))] ??= []).push(pair.slice(pair.indexOf(':') + 1));
        }
        expect(filters, path).toEqual(comparisonSearchFilters(from, to));
        expect(tags(html, 'span').filter((span) => span['data-pagefind-meta']).length, path).toBe(1);
      }
    }
  });

  it('marks only <main>, never another element', () => {
    for (const file of htmlFiles()) {
      const html = readHtml(dist, file);
      const marked = [...html.matchAll(/<(\w+)\b[^>]*\sdata-pagefind-body[\s=>]/g)].map((m) => m[1]);
      expect(marked.every((name) => name === 'main'), file).toBe(true);
    }
  });

  it('leaves out overviews and utility pages: home, area, role, search, self-assessment and 404', () => {
    const files = [
      '404.html',
      ...langs.flatMap(({ prefix }) => [
        `${prefix}index.html`,
        `${prefix}sok/index.html`,
        `${prefix}sjalvskattning/index.html`,
        ...catalog.areas.map((area) => `${prefix}${area.slug}/index.html`),
        ...catalog.roles.map((role) => `${prefix}${role.id}/index.html`),
      ]),
    ];
    for (const file of files) expect(isIndexed(readHtml(dist, file)), file).toBe(false);
  });

  it('gives each level page its hit title and filters', () => {
    for (const { lang, prefix } of langs) {
      for (const level of catalog.levels) {
        const html = readHtml(dist, `${prefix}${level.id}/index.html`);
        const filters: Record<string, string[]> = {};
        for (const span of tags(html, 'span')) {
          const pair = span['data-pagefind-filter'];
          if (!pair) continue;
          const [name, value] = [pair.slice(0, pair.indexOf(':')), pair.slice(pair.indexOf(':') + 1)];
          (filters[name] ??= []).push(value);
        }
        expect(filters, level.id).toEqual(levelSearchFilters(level));
        const titles = tags(html, 'span').map((span) => span['data-pagefind-meta']).filter(Boolean);
        const own = level.role.levels.length > 1 ? `${level.role.title[lang]}, ${lang === 'sv' ? 'nivå' : 'level'} ${level.level}` : level.role.title[lang];
        // English hits carry the official Swedish title too: "Case officer, level 2 (Handläggare 2)".
        const expected = lang === 'en' && level.title.en !== level.title.sv ? `${own} (${level.title.sv})` : own;
        expect(titles, level.id).toEqual([`title:${expected}`, `aka:${levelSearchNames(level, lang).join(', ')}`]);
      }
    }
  });
});

describe('the search box in the header', () => {
  it('is a plain GET form to the search page of the page’s language, with a name and a button', () => {
    for (const file of htmlFiles()) {
      const html = readHtml(dist, file);
      const lang = langOf(html) as 'sv' | 'en';
      const forms = tags(html, 'form').filter((form) => (form['class'] ?? '').split(' ').includes('header-search'));
      if (/(^|\/)sok\/index\.html$/.test(file)) {
        expect(forms, file).toEqual([]);
        continue;
      }
      expect(forms, file).toHaveLength(1);
      expect(forms[0]!['action']).toBe(`${base}${lang === 'en' ? 'en/' : ''}sok/`);
      expect(forms[0]!['method']).toBe('get');
      const header = /<header[\s\S]*?<\/header>/.exec(html)![0];
      expect(tags(header, 'input').find((input) => input['name'] === 'q')?.['id']).toBe('header-search-q');
      expect(decode(/<label[^>]*for="header-search-q"[^>]*>([^<]*)<\/label>/.exec(header)?.[1] ?? '')).toBe(t(lang).searchLabel);
      expect(/<button type="submit">([^<]*)<\/button>/.exec(header)?.[1]).toBe(t(lang).searchButton);
    }
  });

  it('brings no script onto content pages', () => {
    for (const { prefix } of langs) {
      for (const level of catalog.levels) {
        const html = readHtml(dist, `${prefix}${level.id}/index.html`);
        expect(html, level.id).not.toMatch(/pagefind\.js|<script[^>]*src="[^"]*sok/);
      }
    }
  });
});

describe('searching the bundles as the search page does', () => {
  it('finds level pages in the level bundle alone, and comparisons once their bundle is merged in', async () => {
    const levelsOnly = await nodePagefind(dist, 'sv');
    const state = { query: 'körkort', filters: {} };
    const levels = await findPages(levelsOnly, state, 'level', 10);
    expect(levels.hits.length).toBeGreaterThan(0);
    for (const hit of levels.hits) expect(hit.url).toMatch(/\/\d+\/$/);
    expect((await findPages(levelsOnly, state, 'comparison', 5)).results).toEqual([]);
    await levelsOnly.destroy();

    const merged = await nodePagefind(dist, 'sv', {}, undefined, { comparisons: true });
    // The merged bundle adds comparisons to their own list and nothing to the level pages'.
    expect((await findPages(merged, state, 'level', 10)).results.length).toBe(levels.results.length);
    const found = await findPages(merged, { query: 'körkort', filters: { level: '1' } }, 'comparison', 5);
    expect(found.hits.map((hit) => hit.url)).toEqual(['/kontorstjanster/vaktmastare/jamfor/1-2/']);
    await merged.destroy();
  });
});
