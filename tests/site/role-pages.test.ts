/**
 * The built role pages (dist/): what grows from level to level, from the same code as the
 * comparison pages. Run `npm run build` first.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCatalog } from '../../src/lib/catalog';
import { readContent } from '../helpers/content';
import { readHtml, text } from '../helpers/html';
import { dist } from '../helpers/paths';

const content = readContent();
const catalog = buildCatalog(content.areas, content.roles);
const langs = [
  { lang: 'sv' as const, prefix: '' },
  { lang: 'en' as const, prefix: 'en/' },
];

beforeAll(() => {
  if (!existsSync(join(dist, 'index.html'))) throw new Error('dist/ is missing: run `npm run build` first');
});

const even = (value: string) => value.replace(/\s+/g, ' ').trim();

/** Text of an item as the level has it: without marks, hidden labels and removed words. */
function itemText(html: string): string {
  return even(
    text(
      html
        .replace(/<del\b[\s\S]*?<\/del>/g, '')
        .replace(/<strong class="(?:item-mark|diff-tag)"[^>]*>[\s\S]*?<\/strong>/g, '')
        .replace(/<span class="(?:visually-hidden|index-only|diff-sign)"[^>]*>[^<]*<\/span>/g, ''),
    ),
  );
}

function column(html: string, level: number): string {
  const start = html.indexOf(`<section class="level-column" id="niva-${level}"`);
  return html.slice(start, html.indexOf('</section>', start));
}

/** The part of a page from a list of the kind to the next heading. */
function segment(html: string, kind: 'tasks' | 'requirements'): string {
  const start = html.indexOf(`data-list="${kind}"`);
  const next = html.slice(start).search(/<h[234]\b/);
  return html.slice(start, next < 0 ? undefined : start + next);
}

/** Items marked new or changed in a role page's list. */
const markedPattern = /<li data-mark="(new|reworded|raised|lowered|changed)"[^>]*>([\s\S]*?)<\/li>/g;
/** Items a comparison page calls new or changed. */
const changedPattern = /<li class="diff-item[^"]*" data-change="(added|reworded|revised)"[^>]*>([\s\S]*?)<\/li>/g;

describe('role pages mark what grows', () => {
  for (const { lang, prefix } of langs) {
    it(`${lang}: every role page marks exactly the items its comparison pages call new or changed`, () => {
      let checked = 0;
      for (const role of catalog.roles.filter((r) => r.levels.length > 1)) {
        const rolePage = readHtml(dist, `${prefix}${role.id}/index.html`);
        for (const level of role.levels.slice(1)) {
          const below = level.level - 1;
          const comparison = readHtml(dist, `${prefix}${role.id}/jamfor/${below}-${level.level}/index.html`);
          const main = comparison.slice(comparison.indexOf('<main'), comparison.indexOf('</main>'));
          for (const kind of ['tasks', 'requirements'] as const) {
            const changed = [...segment(main, kind).matchAll(changedPattern)].map((m) => itemText(m[2]!));
            const marked = [...segment(column(rolePage, level.level), kind).matchAll(markedPattern)].map((m) => itemText(m[2]!));
            // Revised requirements can join several items: compare the words, not the item count.
            expect(marked.join(' | '), `${role.id} ${level.level} ${kind}`).toBe(changed.join(' | '));
            // Every marked item is an item of the level, word for word.
            const own = (kind === 'tasks' ? level.tasks : level.requirements).map((item) => even(item[lang]));
            for (const item of marked) expect(own, `${role.id} ${level.level}`).toContain(item);
            checked += marked.length;
          }
        }
      }
      expect(checked).toBeGreaterThan(20);
    });
  }

  it('Handläggare: from the role page alone, level 3 asks 3 years where level 2 asks 1, and nothing else differs', () => {
    const html = readHtml(dist, 'kontorstjanster/handlaggare/index.html');
    const steps = text(html.slice(html.indexOf('data-role-steps'), html.indexOf('</section>', html.lastIndexOf('change-summary'))));
    expect(steps).toContain('Från nivå 2 till nivå 3');
    expect(steps).toContain('Arbetsuppgifterna är desamma på nivå 2 och nivå 3.');
    expect(steps).toContain('Erfarenhet (skärpt): minst 1 år från liknande arbete → ändras till minst 3 år från liknande arbete');
    const level3 = column(html, 3);
    expect(text(level3)).toContain('Samma som nivå 2 (8 uppgifter)');
    const marked = [...segment(level3, 'requirements').matchAll(markedPattern)];
    expect(marked.map((m) => m[1])).toEqual(['raised']);
    expect(marked[0]![2]).toMatch(/<strong class="item-mark"[^>]*>Skärpt<\/strong>/);
    expect([...marked[0]![2]!.matchAll(/<ins>(?:<span[^>]*>[^<]*<\/span>)?([^<]*)<\/ins>/g)].map((m) => m[1])).toEqual(['tre', '3']);
    expect(segment(level3, 'tasks').match(markedPattern)).toBeNull();
  });

  it('the levels are reachable one at a time by anchors, without a script', () => {
    for (const role of catalog.roles.filter((r) => r.levels.length > 1)) {
      const html = readHtml(dist, `${role.id}/index.html`);
      const switcher = html.match(/<nav class="level-switcher"[\s\S]*?<\/nav>/)?.[0] ?? '';
      const targets = [...switcher.matchAll(/href="#([^"]+)"/g)].map((m) => m[1]);
      expect(targets, role.id).toEqual(role.levels.map((l) => `niva-${l.level}`));
      for (const target of targets) expect(html, role.id).toContain(`<section class="level-column" id="${target}"`);
    }
  });
});
