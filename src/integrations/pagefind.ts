import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { pageKindOf, searchBundles } from '../lib/search/bundles';
import { compoundSplitter, indexWords, swedishPartWords, type Splitter } from '../lib/search/compounds';
import { pageKinds, type PageKind } from '../lib/search/filters';
import { filterValues, indexedWords, isIndexedPage, metaField, pageForIndex, pageLanguage, withoutFilter } from '../lib/search/index-html';
import { wordListFile, writeWordList } from '../lib/search/suggest';

/**
 * Builds the Pagefind search index at the end of `astro build`: level pages into dist/pagefind/,
 * comparisons of levels into dist/pagefind/comparisons/ (see src/lib/search/bundles.ts).
 *
 * Which pages are indexed is decided by the pages themselves: only pages whose `<main>` has
 * `data-pagefind-body` (level and comparison pages), and every other page is left out; a page's
 * filter `page` says which bundle it goes to. Each `<html lang>` value gets its own index, so
 * the site must produce exactly one per language in `languages`; anything else stops the build.
 *
 * Pagefind gets each indexed page through `addHTMLFile`, as a copy in which compound words are
 * followed by their parts (see src/lib/search/index-html.ts); the page on disk is not changed.
 * Next to the index it writes each language's word list for "Did you mean …?"
 * (src/lib/search/suggest.ts).
 */
export function pagefindIntegration(options: { languages: readonly string[] }): AstroIntegration {
  return {
    name: 'pagefind-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        await buildIndex(fileURLToPath(dir), options.languages, logger);
      },
    },
  };
}

/** Pagefind's own UIs: the site has its own search page on Pagefind's JS API. */
const unusedFiles = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-highlight.js',
];

/** A merged bundle runs on the level bundle's code and WebAssembly: its copies are never loaded. */
const mergedOnlyUnused = ['pagefind.js', 'pagefind-worker.js'];

function check(step: string, errors: readonly string[]): void {
  if (errors.length > 0) throw new Error(`Pagefind ${step} failed:\n${errors.join('\n')}`);
}

export async function buildIndex(
  siteDir: string,
  languages: readonly string[],
  logger: Pick<AstroIntegrationLogger, 'info'>,
): Promise<void> {
  const { pages, words } = await indexedPages(siteDir);
  if (pages.length === 0) throw new Error('Pagefind found no page to index: no page has data-pagefind-body');
  const preparer = indexCopies(siteDir, words);
  const counts: string[] = [];
  try {
    for (const kind of pageKinds) {
      const bundle = pages.filter((page) => page.kind === kind);
      if (bundle.length === 0) continue;
      const outputPath = join(siteDir, searchBundles[kind]);
      await writeBundle(bundle, outputPath, preparer.copy);
      counts.push(`${kind}: ${await checkLanguages(outputPath, languages)}`);
    }
  } finally {
    await pagefind.close();
  }
  for (const kind of pageKinds) {
    const outputPath = join(siteDir, searchBundles[kind]);
    await Promise.all(unusedFiles.map((file) => rm(join(outputPath, file), { force: true })));
    if (kind !== 'level') await removeMergedOnlyUnused(outputPath);
  }
  const levelBundle = join(siteDir, searchBundles.level);
  for (const [lang, list] of preparer.wordCounts) await writeFile(join(levelBundle, wordListFile(lang)), writeWordList(list));
  logger.info(`search index: ${counts.join('; ')}`);
}

/**
 * One Pagefind bundle of the given pages, written to `outputPath`. Each page's copy is made just
 * before Pagefind gets it and dropped after, so that a site of thousands of pages is never in
 * memory all at once.
 */
async function writeBundle(pages: readonly IndexedPage[], outputPath: string, copy: (page: IndexedPage) => Promise<string>): Promise<void> {
  // Screen-reader-only text repeats what the page shows in another form; it would only add noise.
  const { index, errors } = await pagefind.createIndex({ excludeSelectors: ['.visually-hidden'] });
  check('createIndex', errors);
  if (!index) throw new Error('Pagefind createIndex returned no index');
  for (const page of pages) {
    const added = await index.addHTMLFile({ sourcePath: page.path, content: await copy(page) });
    check(`addHTMLFile ${page.path}`, added.errors);
  }
  const written = await index.writeFiles({ outputPath });
  check('writeFiles', written.errors);
}

