/**
 * The search page (`<kk-search>`): reads `?q=` and the filters from the address, asks Pagefind
 * and lists the hits; when a search finds little it offers "Menade du …?". Pagefind's code and
 * index start loading as the page opens, so the first hits come as soon as the reader types.
 * The word list for suggestions loads only when a suggestion is needed, and the comparisons of
 * levels (a bundle of their own, src/lib/search/bundles.ts) when the reader asks for them; from
 * then on every search of the page lists them too.
 */
import { bundleFilter, searchBundles } from '../lib/search/bundles';
import { excerptParts } from '../lib/search/excerpt';
import {
  hasFilters,
  readSearchState,
  searchFilterNames,
  searchStateQuery,
  type AllowedFilterValues,
  type PageKind,
  type SearchFilterName,
  type SearchState,
} from '../lib/search/filters';
import { searchRanking, statusText, type SearchWidgetData } from '../lib/search/messages';
import { findPages, wantsSuggestion, type FoundPages, type PagefindHit, type PagefindResult, type PagefindSearch } from '../lib/search/query';
import { readWordList, suggester, wordListFile, type Suggester } from '../lib/search/suggest';
import { defineWidget, Widget } from './widget';

/** The parts of Pagefind's browser API this page uses. */
interface Pagefind extends PagefindSearch {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  mergeIndex(path: string, options: Record<string, unknown>): Promise<void>;
}

/**
 * Hits shown at first and per "show more", per list: each hit costs one small request, and a
 * first search must stay within its download budget (see tests/bench/search.mjs).
 */
const pageSizes = { level: 10, comparison: 5 } as const;

/**
 * Fired on the widget when a search's hits are on screen; the widget also gets
 * `data-rendered-query` (the words) and `data-rendered-state` (words and filters, as in the
 * address). Tests and the benchmark wait for these.
 */
export const renderedEvent = 'search:rendered';

/** One list of hits (levels, or comparisons) with its own "show more". */
class ResultList {
  #pending: readonly PagefindResult[] = [];
  readonly #list: HTMLOListElement;
  readonly #more: HTMLButtonElement;

  constructor(
    readonly section: HTMLElement,
    readonly pageSize: number,
    readonly isCurrent: () => () => boolean,
  ) {
    this.#list = section.querySelector('ol')!;
    this.#more = section.querySelector('button.search-more')!;
    this.#more.addEventListener('click', () => void this.showMore());
  }

  show(found: FoundPages, visible = found.hits.length > 0): void {
    this.#pending = found.results.slice(found.hits.length);
    this.#list.replaceChildren(...found.hits.map(renderHit));
    this.section.hidden = !visible;
    this.#more.hidden = this.#pending.length === 0;
  }

  /** The first hit's link, if any. */
  firstLink(): HTMLAnchorElement | null {
    return this.#list.querySelector('a');
  }

  async showMore(): Promise<void> {
    const stillCurrent = this.isCurrent();
    const batch = this.#pending.slice(0, this.pageSize);
    const hits = await Promise.all(batch.map((result) => result.data()));
    if (!stillCurrent()) return;
    this.#pending = this.#pending.slice(this.pageSize);
    const items = hits.map(renderHit);
    this.#list.append(...items);
    this.#more.hidden = this.#pending.length === 0;
    items[0]?.querySelector('a')?.focus();
  }
}

function renderHit(hit: PagefindHit): HTMLLIElement {
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
}

class SearchWidget extends Widget {
  #data!: SearchWidgetData;
  #input!: HTMLInputElement;
  #selects!: Record<SearchFilterName, HTMLSelectElement>;
  #allowed!: AllowedFilterValues;
  #status!: HTMLElement;
  #suggestion!: HTMLElement;
  #lists!: Record<PageKind, ResultList>;
  /** The offer to search the comparisons too, and the line saying none was found. */
  #comparisonsOffer!: HTMLElement;
  #comparisonsNone!: HTMLElement;
  #pagefind: Promise<Pagefind> | undefined;
  /** Set once the reader asks for comparisons: the comparisons bundle merged into Pagefind. */
  #comparisons: Promise<void> | undefined;
  #suggester: Promise<Suggester> | undefined;
  /** Number of the latest search; an older one that finishes late shows nothing. */
  #run = 0;

