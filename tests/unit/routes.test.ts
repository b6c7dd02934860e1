import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRoutes, langFromParam, langParam, normaliseBase, pageSlugs, routes } from '../../src/lib/routes';
import { root } from '../helpers/paths';

describe('routes at the site root', () => {
  const r = createRoutes('/');

  it('builds paths for each kind of page', () => {
    expect(r.home('sv')).toBe('/');
    expect(r.home('en')).toBe('/en/');
    expect(r.area('sv', 'kontorstjanster')).toBe('/kontorstjanster/');
    expect(r.role('sv', 'kontorstjanster', 'administrator')).toBe('/kontorstjanster/administrator/');
    expect(r.level('sv', 'kontorstjanster', 'administrator', 1)).toBe('/kontorstjanster/administrator/1/');
    expect(r.level('en', 'kontorstjanster', 'arkivarie', 1)).toBe('/en/kontorstjanster/arkivarie/1/');
    expect(r.page('sv', 'sok')).toBe('/sok/');
    expect(r.page('en', 'sok')).toBe('/en/sok/');
    expect(r.matrix('sv')).toBe('/krav-i-overblick/');
    expect(r.matrix('en')).toBe('/en/krav-i-overblick/');
  });

  it("a role's one page: its level page when it has a single level, else the role page", () => {
    expect(r.rolePage('sv', 'kontorstjanster', 'arkivarie', [1])).toBe('/kontorstjanster/arkivarie/1/');
    expect(r.rolePage('en', 'kontorstjanster', 'controller', [1])).toBe('/en/kontorstjanster/controller/1/');
    expect(r.rolePage('sv', 'kontorstjanster', 'handlaggare', [1, 2, 3])).toBe('/kontorstjanster/handlaggare/');
    expect(r.rolePage('en', 'kontorstjanster', 'handlaggare', [1, 2])).toBe('/en/kontorstjanster/handlaggare/');
    expect(createRoutes('/kompetenser/').rolePage('sv', 'kontorstjanster', 'inkopare', [1])).toBe('/kompetenser/kontorstjanster/inkopare/1/');
  });

  it('switches language and keeps the place', () => {
    expect(r.switchLocale('/')).toBe('/en/');
    expect(r.switchLocale('/en/')).toBe('/');
    expect(r.switchLocale('/kontorstjanster/administrator/2/')).toBe('/en/kontorstjanster/administrator/2/');
    expect(r.switchLocale('/en/kontorstjanster/administrator/2/')).toBe('/kontorstjanster/administrator/2/');
    expect(r.switchLocale('/en/sok')).toBe('/sok/');
  });

  it('knows the language of a path', () => {
    expect(r.localeOf('/')).toBe('sv');
    expect(r.localeOf('/en/')).toBe('en');
    expect(r.localeOf('/en')).toBe('en');
    expect(r.localeOf('/english/')).toBe('sv');
    expect(r.localize('/kontorstjanster/', 'sv')).toBe('/kontorstjanster/');
  });

  it('rejects segments that are not one path segment', () => {
    expect(() => r.page('sv', 'a/b')).toThrow();
    expect(() => r.page('sv', '')).toThrow();
    expect(() => r.page('sv', '..')).toThrow();
  });

  it('switching twice gives the same path back', () => {
    const segment = fc.stringMatching(/^[a-z0-9]+(-[a-z0-9]+)*$/).filter((s) => s !== 'en' && s !== 'sv');
    fc.assert(
      fc.property(fc.constantFrom('sv' as const, 'en' as const), fc.array(segment, { maxLength: 4 }), (lang, segments) => {
        const path = r.page(lang, ...segments);
        expect(r.switchLocale(r.switchLocale(path))).toBe(path);
        expect(r.localeOf(path)).toBe(lang);
      }),
    );
  });
});

describe('routes under a base path', () => {
  const r = createRoutes('/konsult');

  it('prefixes every path with the base', () => {
    expect(r.base).toBe('/konsult/');
    expect(r.home('sv')).toBe('/konsult/');
    expect(r.home('en')).toBe('/konsult/en/');
    expect(r.level('en', 'kontorstjanster', 'administrator', 2)).toBe('/konsult/en/kontorstjanster/administrator/2/');
  });

  it('switches language inside the base', () => {
    expect(r.switchLocale('/konsult/')).toBe('/konsult/en/');
    expect(r.switchLocale('/konsult/en/kontorstjanster/')).toBe('/konsult/kontorstjanster/');
  });
});

