import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { compoundSplitter, indexWords, swedishPartWords, type Splitter } from '../lib/search/compounds';
import { indexedWords, isIndexedPage, metaField, pageForIndex, pageLanguage } from '../lib/search/index-html';
import { wordListFile, writeWordList } from '../lib/search/suggest';

/**
 * Builds the Pagefind search index at the end of `astro build`, into dist/pagefind/.
 *
 * Which pages are indexed is decided by the pages themselves: only pages whose `<main>` has
 * `data-pagefind-body` (level and comparison pages), and every other page is left out. Each
 * `<html lang>` value gets its own index, so the site must produce exactly one per language in
 * `languages`; anything else stops the build.
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

const unusedFiles = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-highlight.js',
];

function check(step: string, errors: readonly string[]): void {
  if (errors.length > 0) throw new Error(`Pagefind ${step} failed:\n${errors.join('\n')}`);
}

export async function buildIndex(
  siteDir: string,
  languages: readonly string[],
  logger: Pick<AstroIntegrationLogger, 'info'>,
): Promise<void> {
  const outputPath = join(siteDir, 'pagefind');
  let prepared: PreparedPage[] = [];
  try {
    // Screen-reader-only text repeats what the page shows in another form; it would only add noise.
    const { index, errors } = await pagefind.createIndex({ excludeSelectors: ['.visually-hidden'] });
    check('createIndex', errors);
    if (!index) throw new Error('Pagefind createIndex returned no index');

    const pages = await indexedPages(siteDir);
    if (pages.length === 0) throw new Error('Pagefind found no page to index: no page has data-pagefind-body');
    prepared = prepareForIndex(pages);
    for (const page of prepared) {
      const added = await index.addHTMLFile({ sourcePath: page.path, content: page.content });
      check(`addHTMLFile ${page.path}`, added.errors);
    }

    const written = await index.writeFiles({ outputPath });
    check('writeFiles', written.errors);
  } finally {
    await pagefind.close();
  }
  // The site has its own search page on Pagefind's JS API; Pagefind's ready-made UIs are not used.
  await Promise.all(unusedFiles.map((file) => rm(join(outputPath, file), { force: true })));
  for (const [lang, words] of wordLists(prepared)) await writeFile(join(outputPath, wordListFile(lang)), writeWordList(words));

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
  logger.info(
    `search index: ${found.map((lang) => `${entry.languages[lang]?.page_count ?? 0} pages in ${lang}`).join(', ')}`,
  );
}

interface IndexedPage {
  /** Path inside the site, with forward slashes: "kontorstjanster/registrator/1/index.html". */
  readonly path: string;
  readonly lang: string;
  readonly html: string;
}

async function indexedPages(siteDir: string): Promise<IndexedPage[]> {
  const files = (await readdir(siteDir, { recursive: true })).filter((file) => file.endsWith('.html')).sort();
  const pages: IndexedPage[] = [];
  for (const file of files) {
    const html = await readFile(join(siteDir, file), 'utf8');
    if (!isIndexedPage(html)) continue;
    pages.push({ path: relative(siteDir, join(siteDir, file)).split(sep).join('/'), lang: pageLanguage(html) ?? '', html });
  }
  return pages;
}

/** The compound splitter of a language, over the words of its pages (and, for Swedish, the part list). */
function splitterFor(lang: string, pages: readonly IndexedPage[]): Splitter {
  const words = pages.filter((page) => page.lang === lang).flatMap((page) => indexedWords(page.html));
  return lang === 'sv' ? compoundSplitter([...words, ...swedishPartWords], { linking: ['s', 'e'] }) : compoundSplitter(words);
}

interface PreparedPage {
  readonly path: string;
  readonly lang: string;
  /** The copy Pagefind indexes. */
  readonly content: string;
}

/** The copies of the pages that Pagefind indexes: compounds followed by their parts. */
function prepareForIndex(pages: readonly IndexedPage[]): PreparedPage[] {
  const splitters = new Map<string, (word: string) => string[]>();
  const extraFor = (lang: string) => {
    let extra = splitters.get(lang);
    if (!extra) {
      const split = splitterFor(lang, pages);
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
  return pages.map((page) => {
    const extra = extraFor(page.lang);
    const names = [metaField(page.html, 'title') ?? '', metaField(page.html, 'aka') ?? ''].join(' ');
    const lead = [...new Set((names.match(/\p{L}+/gu) ?? []).flatMap((word) => extra(word)))];
    return { path: page.path, lang: page.lang, content: pageForIndex(page.html, extra, lead) };
  });
}

/** Each language's indexed words with how often they occur, compound parts included. */
function wordLists(pages: readonly PreparedPage[]): Map<string, Map<string, number>> {
  const lists = new Map<string, Map<string, number>>();
  for (const page of pages) {
    let counts = lists.get(page.lang);
    if (!counts) lists.set(page.lang, (counts = new Map()));
    for (const word of indexedWords(page.content)) {
      const key = word.toLowerCase();
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  return lists;
}