  protected start(): void {
    this.#data = this.data<SearchWidgetData>();
    const form = this.find<HTMLFormElement>('form');
    this.#input = this.find<HTMLInputElement>('input[name="q"]');
    this.#selects = Object.fromEntries(
      searchFilterNames.map((name) => [name, this.find<HTMLSelectElement>(`select[name="${name}"]`)]),
    ) as Record<SearchFilterName, HTMLSelectElement>;
    // The choices the page offers are the only filter values an address may set.
    const choices = (select: HTMLSelectElement) => new Set([...select.options].map((o) => o.value).filter(Boolean));
    this.#allowed = { role: choices(this.#selects.role), level: choices(this.#selects.level), requirement: choices(this.#selects.requirement) };
    this.#status = this.find('.search-status');
    this.#suggestion = this.find('[data-search-suggestion]');
    const [levels, comparisons] = [...this.querySelectorAll<HTMLElement>('.search-results-section')];
    const isCurrent = () => {
      const run = this.#run;
      return () => run === this.#run;
    };
    this.#lists = {
      level: new ResultList(levels!, pageSizes.level, isCurrent),
      comparison: new ResultList(comparisons!, pageSizes.comparison, isCurrent),
    };
    this.#comparisonsOffer = this.find('[data-comparisons-offer]');
    this.#comparisonsNone = this.find('[data-comparisons-none]');
    this.find('[data-comparisons-load]').addEventListener('click', () => void this.#searchComparisons());

    this.#input.addEventListener('input', () => void this.search());
    this.#input.addEventListener('keydown', (event) => this.#toFirstHit(event));
    this.addEventListener('keydown', (event) => this.#betweenHits(event));
    for (const select of Object.values(this.#selects)) select.addEventListener('change', () => void this.search());
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.search();
    });
    this.#suggestion.addEventListener('click', (event) => this.#followSuggestion(event));

    this.#writeControls(readSearchState(new URLSearchParams(location.search), this.#allowed));
    // Load Pagefind and its index now, while the reader reads the page and starts typing.
    void this.#loadPagefind().catch(() => undefined);
    void this.search();
  }

  #loadPagefind(): Promise<Pagefind> {
    this.#pagefind ??= (async () => {
      const base = this.#data.base;
      const api = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as Pagefind;
      // The index is small: a worker would cost a download and gain nothing.
      await api.options({ baseUrl: base, excerptLength: 24, noWorker: true, ranking: searchRanking, mergeFilter: bundleFilter('level') });
      await api.init();
      return api;
    })();
    return this.#pagefind;
  }

  /** Adds the comparisons bundle to Pagefind, once; it runs on the level bundle's code and WebAssembly. */
  #loadComparisons(): Promise<void> {
    this.#comparisons ??= this.#loadPagefind().then((api) =>
      api.mergeIndex(`${this.#data.base}${searchBundles.comparison}`, {
        baseUrl: this.#data.base,
        excerptLength: 24,
        ranking: searchRanking,
        mergeFilter: bundleFilter('comparison'),
      }),
    );
    return this.#comparisons;
  }

  /** The reader asked for the comparisons: search them too, and go to the first one (or the line saying there is none). */
  async #searchComparisons(): Promise<void> {
    try {
      await this.#loadComparisons();
    } catch (error) {
      this.#comparisons = undefined;
      this.#status.textContent = this.#data.messages.searchError;
      console.error(error);
      return;
    }
    await this.search();
    const target = this.#lists.comparison.firstLink() ?? (this.#comparisonsNone.hidden ? undefined : this.#comparisonsNone);
    target?.focus();
  }

  #loadSuggester(): Promise<Suggester> {
    this.#suggester ??= fetch(`${this.#data.base}pagefind/${wordListFile(this.#data.lang)}`)
      .then((response) => (response.ok ? response.text() : ''))
      .then((text) => suggester(readWordList(text)));
    return this.#suggester;
  }

  #readControls(): SearchState {
    return readSearchState(
      new URLSearchParams([['q', this.#input.value], ...searchFilterNames.map((name): [string, string] => [name, this.#selects[name].value])]),
      this.#allowed,
    );
  }

  #writeControls(state: SearchState): void {
    this.#input.value = state.query;
    for (const name of searchFilterNames) this.#selects[name].value = state.filters[name] ?? '';
    // Filters chosen in the address are shown, so the reader sees why hits are few.
    if (hasFilters(state.filters)) this.find<HTMLDetailsElement>('details').open = true;
  }

  async search(): Promise<void> {
    const run = ++this.#run;
    const state = this.#readControls();
    history.replaceState(history.state, '', `${location.pathname}${searchStateQuery(state)}`);
    if (state.query === '' && !hasFilters(state.filters)) {
      this.#lists.level.show({ results: [], hits: [] });
      this.#showComparisons(undefined, false);
      this.#status.textContent = this.#data.messages.searchEmpty;
      this.#showSuggestion(state, undefined);
      this.#rendered(state, 0);
      return;
    }
    try {
      const api = await this.#loadPagefind();
      const withComparisons = this.#comparisons !== undefined;
      if (withComparisons) await this.#comparisons;
      const [levels, comparisons] = await Promise.all([
        findPages(api, state, 'level', pageSizes.level),
        withComparisons ? findPages(api, state, 'comparison', pageSizes.comparison) : undefined,
      ]);
      if (run !== this.#run) return;
      const comparisonCount = comparisons?.results.length ?? 0;
      this.#lists.level.show(levels);
      this.#showComparisons(comparisons, true);
      this.#status.textContent = statusText(this.#data.messages, state, levels.results.length, comparisonCount);
      this.#showSuggestion(state, undefined);
      this.#rendered(state, levels.results.length + comparisonCount);
      if (wantsSuggestion(state.query, levels)) await this.#suggest(state, run);
    } catch (error) {
      if (run !== this.#run) return;
      this.#status.textContent = this.#data.messages.searchError;
      console.error(error);
    }
  }

  /**
   * The comparisons' section of a search: its hits once the reader has asked for comparisons
   * (or a line saying there are none), else the offer to search them. Hidden with no search.
   */
  #showComparisons(found: FoundPages | undefined, searching: boolean): void {
    this.#lists.comparison.show(found ?? { results: [], hits: [] }, searching);
    this.#comparisonsOffer.hidden = found !== undefined;
    this.#comparisonsNone.hidden = found === undefined || found.hits.length > 0;
  }

  async #suggest(state: SearchState, run: number): Promise<void> {
    const suggestion = (await this.#loadSuggester()).suggest(state.query);
    if (run === this.#run) this.#showSuggestion(state, suggestion);
  }

  /** "Menade du <a>registrator</a>?", a link to that search; or nothing. */
  #showSuggestion(state: SearchState, suggestion: string | undefined): void {
    this.#suggestion.hidden = suggestion === undefined;
    if (suggestion === undefined) {
      this.#suggestion.replaceChildren();
      return;
    }
    const [before = '', after = ''] = this.#data.messages.searchDidYouMean.split('{query}');
    const link = document.createElement('a');
    link.href = `${location.pathname}${searchStateQuery({ ...state, query: suggestion })}`;
    link.textContent = suggestion;
    link.dataset['query'] = suggestion;
    this.#suggestion.replaceChildren(before, link, after);
  }

  #followSuggestion(event: MouseEvent): void {
    const link = (event.target as Element).closest('a');
    const query = link?.dataset['query'];
    if (!link || query === undefined || event.ctrlKey || event.metaKey || event.shiftKey) return;
    event.preventDefault();
    this.#input.value = query;
    this.#input.focus();
    void this.search();
  }

  #rendered(state: SearchState, count: number): void {
    this.dataset['renderedQuery'] = state.query;
    this.dataset['renderedState'] = searchStateQuery(state);
    this.dispatchEvent(new CustomEvent(renderedEvent, { detail: { query: state.query, count } }));
  }

  /** Arrow down from the search box goes to the first hit; Tab works as usual. */
  #toFirstHit(event: KeyboardEvent): void {
    if (event.key !== 'ArrowDown') return;
    const first = this.#links()[0];
    if (!first) return;
    event.preventDefault();
    first.focus();
  }

  /** Arrow keys move between the hits' links, and up from the first back to the box. */
  #betweenHits(event: KeyboardEvent): void {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const all = this.#links();
    const index = all.indexOf(event.target as HTMLAnchorElement);
    if (index === -1) return;
    event.preventDefault();
    const next = event.key === 'ArrowDown' ? all[index + 1] : index === 0 ? this.#input : all[index - 1];
    next?.focus();
  }

  #links(): HTMLAnchorElement[] {
    return [...this.querySelectorAll<HTMLAnchorElement>('.search-results a')];
  }
}

defineWidget('kk-search', SearchWidget);
