/**
 * One search as the search page runs it, on Pagefind's browser API (or anything shaped like it,
 * such as Pagefind loaded in Node by the tests): ask for one kind of page, load the first hits,
 * drop Pagefind's fallback matches, put the hits in the site's order.
 */
import { pagefindFilters, type PageKind, type SearchState } from './filters';
import { matchedApproximately, matchedOnlyByFallback, matchedWords } from './match';
import { rankHits } from './rank';

/** What Pagefind returns for a hit once its fragment is loaded; `meta` holds the index's meta fields. */
export interface PagefindHit {
  readonly url: string;
  readonly excerpt: string;
  readonly content: string;
  readonly locations: readonly number[];
  readonly meta: { readonly title?: string; readonly aka?: string };
}

export interface PagefindResult {
  readonly id: string;
  data(): Promise<PagefindHit>;
}

/** The part of Pagefind's API a search needs. */
export interface PagefindSearch {
  search(
    query: string | null,
    options?: { filters?: Record<string, string> },
  ): Promise<{ results: readonly PagefindResult[] } | null>;
}

export interface FoundPages {
  /** Every result, in Pagefind's order; the first `hits.length` of them are loaded. */
  readonly results: readonly PagefindResult[];
  /** The loaded hits, in the site's order. */
  readonly hits: readonly PagefindHit[];
  /** True when the best hit matched some typed word only through a word that does not begin with it. */
  readonly approximate?: boolean;
}

const none: FoundPages = { results: [], hits: [] };

/** A search with fewer level hits than this, or with approximate hits, looks for "Did you mean …?". */
export const fewHits = 3;

/** True when the level hits are few or approximate, so a suggestion may help. */
export function wantsSuggestion(query: string, levels: FoundPages): boolean {
  return query !== '' && (levels.results.length < fewHits || levels.approximate === true);
}

/**
 * Searches one kind of page and loads its first `pageSize` hits. When the best hit matched a
 * typed word only through a much shorter indexed word (Pagefind's fallback), nothing is found.
 */
export async function findPages(api: PagefindSearch, state: SearchState, page: PageKind, pageSize: number): Promise<FoundPages> {
  const found = await api.search(state.query === '' ? null : state.query, { filters: pagefindFilters(state.filters, page) });
  const results = found?.results ?? [];
  const loaded = await Promise.all(results.slice(0, pageSize).map((result) => result.data()));
  const best = loaded[0];
  let approximate = false;
  if (best && state.query !== '') {
    const words = [...matchedWords(best.content, best.locations), ...(best.meta.title ?? '').split(/\s+/), ...(best.meta.aka ?? '').split(/[\s,]+/)];
    if (matchedOnlyByFallback(state.query, words)) return none;
    approximate = matchedApproximately(state.query, words);
  }
  return { results, hits: page === 'level' ? rankHits(state.query, loaded) : loaded, approximate };
}
