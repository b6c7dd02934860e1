import { format } from '../i18n';
import { excerptParts } from '../lib/excerpt';
import { matchedOnlyByFallback, matchedWords } from '../lib/search-match';
import {
  hasFilters,
  pagefindFilters,
  readSearchState,
  searchFilterNames,
  searchStateQuery,
  type AllowedFilterValues,
  type PageKind,
  type SearchFilterName,
  type SearchState,
} from '../lib/search-filters';

/**
 * The search page: reads `?q=` and the filters from the address, asks Pagefind and lists the
 * hits. Pagefind's code and index load only here, from /pagefind/ under the site's base path,
 * when the page opens with a query or the reader starts typing.
 */

/** The parts of Pagefind's browser API this page uses. */
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(query: string | null, options?: { filters?: Record<string, string> }): Promise<{ results: PagefindResult[] } | null>;
}

interface PagefindHit {
  url: string;
  excerpt: string;
  content: string;
  locations: number[];
  meta: { title?: string };
}

interface PagefindResult {
  id: string;
  data(): Promise<PagefindHit>;
}

type Messages = Record<
  | 'searchEmpty'
  | 'searchCountOne'
  | 'searchCountMany'
  | 'searchNone'
  | 'searchNoneHelp'
  | 'searchFilteredOne'
  | 'searchFilteredMany'
  | 'searchFilteredNone'
  | 'searchNarrowed'
  | 'searchComparisonsOne'
  | 'searchComparisonsMany'
  | 'searchError',
  string
>;

/**
 * Hits shown at first and per "show more", per list: each hit costs one small request, and a
 * first search must stay within its download budget (see tests/bench/search.mjs).
 */
const pageSizes = { level: 10, comparison: 5 } as const;

/**
 * Fired on the search root when a search's hits are on screen, which also gets
 * `data-rendered-query` (the words) and `data-rendered-state` (words and filters, as in the
 * address); tests and the benchmark wait for these.
 */
export const renderedEvent = 'search:rendered';

