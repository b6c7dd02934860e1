#!/usr/bin/env node
/**
 * The benchmark: builds the site, serves dist on 127.0.0.1 and measures each page type's first
 * view in Chromium and its Lighthouse scores, the search and self-assessment budgets, the full
 * build's time and memory, and builds of N synthetic areas. Prints a Markdown report and writes
 * it to BENCHMARKS.md.
 *
 *   npm run bench                      N = 1, 10, 100
 *   npm run bench -- --scale=1,10      other N (--scale= for none)
 *   npm run bench -- --no-write        print only
 *   npm run bench -- --lighthouse-runs=1   Lighthouse runs per page (default 3, median taken)
 *
 * Run it alone: it uses both cores for minutes, and its timings mean little on a busy machine.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromiumArgs, desktopChromiumPath, launchBrowser } from '../helpers/browser.ts';
import { listFiles } from '../helpers/html.ts';
import { basePath } from '../helpers/paths.ts';
import { serveStatic } from '../helpers/static-server.ts';
import { headersFor, parseHeadersFile } from '../../src/lib/hosting-headers.ts';
import { measureCallOff } from './call-off.mjs';
import { measureFirstView } from './first-view.mjs';
import { generateAreas } from './generate-areas.mjs';
import { medianLighthouse } from './lighthouse.mjs';
import { machine } from './machine.mjs';
import { measureBuild } from './measure-build.mjs';
import { pickPages } from './page-types.mjs';
import { mark } from './budget.mjs';
import { measureSearchPrecision } from './search-precision.mjs';
import { renderReport } from './report.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const dist = join(root, 'dist');
const base = basePath();

const args = process.argv.slice(2);
const scaleArg = args.find((a) => a.startsWith('--scale='))?.slice('--scale='.length) ?? process.env.BENCH_SCALE ?? '1,10,100';
const scaleNs = scaleArg.split(',').filter((s) => s.trim() !== '').map(Number);
if (scaleNs.some((n) => !Number.isInteger(n) || n < 1)) {
  console.error(`--scale takes positive whole numbers separated by commas, got "${scaleArg}"`);
  process.exit(2);
}
const write = !args.includes('--no-write');
const lighthouseRuns = Number(args.find((a) => a.startsWith('--lighthouse-runs='))?.slice('--lighthouse-runs='.length) ?? 3);
if (!Number.isInteger(lighthouseRuns) || lighthouseRuns < 1) {
  console.error('--lighthouse-runs takes a positive whole number');
  process.exit(2);
}

/** The response headers of public/_headers (the CSP among them), as the host sends them. */
function hostHeaders() {
  const rules = parseHeadersFile(readFileSync(join(root, 'public', '_headers'), 'utf8'));
  return (path) => headersFor(rules, path.startsWith(base) ? `/${path.slice(base.length)}` : path);
}

const log = (message) => console.error(`[bench] ${message}`);
const htmlPages = (dir) => listFiles(dir).filter((f) => f.endsWith('.html'));

/**
 * tests/bench/search.mjs (the search budget): `measureSearch({ siteUrl, browser, rolePath })`
 * types a first query from a role page and times later ones; its `budget` holds the limits.
 */
async function loadSearch() {
  const file = join(here, 'search.mjs');
  if (!existsSync(file)) return undefined;
  const mod = await import(pathToFileURL(file).href);
  return typeof mod.measureSearch === 'function' ? mod : undefined;
}

