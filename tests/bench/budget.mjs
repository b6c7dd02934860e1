/**
 * The performance budget and the comparisons against it, kept pure so they can be tested.
 */

export const budget = {
  /** Lighthouse score (0-100) in every category on every page type. */
  lighthouse: 100,
  lighthouseCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
  /** A level page's first view, all resources gzip-compressed, in bytes (20 KB). */
  levelFirstViewBytes: 20_000,
  /** The build at the largest scale: time and memory. */
  scaleBuildSeconds: 300,
  scaleBuildBytes: 2 * 1024 ** 3,
  /**
   * Growth no faster than linear: the cost per area at a larger N may be at most this many times
   * the cost per area at the next smaller N (a fixed start-up cost makes it fall for linear growth;
   * quadratic growth from N=10 to N=100 would multiply it by about 10).
   */
  growthTolerance: 1.5,
  /**
   * Scripts a level page may load besides the search box's. The copy buttons (the requirements,
   * everything, a link to one item) can only reach the clipboard from a script; they are allowed
   * by name and reported as an exception.
   */
  levelPageExceptions: [{ pattern: /\/LevelCopy\.[^/]*\.js$/, why: 'the copy buttons' }],
};

/** Categories scoring below the budget, e.g. ["seo"]; empty when met. Missing scores fail. */
export function lighthouseShortfalls(scores, target = budget.lighthouse, categories = budget.lighthouseCategories) {
  return categories.filter((c) => typeof scores[c] !== 'number' || scores[c] < target);
}

/**
 * A level page's first view against the budget: its total size, and no JavaScript other than the
 * search box's (the scripts the search page loads too; with no search page, none at all).
 */
export function levelPageVerdict(levelView, searchView, limit = budget.levelFirstViewBytes, exceptions = budget.levelPageExceptions) {
  const allowed = new Set(searchView ? searchView.scripts : []);
  const notSearch = levelView.scripts.filter((url) => !allowed.has(url));
  const excepted = notSearch.filter((url) => exceptions.some((e) => e.pattern.test(url)));
  const extraScripts = notSearch.filter((url) => !excepted.includes(url));
  const reasons = [];
  if (levelView.total > limit) reasons.push(`${levelView.total} bytes is over ${limit}`);
  if (extraScripts.length > 0) reasons.push(`JavaScript other than the search box: ${extraScripts.join(', ')}`);
  const notes = excepted.map((url) => `allowed: ${exceptions.find((e) => e.pattern.test(url)).why} (${url})`);
  return { met: reasons.length === 0, reasons, notes };
}

/**
 * Whether a cost grows no faster than linearly with N: for each step between consecutive points
 * (sorted by n), cost per unit at the larger n <= tolerance x cost per unit at the smaller n.
 * Returns the per-step ratios so the report can show them.
 */
export function linearGrowth(points, tolerance = budget.growthTolerance) {
  const sorted = [...points].sort((a, b) => a.n - b.n);
  if (sorted.some((p) => !(p.n > 0) || !Number.isFinite(p.value) || p.value < 0)) {
    throw new Error('Growth points need n > 0 and a finite value >= 0');
  }
  const steps = [];
  for (let i = 1; i < sorted.length; i++) {
    const before = sorted[i - 1];
    const after = sorted[i];
    const ratio = before.value === 0 ? (after.value === 0 ? 0 : Infinity) : after.value / after.n / (before.value / before.n);
    steps.push({ from: before.n, to: after.n, ratio, met: ratio <= tolerance });
  }
  return { met: steps.every((s) => s.met), steps };
}

/** The scale run against the budget: the largest N's time and memory, and linear growth of both. */
export function scaleVerdict(runs, limits = budget) {
  if (runs.length === 0) return { time: false, memory: false, timeGrowth: { met: false, steps: [] }, memoryGrowth: { met: false, steps: [] } };
  const largest = [...runs].sort((a, b) => b.n - a.n)[0];
  return {
    largestN: largest.n,
    time: largest.seconds < limits.scaleBuildSeconds,
    memory: largest.peakBytes < limits.scaleBuildBytes,
    timeGrowth: linearGrowth(runs.map((r) => ({ n: r.n, value: r.seconds })), limits.growthTolerance),
    memoryGrowth: linearGrowth(runs.map((r) => ({ n: r.n, value: r.peakBytes })), limits.growthTolerance),
  };
}

export const mark = (met) => (met ? 'met' : 'NOT MET');
