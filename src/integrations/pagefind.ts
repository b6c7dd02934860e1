import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';

/**
 * Builds the Pagefind search index at the end of `astro build`, into dist/pagefind/.
 *
 * Which pages are indexed is decided by the pages themselves: Pagefind indexes only pages whose
 * markup has `data-pagefind-body` (the level pages, and any later page whose <main> carries it)
 * and leaves out every other page. Each `<html lang>` value gets its own index, so the site must
 * produce exactly one per language in `languages`; anything else stops the build.
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
  try {
    // Screen-reader-only text repeats what the page shows in another form; it would only add noise.
    const { index, errors } = await pagefind.createIndex({ excludeSelectors: ['.visually-hidden'] });
    check('createIndex', errors);
    if (!index) throw new Error('Pagefind createIndex returned no index');

    const added = await index.addDirectory({ path: siteDir });
    check('addDirectory', added.errors);
    if (added.page_count === 0) throw new Error('Pagefind found no page to index: no page has data-pagefind-body');

    const written = await index.writeFiles({ outputPath });
    check('writeFiles', written.errors);
  } finally {
    await pagefind.close();
  }
  // The site has its own search page on Pagefind's JS API; Pagefind's ready-made UIs are not used.
  await Promise.all(unusedFiles.map((file) => rm(join(outputPath, file), { force: true })));

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
