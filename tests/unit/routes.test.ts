import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRoutes, langFromParam, langParam, normaliseBase, routes } from '../../src/lib/routes';

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
