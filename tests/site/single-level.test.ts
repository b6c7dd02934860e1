/**
 * A role with a single level has one page, its level page. The role's own address still works
 * on a static host: it forwards at once to the level page (meta refresh and a link), names it
 * as canonical, and stays out of search engines, the sitemap and the search index; no page of
 * the site links to it. In both languages, in dist/ and in the base-path build dist-base/.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCatalog } from '../../src/lib/catalog';
import { createRoutes } from '../../src/lib/routes';
import { forwardingTarget } from '../../src/lib/site/forwarding';
import { baseDist, testBase } from '../helpers/base-build';
import { readContent } from '../helpers/content';
import { readHtml, tags, text } from '../helpers/html';
import { basePath, dist } from '../helpers/paths';
import { loadSite, resolveReference, siteUrl } from '../helpers/site';

const content = readContent();
const catalog = buildCatalog(content.areas, content.roles);
const single = catalog.roles.filter((role) => role.levels.length === 1);
const several = catalog.roles.filter((role) => role.levels.length > 1);
const langs = ['sv', 'en'] as const;

const builds = [
  { name: 'dist/', dir: dist, base: basePath() },
  { name: 'dist-base/', dir: baseDist, base: testBase },
];

describe('single-level roles have one page', () => {
  it('the content has single-level roles to check, Controller and Inköpare among them', () => {
    expect(single.map((role) => role.slug)).toEqual(expect.arrayContaining(['controller', 'inkopare', 'arkivarie']));
  });

  for (const build of builds) {
    describe(build.name, () => {
      const routes = createRoutes(build.base);
      const file = (path: string) => join(build.dir, path.slice(build.base.length), 'index.html');

      it('the role address forwards at once to the level page, with a link, a canonical link and noindex', () => {
        if (!existsSync(build.dir)) throw new Error(`${build.name} is missing: run npm run build and npm run build:base`);
        for (const role of single) {
          for (const lang of langs) {
            const from = routes.role(lang, role.area.slug, role.slug);
            const to = routes.level(lang, role.area.slug, role.slug, role.levels[0]!.level);
            const html = readFileSync(file(from), 'utf8');
            expect(forwardingTarget(html), from).toBe(to);
            expect(html, from).toMatch(/<meta name="robots" content="noindex">/);
            const links = tags(html, 'link');
            expect(links.filter((l) => l['rel'] === 'canonical').map((l) => l['href']), from).toEqual([new URL(to, siteUrl).href]);
            expect(links.filter((l) => l['rel'] === 'alternate'), from).toEqual([]);
            expect(tags(html.match(/<main[\s\S]*<\/main>/)?.[0] ?? '', 'a').map((a) => a['href']), from).toContain(to);
            expect(html, from).not.toMatch(/data-pagefind-body/);
            expect(html.match(/<html lang="(\w+)"/)?.[1]).toBe(lang);
            // The level page is a page to read, and it is its own canonical address.
            const level = readFileSync(file(to), 'utf8');
            expect(forwardingTarget(level), to).toBeUndefined();
            expect(tags(level, 'link').find((l) => l['rel'] === 'canonical')?.['href']).toBe(new URL(to, siteUrl).href);
          }
        }
      });

      it('roles with several levels keep their role page', () => {
        for (const role of several) {
          for (const lang of langs) {
            const html = readFileSync(file(routes.role(lang, role.area.slug, role.slug)), 'utf8');
            expect(forwardingTarget(html)).toBeUndefined();
          }
        }
      });

      it('no page links to a forwarding address: every link goes to the one page directly', () => {
        const site = loadSite(build.dir, build.base);
        const forwarding = new Set(site.filter((page) => forwardingTarget(readFileSync(join(build.dir, page.file), 'utf8'))).map((p) => p.file));
        expect(forwarding.size).toBe(single.length * langs.length);
        const found: string[] = [];
        for (const page of site) {
          if (forwarding.has(page.file)) continue;
          for (const ref of page.references) {
            const target = resolveReference(page.path, ref.value, build.dir, build.base);
            if (target.kind === 'internal' && target.file && forwarding.has(target.file)) found.push(`${page.file}: ${ref.source} ${ref.value}`);
          }
        }
        expect(found).toEqual([]);
      });

      it('the sitemap lists the level pages and none of the forwarding addresses', () => {
        const index = readFileSync(join(build.dir, 'sitemap-index.xml'), 'utf8');
        const sitemaps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname.slice(build.base.length));
        const listed = sitemaps.flatMap((name) => [...readFileSync(join(build.dir, name), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname));
        for (const role of single) {
          for (const lang of langs) {
            expect(listed).not.toContain(routes.role(lang, role.area.slug, role.slug));
            expect(listed).toContain(routes.level(lang, role.area.slug, role.slug, role.levels[0]!.level));
          }
        }
      });
    });
  }

  it('the level page of a single-level role carries what the role page had: summary and other names, no link to a role page', () => {
    for (const role of single) {
      for (const lang of langs) {
        const prefix = lang === 'sv' ? '' : 'en/';
        const html = readHtml(dist, `${prefix}${role.id}/1/index.html`);
        const page = text(html);
        expect(page).toContain(role.summary[lang]);
        for (const name of role.alsoKnownAs[lang]) expect(page, role.id).toContain(name);
        // The breadcrumbs end at the role: the page is the role's.
        const crumbs = html.match(/<nav class="breadcrumbs"[\s\S]*?<\/nav>/)?.[0] ?? '';
        expect(text(crumbs.match(/<li>(?:(?!<li>)[\s\S])*<\/li><\/ol>/)?.[0] ?? '')).toBe(role.title[lang]);
      }
    }
  });
});
