/**
 * Search budget: what a first search costs in bytes, and how fast hits appear while typing.
 *
 *   node tests/bench/search.mjs                          (after `npm run build`; serves dist/ itself)
 *   node tests/bench/search.mjs <site-dir> <area/role/>  (another build, such as a scale build)
 *
 * `measureSearch({ siteUrl })` does the same against a site that is already served, for the
 * benchmark runner. Figures:
 * - firstQueryBytes: gzip size of everything under /pagefind/ that a first search fetches, starting
 *   from a role page: the reader types in the header box, lands on the search page, sees hits.
 *   Pagefind's index files are gzip already and count as they are; its code is counted gzipped.
 * - comparisonsBytes: what asking for the comparisons of levels adds (their own bundle,
 *   src/lib/search/bundles.ts), for the same query.
 * - suggestionBytes: what a search that gets "Menade du …?" adds: the word list.
 * - medianMs: what a person feels. Five times: open the search page afresh (empty cache), focus
 *   the box, wait 300 ms as a person does, type a word; the time from its last keystroke to its
 *   hits on screen (next frame). The median of the five.
 */
import { gzipSync } from 'node:zlib';
import { pathToFileURL } from 'node:url';

// 100 KB as 100,000 bytes, the same unit as every other figure in the benchmark.
export const budget = { firstQueryBytes: 100_000, suggestionBytes: 10_000, medianMs: 50 };

/** Per language: where its pages are, and what a reader types. */
export const languages = {
  sv: {
    prefix: '',
    // A word on most pages: the first page of hits is full, so every one of its fragments counts.
    firstQuery: 'utbildning',
    // Five words a reader might type first on the search page.
    queries: ['bokföring', 'körkort', 'lönesystem', 'sekreterare', 'växel'],
    typo: 'registator',
  },
  en: {
    prefix: 'en/',
    firstQuery: 'education',
    queries: ['bookkeeping', 'driving', 'payroll', 'secretary', 'switchboard'],
    typo: 'registar',
  },
};

const defaults = { rolePath: 'kontorstjanster/registrator/1/', lang: 'sv' };