/** The search budget in each language (tests/bench/search.mjs `languages`). */
async function measureSearch(search, siteUrl, distDir, browser, rolePath) {
  if (!search) return { measured: false, reason: 'tests/bench/search.mjs does not exist yet' };
  if (!existsSync(join(distDir, 'pagefind'))) return { measured: false, reason: 'no Pagefind index in the build' };
  const kb = (bytes) => `${(bytes / 1000).toFixed(1)} KB`;
  const languages = [];
  for (const lang of Object.keys(search.languages ?? { sv: {} })) {
    const result = await search.measureSearch({ siteUrl, browser, rolePath, lang });
    const bytesMet = result.firstQueryBytes <= search.budget.firstQueryBytes;
    const suggestionMet = result.suggestionBytes <= search.budget.suggestionBytes;
    const timeMet = result.medianMs <= search.budget.medianMs;
    languages.push({
      lang,
      bytes: result.firstQueryBytes,
      comparisonsBytes: result.comparisonsBytes,
      suggestionBytes: result.suggestionBytes,
      ms: result.medianMs,
      met: bytesMet && suggestionMet && timeMet,
      text:
        `${kb(result.firstQueryBytes)} for a first query ("${result.firstQuery}") from a role page (budget ${kb(search.budget.firstQueryBytes)}: ${mark(bytesMet)}), ` +
        `a suggestion ${kb(result.suggestionBytes)} more (budget ${kb(search.budget.suggestionBytes)}: ${mark(suggestionMet)}), ` +
        `asking for the comparisons of levels ${kb(result.comparisonsBytes)} more; ` +
        `${Math.round(result.medianMs)} ms median from the last keystroke to the hits on a freshly opened search page, after a 300 ms pause between focus and typing (${result.samples.map((x) => `${x.query} ${Math.round(x.ms)}`).join(', ')}; budget ${search.budget.medianMs} ms: ${mark(timeMet)}); ` +
        `content pages load ${kb(result.rolePageScriptBytes)} of script for it`,
    });
  }
  return { measured: true, languages, met: languages.every((l) => l.met) };
}

