/**
 * Every internal link, image and stylesheet in dist/ points at a file that exists, fragment
 * links point at an id on the page, and the language switch and hreflang links resolve.
 */
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ids, listFiles, readHtml, tags } from '../helpers/html';
import { basePath, dist } from '../helpers/paths';
import { resolveFile } from '../helpers/static-server';

const site = new URL(process.env['SITE_URL'] || 'https://konsultkompetenser.example');
const base = basePath();
const htmlFiles = existsSync(dist) ? listFiles(dist).filter((f) => f.endsWith('.html')) : [];

/** The URL path of a page file: "en/kontorstjanster/index.html" -> "/en/kontorstjanster/". */
const pagePath = (file: string) => base + file.replace(/index\.html$/, '');

/** The dist file a link points at, or undefined when it is missing. */
function target(from: string, href: string): { file?: string | undefined; hash: string } | 'external' {
  const url = new URL(href, new URL(pagePath(from), site));
  if (url.origin !== site.origin) return 'external';
  if (!url.pathname.startsWith(base)) return { hash: url.hash };
  return { file: resolveFile(dist, `/${url.pathname.slice(base.length)}`), hash: url.hash };
}

describe('links in dist', () => {
  it('has pages', () => {
    expect(htmlFiles.length).toBeGreaterThan(4);
  });

  it('every internal href and src resolves', () => {
    const broken: string[] = [];
    for (const file of htmlFiles) {
      const html = readHtml(dist, file);
      const refs = [
        ...tags(html, 'a').map((a) => a['href']),
        ...tags(html, 'link').map((l) => l['href']),
        ...tags(html, 'script').map((s) => s['src']),
        ...tags(html, 'img').map((i) => i['src']),
      ].filter((r): r is string => r !== undefined);
      for (const ref of refs) {
        if (/^(mailto|tel):/.test(ref)) continue;
        const t = target(file, ref);
        if (t === 'external') continue;
        if (!t.file) {
          broken.push(`${file}: ${ref}`);
          continue;
        }
        const id = decodeURIComponent(t.hash.slice(1));
        if (id && !ids(readHtml(dist, t.file.slice(dist.length + 1))).has(id)) broken.push(`${file}: ${ref} (no id "${id}")`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('no page links to another host', () => {
    for (const file of htmlFiles) {
      for (const ref of tags(readHtml(dist, file), 'link').map((l) => l['href']).filter(Boolean)) {
        expect(target(file, ref!), `${file}: ${ref}`).not.toBe('external');
      }
    }
  });

  it('hreflang links go both ways and the language switch points at the same page', () => {
    for (const file of htmlFiles.filter((f) => f !== '404.html')) {
      const html = readHtml(dist, file);
      const lang = html.match(/<html lang="([^"]+)"/)?.[1];
      const alternates = Object.fromEntries(
        tags(html, 'link')
          .filter((l) => l['rel'] === 'alternate' && l['hreflang'])
          .map((l) => [l['hreflang'], l['href']]),
      );
      expect(Object.keys(alternates).sort(), file).toEqual(['en', 'sv', 'x-default']);
      const self = new URL(pagePath(file), site).href;
      expect(alternates[lang!], file).toBe(self);
      expect(tags(html, 'link').find((l) => l['rel'] === 'canonical')?.['href'], file).toBe(self);

      const other = lang === 'sv' ? 'en' : 'sv';
      const switchLink = tags(html, 'a').find((a) => a['hreflang'] === other);
      expect(switchLink?.['lang'], file).toBe(other);
      expect(new URL(switchLink!['href']!, site).href, file).toBe(alternates[other]);

      const t = target(file, alternates[other]!);
      expect(t !== 'external' && t.file, `${file} -> ${alternates[other]}`).toBeTruthy();
      if (t === 'external' || !t.file) continue;
      const back = tags(readHtml(dist, t.file.slice(dist.length + 1)), 'link').find(
        (l) => l['rel'] === 'alternate' && l['hreflang'] === lang,
      );
      expect(back?.['href'], `${t.file} links back`).toBe(self);
    }
  });
});