/** Size a browser would download with gzip: files that are gzip already count as they are. */
export function gzipSize(body) {
  const isGzip = body.length > 2 && body[0] === 0x1f && body[1] === 0x8b;
  return isGzip ? body.length : gzipSync(body, { level: 9 }).length;
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

async function waitForHits(page, query) {
  await page.waitForFunction(
    (q) => document.querySelector('kk-search')?.getAttribute('data-rendered-query') === q,
    query,
    { timeout: 15_000 },
  );
}

/**
 * Opens the search page in a fresh page with an empty cache, focuses the box, waits 300 ms and
 * types the query; returns ms from the last keystroke to the hits on screen (next frame).
 */
async function timeTyping(context, url, query) {
  const page = await context.newPage();
  try {
    const session = await context.newCDPSession(page);
    await session.send('Network.setCacheDisabled', { cacheDisabled: true });
    await page.goto(url, { waitUntil: 'load' });
    await page.evaluate((q) => {
      const input = document.querySelector('#search-q');
      const root = document.querySelector('kk-search');
      input.addEventListener('input', (event) => (window.__lastInput = { value: input.value, at: event.timeStamp }), true);
      root.addEventListener('search:rendered', (event) => {
        const last = window.__lastInput;
        if (!last || event.detail.query !== q || last.value !== q) return;
        requestAnimationFrame(() => (window.__searchTime = performance.now() - last.at));
      });
    }, query);
    await page.focus('#search-q');
    await page.waitForTimeout(300);
    await page.keyboard.type(query, { delay: 80 });
    await page.waitForFunction(() => window.__searchTime !== undefined, undefined, { timeout: 15_000 });
    return await page.evaluate(() => window.__searchTime);
  } finally {
    await page.close();
  }
}

/**
 * @param {{ siteUrl: string, browser?: import('playwright-core').Browser, rolePath?: string,
 *   lang?: 'sv' | 'en', firstQuery?: string, queries?: string[] }} options  siteUrl ends with
 *   the base path and "/"; rolePath is the role's path in Swedish ("area/role/").
 */
export async function measureSearch(options) {
  const { siteUrl, rolePath, lang } = { ...defaults, ...options };
  const { prefix, firstQuery, queries, typo } = { ...languages[lang], ...options };
  const searchPath = `${prefix}sok/`;
  const ownBrowser = !options.browser;
  const { desktopChromiumPath, launchBrowser } = await import('../helpers/browser.ts');
  const browser = options.browser ?? (await launchBrowser(desktopChromiumPath));
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    const page = await context.newPage();
    const pagefindPrefix = new URL('pagefind/', siteUrl).href;
    const fetched = [];
    const reading = [];
    page.on('response', (response) => {
      reading.push(
        response.body().then(
          (body) => fetched.push({ url: response.url(), raw: body.length, gzip: gzipSize(body) }),
          () => undefined,
        ),
      );
    });

    await page.goto(new URL(prefix + rolePath, siteUrl).href, { waitUntil: 'networkidle' });
    await Promise.all(reading);
    const rolePageScripts = fetched.filter((f) => /\.m?js(\?|$)/.test(f.url));
    fetched.length = 0;

    await page.fill('#header-search-q', firstQuery);
    await page.press('#header-search-q', 'Enter');
    await page.waitForURL(/\/sok\/\?q=/);
    await waitForHits(page, firstQuery);
    await page.waitForLoadState('networkidle');
    await Promise.all(reading);
    const pagefindFiles = fetched.filter((f) => f.url.startsWith(pagefindPrefix));
    const firstQueryBytes = pagefindFiles.reduce((sum, f) => sum + f.gzip, 0);
    const searchPageScriptBytes = fetched
      .filter((f) => !f.url.startsWith(pagefindPrefix) && /\.m?js(\?|$)/.test(f.url))
      .reduce((sum, f) => sum + f.gzip, 0);

    // The reader asks for the comparisons of levels: their bundle is what that adds.
    fetched.length = 0;
    await page.click('[data-comparisons-load]');
    await page.waitForSelector('[data-comparisons-offer]', { state: 'hidden', timeout: 15_000 });
    await page.waitForLoadState('networkidle');
    await Promise.all(reading);
    const comparisonsBytes = fetched.filter((f) => f.url.startsWith(pagefindPrefix)).reduce((sum, f) => sum + f.gzip, 0);

    // A typo gets a suggestion: the word list is what that adds.
    fetched.length = 0;
    await page.fill('#search-q', typo);
    await waitForHits(page, typo);
    await page.waitForSelector('[data-search-suggestion]:not([hidden]) a', { timeout: 15_000 });
    await Promise.all(reading);
    const suggestionBytes = fetched.filter((f) => f.url.startsWith(pagefindPrefix) && /\/words-[a-z]+\.txt$/.test(f.url)).reduce((sum, f) => sum + f.gzip, 0);
    await page.close();

    const samples = [];
    for (const query of queries) samples.push({ query, ms: await timeTyping(context, new URL(searchPath, siteUrl).href, query) });

    return {
      lang,
      firstQuery,
      firstQueryBytes,
      comparisonsBytes,
      suggestionBytes,
      pagefindFiles: pagefindFiles.map(({ url, raw, gzip }) => ({ file: url.slice(pagefindPrefix.length), raw, gzip })),
      rolePageScriptBytes: rolePageScripts.reduce((sum, f) => sum + f.gzip, 0),
      searchPageScriptBytes,
      medianMs: median(samples.map((s) => s.ms)),
      samples,
    };
  } finally {
    await context.close();
    if (ownBrowser) await browser.close();
  }
}

async function main() {
  const { existsSync } = await import('node:fs');
  const { basePath, dist } = await import('../helpers/paths.ts');
  const { serveStatic } = await import('../helpers/static-server.ts');
  // A built site other than dist/ (a scale build) as the first argument.
  const site = process.argv[2] ?? dist;
  if (!existsSync(site)) throw new Error(`${site} is missing: run \`npm run build\` first`);
  const server = await serveStatic(site, basePath());
  try {
    const kb = (bytes) => `${(bytes / 1000).toFixed(1)} KB`;
    for (const lang of Object.keys(languages)) {
      const result = await measureSearch({ siteUrl: server.url, lang, ...(process.argv[3] ? { rolePath: process.argv[3] } : {}) });
      console.log(`${lang}:`);
      for (const f of result.pagefindFiles) console.log(`  ${f.file.padEnd(40)} ${kb(f.gzip).padStart(9)} (raw ${kb(f.raw)})`);
      console.log(`first search ("${result.firstQuery}") from a role page: ${kb(result.firstQueryBytes)} gzip from /pagefind/ (budget ${kb(budget.firstQueryBytes)})`);
      console.log(`asking for the comparisons adds ${kb(result.comparisonsBytes)}; a suggestion adds ${kb(result.suggestionBytes)} (budget ${kb(budget.suggestionBytes)})`);
      console.log(`scripts on the role page: ${kb(result.rolePageScriptBytes)}; search page script: ${kb(result.searchPageScriptBytes)} gzip`);
      console.log(`typing to hits on a freshly opened search page: median ${result.medianMs.toFixed(1)} ms over ${result.samples.length} words (budget ${budget.medianMs} ms)`);
      console.log(`  ${result.samples.map((s) => `${s.query} ${s.ms.toFixed(0)}`).join(', ')}`);
      const ok = result.firstQueryBytes <= budget.firstQueryBytes && result.suggestionBytes <= budget.suggestionBytes && result.medianMs <= budget.medianMs;
      if (!ok) process.exitCode = 1;
    }
  } finally {
    await server.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
