/**
 * The dictionary texts the search page's script needs: the page sends exactly these (in its
 * `<WidgetData>`), and the script's type is made from the same list.
 */
import { fill } from '../widget/text';
import { hasFilters, type SearchState } from './filters';

export const searchMessageKeys = [
  'searchEmpty',
  'searchCountOne',
  'searchCountMany',
  'searchNone',
  'searchNoneHelp',
  'searchFilteredOne',
  'searchFilteredMany',
  'searchFilteredNone',
  'searchNarrowed',
  'searchComparisonsOne',
  'searchComparisonsMany',
  'searchError',
  'searchDidYouMean',
] as const;

export type SearchMessages = Record<(typeof searchMessageKeys)[number], string>;

/** Picks the script's texts from a dictionary. */
export function searchMessages(dictionary: Readonly<SearchMessages>): SearchMessages {
  return Object.fromEntries(searchMessageKeys.map((key) => [key, dictionary[key]])) as SearchMessages;
}

/** The line that says what a search found: "12 träffar för ”bokföring”. Dessutom 3 jämförelser mellan nivåer." */
export function statusText(messages: SearchMessages, state: SearchState, levels: number, comparisons: number): string {
  const also =
    comparisons === 0 ? '' : ` ${fill(comparisons === 1 ? messages.searchComparisonsOne : messages.searchComparisonsMany, { count: comparisons })}`;
  if (state.query === '') {
    if (levels + comparisons === 0) return messages.searchFilteredNone;
    return fill(levels === 1 ? messages.searchFilteredOne : messages.searchFilteredMany, { count: levels }) + also;
  }
  const values = { count: levels, query: state.query };
  if (levels + comparisons === 0) return `${fill(messages.searchNone, values)} ${messages.searchNoneHelp}`;
  const text = fill(levels === 1 ? messages.searchCountOne : messages.searchCountMany, values) + also;
  return hasFilters(state.filters) ? `${text} ${messages.searchNarrowed}` : text;
}

/** Pagefind's ranking: the title counts most, the other names (`aka`) less. */
export const searchRanking = { metaWeights: { title: 5, aka: 3 } } as const;

/** What the search page gives its script. */
export interface SearchWidgetData {
  /** The site's base path, "/" or "/sub/": Pagefind lives under it in pagefind/. */
  readonly base: string;
  readonly lang: string;
  readonly messages: SearchMessages;
}
