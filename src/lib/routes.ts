import { defaultLocale, isLocale, locales, otherLocale, type Locale } from '../i18n/locales';

/**
 * URL helpers. Both languages use the same slugs, so switching language keeps the place:
 *   /                                   home (Swedish)        /en/                      home (English)
 *   /kontorstjanster/                   area                  /en/kontorstjanster/
 *   /kontorstjanster/administrator/     role                  /en/kontorstjanster/administrator/
 *   /kontorstjanster/administrator/1/   level                 /en/kontorstjanster/administrator/1/
 *   /sok/                               utility page          /en/sok/
 *   /krav-i-overblick/                  requirements matrix   /en/krav-i-overblick/
 *   /avrop/?niva=<level id>             call-off annex        /en/avrop/?niva=…
 * Every path starts with the site's base path and ends with a slash.
 */

/** Normalises a base path to "/" or "/something/". */
export function normaliseBase(base: string): string {
  const trimmed = base.replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}

export interface Routes {
  /** The base path, "/" or "/sub/". */
  readonly base: string;
  /** Any page of the site: `page('en', 'sok')` gives "/en/sok/". */
  page(lang: Locale, ...segments: Array<string | number>): string;
  home(lang: Locale): string;
  area(lang: Locale, area: string): string;
  role(lang: Locale, area: string, role: string): string;
  level(lang: Locale, area: string, role: string, level: number): string;
  /** The requirements matrix: every level's requirements in one table. */
  matrix(lang: Locale): string;
  /** A file that is the same in every language: `file('data', 'roles.json')` gives "/data/roles.json". */
  file(...segments: string[]): string;
  /** The self-assessment, optionally showing one role: "/sjalvskattning/?roll=administrator". */
  selfAssessment(lang: Locale, role?: string): string;
  /** The call-off annex, optionally with one level chosen: "/avrop/?niva=kontorstjanster/administrator/2". */
  callOff(lang: Locale, levelId?: string): string;
  /** The language of a site path (with base). */
  localeOf(path: string): Locale;
  /** The same page in the given language. */
  localize(path: string, lang: Locale): string;
  /** The same page in the other language. */
  switchLocale(path: string): string;
}

/** Slug of the requirements matrix page, the same in both languages. */
export const matrixSlug = 'krav-i-overblick';

/** Slug of the call-off page, the same in both languages. */
export const callOffSlug = 'avrop';

function assertSegment(segment: string): void {
  if (segment === '' || segment.includes('/') || segment === '.' || segment === '..') {
    throw new Error(`Not a path segment: "${segment}"`);
  }
}

export function createRoutes(baseInput: string): Routes {
  const base = normaliseBase(baseInput);

  const page = (lang: Locale, ...segments: Array<string | number>): string => {
    const parts = segments.map(String);
    parts.forEach(assertSegment);
    if (lang !== defaultLocale) parts.unshift(lang);
    return base + parts.map((p) => `${p}/`).join('');
  };

  /** The path's segments after the base, without a language prefix, and its language. */
  const split = (path: string): { lang: Locale; rest: string[] } => {
    const withSlash = path.endsWith('/') ? path : `${path}/`;
    const inside = withSlash.startsWith(base) ? withSlash.slice(base.length) : withSlash.replace(/^\//, '');
    const segments = inside.split('/').filter((s) => s !== '');
    const first = segments[0];
    if (first !== undefined && first !== defaultLocale && isLocale(first)) {
      return { lang: first, rest: segments.slice(1) };
    }
    return { lang: defaultLocale, rest: segments };
  };

  return {
    base,
    page,
    home: (lang) => page(lang),
    area: (lang, area) => page(lang, area),
    role: (lang, area, role) => page(lang, area, role),
    level: (lang, area, role, level) => page(lang, area, role, level),
    matrix: (lang) => page(lang, matrixSlug),
    file: (...segments) => {
      segments.forEach(assertSegment);
      return base + segments.join('/');
    },
    selfAssessment: (lang, role) => page(lang, 'sjalvskattning') + (role ? `?roll=${encodeURIComponent(role)}` : ''),
    callOff: (lang, levelId) =>
      page(lang, callOffSlug) + (levelId ? `?niva=${encodeURIComponent(levelId).replace(/%2F/g, '/')}` : ''),
    localeOf: (path) => split(path).lang,
    localize: (path, lang) => page(lang, ...split(path).rest),
    switchLocale: (path) => {
      const { lang, rest } = split(path);
      return page(otherLocale(lang), ...rest);
    },
  };
}

/** Routes for this build, under the configured base path (`BASE_PATH`). */
export const routes: Routes = createRoutes(import.meta.env.BASE_URL ?? '/');

/**
 * The `lang` route parameter of the `[...lang]` page folders: none for the default language,
 * "en" for English.
 */
export function langParam(lang: Locale): string | undefined {
  return lang === defaultLocale ? undefined : lang;
}

/** The language from a `[...lang]` route parameter. */
export function langFromParam(param: string | undefined): Locale {
  if (param === undefined || param === '') return defaultLocale;
  if (isLocale(param) && param !== defaultLocale) return param;
  throw new Error(`Unknown language in URL: "${param}"`);
}

export { locales };
