/**
 * Level pages for people who cite them: numbered items with unique anchors that link to
 * themselves, a level switcher by the heading, the site's own summary labelled as the site's,
 * and on English pages the official Swedish titles.
 */
import { describe, expect, it } from 'vitest';
import { t } from '../../src/i18n';
import { buildCatalog } from '../../src/lib/catalog';
import { itemAnchor, itemLabel } from '../../src/lib/level-items';
import { readContent } from '../helpers/content';
import { readHtml, tags, text } from '../helpers/html';
import { dist } from '../helpers/paths';

const catalog = buildCatalog(readContent().areas, readContent().roles);
const langs = [
  { lang: 'sv' as const, prefix: '' },
  { lang: 'en' as const, prefix: 'en/' },
];
const mainOf = (html: string) => html.match(/<main[\s\S]*<\/main>/)?.[0] ?? '';

describe('level pages for citing', () => {
  for (const { lang, prefix } of langs) {
    const m = t(lang);

    it(`${lang}: every task and requirement has a number and a unique anchor that links to itself`, () => {
      for (const level of catalog.levels) {
        const html = mainOf(readHtml(dist, `${prefix}${level.id}/index.html`));
        const ids = tags(html, '[a-z0-9-]+').map((tag) => tag['id']).filter((id): id is string => id !== undefined);
        expect(new Set(ids).size, level.id).toBe(ids.length);
        for (const [kind, items] of [['tasks', level.tasks], ['requirements', level.requirements]] as const) {
          items.forEach((item, index) => {
            const anchor = itemAnchor(kind, index);
            const li = html.match(new RegExp(`<li id="${anchor}"[^>]*>([\\s\\S]*?)</li>`))?.[1];
            expect(li, `${level.id} ${anchor}`).toBeDefined();
            expect(tags(li!, 'a')[0]?.['href']).toBe(`#${anchor}`);
            expect(text(li!)).toContain(`${itemLabel(kind, index, lang)} ${item[lang].replace(/\s+/g, ' ')}`);
          });
        }
        // Numbered in the source's order, as the open data counts them.
        expect(ids).toContain(itemAnchor('requirements', level.requirements.length - 1));
      }
    });

    it(`${lang}: a level switcher by the heading links every level of the role, the current one marked`, () => {
      for (const level of catalog.levels) {
        const html = mainOf(readHtml(dist, `${prefix}${level.id}/index.html`));
        const nav = html.match(/<nav class="level-switcher[^"]*"[^>]*>([\s\S]*?)<\/nav>/)?.[1];
        if (level.role.levels.length === 1) {
          expect(nav, level.id).toBeUndefined();
          continue;
        }
        const links = tags(nav!, 'a');
        expect(links.map((a) => a['href']?.replace(/^.*?kontorstjanster\//, 'kontorstjanster/'))).toEqual(
          level.role.levels.map((l) => `${l.id}/`),
        );
        expect(links.filter((a) => 'aria-current' in a).map((a) => a['href'])).toHaveLength(1);
        expect(html.indexOf('level-switcher')).toBeLessThan(html.indexOf('data-list="tasks"'));
        expect(html.indexOf('</h1>')).toBeLessThan(html.indexOf('level-switcher'));
      }
    });

    it(`${lang}: the role's one-line summary is labelled as the site's own, not the source's`, () => {
      const level = catalog.level('kontorstjanster/handlaggare/2')!;
      const html = mainOf(readHtml(dist, `${prefix}${level.id}/index.html`));
      expect(text(html)).toContain(`${m.summaryLabel} ${level.role.summary[lang]}`);
      expect(html).not.toMatch(/class="lead"[^>]*>[^<]*Utreder/);
    });
  }

  it('English pages show the official Swedish title, marked as Swedish, and keep it in the search index', () => {
    const html = readHtml(dist, 'en/kontorstjanster/handlaggare/2/index.html');
    expect(text(html.match(/<h1[\s\S]*?<\/h1>/)![0])).toBe('Case officer 2 (Handläggare 2)');
    expect(html).toMatch(/<span class="official-title"[^>]*lang="sv"[^>]*>\(Handläggare 2\)<\/span>/);
    expect(html).toContain('<title>Case officer 2 (Handläggare 2)');
    const role = readHtml(dist, 'en/kontorstjanster/handlaggare/index.html');
    expect(text(role.match(/<h1[\s\S]*?<\/h1>/)![0])).toBe('Case officer (Handläggare)');
    const home = text(readHtml(dist, 'en/index.html'));
    expect(home).toContain('Caretaker (Vaktmästare)');
    // Swedish pages show the Swedish title alone.
    expect(text(readHtml(dist, 'kontorstjanster/handlaggare/2/index.html').match(/<h1[\s\S]*?<\/h1>/)![0])).toBe('Handläggare 2');
  });
});
