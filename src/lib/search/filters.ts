import type { Criterion } from '../../schemas/criterion';
import { kindsOfRequirements } from '../requirement-kinds';

/**
 * Search filters: the names and values a level page gives the search index
 * (`data-pagefind-filter`), and the search page's state in its address
 * (`/sok/?q=bokföring&level=2`), which is also what the page hands to Pagefind.
 */

/** Filter names, the same in the index, in the search page's address and in Pagefind's query. */
export const searchFilterNames = ['role', 'level', 'requirement'] as const;

export type SearchFilterName = (typeof searchFilterNames)[number];

/** One chosen value per filter at most; a filter left out means "all". */
export type SearchFilters = Partial<Record<SearchFilterName, string>>;

export interface SearchState {
  /** What the reader typed, trimmed; may be empty. */
  readonly query: string;
  readonly filters: SearchFilters;
}

/** Longer queries are cut: nobody types more, and a pasted page should not freeze the search. */
export const maxQueryLength = 200;

/**
 * The kind of page a hit is, as the filter `page`: level pages are the main hits, comparisons of
 * two levels are listed after them. The search page sets this filter itself.
 */
export const pageKinds = ['level', 'comparison'] as const;

export type PageKind = (typeof pageKinds)[number];

/** Filters a page puts in the index: the reader's filters and its kind of page. */
export type PageSearchFilters = Record<SearchFilterName | 'page', string[]>;

interface IndexedLevel {
  readonly level: number;
  readonly role: { readonly id: string };
  readonly requirements: ReadonlyArray<{ readonly criterion: Criterion }>;
}

/** What a level page puts in the index: its role, its level number and its kinds of requirement. */
export function levelSearchFilters(level: IndexedLevel): PageSearchFilters {
  return {
    page: ['level'],
    role: [level.role.id],
    level: [String(level.level)],
    requirement: kindsOfRequirements(level.requirements),
  };
}

interface NamedLevel {
  readonly role: {
    readonly title: Readonly<Record<'sv' | 'en', string>>;
    readonly alsoKnownAs: Readonly<Record<'sv' | 'en', readonly string[]>>;
  };
}

/**
 * The other names a level page is found by: the role's other names in the page's language and,
 * on an English page, the role's Swedish title, which the framework agreement and call-offs use.
 */
export function levelSearchNames(level: NamedLevel, lang: 'sv' | 'en'): string[] {
  const names = [...level.role.alsoKnownAs[lang]];
  if (lang === 'en' && level.role.title.sv !== level.role.title.en) names.push(level.role.title.sv);
  return names;
}

/**
 * What a comparison of two levels of a role puts in the index: the role, both level numbers (so
 * narrowing to level 2 keeps "1 and 2") and the kinds of requirement of both.
 */
export function comparisonSearchFilters(from: IndexedLevel, to: IndexedLevel): PageSearchFilters {
  if (from.role.id !== to.role.id) throw new Error(`Cannot compare levels of two roles: ${from.role.id} and ${to.role.id}`);
  return {
    page: ['comparison'],
    role: [from.role.id],
    level: [String(from.level), String(to.level)],
    requirement: kindsOfRequirements([...from.requirements, ...to.requirements]),
  };
}

/** Allowed values per filter; anything else in an address is ignored, not an error. */
export type AllowedFilterValues = Readonly<Record<SearchFilterName, ReadonlySet<string>>>;

/** Reads the state from the search page's address, keeping only known filter values. */
export function readSearchState(params: URLSearchParams, allowed: AllowedFilterValues): SearchState {
  const query = (params.get('q') ?? '').replace(/\s+/g, ' ').trim().slice(0, maxQueryLength).trim();
  const filters: SearchFilters = {};
  for (const name of searchFilterNames) {
    const value = params.get(name);
    if (value !== null && allowed[name].has(value)) filters[name] = value;
  }
  return { query, filters };
}

/**
 * The address's query string for a state: "?q=bokf%C3%B6ring&level=2", or "" when there is
 * nothing to keep. Slashes in role ids stay readable.
 */
export function searchStateQuery(state: SearchState): string {
  const pairs: Array<[string, string]> = [];
  if (state.query !== '') pairs.push(['q', state.query]);
  for (const name of searchFilterNames) {
    const value = state.filters[name];
    if (value) pairs.push([name, value]);
  }
  if (pairs.length === 0) return '';
  const encode = (text: string) => encodeURIComponent(text).replace(/%2F/gi, '/').replace(/%20/g, '+');
  return `?${pairs.map(([key, value]) => `${key}=${encode(value)}`).join('&')}`;
}

/** Pagefind's `filters` option for a state and a kind of page: only the filters that are set. */
export function pagefindFilters(filters: SearchFilters, page?: PageKind): Record<string, string> {
  const result: Record<string, string> = page ? { page } : {};
  for (const name of searchFilterNames) {
    const value = filters[name];
    if (value) result[name] = value;
  }
  return result;
}

/** True when any filter is set. */
export function hasFilters(filters: SearchFilters): boolean {
  return searchFilterNames.some((name) => Boolean(filters[name]));
}
