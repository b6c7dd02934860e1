import { t, type Messages } from '../i18n';
import { locales, type Locale } from '../i18n/locales';
import type { Catalog, CatalogArea, CatalogLevel, CatalogRole } from './catalog';
import { levelPairs } from './comparisons';
import { loadCatalog } from './load-catalog';
import { langParam } from './routes';

/**
 * getStaticPaths for the page folders under src/pages/[...lang]/: every page once per language,
 * with the same slugs in both.
 */

/** Pages made once per language; each gets its language, its dictionary and the catalog. */
export async function homePaths() {
  const catalog = await loadCatalog();
  return locales.map((lang) => ({ params: { lang: langParam(lang) }, props: { lang, m: t(lang), catalog } }));
}

export async function areaPaths() {
  const catalog = await loadCatalog();
  return locales.flatMap((lang) =>
    catalog.areas.map((area) => ({
      params: { lang: langParam(lang), area: area.slug },
      props: { lang, area },
    })),
  );
}

export async function rolePaths() {
  const catalog = await loadCatalog();
  return locales.flatMap((lang) =>
    catalog.roles.map((role) => ({
      params: { lang: langParam(lang), area: role.area.slug, role: role.slug },
      props: { lang, role },
    })),
  );
}

export async function levelPaths() {
  const catalog = await loadCatalog();
  return locales.flatMap((lang) =>
    catalog.levels.map((level) => ({
      params: {
        lang: langParam(lang),
        area: level.role.area.slug,
        role: level.role.slug,
        level: String(level.level),
      },
      props: { lang, level },
    })),
  );
}

export interface HomeProps {
  lang: Locale;
  m: Messages;
  catalog: Catalog;
}
export interface AreaProps {
  lang: Locale;
  area: CatalogArea;
}
export interface RoleProps {
  lang: Locale;
  role: CatalogRole;
}
export interface LevelProps {
  lang: Locale;
  level: CatalogLevel;
}

/** One comparison page per pair of a role's levels, in both languages. */
export async function comparisonPaths() {
  const catalog = await loadCatalog();
  return locales.flatMap((lang) =>
    catalog.roles.flatMap((role) =>
      levelPairs(role.levels).map(({ from, to, slug }) => ({
        params: { lang: langParam(lang), area: role.area.slug, role: role.slug, pair: slug },
        props: { lang, role, from, to },
      })),
    ),
  );
}

export interface ComparisonProps {
  lang: Locale;
  role: CatalogRole;
  from: CatalogLevel;
  to: CatalogLevel;
}
