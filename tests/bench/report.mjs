/** The benchmark's results as Markdown tables, for the terminal and BENCHMARKS.md. */
import { budget, levelPageVerdict, lighthouseShortfalls, mark, scaleVerdict } from './budget.mjs';
import { pct, precisionFloor, precisionGoal } from './search-precision.mjs';
import { callOffLines } from './call-off.mjs';

export { callOffLines };

export const kb = (bytes) => (bytes === undefined ? '–' : `${(bytes / 1000).toFixed(1)} KB`);
export const mb = (bytes) => `${Math.round(bytes / 1024 ** 2)} MiB`;
export const secs = (s) => `${s.toFixed(1)} s`;

function table(head, rows) {
  return [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
}

export function renderReport({ machine, pages, search, precision, widget, callOff, build, scale }) {
  const out = [];
  out.push('# Benchmarks', '');
  out.push('Measured by `npm run bench` (tests/bench/run.mjs). Sizes are gzip-compressed (level 9); 1 KB = 1,000 bytes.', '');
  out.push(
    `- Date: ${machine.date}`,
    `- Machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB} GiB memory`,
    `- Node ${machine.node}; ${machine.chromium}`,
    `- Commit: ${machine.commit}`,
    '',
  );

  out.push('## Page types: first view (Chromium, empty cache) and Lighthouse (mobile)', '');
  out.push(
    `Budget: Lighthouse ${budget.lighthouse} in all four categories on every page type; a level page's first view at most ${kb(budget.levelFirstViewBytes)} in all, with no JavaScript except what the search box needs. The page measured is the largest of its type.`,
    '',
  );
  const searchView = (lang) => pages.find((p) => p.type === 'search' && p.lang === lang)?.view;
  const rows = pages.map((p) => {
    if (!p.path && p.path !== '') return [p.type, p.lang, 'no such page yet', '', '', '', '', '', '', '', '', '', '', 'not measured'];
    const { view, lighthouse } = p;
    const s = lighthouse?.scores ?? {};
    const verdicts = [];
    if (lighthouse) {
      const short = lighthouseShortfalls(s);
      verdicts.push(`Lighthouse ${mark(short.length === 0)}${short.length ? ` (${short.join(', ')})` : ''}`);
    } else verdicts.push('Lighthouse not measured');
    if (p.type === 'level') {
      const v = levelPageVerdict(view, searchView(p.lang));
      const detail = [...v.reasons, ...v.notes];
      verdicts.push(`20 KB, no JS: ${mark(v.met)}${detail.length ? ` (${detail.join('; ')})` : ''}`);
    }
    const score = (c) => (s[c] === undefined ? '–' : String(s[c]));
    return [
      p.type,
      p.lang,
      `/${p.path}`,
      kb(view.html),
      kb(view.css),
      kb(view.js),
      kb(view.other),
      kb(view.total),
      String(view.requests),
      score('performance'),
      score('accessibility'),
      score('best-practices'),
      score('seo'),
      verdicts.join('; '),
    ];
  });
  out.push(table(['Type', 'Lang', 'Page', 'HTML', 'CSS', 'JS', 'Other', 'Total', 'Requests', 'Perf.', 'A11y', 'Best pr.', 'SEO', 'Budget'], rows), '');
  const runs = pages.find((p) => p.lighthouse)?.lighthouse.performanceRuns?.length ?? 0;
  if (runs > 1) out.push(`Lighthouse ran ${runs} times per page; the run with the median performance score is shown (performance scores of all runs: ${pages.filter((p) => p.lighthouse).map((p) => `/${p.path} ${p.lighthouse.performanceRuns.join('/')}`).join(', ')}).`, '');
  const lost = pages.flatMap((p) => (p.lighthouse?.lost ?? []).map((l) => `- /${p.path}: ${l}`));
  if (lost.length) out.push('Lighthouse audits that cost points:', '', ...lost, '');

  out.push('## Search and self-assessment', '');
  if (search.measured) for (const l of search.languages) out.push(`- Search (${l.lang}): ${l.text}`);
  else out.push(`- Search: not measured (${search.reason})`);
  out.push('');
  if (!precision) out.push('Search precision: not measured.');
  else {
    out.push(
      `Search precision at 3 over tests/bench/search-queries.json (a query passes when its roles are among the first three level pages; a typo when the suggested search passes). Floor ${precisionFloor} % per language (tests/site/search-precision.test.ts), goal ${precisionGoal} %.`,
      '',
    );
    const kinds = [...new Set(precision.flatMap((p) => p.kinds.map((k) => k.kind)))];
    const cell = (p, kind) => {
      const k = p.kinds.find((x) => x.kind === kind);
      return k ? `${pct(k.passed, k.total)} (${k.passed}/${k.total})` : '–';
    };
    out.push(
      table(
        ['Kind', ...precision.map((p) => p.lang)],
        [
          ...kinds.map((kind) => [kind, ...precision.map((p) => cell(p, kind))]),
          ['all', ...precision.map((p) => `${pct(p.passed, p.total)} (${p.passed}/${p.total}); floor: ${mark((100 * p.passed) / p.total >= precisionFloor)}, goal: ${mark((100 * p.passed) / p.total >= precisionGoal)}`)],
        ],
      ),
      '',
    );
    const missed = precision.flatMap((p) => p.failures.map((f) => `- ${p.lang}: ${f}`));
    if (missed.length) out.push('Missed:', '', ...missed, '');
  }
  out.push('');
  out.push(widget.measured ? `- Self-assessment widget: ${kb(widget.bytes)} of JavaScript that content pages do not load (${widget.scripts.join(', ') || 'none'})` : `- Self-assessment widget: not measured (${widget.reason})`);
  out.push('');
  out.push(...callOffLines(callOff));

  out.push('## Full build (the real content)', '');
  out.push(table(['Pages', 'Build time', 'Peak memory (process tree)'], [[String(build.pages), secs(build.seconds), mb(build.peakBytes)]]), '');

  out.push('## Scale: N synthetic occupational areas', '');
  out.push(
    `Each area is a copy of the real one (its roles and levels, with new slugs and titles). Budget: at the largest N a build under ${secs(budget.scaleBuildSeconds)} and ${mb(budget.scaleBuildBytes)}, and time and memory per area growing no faster than linearly (per-area cost at most ${budget.growthTolerance}x that at the previous N).`,
    '',
  );
  if (scale.length === 0) out.push('Not run.', '');
  else {
    out.push(
      table(
        ['N', 'Roles', 'Levels', 'Pages', 'Build time', 'Time per area', 'Peak memory', 'Memory per area', 'First search per language (budget 100 KB), suggestion, comparisons on request, typing'],
        scale.map((r) =>
          r.failed
            ? [String(r.n), String(r.roles), String(r.levels), '–', `build failed: ${r.failed}`, '–', '–', '–', '–']
            : [String(r.n), String(r.roles), String(r.levels), String(r.pages), secs(r.seconds), secs(r.seconds / r.n), mb(r.peakBytes), mb(r.peakBytes / r.n), r.searchText],
        ),
      ),
      '',
    );
    const built = scale.filter((r) => !r.failed);
    const v = scaleVerdict(built);
    if (built.length < scale.length) out.push(`- Builds that failed: N = ${scale.filter((r) => r.failed).map((r) => r.n).join(', ')}: NOT MET`);
    const steps = (g) => g.steps.map((s) => `${s.from}→${s.to}: ${s.ratio.toFixed(2)}x`).join(', ');
    out.push(
      `- Build time at N = ${v.largestN} under ${secs(budget.scaleBuildSeconds)}: ${mark(v.time)}`,
      `- Peak memory at N = ${v.largestN} under ${mb(budget.scaleBuildBytes)}: ${mark(v.memory)}`,
      `- Build time grows no faster than linearly (per-area ratio ${steps(v.timeGrowth)}): ${mark(v.timeGrowth.met)}`,
      `- Memory grows no faster than linearly (per-area ratio ${steps(v.memoryGrowth)}): ${mark(v.memoryGrowth.met)}`,
      '',
    );
  }
  return out.join('\n');
}
