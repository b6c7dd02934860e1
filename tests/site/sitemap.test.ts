/**
 * The sitemap lists every page of dist/ but the 404 page and the addresses that only forward to
 * another page, once, with its language alternates, and robots.txt points at it under the
 * configured site address and base path.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { basePath, dist } from '../helpers/paths';
import { isAlternate, loadSite, resolveReference, siteUrl } from '../helpers/site';

const base = basePath();
const pages = loadSite().filter((page) => page.file !== '404.html' && page.forwardsTo === undefined);
const read = (file: string) => readFileSync(join(dist, file), 'utf8');
const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
const indexUrl = new URL(`${base}sitemap-index.xml`, siteUrl).href;

/** The file in dist an absolute URL of the site stands for. */
function fileOf(url: string): string | undefined {
  const t = resolveReference('/', url);
  return t.kind === 'internal' ? t.file : undefined;
}

/** Every <url> entry of every sitemap the index names, with its alternates. */
function entries(): Array<{ loc: string; alternates: Record<string, string> }> {
  return locs(read('sitemap-index.xml')).flatMap((sitemap) => {
    const file = fileOf(sitemap);
    if (!file) throw new Error(`The sitemap index names ${sitemap}, which is not in dist`);
    return [...read(file).matchAll(/<url>([\s\S]*?)<\/url>/g)].map((m) => ({
      loc: locs(m[1]!)[0]!,
      alternates: Object.fromEntries(
        [...m[1]!.matchAll(/<xhtml:link rel="alternate" hreflang="([^"]+)" href="([^"]+)"\/>/g)].map((a) => [a[1]!, a[2]!]),
      ),
    }));
  });
}

describe('sitemap', () => {
  it('exists at the base path', () => {
    expect(existsSync(join(dist, 'sitemap-index.xml'))).toBe(true);
  });

  it('lists every page but the 404 page, once each, and nothing else', () => {
    const listed = entries().map((e) => e.loc);
    expect(new Set(listed).size).toBe(listed.length);
    expect(listed.sort()).toEqual(pages.map((p) => new URL(p.path, siteUrl).href).sort());
  });

  it('gives each page the same language alternates as the page itself', () => {
    for (const { loc, alternates } of entries()) {
      const page = pages.find((p) => new URL(p.path, siteUrl).href === loc)!;
      const own = Object.fromEntries(
        page.references.filter((r) => isAlternate(r) && r.hreflang !== 'x-default').map((r) => [r.hreflang!, r.value]),
      );
      expect(alternates, loc).toEqual(own);
    }
  });
});

describe('robots.txt', () => {
  it('allows crawling and names the sitemap index by its absolute address', () => {
    const robots = read('robots.txt');
    expect(robots).toMatch(/^User-agent: \*$/m);
    expect(robots).not.toMatch(/^Disallow: \/\s*$/m);
    expect(robots.match(/^Sitemap: (.+)$/m)?.[1]).toBe(indexUrl);
    expect(fileOf(indexUrl)).toBe('sitemap-index.xml');
  });

  it('keeps the 404 page out of search engines', () => {
    expect(read('404.html')).toContain('<meta name="robots" content="noindex">');
  });
});
