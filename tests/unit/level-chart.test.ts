import { describe, expect, it } from 'vitest';
import { buildCatalog, type CatalogRole } from '../../src/lib/catalog';
import { defaultLayout, layoutPanel, levelChart, wrapWords } from '../../src/lib/level-chart';
import { readContent } from '../helpers/content';

const { areas, roles } = readContent();
const catalog = buildCatalog(areas, roles);
const role = (slug: string) => catalog.role(`kontorstjanster/${slug}`)!;
const chart = (r: CatalogRole, lang: 'sv' | 'en' = 'sv') =>
  levelChart(r.levels, lang, { roleSlug: r.slug, roleTitle: (slug) => catalog.role(`kontorstjanster/${slug}`)?.title });

describe('levelChart on real content', () => {
  it('Handläggare: experience 1, 1, 3 years; education grows to higher education in the field; 4, 8, 8 tasks', () => {
    const [experience, education, tasks] = chart(role('handlaggare'));
    expect(experience?.points.map((p) => p.value)).toEqual([1, 1, 3]);
    expect(experience?.points.map((p) => p.words)).toEqual(['1 (liknande)', '1 (liknande)', '3 (liknande)']);
    expect(experience?.max).toBe(3);
    expect(education?.points.map((p) => p.words)).toEqual(['Gymnasium', 'Högskola (inom området)', 'Högskola (inom området)']);
    expect(education!.points[0]!.value).toBeLessThan(education!.points[1]!.value);
    expect(tasks?.points.map((p) => p.value)).toEqual(role('handlaggare').levels.map((l) => l.tasks.length));
  });

  it('says the same in words, level by level', () => {
    const [experience, , tasks] = chart(role('handlaggare'));
    expect(experience?.sentence).toBe('Erfarenhet, år: nivå 1: 1 (liknande), nivå 2: 1 (liknande), nivå 3: 3 (liknande).');
    const counts = role('handlaggare').levels.map((l) => l.tasks.length);
    expect(tasks?.sentence).toBe(`Antal arbetsuppgifter: nivå 1: ${counts[0]}, nivå 2: ${counts[1]}, nivå 3: ${counts[2]}.`);
    const [enExperience] = chart(role('ekonomiassistent'), 'en');
    expect(enExperience?.sentence).toBe('Experience, years: level 1: 1 (in the role), level 2: 3 (similar work) or 5 (in the role).');
  });

  it('Vaktmästare asks no education at either level and 1, then 3 years in the role', () => {
    const [experience, education] = chart(role('vaktmastare'));
    expect(education?.points.map((p) => p.value)).toEqual([0, 0]);
    expect(education?.points.map((p) => p.words)).toEqual(['Inget krav', 'Inget krav']);
    expect(experience?.points.map((p) => p.words)).toEqual(['1 (som rollen)', '3 (som rollen)']);
  });

  it('every role with several levels gets three panels, with bars no longer than the track', () => {
    for (const r of catalog.roles.filter((x) => x.levels.length > 1)) {
      for (const lang of ['sv', 'en'] as const) {
        const panels = chart(r, lang);
        expect(panels.map((p) => p.measure)).toEqual(['experience', 'education', 'tasks']);
        for (const panel of panels) {
          const layout = layoutPanel(panel, lang);
          expect(layout.rows).toHaveLength(r.levels.length);
          for (const row of layout.rows) {
            expect(row.barWidth).toBeGreaterThanOrEqual(0);
            expect(row.barWidth).toBeLessThanOrEqual(layout.trackWidth);
            for (const line of row.lines) {
              expect((line.label ? `${line.label} ${line.text}` : line.text).length, `${r.id} ${lang}`).toBeLessThanOrEqual(defaultLayout.lineChars);
            }
          }
          const tops = layout.rows.map((row) => row.barY);
          expect(tops).toEqual([...tops].sort((a, b) => a - b));
          expect(layout.height).toBeGreaterThan(tops.at(-1)! + layout.barHeight);
        }
      }
    }
  });

  it('the longest value gets the full track', () => {
    const [, , tasks] = chart(role('handlaggare'));
    const layout = layoutPanel(tasks!, 'sv');
    const widest = Math.max(...tasks!.points.map((p) => p.value));
    tasks!.points.forEach((point, i) => {
      if (point.value === widest) expect(layout.rows[i]?.barWidth).toBe(layout.trackWidth);
    });
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
