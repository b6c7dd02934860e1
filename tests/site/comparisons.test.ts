/**
 * The built comparison pages (dist/): one for every pair of levels of every role, in both
 * languages, with the summary, the merged lists and the links between levels and comparisons.
 * Run `npm run build` first.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCatalog, type Catalog } from '../../src/lib/catalog';
import { readContent } from '../helpers/content';
import { readHtml, tags, text } from '../helpers/html';
import { basePath, dist } from '../helpers/paths';
import { searchBundles } from '../../src/lib/search/bundles';
import { partsClose, partsOpen } from '../../src/lib/search/index-html';

const content = readContent();
const catalog: Catalog = buildCatalog(content.areas, content.roles);
const base = basePath();
const langs = [
  { lang: 'sv' as const, prefix: '', words: { title: 'Jämförelse', difference: 'Skillnad', added: 'tillagt', removed: 'borttaget' } },
  { lang: 'en' as const, prefix: 'en/', words: { title: 'Comparison', difference: 'Difference', added: 'added', removed: 'removed' } },
];

/** Every pair of levels of every role with more than one level, worked out from the content. */
const expected = catalog.roles.flatMap((role) =>
  role.levels.flatMap((from) =>
    role.levels.filter((to) => to.level > from.level).map((to) => ({ role, from, to, path: `${role.id}/jamfor/${from.level}-${to.level}/` })),
  ),
);

function page(prefix: string, path: string): string {
  return readHtml(dist, `${prefix}${path}index.html`);
}

/** The part of a page inside <main>. */
function main(html: string): string {
  return html.slice(html.indexOf('<main'), html.indexOf('</main>'));
}

function hrefs(html: string): Set<string> {
  return new Set(tags(html, 'a').map((a) => a['href'] ?? ''));
}

beforeAll(() => {
  if (!existsSync(join(dist, 'index.html'))) throw new Error('dist/ is missing: run `npm run build` first');
});

describe('a comparison page for every pair of levels', () => {
  it('there are ten pairs', () => {
    expect(expected).toHaveLength(10);
  });

  for (const { lang, prefix, words } of langs) {
    it(`${lang}: exactly the expected pages, and no others`, () => {
      for (const { path } of expected) expect(existsSync(join(dist, `${prefix}${path}index.html`)), path).toBe(true);
      const built = catalog.roles.flatMap((role) =>
        ['1-2', '1-3', '2-3', '2-1', '1-1'].filter((slug) => existsSync(join(dist, `${prefix}${role.id}/jamfor/${slug}/index.html`))).map((slug) => `${role.id}/jamfor/${slug}/`),
      );
      expect(built.sort()).toEqual(expected.map((pair) => pair.path).sort());
    });

    for (const { role, from, to, path } of expected) {
      it(`${lang}: ${path}`, () => {
        const html = page(prefix, path);
        expect(html).toContain(`<html lang="${lang}">`);
        const body = main(html);
        const headings = [...body.matchAll(/<h([12])\b[^>]*>([\s\S]*?)<\/h\1>/g)].map((match) => text(match[2]!));
        expect(headings[0]).toContain(words.title);
        expect(headings[0]).toContain(from.title[lang]);
        expect(headings[0]).toContain(to.title[lang]);
        expect(headings.some((heading) => heading.includes(words.difference))).toBe(true);

        // Every task and requirement of both levels is on the page, in the page's language.
        const shown = text(body);
        for (const item of [...from.tasks, ...from.requirements, ...to.tasks, ...to.requirements]) {
          for (const word of item[lang].match(/[\p{L}\p{N}]+/gu) ?? []) expect(shown, item[lang]).toContain(word);
        }

        // Marks are announced: a changed word starts with hidden text saying what it is, and a
        // whole item added or removed has its mark in words in front of it.
        for (const [tag, label] of [['ins', words.added], ['del', words.removed]] as const) {
          for (const match of body.matchAll(new RegExp(`(.{0,80})<${tag}\\b[^>]*>([\\s\\S]*?)</${tag}>`, 'g'))) {
            if (/<\/strong> $/.test(match[1]!)) expect(match[1]).toMatch(/<strong class="diff-tag"[^>]*>[^<]+<\/strong> $/);
            else expect(match[2]).toMatch(new RegExp(`^<span class="visually-hidden"[^>]*> ${label}: </span>`));
          }
        }

        // Back to both levels and the role, and on to the role's other comparisons.
        const links = hrefs(body);
        expect(links.has(`${base}${prefix}${from.id}/`)).toBe(true);
        expect(links.has(`${base}${prefix}${to.id}/`)).toBe(true);
        expect(links.has(`${base}${prefix}${role.id}/`)).toBe(true);
        for (const other of expected.filter((pair) => pair.role === role && pair.path !== path)) {
          expect(links.has(`${base}${prefix}${other.path}`), other.path).toBe(true);
        }
      });
    }

    it(`${lang}: every level and role page leads to its comparisons`, () => {
      for (const { role, from, to, path } of expected) {
        const target = `${base}${prefix}${path}`;
        expect(hrefs(main(page(prefix, `${role.id}/`))).has(target), `${role.id} → ${path}`).toBe(true);
        expect(hrefs(main(page(prefix, `${from.id}/`))).has(target), `${from.id} → ${path}`).toBe(true);
        expect(hrefs(main(page(prefix, `${to.id}/`))).has(target), `${to.id} → ${path}`).toBe(true);
      }
    });
  }

  it('single-level roles have no comparisons and link to none', () => {
    for (const role of catalog.roles.filter((r) => r.levels.length === 1)) {
      expect(existsSync(join(dist, `${role.id}/jamfor`))).toBe(false);
      // The site-wide compare page (/jamfor/) is in the menu; no comparison of this role is linked.
      expect(page('', `${role.id}/`)).not.toContain(`${role.id}/jamfor/`);
    }
  });
});

