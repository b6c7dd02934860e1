/**
 * Both languages build the same pages, and every item of the content has text in both.
 * Run `npm run build` first.
 */
import { describe, expect, it } from 'vitest';
import { readContent } from '../helpers/content';
import { listFiles } from '../helpers/html';
import { dist } from '../helpers/paths';

describe('language parity', () => {
  it('every Swedish page has an English page at the same address under /en/, and no more', () => {
    // Hosts serve one 404.html for every missing address, so it is a single page in both languages.
    const pages = listFiles(dist).filter((file) => file.endsWith('.html') && file !== '404.html');
    const english = new Set(pages.filter((file) => file.startsWith('en/')).map((file) => file.slice('en/'.length)));
    const swedish = new Set(pages.filter((file) => !file.startsWith('en/')));
    expect(swedish.size).toBeGreaterThan(25);
    expect([...swedish].filter((file) => !english.has(file))).toEqual([]);
    expect([...english].filter((file) => !swedish.has(file))).toEqual([]);
  });

  it('every task and requirement has Swedish and English text, and the two differ', () => {
    const items = readContent().roles.flatMap((role) =>
      role.data.levels.flatMap((level) => [...level.tasks, ...level.requirements]),
    );
    expect(items).toHaveLength(170 + 90);
    for (const item of items) {
      expect(item.sv.trim()).not.toBe('');
      expect(item.en.trim()).not.toBe('');
      // A copy of the Swedish in the English field would pass the schema but is no translation.
      if (item.sv.split(' ').length > 2) expect(item.en).not.toBe(item.sv);
    }
  });
});
