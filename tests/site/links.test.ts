/**
 * Links in dist/: every internal link, asset and hreflang target resolves (fragments included,
 * and the url() and import references inside CSS and JavaScript), every page can be reached from
 * the home page of its language, language links go both ways, and no page links into the other
 * language except through the language switch and the hreflang links.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listFiles } from '../helpers/html';
import { basePath, dist } from '../helpers/paths';
import { isAlternate, isLanguageSwitch, loadSite, resolveReference, siteUrl, type SitePage } from '../helpers/site';

const base = basePath();
const site = loadSite();
const byFile = new Map(site.map((page) => [page.file, page]));
const notFound = '404.html';
const pages = site.filter((page) => page.file !== notFound);
const homes = new Map(pages.filter((p) => p.file === 'index.html' || /^[a-z]{2}\/index\.html$/.test(p.file)).map((p) => [p.lang, p]));

/** The page a reference leads to, when it is an HTML page of this site. */
function targetPage(from: SitePage, ref: string): SitePage | undefined {
  const t = resolveReference(from.path, ref);
  return t.kind === 'internal' && t.file ? byFile.get(t.file) : undefined;
}

describe('links in dist', () => {
  it('has pages in both languages', () => {
    expect(pages.length).toBeGreaterThan(4);
    expect([...homes.keys()].sort()).toEqual(['en', 'sv']);
  });

  it('every internal link, asset, form action and fragment resolves', () => {
    const broken: string[] = [];
    for (const page of site) {
      for (const ref of page.references) {
        const t = resolveReference(page.path, ref.value);
        if (t.kind !== 'internal') continue;
        if (!t.file) {
          broken.push(`${page.file}: ${ref.source} ${ref.value}`);
          continue;
        }
        const id = decodeURIComponent(t.url.hash.slice(1));
        const target = byFile.get(t.file);
        if (id && target && !target.ids.has(id)) broken.push(`${page.file}: ${ref.value} (no id "${id}")`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('the only other-scheme links are mailto: and tel:', () => {
    const odd = site.flatMap((page) =>
      page.references
        .filter((ref) => {
          const t = resolveReference(page.path, ref.value);
          return t.kind === 'other-scheme' && !['mailto:', 'tel:'].includes(t.url.protocol);
        })
        .map((ref) => `${page.file}: ${ref.value}`),
    );
    expect(odd).toEqual([]);
  });

  it('stylesheets, scripts and images come from the site itself', () => {
    const foreign = site.flatMap((page) =>
      page.references
        .filter((ref) => ref.source !== 'a[href]' && !isAlternate(ref) && ref.rel !== 'canonical')
        .filter((ref) => resolveReference(page.path, ref.value).kind === 'external')
        .map((ref) => `${page.file}: ${ref.source} ${ref.value}`),
    );
    expect(foreign).toEqual([]);
  });

  it('url() in stylesheets and imports in scripts resolve', () => {
    const broken: string[] = [];
    for (const file of existsSync(dist) ? listFiles(dist) : []) {
      const isCss = file.endsWith('.css');
      const isJs = /\.m?js$/.test(file) && !file.startsWith('pagefind/');
      if (!isCss && !isJs) continue;
      const code = readFileSync(join(dist, file), 'utf8');
      const refs = isCss
        ? [...code.matchAll(/url\(\s*(['"]?)([^'")]+)\1\s*\)/g)].map((m) => m[2]!).filter((r) => !r.startsWith('data:') && !r.startsWith('#'))
        : [...code.matchAll(/(?:\bimport\s*\(?|\bfrom)\s*["'](\.{1,2}\/[^"']+|\/[^"']+)["']/g)].map((m) => m[1]!);
      for (const ref of refs) {
        const path = ref.startsWith('/') ? ref : posix.join(posix.dirname(`${base}${file}`), ref);
        const t = resolveReference('/', path);
        if (t.kind === 'internal' && !t.file) broken.push(`${file}: ${ref}`);
      }
    }
    expect(broken).toEqual([]);
  });
});

describe('navigation', () => {
  it('every page can be reached from the home page of its language', () => {
    const unreachable: string[] = [];
    for (const [lang, home] of homes) {
      const seen = new Set([home.file]);
      const queue = [home];
      while (queue.length > 0) {
        const page = queue.shift()!;
        for (const ref of page.references.filter((r) => r.source === 'a[href]' || r.source === 'area[href]')) {
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
      for (const ref of page.references.filter((r) => r.source === 'a[href]' || r.source === 'area[href]')) {
        const target = targetPage(page, ref.value);
        if (!target || target.lang === page.lang) continue;
        // The bilingual 404 page links each language's home from a passage in that language.
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
});

describe('language links', () => {
  it('hreflang links name every language, go both ways, and agree with the canonical link and the switch', () => {
    for (const page of pages) {
      const alternates: Record<string, string> = Object.fromEntries(page.references.filter(isAlternate).map((ref) => [ref.hreflang!, ref.value]));
      expect(Object.keys(alternates).sort(), page.file).toEqual(['en', 'sv', 'x-default']);
      const self = new URL(page.path, siteUrl).href;
      expect(alternates[page.lang], page.file).toBe(self);
      expect(page.references.find((ref) => ref.rel === 'canonical')?.value, page.file).toBe(self);
      expect(alternates['x-default'], page.file).toBe(alternates['sv']);

      for (const [lang, href] of Object.entries(alternates)) {
        const target = targetPage(page, href);
        expect(target, `${page.file} -> ${href}`).toBeDefined();
        expect(target!.lang, `${page.file} -> ${href}`).toBe(lang === 'x-default' ? 'sv' : lang);
        const back = target!.references.find((ref) => isAlternate(ref) && ref.hreflang === page.lang);
        expect(back?.value, `${target!.file} links back to ${page.file}`).toBe(self);
      }

      const switchLink = page.references.find((ref) => isLanguageSwitch(ref, page.lang))!;
      expect(new URL(switchLink.value, siteUrl).href, page.file).toBe(alternates[switchLink.hreflang!]);
    }
  });

  it('the 404 page has no canonical or hreflang links: it answers for every missing address', () => {
    const page = byFile.get(notFound);
    expect(page).toBeDefined();
    expect(page!.references.filter((ref) => isAlternate(ref) || ref.rel === 'canonical')).toEqual([]);
  });
});