describe('what the comparison pages say', () => {
  const summary = (prefix: string, path: string) => {
    const html = main(page(prefix, path));
    return text(html.slice(html.indexOf('<section class="change-summary"'), html.indexOf('</section>')));
  };

  it('Vaktmästare 1 → 2: one new task, experience raised, driving licence new', () => {
    const sv = summary('', 'kontorstjanster/vaktmastare/jamfor/1-2/');
    expect(sv).toContain('Arbetsuppgifter: 1 ny, 9 oförändrade.');
    expect(sv).toContain('Kompetenskrav: 2 nya, 1 skärpt, 1 oförändrat.');
    expect(sv).toContain('Erfarenhet (skärpt): minst 1 år som vaktmästare → ändras till minst 3 år som vaktmästare');
    expect(sv).toContain('Nytt: körkort klass B');
    const en = summary('en/', 'kontorstjanster/vaktmastare/jamfor/1-2/');
    expect(en).toContain('Experience (raised): at least 1 year as caretaker → changes to at least 3 years as caretaker');
    expect(en).toContain('New: driving licence, category B');
  });

  it('Administratör 1 → 2: experience of similar work becomes experience as administrator', () => {
    expect(summary('', 'kontorstjanster/administrator/jamfor/1-2/')).toContain(
      'Erfarenhet (skärpt): minst 1 år från liknande arbete → ändras till minst 3 år som administratör',
    );
    expect(summary('en/', 'kontorstjanster/administrator/jamfor/1-2/')).toContain(
      'Experience (raised): at least 1 year of similar work → changes to at least 3 years as administrator',
    );
  });

  it('Handläggare 2 → 3 says in words that the tasks are the same', () => {
    expect(summary('', 'kontorstjanster/handlaggare/jamfor/2-3/')).toContain('Arbetsuppgifterna är desamma på nivå 2 och nivå 3.');
    expect(summary('en/', 'kontorstjanster/handlaggare/jamfor/2-3/')).toContain('The tasks are the same at level 2 and level 3.');
  });

  it('Assistent 1 → 2 shows the reworded task as one item with the added words marked, in each language', () => {
    for (const [prefix, added] of [['', 'efter anvisningar om sakinnehåll'], ['en/', 'following instructions on their substance']] as const) {
      const html = main(page(prefix, 'kontorstjanster/assistent/jamfor/1-2/'));
      const reworded = [...html.matchAll(/<li class="diff-item diff-reworded"[\s\S]*?<\/li>/g)].map((match) => match[0]);
      expect(reworded).toHaveLength(1);
      expect(reworded[0]).toMatch(new RegExp(`<ins><span class="visually-hidden"[^>]*>[^<]+</span>${added}</ins>`));
      expect(html).not.toMatch(/diff-removed/);
    }
  });

  it('Handläggare 1 → 2 calls the raised education raised, never removed', () => {
    const html = main(page('', 'kontorstjanster/handlaggare/jamfor/1-2/'));
    expect(summary('', 'kontorstjanster/handlaggare/jamfor/1-2/')).toContain('Kompetenskrav: 2 skärpta.');
    expect(html).not.toMatch(/diff-removed/);
    const requirements = html.slice(html.indexOf('>', html.indexOf('data-list="requirements"')) + 1);
    const items = [...requirements.matchAll(/<li class="diff-item[^"]*" data-change="([^"]+)" data-direction="([^"]+)"/g)].map((match) => `${match[1]}:${match[2]}`);
    expect(items).toEqual(['revised:raised', 'revised:raised']);
    expect(text(requirements)).toMatch(/^↑Skärpt borttaget: gymnasium tillagt: högskoleutbildning/);
  });

  it('marks no punctuation-only change: Ekonomiassistent 1 → 2 raises the finance system without marking a comma', () => {
    const html = main(page('', 'kontorstjanster/ekonomiassistent/jamfor/1-2/'));
    const finance = [...html.matchAll(/<li class="diff-item[\s\S]*?<\/li>/g)].map((match) => match[0]).find((item) => item.includes('ekonomisystem'));
    expect(finance).toBeDefined();
    const marked = [...finance!.matchAll(/<(ins|del)>(?:<span[^>]*>[^<]*<\/span>)?([^<]*)<\/\1>/g)].map((match) => match[2]);
    expect(marked).toEqual(['goda']);
  });

  it('unchanged items are folded away in details, and nothing needs a script', () => {
    const html = main(page('', 'kontorstjanster/handlaggare/jamfor/2-3/'));
    expect(html).toContain('<summary');
    expect(text(html)).toContain('Oförändrade arbetsuppgifter (8)');
    expect(html).not.toMatch(/<script\b/);
  });
});

describe('the search index text of comparison pages', () => {
  /** Every word of the content and the interface, in lower case: what a readable text is made of. */
  const known = new Set(
    [JSON.stringify(content.roles), JSON.stringify(content.areas), readFileSync(join('src', 'i18n', 'sv.ts'), 'utf8'), readFileSync(join('src', 'i18n', 'en.ts'), 'utf8')]
      .join(' ')
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu),
  );

  const fragments = () =>
    readdirSync(join(dist, searchBundles.comparison, 'fragment')).map((file) => {
      const raw = gunzipSync(readFileSync(join(dist, searchBundles.comparison, 'fragment', file))).toString('utf8');
      return JSON.parse(raw.slice(raw.indexOf('{'))) as { url: string; content: string };
    });

  it('runs no two words together, and writes a replaced word as "old → new"', () => {
    const comparisonFragments = fragments().filter((fragment) => fragment.url.includes('/jamfor/'));
    expect(comparisonFragments).toHaveLength(expected.length * 2);
    for (const fragment of comparisonFragments) {
      // The compound parts the index adds for search (⟦…⟧, see src/lib/search/index-html.ts) are not the page's text.
      const readable = fragment.content.replaceAll(new RegExp(`${partsOpen}[^${partsClose}]*${partsClose}`, 'g'), ' ');
      const unknown = (readable.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).filter((word) => !known.has(word) && !/^\d+$/.test(word));
      expect(unknown, fragment.url).toEqual([]);
    }
    const handlaggare = comparisonFragments.find((fragment) => fragment.url === `${base}kontorstjanster/handlaggare/jamfor/2-3/`);
    expect(handlaggare?.content).toContain('minst ett → tre (1 → 3) års arbetslivserfarenhet');
    expect(handlaggare?.content).not.toMatch(/etttre|ett tre/);
  });
});