/** Checks that a bundle has exactly the site's languages; returns "N pages in sv, M pages in en". */
async function checkLanguages(outputPath: string, languages: readonly string[]): Promise<string> {
  const entry = JSON.parse(await readFile(join(outputPath, 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { page_count: number }>;
  };
  const found = Object.keys(entry.languages).sort();
  const expected = [...languages].sort();
  if (found.join() !== expected.join()) {
    throw new Error(
      `Search index languages are [${found.join(', ')}], expected [${expected.join(', ')}]: ` +
        'every indexed page needs <html lang> set to exactly one of the site languages',
    );
  }
  return found.map((lang) => `${entry.languages[lang]?.page_count ?? 0} pages in ${lang}`).join(', ');
}

/** Removes a merged bundle's own copy of Pagefind's code and WebAssembly. */
async function removeMergedOnlyUnused(outputPath: string): Promise<void> {
  const wasm = (await readdir(outputPath)).filter((file) => /^wasm\..*\.pagefind$/.test(file));
  await Promise.all([...mergedOnlyUnused, ...wasm].map((file) => rm(join(outputPath, file), { force: true })));
}

interface IndexedPage {
  /** Path inside the site, with forward slashes: "kontorstjanster/registrator/1/index.html". */
  readonly path: string;
  readonly lang: string;
  readonly kind: PageKind;
}

/** The indexed pages, in path order, and the words of each language's pages (for the compound splitter). */
async function indexedPages(siteDir: string): Promise<{ pages: IndexedPage[]; words: Map<string, Set<string>> }> {
  const files = (await readdir(siteDir, { recursive: true })).filter((file) => file.endsWith('.html')).sort();
  const pages: IndexedPage[] = [];
  const words = new Map<string, Set<string>>();
  for (const file of files) {
    const html = await readFile(join(siteDir, file), 'utf8');
    if (!isIndexedPage(html)) continue;
    const path = relative(siteDir, join(siteDir, file)).split(sep).join('/');
    const lang = pageLanguage(html) ?? '';
    pages.push({ path, lang, kind: pageKindOf(filterValues(html, 'page'), path) });
    let known = words.get(lang);
    if (!known) words.set(lang, (known = new Set()));
    for (const word of indexedWords(html)) known.add(word);
  }
  return { pages, words };
}

/** The compound splitter of a language, over the words of its pages (and, for Swedish, the part list). */
function splitterFor(lang: string, words: ReadonlySet<string>): Splitter {
  return lang === 'sv' ? compoundSplitter([...words, ...swedishPartWords], { linking: ['s', 'e'] }) : compoundSplitter(words);
}

/**
 * The copies of the pages that Pagefind indexes (compounds followed by their parts, without the
 * filter `page`), made one at a time, and each language's indexed words with how often they
 * occur, compound parts included, counted as the copies are made.
 */
function indexCopies(siteDir: string, words: ReadonlyMap<string, ReadonlySet<string>>) {
  const splitters = new Map<string, (word: string) => string[]>();
  const extraFor = (lang: string) => {
    let extra = splitters.get(lang);
    if (!extra) {
      const split = splitterFor(lang, words.get(lang) ?? new Set());
      const memo = new Map<string, string[]>();
      extra = (word: string) => {
        const key = word.toLowerCase();
        let found = memo.get(key);
        if (!found) memo.set(key, (found = indexWords(key, split)));
        return found;
      };
      splitters.set(lang, extra);
    }
    return extra;
  };
  const wordCounts = new Map<string, Map<string, number>>();
  const copy = async (page: IndexedPage): Promise<string> => {
    const html = await readFile(join(siteDir, page.path), 'utf8');
    const extra = extraFor(page.lang);
    const names = [metaField(html, 'title') ?? '', metaField(html, 'aka') ?? ''].join(' ');
    const lead = [...new Set((names.match(/\p{L}+/gu) ?? []).flatMap((word) => extra(word)))];
    // The bundle gives the kind of page; as a filter in the index it would cost every first search a download.
    const content = pageForIndex(withoutFilter(html, 'page'), extra, lead);
    let counts = wordCounts.get(page.lang);
    if (!counts) wordCounts.set(page.lang, (counts = new Map()));
    for (const word of indexedWords(content)) {
      const key = word.toLowerCase();
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    return content;
  };
  return { copy, wordCounts };
}
