/**
 * The call-off page's budget: the JavaScript of its first view (with all 25 levels chosen), the
 * size of the Word writer that only a download fetches, and the time from pressing "Download as
 * a Word file" to the download, with all 25 levels, median of five presses (the first fetches
 * the writer). Sizes are gzip-compressed (level 9), as the other figures.
 *
 *   measureCallOff({ siteUrl, browser, levelIds }) -> { firstViewJsBytes, firstViewScripts, docxBytes, docxScripts, wordMs, wordRuns }
 */
import { gzipSync } from 'node:zlib';

export const callOffBudget = {
  /** JavaScript of the first view, all scripts together. */
  firstViewJsBytes: 20_000,
  /** The Word file for all 25 levels, from the press to the download, median of 5. */
  wordMs: 1000,
};

/** The verdicts for measured figures; pure, so a test can hold it to the budget. */
export function callOffVerdict(result, limits = callOffBudget) {
  const reasons = [];
  if (result.firstViewJsBytes > limits.firstViewJsBytes) reasons.push(`first view ${result.firstViewJsBytes} bytes of JavaScript is over ${limits.firstViewJsBytes}`);
  if (result.wordMs > limits.wordMs) reasons.push(`the Word file took ${Math.round(result.wordMs)} ms, over ${limits.wordMs}`);
  if (result.docxScripts.some((script) => result.firstViewScripts.includes(script))) reasons.push('the Word writer is loaded with the first view');
  if (result.docxBytes === 0) reasons.push('no script was fetched for the Word file');
  return { met: reasons.length === 0, reasons };
}

/** The call-off page's figures and verdict (tests/bench/call-off.mjs). */
export function callOffLines(callOff) {
  if (!callOff) return [];
  const out = ['## Call-off page', ''];
  if (!callOff.measured) return [...out, `Not measured (${callOff.reason}).`, ''];
  const verdict = callOffVerdict(callOff);
  out.push(
    `Budget: first view at most ${kb(callOffBudget.firstViewJsBytes)} of JavaScript; the \`docx\` code fetched only on a download; the Word file for all levels in under ${callOffBudget.wordMs} ms (median of 5). Result: ${mark(verdict.met)}${verdict.reasons.length ? ` (${verdict.reasons.join('; ')})` : ''}.`,
    '',
    `- First view with ${callOff.levels} levels chosen: ${kb(callOff.firstViewJsBytes)} of JavaScript (${callOff.firstViewScripts.join(', ')})`,
    `- Fetched for the Word file only: ${kb(callOff.docxBytes)} (${callOff.docxScripts.join(', ')})`,
    `- Word file for ${callOff.levels} levels, press to download: ${Math.round(callOff.wordMs)} ms median (runs: ${callOff.wordRuns.join(', ')} ms)`,
    '',
  );
  return out;
}

const kb = (bytes) => `${(bytes / 1000).toFixed(1)} KB`;
const mark = (met) => (met ? 'met' : 'NOT MET');

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};

export async function measureCallOff({ siteUrl, browser, levelIds, path = 'avrop/' }) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
  const page = await context.newPage();
  const scripts = new Map();
  let phase = 'first-view';
  const seen = { 'first-view': [], download: [] };
  page.on('response', async (response) => {
    if (response.request().resourceType() !== 'script') return;
    const url = new URL(response.url()).pathname;
    seen[phase].push(url);
    const body = await response.body().catch(() => Buffer.alloc(0));
    scripts.set(url, gzipSync(body, { level: 9 }).length);
  });
  try {
    const query = levelIds.map((id) => `niva=${id}`).join('&');
    await page.goto(`${siteUrl}${path}?${query}`, { waitUntil: 'networkidle' });
    await page.waitForFunction((count) => document.querySelectorAll('[data-level-title]').length === count, levelIds.length);
    phase = 'download';
    const runs = [];
    for (let i = 0; i < 5; i++) {
      const started = Date.now();
      const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-word]')]);
      await download.path();
      runs.push(Date.now() - started);
    }
    await page.waitForLoadState('networkidle');
    const sum = (list) => list.reduce((total, url) => total + (scripts.get(url) ?? 0), 0);
    const firstViewScripts = [...new Set(seen['first-view'])];
    const docxScripts = [...new Set(seen.download)];
    return {
      firstViewScripts,
      firstViewJsBytes: sum(firstViewScripts),
      docxScripts,
      docxBytes: sum(docxScripts),
      wordRuns: runs,
      wordMs: median(runs),
    };
  } finally {
    await context.close();
  }
}

/** `node tests/bench/call-off.mjs`: the call-off figures alone, on the built dist/. */
async function main() {
  const { existsSync, readFileSync } = await import('node:fs');
  const { dirname, join } = await import('node:path');
  const { fileURLToPath } = await import('node:url');
  const { desktopChromiumPath, launchBrowser } = await import('../helpers/browser.ts');
  const { basePath } = await import('../helpers/paths.ts');
  const { serveStatic } = await import('../helpers/static-server.ts');
  const dist = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'dist');
  if (!existsSync(join(dist, 'avrop', 'index.html'))) {
    console.error('No call-off page in dist/: run `npm run build` first.');
    process.exit(1);
  }
  const data = JSON.parse(readFileSync(join(dist, 'data', 'roles.json'), 'utf8'));
  const levelIds = data.areas.flatMap((area) => area.roles.flatMap((role) => role.levels.map((level) => level.id)));
  const server = await serveStatic(dist, basePath(), undefined, { gzip: true });
  const browser = await launchBrowser(desktopChromiumPath);
  try {
    const result = await measureCallOff({ siteUrl: server.url, browser, levelIds });
    console.log(callOffLines({ measured: true, levels: levelIds.length, ...result }).join('\n'));
  } finally {
    await browser.close();
    await server.close();
  }
}

const { fileURLToPath: toPath } = await import('node:url');
if (process.argv[1] && (await import('node:path')).resolve(process.argv[1]) === toPath(import.meta.url)) await main();
