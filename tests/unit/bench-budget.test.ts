import { describe, expect, it } from 'vitest';
import { budget, levelPageVerdict, lighthouseShortfalls, linearGrowth, mark, scaleVerdict } from '../bench/budget.mjs';

describe('benchmark budget', () => {
  it('Lighthouse: every category must reach 100; a missing score fails', () => {
    const all = { performance: 100, accessibility: 100, 'best-practices': 100, seo: 100 };
    expect(lighthouseShortfalls(all)).toEqual([]);
    expect(lighthouseShortfalls({ ...all, seo: 92, performance: 99 })).toEqual(['performance', 'seo']);
    expect(lighthouseShortfalls({ performance: 100, accessibility: 100, seo: 100 })).toEqual(['best-practices']);
  });

  it('a level page: at most 20 KB, and only the search box’s JavaScript', () => {
    const search = { total: 30_000, scripts: ['/_astro/search.js'] };
    expect(levelPageVerdict({ total: 12_000, scripts: [] }, undefined)).toEqual({ met: true, reasons: [], notes: [] });
    expect(levelPageVerdict({ total: 12_000, scripts: ['/_astro/search.js'] }, search).met).toBe(true);
    expect(levelPageVerdict({ total: 12_000, scripts: ['/_astro/search.js'] }, undefined).met).toBe(false);
    expect(levelPageVerdict({ total: budget.levelFirstViewBytes, scripts: [] }, search).met).toBe(true);
    const over = levelPageVerdict({ total: budget.levelFirstViewBytes + 1, scripts: ['/_astro/widget.js'] }, search);
    expect(over.met).toBe(false);
    expect(over.reasons).toHaveLength(2);
    expect(over.reasons[1]).toContain('/_astro/widget.js');
  });

  it('a level page: the copy button\'s script is an exception, named in the verdict', () => {
    const copy = '/_astro/LevelCopy.astro_astro_type_script_index_0_lang.BPzBBbUS.js';
    const verdict = levelPageVerdict({ total: 8_000, scripts: [copy] }, undefined);
    expect(verdict.met).toBe(true);
    expect(verdict.notes).toEqual([`allowed: the copy buttons (${copy})`]);
    expect(levelPageVerdict({ total: 8_000, scripts: [copy, '/_astro/other.js'] }, undefined).met).toBe(false);
  });

  it('growth: linear with a start-up cost passes, quadratic fails', () => {
    const linear = [1, 10, 100].map((n) => ({ n, value: 8 + 0.5 * n }));
    const quadratic = [1, 10, 100].map((n) => ({ n, value: 8 + 0.05 * n * n }));
    expect(linearGrowth(linear).met).toBe(true);
    expect(linearGrowth(quadratic).met).toBe(false);
    expect(linearGrowth(quadratic).steps.map((s) => s.met)).toEqual([true, false]);
    expect(linearGrowth([{ n: 100, value: 50 }, { n: 10, value: 5 }]).steps).toEqual([{ from: 10, to: 100, ratio: 1, met: true }]);
    expect(linearGrowth([{ n: 10, value: 10 }, { n: 100, value: 151 }], 1.5).met).toBe(false);
    expect(() => linearGrowth([{ n: 0, value: 1 }])).toThrow();
  });

  it('scale: the largest N must build in under 5 minutes and 2 GB', () => {
    const gb = 1024 ** 3;
    const runs = [
      { n: 1, seconds: 10, peakBytes: 0.4 * gb },
      { n: 10, seconds: 25, peakBytes: 0.6 * gb },
      { n: 100, seconds: 200, peakBytes: 1.5 * gb },
    ];
    const ok = scaleVerdict(runs);
    expect([ok.largestN, ok.time, ok.memory, ok.timeGrowth.met, ok.memoryGrowth.met]).toEqual([100, true, true, true, true]);
    const slow = scaleVerdict([...runs.slice(0, 2), { n: 100, seconds: 301, peakBytes: 2.1 * gb }]);
    expect([slow.time, slow.memory]).toEqual([false, false]);
    expect(scaleVerdict([]).time).toBe(false);
    expect(mark(true)).toBe('met');
    expect(mark(false)).toBe('NOT MET');
  });
});

describe('benchmark page types', () => {
  it('picks the largest page of each type in each language, and none for a missing type', async () => {
    const { pickPages } = await import('../bench/page-types.mjs');
    const files = [
      { file: 'index.html', bytes: 9 },
      { file: 'en/index.html', bytes: 9 },
      { file: '404.html', bytes: 3 },
      { file: 'kontorstjanster/index.html', bytes: 5 },
      { file: 'kontorstjanster/a/index.html', bytes: 5 },
      { file: 'kontorstjanster/b/index.html', bytes: 7 },
      { file: 'en/kontorstjanster/b/index.html', bytes: 7 },
      { file: 'kontorstjanster/b/1/index.html', bytes: 4 },
      { file: 'kontorstjanster/b/2/index.html', bytes: 6 },
      { file: 'kontorstjanster/b/jamfor/1-2/index.html', bytes: 6 },
      { file: 'sok/index.html', bytes: 2 },
      { file: 'en/sok/index.html', bytes: 2 },
      { file: 'oppna-data/roller/index.html', bytes: 50 },
    ];
    const picked = Object.fromEntries(pickPages(files, ['kontorstjanster']).map((p) => [`${p.type} ${p.lang}`, p.path]));
    expect(picked).toEqual({
      'home sv': '',
      'home en': 'en/',
      'role sv': 'kontorstjanster/b/',
      'role en': 'en/kontorstjanster/b/',
      'level sv': 'kontorstjanster/b/2/',
      'level en': undefined,
      'comparison sv': 'kontorstjanster/b/jamfor/1-2/',
      'comparison en': undefined,
      'search sv': 'sok/',
      'search en': 'en/sok/',
      'self-assessment sv': undefined,
      'self-assessment en': undefined,
      'call-off sv': undefined,
      'call-off en': undefined,
    });
  });
});
