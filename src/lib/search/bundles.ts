/**
 * The search index comes in two Pagefind bundles: level pages in `pagefind/`, comparisons of
 * levels in `pagefind/comparisons/`. A first search loads only the level bundle; the search page
 * adds the comparisons (Pagefind's `mergeIndex`) when the reader asks for them. Pagefind's
 * metadata grows with the number of pages of a bundle and every first search downloads it, so
 * the comparisons, a third of the pages, stay out of it.
 *
 * Each bundle's kind of page reaches a search as Pagefind's `mergeFilter`, a filter set in the
 * browser that costs no download: the page filter `page` of the built pages
 * (`data-pagefind-filter="page:level"`) decides the bundle and is left out of the index itself.
 */
import { pageKinds, type PageKind } from './filters';

/** The folder of each kind's bundle, under the site's base path. */
export const searchBundles: Readonly<Record<PageKind, string>> = { level: 'pagefind/', comparison: 'pagefind/comparisons/' };

/** The filter a bundle's pages get in the browser (Pagefind's `mergeFilter`). */
export function bundleFilter(kind: PageKind): { page: PageKind } {
  return { page: kind };
}

/** The kind of page an indexed page is, from its `page` filter values; an error for anything but exactly one kind. */
export function pageKindOf(values: readonly string[], file: string): PageKind {
  const kinds = pageKinds.filter((kind) => values.includes(kind));
  if (kinds.length !== 1 || values.length !== 1) {
    throw new Error(`${file}: an indexed page needs exactly one data-pagefind-filter="page:…" of ${pageKinds.join(', ')}, found [${values.join(', ')}]`);
  }
  return kinds[0]!;
}
