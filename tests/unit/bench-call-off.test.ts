import { describe, expect, it } from 'vitest';
import { callOffBudget, callOffVerdict } from '../bench/call-off.mjs';
import { callOffLines } from '../bench/report.mjs';

const good = {
  firstViewScripts: ['/_astro/avrop.js'],
  firstViewJsBytes: 12_000,
  docxScripts: ['/_astro/docx.js'],
  docxBytes: 120_000,
  wordRuns: [600, 300, 310, 290, 305],
  wordMs: 305,
};

describe('the call-off budget', () => {
  it('is met by a small first view and a quick Word file', () => {
    expect(callOffVerdict(good)).toEqual({ met: true, reasons: [] });
    expect(callOffBudget).toEqual({ firstViewJsBytes: 20_000, wordMs: 1000 });
  });

  it('fails a heavy first view, a slow file, and a Word writer loaded up front', () => {
    const verdict = callOffVerdict({
      ...good,
      firstViewJsBytes: 25_000,
      wordMs: 1500,
      firstViewScripts: ['/_astro/avrop.js', '/_astro/docx.js'],
    });
    expect(verdict.met).toBe(false);
    expect(verdict.reasons).toHaveLength(3);
    expect(callOffVerdict({ ...good, docxScripts: [], docxBytes: 0 }).met).toBe(false);
  });

  it('reports the figures with the verdict', () => {
    const lines = callOffLines({ measured: true, levels: 25, ...good }).join('\n');
    expect(lines).toContain('12.0 KB of JavaScript');
    expect(lines).toContain('Fetched for the Word file only: 120.0 KB');
    expect(lines).toContain('305 ms median');
    expect(lines).toContain('Result: met');
    expect(callOffLines({ measured: false, reason: 'no call-off page yet' }).join('\n')).toContain('Not measured');
  });
});
