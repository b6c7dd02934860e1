import type { Criterion } from '../schemas/criterion';
import { kindsOfRequirements } from './requirement-kinds';

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

/** What a level page puts in the index: its role, its level number and its kinds of requirement. */
export function levelSearchFilters(level: {
  readonly level: number;
  readonly role: { readonly id: string };
  readonly requirements: ReadonlyArray<{ readonly criterion: Criterion }>;
}): Record<SearchFilterName, string[]> {
  return {
    role: [level.role.id],
    level: [String(level.level)],
    requirement: kindsOfRequirements(level.requirements),
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

/** Pagefind's `filters` option for a state: only the filters that are set. */
export function pagefindFilters(filters: SearchFilters): Record<string, string> {
  const result: Record<string, string> = {};
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