export function startSearch(root: HTMLElement): void {
  const base = root.dataset['base'] ?? '/';
  const messages = JSON.parse(root.dataset['messages'] ?? '{}') as Messages;
  const form = root.querySelector<HTMLFormElement>('form')!;
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const selects = Object.fromEntries(
    searchFilterNames.map((name) => [name, form.querySelector<HTMLSelectElement>(`select[name="${name}"]`)!]),
  ) as Record<SearchFilterName, HTMLSelectElement>;
  const details = form.querySelector<HTMLDetailsElement>('details')!;
  const status = root.querySelector<HTMLElement>('.search-status')!;
  const sections = [...root.querySelectorAll<HTMLElement>('.search-results-section')];

  // The choices the page offers are the only filter values an address may set.
  const choices = (select: HTMLSelectElement) => new Set([...select.options].map((o) => o.value).filter(Boolean));
  const allowed: AllowedFilterValues = {
    role: choices(selects.role),
    level: choices(selects.level),
    requirement: choices(selects.requirement),
  };

  let pagefind: Promise<Pagefind> | undefined;
  const loadPagefind = (): Promise<Pagefind> => {
    pagefind ??= (async () => {
      const url = `${base}pagefind/pagefind.js`;
      const api = (await import(/* @vite-ignore */ url)) as Pagefind;
      // The index is small: a worker would cost a download and gain nothing.
      await api.options({ baseUrl: base, excerptLength: 24, noWorker: true });
      await api.init();
      return api;
    })();
    return pagefind;
  };

  const readControls = (): SearchState =>
    readSearchState(
      new URLSearchParams([
        ['q', input.value],
        ...searchFilterNames.map((name): [string, string] => [name, selects[name].value]),
      ]),
      allowed,
    );

  const writeControls = (state: SearchState) => {
    input.value = state.query;
    for (const name of searchFilterNames) selects[name].value = state.filters[name] ?? '';
    // Filters chosen in the address are shown, so the reader sees why hits are few.
    if (hasFilters(state.filters)) details.open = true;
  };

  let current = 0;

  const renderHit = (hit: PagefindHit): HTMLLIElement => {
    const item = document.createElement('li');
    item.className = 'search-result';
    const heading = document.createElement('h3');
    const link = document.createElement('a');
    link.href = hit.url;
    link.textContent = hit.meta.title ?? hit.url;
    heading.append(link);
    const excerpt = document.createElement('p');
    excerpt.className = 'search-excerpt';
    for (const part of excerptParts(hit.excerpt)) {
      if (part.mark) {
        const mark = document.createElement('mark');
        mark.textContent = part.text;
        excerpt.append(mark);
      } else {
        excerpt.append(part.text);
      }
    }
    item.append(heading, excerpt);
    return item;
  };

  /** One list of hits (levels, or comparisons) with its own "show more". */
  const resultList = (section: HTMLElement, pageSize: number) => {
    const list = section.querySelector<HTMLOListElement>('ol')!;
    const more = section.querySelector<HTMLButtonElement>('button')!;
    let pending: PagefindResult[] = [];
    const show = (hits: PagefindHit[], rest: PagefindResult[]) => {
      pending = rest;
      list.replaceChildren(...hits.map(renderHit));
      section.hidden = hits.length === 0;
      more.hidden = pending.length === 0;
    };
    more.addEventListener('click', async () => {
      const run = current;
      const batch = pending.slice(0, pageSize);
      const hits = await Promise.all(batch.map((result) => result.data()));
      if (run !== current) return;
      pending = pending.slice(pageSize);
      const items = hits.map(renderHit);
      list.append(...items);
      more.hidden = pending.length === 0;
      items[0]?.querySelector('a')?.focus();
    });
    return { show, clear: () => show([], []) };
  };

  const levelList = resultList(sections[0]!, pageSizes.level);
  const comparisonList = resultList(sections[1]!, pageSizes.comparison);

  const statusText = (state: SearchState, levels: number, comparisons: number): string => {
    const also =
      comparisons === 0
        ? ''
        : ` ${format(comparisons === 1 ? messages.searchComparisonsOne : messages.searchComparisonsMany, { count: comparisons })}`;
    if (state.query === '') {
      if (levels + comparisons === 0) return messages.searchFilteredNone;
      return format(levels === 1 ? messages.searchFilteredOne : messages.searchFilteredMany, { count: levels }) + also;
    }
    const values = { count: levels, query: state.query };
    if (levels + comparisons === 0) return `${format(messages.searchNone, values)} ${messages.searchNoneHelp}`;
    const text = format(levels === 1 ? messages.searchCountOne : messages.searchCountMany, values) + also;
    return hasFilters(state.filters) ? `${text} ${messages.searchNarrowed}` : text;
  };

  const rendered = (state: SearchState, count: number) => {
    const query = state.query;
    root.dataset['renderedQuery'] = query;
    root.dataset['renderedState'] = searchStateQuery(state);
    root.dispatchEvent(new CustomEvent(renderedEvent, { detail: { query, count } }));
  };

  /** Level pages and comparisons are searched apart, so levels always come first. */
  const searchKind = async (api: Pagefind, state: SearchState, page: PageKind) => {
    const found = await api.search(state.query === '' ? null : state.query, { filters: pagefindFilters(state.filters, page) });
    const results = found?.results ?? [];
    const hits = await Promise.all(results.slice(0, pageSizes[page]).map((result) => result.data()));
    return { results, hits };
  };

  const search = async () => {
    const run = ++current;
    const state = readControls();
    history.replaceState(history.state, '', `${location.pathname}${searchStateQuery(state)}`);
    if (state.query === '' && !hasFilters(state.filters)) {
      levelList.clear();
      comparisonList.clear();
      status.textContent = messages.searchEmpty;
      rendered(state, 0);
      return;
    }
    try {
      const api = await loadPagefind();
      const [levels, comparisons] = await Promise.all([
        searchKind(api, state, 'level'),
        searchKind(api, state, 'comparison'),
      ]);
      if (run !== current) return;
      const best = levels.hits[0] ?? comparisons.hits[0];
      const words = best ? [...matchedWords(best.content, best.locations), ...(best.meta.title ?? '').split(/\s+/)] : [];
      if (best && matchedOnlyByFallback(state.query, words)) {
        levels.results = [];
        levels.hits = [];
        comparisons.results = [];
        comparisons.hits = [];
      }
      levelList.show(levels.hits, levels.results.slice(pageSizes.level));
      comparisonList.show(comparisons.hits, comparisons.results.slice(pageSizes.comparison));
      status.textContent = statusText(state, levels.results.length, comparisons.results.length);
      rendered(state, levels.results.length + comparisons.results.length);
    } catch (error) {
      if (run !== current) return;
      status.textContent = messages.searchError;
      console.error(error);
    }
  };

  /** Arrow keys move between the search box and the hits' links; Tab works as usual. */
  const links = () => [...root.querySelectorAll<HTMLAnchorElement>('.search-results a')];
  input.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowDown') return;
    const first = links()[0];
    if (!first) return;
    event.preventDefault();
    first.focus();
  });
  root.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const all = links();
    const index = all.indexOf(event.target as HTMLAnchorElement);
    if (index === -1) return;
    event.preventDefault();
    const next = event.key === 'ArrowDown' ? all[index + 1] : index === 0 ? input : all[index - 1];
    next?.focus();
  });

  input.addEventListener('input', search);
  input.addEventListener('focus', () => void loadPagefind().catch(() => undefined), { once: true });
  for (const select of Object.values(selects)) select.addEventListener('change', search);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void search();
  });

  root.hidden = false;
  writeControls(readSearchState(new URLSearchParams(location.search), allowed));
  void search();
}
