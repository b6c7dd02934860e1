/**
 * How pages lead to each other in dist/, beyond links that resolve (links.test.ts): every page
 * can be reached from the home page of its language; no page links into the other language
 * except through its one language switch (and the hreflang links in its head); the 404 page,
 * which answers for every missing address, names no canonical address; and no link uses a
 * scheme other than http(s), mailto: or tel:. Addresses that only forward to another page (a
 * single-level role's, see single-level.test.ts) are linked from nowhere and have no switch.
 */
import { describe, expect, it } from 'vitest';
import { isAlternate, isLanguageSwitch, loadSite, resolveReference, type SitePage } from '../helpers/site';

const site = loadSite();
const byFile = new Map(site.map((page) => [page.file, page]));
const notFound = '404.html';
const pages = site.filter((page) => page.file !== notFound && page.forwardsTo === undefined);
const homes = new Map(pages.filter((p) => p.file === 'index.html' || /^[a-z]{2}\/index\.html$/.test(p.file)).map((p) => [p.lang, p]));
const links = (page: SitePage) => page.references.filter((r) => r.source === 'a[href]' || r.source === 'area[href]');

/** The page a reference leads to, when it is an HTML page of this site. */
function targetPage(from: SitePage, ref: string): SitePage | undefined {
  const t = resolveReference(from.path, ref);
  return t.kind === 'internal' && t.file ? byFile.get(t.file) : undefined;
}

describe('navigation', () => {
  it('has a home page in each language', () => {
    expect(pages.length).toBeGreaterThan(4);
    expect([...homes.keys()].sort()).toEqual(['en', 'sv']);
  });

  it('every page can be reached from the home page of its language', () => {
    const unreachable: string[] = [];
    for (const [lang, home] of homes) {
      const seen = new Set([home.file]);
      const queue = [home];
      while (queue.length > 0) {
        const page = queue.shift()!;
        for (const ref of links(page)) {
          const next = targetPage(page, ref.value);
          if (!next || next.lang !== lang || seen.has(next.file)) continue;
          seen.add(next.file);
          queue.push(next);
        }
      }
      unreachable.push(...pages.filter((p) => p.lang === lang && !seen.has(p.file)).map((p) => p.file));
    }
    expect(unreachable).toEqual([]);
  });

  it('links stay in the page’s language, except the language switch', () => {
    const crossing: string[] = [];
    for (const page of site) {
      for (const ref of links(page)) {
        const target = targetPage(page, ref.value);
        if (!target || target.lang === page.lang) continue;
        // The bilingual 404 page links each language's pages from a passage in that language.
        const allowed = isLanguageSwitch(ref, page.lang) || (page.file === notFound && ref.lang === target.lang);
        if (!allowed) crossing.push(`${page.file} (${page.lang}) -> ${ref.value} (${target.lang})`);
      }
    }
    expect(crossing).toEqual([]);
  });

  it('every page but the 404 page has one language switch, marked with the other language', () => {
    for (const page of pages) {
      const switches = page.references.filter((ref) => isLanguageSwitch(ref, page.lang));
      expect(switches, page.file).toHaveLength(1);
      expect(targetPage(page, switches[0]!.value)?.lang, page.file).toBe(switches[0]!.hreflang);
    }
  });

  it('the 404 page has no canonical or hreflang links', () => {
    const page = byFile.get(notFound);
    expect(page).toBeDefined();
    expect(page!.references.filter((ref) => isAlternate(ref) || ref.rel === 'canonical')).toEqual([]);
  });

  it('the only other schemes in links are mailto: and tel:', () => {
    const odd = site.flatMap((page) =>
      page.references
        .filter((ref) => {
          const t = resolveReference(page.path, ref.value);
          return t.kind === 'other-scheme' && !['mailto:', 'tel:'].includes(t.url.protocol);
        })
        .map((ref) => `${page.file}: ${ref.source} ${ref.value}`),
    );
    expect(odd).toEqual([]);
  });
});
