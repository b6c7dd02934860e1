import type { Locale } from '../i18n/locales';
import type { Catalog } from './catalog';
import { routes as siteRoutes, type Routes } from './routes';

/**
 * Where the overview of all roles is: with a single area it is the area page; with several,
 * the home page lists them all.
 */
export function rolesOverviewHref(lang: Locale, catalog: Pick<Catalog, 'areas'>, routes: Routes = siteRoutes): string {
  const onlyArea = catalog.areas.length === 1 ? catalog.areas[0] : undefined;
  return onlyArea ? routes.area(lang, onlyArea.slug) : `${routes.home(lang)}#roller`;
}