describe('helpers', () => {
  it('normalises base paths', () => {
    expect(normaliseBase('')).toBe('/');
    expect(normaliseBase('/')).toBe('/');
    expect(normaliseBase('a')).toBe('/a/');
    expect(normaliseBase('/a/b/')).toBe('/a/b/');
  });

  it('maps languages to the [...lang] route parameter and back', () => {
    expect(langParam('sv')).toBeUndefined();
    expect(langParam('en')).toBe('en');
    expect(langFromParam(undefined)).toBe('sv');
    expect(langFromParam('en')).toBe('en');
    expect(() => langFromParam('sv')).toThrow();
    expect(() => langFromParam('de')).toThrow();
  });

  it('uses the build base path by default', () => {
    expect(routes.base).toBe(normaliseBase(import.meta.env.BASE_URL));
  });
});

describe('the pages of the site', () => {
  const r = createRoutes('/sub/');

  it('each has its helper', () => {
    expect(r.search('sv')).toBe('/sub/sok/');
    expect(r.search('en', 'bokföring')).toBe('/sub/en/sok/?q=bokf%C3%B6ring');
    expect(r.compare('sv')).toBe('/sub/jamfor/');
    expect(r.compare('sv', 'kontorstjanster/administrator/2')).toBe('/sub/jamfor/?a=kontorstjanster/administrator/2');
    expect(r.compare('en', 'a/b/1', 'c d')).toBe('/sub/en/jamfor/?a=a/b/1&b=c%20d');
    expect(r.comparison('sv', 'kontorstjanster', 'handlaggare', 1, 3)).toBe('/sub/kontorstjanster/handlaggare/jamfor/1-3/');
    expect(r.comparison('en', 'kontorstjanster', 'handlaggare', 1, 3)).toBe('/sub/en/kontorstjanster/handlaggare/jamfor/1-3/');
    expect(r.openData('en')).toBe('/sub/en/oppna-data/');
    expect(r.accessibility('sv')).toBe('/sub/tillganglighet/');
    expect(r.selfAssessment('sv', 'administrator')).toBe('/sub/sjalvskattning/?roll=administrator');
  });

  it('the list of all roles is the area page when there is one area, else the home page list', () => {
    expect(r.rolesOverview('sv', [{ slug: 'kontorstjanster' }])).toBe('/sub/kontorstjanster/');
    expect(r.rolesOverview('en', [{ slug: 'kontorstjanster' }])).toBe('/sub/en/kontorstjanster/');
    expect(r.rolesOverview('en', [{ slug: 'a' }, { slug: 'b' }])).toBe('/sub/en/#roller');
  });

  it('every slug has its route file, in both languages through [...lang]', () => {
    const pages = join(root, 'src', 'pages', '[...lang]');
    for (const slug of Object.values(pageSlugs)) {
      expect(existsSync(join(pages, `${slug}.astro`)) || existsSync(join(pages, slug, 'index.astro')) || existsSync(join(pages, '[area]', '[role]', slug)), slug).toBe(true);
    }
  });

  it('no other module spells out a page slug in code: they all ask routes.ts', () => {
    const src = join(root, 'src');
    const files = (readdirSync(src, { recursive: true }) as string[])
      .filter((file) => /\.(ts|astro|mjs)$/.test(file))
      .map((file) => join(src, file))
      .filter((file) => file !== join(src, 'lib', 'routes.ts') && !file.startsWith(join(src, 'i18n')));
    const literal = new RegExp(`['"\`]/?(${Object.values(pageSlugs).join('|')})/?['"\`?]`);
    const found = [...files, join(root, 'astro.config.mjs')].flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .flatMap((line, index) => (literal.test(line) && !/^\s*(\*|\/\/|\/\*)/.test(line) ? [`${relative(root, file)}:${index + 1}: ${line.trim()}`] : [])),
    );
    expect(found).toEqual([]);
  });
});
