/**
 * Lighthouse (mobile form factor, its default) on one URL through its command line, with the
 * project's Chromium and flags. Returns the four category scores (0-100) and the audits that
 * cost points, so the report can say what to fix.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const categories = ['performance', 'accessibility', 'best-practices', 'seo'];

/**
 * Lighthouse `runs` times on the same URL; the run with the median performance score stands
 * for all (the other categories do not depend on timing). Lighthouse's own advice for a noisy
 * machine is to take the median of several runs.
 */
export async function medianLighthouse({ runs = 3, ...options }) {
  const results = [];
  for (let i = 0; i < runs; i++) results.push(await runLighthouse(options));
  results.sort((a, b) => (a.scores.performance ?? -1) - (b.scores.performance ?? -1));
  const median = results[Math.floor((results.length - 1) / 2)];
  return { ...median, performanceRuns: results.map((r) => r.scores.performance) };
}

export async function runLighthouse({ root, url, chromePath, chromeFlags, timeoutMs = 180_000 }) {
  const dir = mkdtempSync(join(tmpdir(), 'lighthouse-'));
  const output = join(dir, 'report.json');
  try {
    await new Promise((resolve, reject) => {
      const child = spawn(
        process.execPath,
        [
          join(root, 'node_modules', 'lighthouse', 'cli', 'index.js'),
          url,
          '--quiet',
          '--form-factor=mobile',
          `--only-categories=${categories.join(',')}`,
          '--output=json',
          `--output-path=${output}`,
          `--chrome-flags=${chromeFlags.join(' ')}`,
        ],
        { env: { ...process.env, CHROME_PATH: chromePath }, stdio: ['ignore', 'ignore', 'pipe'] },
      );
      let stderr = '';
      child.stderr.on('data', (chunk) => (stderr += chunk));
      // SIGINT lets Lighthouse close the Chromium it started (in a process group of its own).
      const timer = setTimeout(() => {
        child.kill('SIGINT');
        setTimeout(() => child.kill('SIGKILL'), 10_000).unref();
      }, timeoutMs);
      child.on('error', reject);
      child.on('exit', (code, signal) => {
        clearTimeout(timer);
        if (code === 0) resolve();
        else reject(new Error(`lighthouse ${signal ? `stopped by ${signal} after ${timeoutMs / 1000} s` : `exited with ${code}`}: ${stderr.slice(-2000)}`));
      });
    });
    const report = JSON.parse(readFileSync(output, 'utf8'));
    const scores = {};
    const lost = [];
    for (const id of categories) {
      const category = report.categories[id];
      scores[id] = category?.score == null ? undefined : Math.round(category.score * 100);
      for (const ref of category?.auditRefs ?? []) {
        const audit = report.audits[ref.id];
        if (ref.weight > 0 && audit?.score !== null && audit?.score < 1) lost.push(`${id}: ${ref.id} (${audit.score})`);
      }
    }
    return { scores, lost, runtimeError: report.runtimeError?.message };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
