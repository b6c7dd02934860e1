import { describe, expect, it } from 'vitest';
import { buildCatalog, type CatalogRole } from '../../src/lib/catalog';
import { defaultLayout, EDUCATION_MAX, layoutLevel, levelChart, wrapWords } from '../../src/lib/level-chart';
import { readContent } from '../helpers/content';

const { areas, roles } = readContent();
const catalog = buildCatalog(areas, roles);
const role = (slug: string) => catalog.role(`kontorstjanster/${slug}`)!;
const chart = (r: CatalogRole, lang: 'sv' | 'en' = 'sv') =>
  levelChart(r.levels, lang, { roleSlug: r.slug, roleTitle: (slug) => catalog.role(`kontorstjanster/${slug}`)?.title });

describe('levelChart on real content', () => {
  it('has no task count: only education and experience', () => {
    const { rows } = chart(role('handlaggare'));
    expect(rows.map((row) => row.options.map((option) => option.words))).toEqual([
      ['Gymnasium och 1 år i liknande arbete'],
      ['Högskola (inom området) och 1 år i liknande arbete'],
      ['Högskola (inom området) och 3 år i liknande arbete'],
    ]);
    expect(rows.map((row) => row.options[0]!.years)).toEqual([1, 1, 3]);
    expect(rows[0]!.options[0]!.education).toBeLessThan(rows[1]!.options[0]!.education);
  });

  it('Ekonomiassistent 2: the two ways in are drawn as alternatives A and B, never mixed', () => {
    const { rows, maxYears } = chart(role('ekonomiassistent'));
    const [level1, level2] = rows;
    expect(level1!.options).toEqual([{ letter: undefined, words: 'Gymnasium och 1 år som ekonomiassistent', education: 1, years: 1 }]);
    expect(level2!.options).toEqual([
      { letter: 'A', words: 'Högskola (ekonomi) och 3 år i liknande arbete', education: EDUCATION_MAX, years: 3 },
      { letter: 'B', words: 'Gymnasium och 5 år som ekonomiassistent', education: 1, years: 5 },
    ]);
    expect(maxYears).toBe(5);
    // Education rose on one way in: no bar says it stayed the same for the whole level.
    expect(Math.max(...level2!.options.map((o) => o.education))).toBeGreaterThan(level1!.options[0]!.education);
  });

  it('says the same in words, level by level, in both languages', () => {
    const { rows } = chart(role('ekonomiassistent'));
    expect(rows[1]!.sentence).toBe(
      'Nivå 2: antingen A: Högskola (ekonomi) och 3 år i liknande arbete eller B: Gymnasium och 5 år som ekonomiassistent',
    );
    const en = chart(role('ekonomiassistent'), 'en');
    expect(en.rows[0]!.sentence).toBe('Level 1: Upper secondary and 1 year as finance assistant');
  });

  it('Vaktmästare asks no education and 1, then 3 years as vaktmästare', () => {
    const { rows } = chart(role('vaktmastare'));
    expect(rows.map((row) => row.options.map((option) => [option.words, option.education]))).toEqual([
      [['1 år som vaktmästare', 0]],
      [['3 år som vaktmästare', 0]],
    ]);
  });

  it('every role: bars within the track, lines within the width, each option with its two bars', () => {
    for (const r of catalog.roles) {
      for (const lang of ['sv', 'en'] as const) {
        const c = chart(r, lang);
        expect(c.rows).toHaveLength(r.levels.length);
        for (const row of c.rows) {
          const layout = layoutLevel(row, c, lang);
          expect(layout.options).toHaveLength(row.options.length);
          for (const option of layout.options) {
            expect(option.bars).toHaveLength(2);
            for (const bar of option.bars) {
              expect(bar.width).toBeGreaterThanOrEqual(0);
              expect(bar.width).toBeLessThanOrEqual(layout.trackWidth);
            }
            for (const line of option.lines) {
              expect((line.letter ? `${line.letter} ${line.text}` : line.text).length, `${r.id} ${lang}`).toBeLessThanOrEqual(defaultLayout.lineChars);
            }
          }
          const tops = layout.options.flatMap((option) => option.bars.map((bar) => bar.y));
          expect(tops).toEqual([...tops].sort((a, b) => a - b));
          expect(layout.height).toBeGreaterThan(tops.at(-1)! + layout.barHeight);
        }
      }
    }
  });

  it('the most years get the full track', () => {
    const c = chart(role('ekonomiassistent'));
    const layout = layoutLevel(c.rows[1]!, c, 'sv');
    expect(layout.options[1]!.bars[1]!.width).toBe(layout.trackWidth);
    expect(layout.options[0]!.bars[0]!.width).toBe(layout.trackWidth);
  });

  it('refuses a chart without levels', () => {
    expect(() => levelChart([], 'sv', { roleSlug: 'x', roleTitle: () => undefined })).toThrow(/at least one level/);
  });
});

describe('wrapWords', () => {
  it('wraps at spaces and keeps a long word whole', () => {
    expect(wrapWords('Nivå 2: Gymnasium eller högskola (ekonomi)', 20)).toEqual(['Nivå 2: Gymnasium', 'eller högskola', '(ekonomi)']);
    expect(wrapWords('registratorsutbildning', 10)).toEqual(['registratorsutbildning']);
    expect(wrapWords('  ', 10)).toEqual([]);
  });
});