/** A role page inside dist to start a search from: the first role of the first area. */
function firstRolePath(distDir, areas) {
  for (const area of areas) {
    const roles = readdirSync(join(distDir, area), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();
    if (roles.length > 0) return `${area}/${roles[0]}/`;
  }
  return undefined;
}

async function main() {
  const info = machine({ root, chromePath: desktopChromiumPath });
  log(`${info.cpu}, ${info.cores} cores, ${info.memoryGiB} GiB, Node ${info.node}`);

  log('full build of the real content into dist/ ...');
  const fullBuild = await measureBuild({ root, outDir: dist });
  const build = { ...fullBuild, pages: htmlPages(dist).length };
  log(`built ${build.pages} pages in ${build.seconds.toFixed(1)} s`);

  const search = await loadSearch();
  const areas = readdirSync(join(root, 'content', 'areas')).filter((d) => existsSync(join(root, 'content', 'areas', d, 'area.yaml')));
  const picked = pickPages(htmlPages(dist).map((file) => ({ file, bytes: statSync(join(dist, file)).size })), areas);

  const server = await serveStatic(dist, base, hostHeaders(), { gzip: true });
  const browser = await launchBrowser(desktopChromiumPath);
  const pages = [];
  let searchResult;
  let callOff;
  try {
    for (const p of picked) {
      if (p.path === undefined) {
        log(`${p.type} (${p.lang}): no such page yet`);
        pages.push(p);
        continue;
      }
      const url = server.url + p.path;
      log(`${p.type} (${p.lang}): /${p.path}`);
      const view = await measureFirstView(browser, url);
      const lighthouse = await medianLighthouse({ runs: lighthouseRuns, root, url, chromePath: desktopChromiumPath, chromeFlags: ['--headless=new', ...chromiumArgs] }).catch((error) => {
        log(`lighthouse failed on ${url}: ${error.message}`);
        return undefined;
      });
      pages.push({ ...p, view, lighthouse });
    }
    searchResult = await measureSearch(search, server.url, dist, browser, firstRolePath(dist, areas)).catch((error) => ({
      measured: false,
      reason: `failed: ${error.message}`,
    }));
    callOff = await measureCallOffPage(server.url, browser);
  } finally {
    await browser.close();
    await server.close();
  }

  const widget = widgetSize(pages);
  log('search precision over the query set ...');
  const precision = await measureSearchPrecision(dist).catch((error) => {
    log(`search precision failed: ${error.message}`);
    return undefined;
  });

  const scale = [];
  for (const n of scaleNs) {
    const work = mkdtempSync(join(tmpdir(), `bench-areas-${n}-`));
    try {
      const contentDir = join(work, 'areas');
      const outDir = join(work, 'dist');
      const generated = generateAreas({ target: contentDir, count: n });
      log(`scale N = ${n}: ${generated.levels} levels, building ...`);
      let result;
      try {
        result = await measureBuild({ root, outDir, env: { CONTENT_DIR: contentDir } });
      } catch (error) {
        log(`scale N = ${n}: the build failed`);
        scale.push({ n, roles: generated.roles, levels: generated.levels, failed: error.message.split('\n').slice(0, 3).join(' ') });
        continue;
      }
      const pageCount = htmlPages(outDir).length;
      let searchText = 'not measured';
      if (search) {
        const s = await serveStatic(outDir, base, undefined, { gzip: true });
        const b = await launchBrowser(desktopChromiumPath);
        try {
          const measured = await measureSearch(search, s.url, outDir, b, firstRolePath(outDir, readdirSync(contentDir).sort()));
          searchText = measured.measured
            ? measured.languages
                .map(
                  (l) =>
                    `${l.lang} ${(l.bytes / 1000).toFixed(1)} KB${l.bytes <= search.budget.firstQueryBytes ? '' : ' (over budget)'}, suggestion +${(l.suggestionBytes / 1000).toFixed(1)} KB, comparisons +${(l.comparisonsBytes / 1000).toFixed(1)} KB, ${Math.round(l.ms)} ms`,
                )
                .join('; ')
            : `not measured (${measured.reason})`;
        } catch (error) {
          searchText = `not measured (failed: ${error.message})`;
        } finally {
          await b.close();
          await s.close();
        }
      }
      log(`scale N = ${n}: ${pageCount} pages in ${result.seconds.toFixed(1)} s, peak ${Math.round(result.peakBytes / 1024 ** 2)} MiB`);
      scale.push({ n, roles: generated.roles, levels: generated.levels, pages: pageCount, seconds: result.seconds, peakBytes: result.peakBytes, searchText });
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  }

  const report = renderReport({ machine: info, pages, search: searchResult, precision, widget, callOff, build, scale });
  console.log(report);
  if (write) {
    writeFileSync(join(root, 'BENCHMARKS.md'), `${report}\n`);
    log('written to BENCHMARKS.md');
  }
}

/** The call-off page with every level of the build chosen (tests/bench/call-off.mjs). */
async function measureCallOffPage(siteUrl, browser) {
  if (!existsSync(join(dist, 'avrop', 'index.html'))) return { measured: false, reason: 'no call-off page yet' };
  const data = JSON.parse(readFileSync(join(dist, 'data', 'roles.json'), 'utf8'));
  const levelIds = data.areas.flatMap((area) => area.roles.flatMap((role) => role.levels.map((level) => level.id)));
  log(`call-off page with ${levelIds.length} levels ...`);
  try {
    return { measured: true, levels: levelIds.length, ...(await measureCallOff({ siteUrl, browser, levelIds })) };
  } catch (error) {
    return { measured: false, reason: `failed: ${error.message}` };
  }
}

/** The JavaScript the self-assessment page loads that role and level pages do not, per language; the larger. */
function widgetSize(pages) {
  const results = ['sv', 'en'].flatMap((lang) => {
    const widgetPage = pages.find((p) => p.type === 'self-assessment' && p.lang === lang && p.view);
    if (!widgetPage) return [];
    const content = new Set(pages.filter((p) => (p.type === 'level' || p.type === 'role') && p.lang === lang && p.view).flatMap((p) => p.view.scripts));
    const scripts = widgetPage.view.scripts.filter((s) => !content.has(s));
    return [{ scripts, bytes: scripts.reduce((sum, s) => sum + widgetPage.view.scriptBytes[s], 0) }];
  });
  if (results.length === 0) return { measured: false, reason: 'no self-assessment page yet' };
  return { measured: true, ...results.sort((a, b) => b.bytes - a.bytes)[0] };
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
