import { defaultLocale, isLocale, locales, otherLocale, type Locale } from '../i18n/locales';
import { normaliseBase } from './base-path.ts';

/**
 * The one module that knows the site's addresses. Both languages use the same slugs, so
 * switching language keeps the place:
 *   /                                       home (Swedish)          /en/   home (English)
 *   /kontorstjanster/                       area
 *   /kontorstjanster/administrator/         role (a single-level role's forwards to its level)
 *   /kontorstjanster/administrator/1/       level
 *   /kontorstjanster/administrator/jamfor/1-2/  what changes between two levels
 *   /sok/, /jamfor/, /krav-i-overblick/, /sjalvskattning/, /oppna-data/, /tillganglighet/
 *   /avrop/?niva=<level id>                 call-off annex
 * Every path starts with the site's base path and ends with a slash. Route files under
 * src/pages/ carry the same slugs in their names; a test checks that they agree.
 */

export { normaliseBase };

/** The slugs of the site's own pages, the same in both languages. */
export const pageSlugs = {
  search: 'sok',
  /** The compare page, and the folder of a role's comparison pages. */
  compare: 'jamfor',
  matrix: 'krav-i-overblick',
  selfAssessment: 'sjalvskattning',
  openData: 'oppna-data',
  accessibility: 'tillganglighet',
  /** The call-off annex. */
  callOff: 'avrop',
} as const;

/** The slug of a comparison of two levels: "1-2". */
export function pairSlug(from: number, to: number): string {
  return `${from}-${to}`;
}

export interface Routes {
  /** The base path, "/" or "/sub/". */
  readonly base: string;
  /** Any page of the site: `page('en', 'sok')` gives "/en/sok/". */
  page(lang: Locale, ...segments: Array<string | number>): string;
  home(lang: Locale): string;
  area(lang: Locale, area: string): string;
  role(lang: Locale, area: string, role: string): string;
  /**
   * The one page of a role, for links: its level page when the role has a single level (the
   * role's own address only forwards there), otherwise the role page with its levels side by side.
   */
  rolePage(lang: Locale, area: string, role: string, levels: ReadonlyArray<number>): string;
  level(lang: Locale, area: string, role: string, level: number): string;
  /** The requirements matrix: every level's requirements in one table. */
  matrix(lang: Locale): string;
  /** The search page, optionally with a query: "/sok/?q=bokf%C3%B6ring". */
  search(lang: Locale, query?: string): string;
  /** The compare page, optionally with one or two levels chosen: "/jamfor/?a=...&b=...". */
  compare(lang: Locale, a?: string, b?: string): string;
  /** What changes between two levels of a role: "/kontorstjanster/administrator/jamfor/1-2/". */
  comparison(lang: Locale, area: string, role: string, from: number, to: number): string;
  openData(lang: Locale): string;
  accessibility(lang: Locale): string;
  /**
   * The list of all roles: the area page when there is one area, otherwise the home page's
   * list of every area's roles.
   */
  rolesOverview(lang: Locale, areas: ReadonlyArray<{ readonly slug: string }>): string;
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
    rolePage: (lang, area, role, levels) => {
      const [only, ...more] = levels;
      return only !== undefined && more.length === 0 ? page(lang, area, role, only) : page(lang, area, role);
    },
    level: (lang, area, role, level) => page(lang, area, role, level),
    matrix: (lang) => page(lang, pageSlugs.matrix),
    search: (lang, query) => page(lang, pageSlugs.search) + (query === undefined ? '' : `?${new URLSearchParams({ q: query })}`),
    compare: (lang, a, b) => {
      const chosen = Object.entries({ a, b }).filter((entry): entry is [string, string] => entry[1] !== undefined);
      // Level ids keep their slashes: they are easier to read, and a query may hold them.
      return page(lang, pageSlugs.compare) + (chosen.length === 0 ? '' : `?${chosen.map(([k, v]) => `${k}=${encodeURIComponent(v).replaceAll('%2F', '/')}`).join('&')}`);
    },
    comparison: (lang, area, role, from, to) => page(lang, area, role, pageSlugs.compare, pairSlug(from, to)),
    openData: (lang) => page(lang, pageSlugs.openData),
    accessibility: (lang) => page(lang, pageSlugs.accessibility),
    rolesOverview: (lang, areas) => {
      const onlyArea = areas.length === 1 ? areas[0] : undefined;
      return onlyArea ? page(lang, onlyArea.slug) : `${page(lang)}#roller`;
    },
    file: (...segments) => {
      segments.forEach(assertSegment);
      return base + segments.join('/');
    },
    selfAssessment: (lang, role) => page(lang, pageSlugs.selfAssessment) + (role ? `?roll=${encodeURIComponent(role)}` : ''),
    callOff: (lang, levelId) =>
      page(lang, pageSlugs.callOff) + (levelId ? `?niva=${encodeURIComponent(levelId).replace(/%2F/g, '/')}` : ''),
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
