import { describe, expect, it } from 'vitest';
import { buildCatalog } from '../../src/lib/catalog';
import { levelCopyText } from '../../src/lib/copy-text';
import { readContent } from '../helpers/content';

const { areas, roles } = readContent();
const catalog = buildCatalog(areas, roles);

describe('levelCopyText', () => {
  it('Swedish: heading line, tasks and requirements as bullets, source and address', () => {
    const level = catalog.level('kontorstjanster/administrator/1')!;
    const lines = levelCopyText(level, 'sv', 'https://example.test/kontorstjanster/administrator/1/').split('\n');
    expect(lines[0]).toBe('Administratör 1 (Kontorstjänster)');
    expect(lines[1]).toBe('');
    expect(lines[2]).toBe('Arbetsuppgifter kan bland annat avse:');
    expect(lines.slice(3, 3 + level.tasks.length)).toEqual(level.tasks.map((task) => `• ${task.sv}`));
    const reqStart = lines.indexOf('Kompetenskrav:');
    expect(reqStart).toBe(3 + level.tasks.length + 1);
    expect(lines.slice(reqStart + 1, reqStart + 1 + level.requirements.length)).toEqual(level.requirements.map((req) => `• ${req.sv}`));
    expect(lines.at(-2)).toBe('Källa: Kammarkollegiet, Konsultkompetenser yrkesområde Kontorstjänster (odaterad). Överförd och kontrollerad 2026-11-28.');
    expect(lines.at(-1)).toBe('Sida: https://example.test/kontorstjanster/administrator/1/');
  });

  it('English, for a role with one level: no number in the heading', () => {
    const level = catalog.level('kontorstjanster/arkivarie/1')!;
    const text = levelCopyText(level, 'en', 'https://example.test/en/kontorstjanster/arkivarie/1/');
    expect(text.split('\n')[0]).toBe(`${level.title.en} (Office services)`);
    expect(text).toContain('\nRequirements:\n');
    expect(text).toContain('\nTasks may include, among other things:\n');
    expect(text).toMatch(/\nSource: Kammarkollegiet, .+\. Transcribed and checked \d{4}-\d{2}-\d{2}\.\nPage: https:\/\/example\.test\/en\//);
  });

  it('every level: one bullet per item, each on one line', () => {
    for (const level of catalog.levels) {
      const text = levelCopyText(level, 'sv', 'https://example.test/');
      const bullets = text.split('\n').filter((line) => line.startsWith('• '));
      expect(bullets).toHaveLength(level.tasks.length + level.requirements.length);
    }
  });

  it('the requirements only: no tasks; and no address when the build has none', () => {
    const level = catalog.level('kontorstjanster/handlaggare/2')!;
    const text = levelCopyText(level, 'sv', undefined, 'requirements');
    expect(text).not.toContain('Arbetsuppgifter');
    for (const task of level.tasks) expect(text).not.toContain(task.sv);
    for (const req of level.requirements) expect(text).toContain(`• ${req.sv}`);
    expect(text.split('\n').at(-1)).toMatch(/^Källa: /);
    expect(text).not.toContain('Sida:');
    expect(levelCopyText(level, 'sv', undefined, 'all')).toContain('Arbetsuppgifter kan bland annat avse:');
  });
});
