/**
 * Precision at 3 of the search, per language and kind of query, over a built site
 * (tests/bench/search-queries.json; how a query passes is in tests/helpers/search-precision.ts).
 *
 *   node tests/bench/search-precision.mjs [site-dir]     (after `npm run build`; default dist/)
 *
 * `measureSearchPrecision(siteDir)` does it for the benchmark runner. The test
 * tests/site/search-precision.test.ts holds each language to at least 90 %; the goal is 97 %.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { runnerImport } from 'vite';

const here = dirname(fileURLToPath(import.meta.url));
export const precisionGoal = 97;
export const precisionFloor = 90;

export async function measureSearchPrecision(siteDir) {
  // The helper imports the site's TypeScript modules; Vite resolves their extensionless imports.
  // Vite sets NODE_ENV while it loads; put it back so that later builds are not development builds.
  const nodeEnv = process.env.NODE_ENV;
  const { module } = await runnerImport(join(here, '..', 'helpers', 'search-precision.ts')).finally(() => {
    if (nodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = nodeEnv;
  });
  const results = await module.measurePrecision(siteDir, undefined, (url) => import(url));
  return results.map((r) => ({
    lang: r.lang,
    passed: r.passed,
    total: r.total,
    kinds: r.kinds,
    failures: r.outcomes.filter((o) => !o.passed).map((o) => `${o.kind} "${o.query}"${o.searched !== o.query ? ` → "${o.searched}"` : ''}: wanted ${o.roles.join(', ')}, got ${o.top.join(', ') || 'nothing'}`),
  }));
}

export const pct = (passed, total) => `${((100 * passed) / total).toFixed(1)} %`;

async function main() {
  const siteDir = process.argv[2] ?? join(here, '..', '..', 'dist');
  const results = await measureSearchPrecision(siteDir);
  for (const r of results) {
    console.log(`${r.lang}: precision at 3 ${pct(r.passed, r.total)} (${r.passed}/${r.total}; floor ${precisionFloor} %, goal ${precisionGoal} %)`);
    for (const k of r.kinds) console.log(`  ${k.kind.padEnd(15)} ${pct(k.passed, k.total).padStart(7)} (${k.passed}/${k.total})`);
    for (const f of r.failures) console.log(`  missed: ${f}`);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
