/**
 * The header's search box (`<kk-header-search>`): a plain form that opens the search page. The
 * first time it gets focus, it asks the browser to prefetch Pagefind's code and WebAssembly
 * (src/lib/search/bundles.ts), so the search page finds them in the cache and its first hits
 * come sooner. Nothing is fetched for a reader who never goes to the box.
 */
import { defineWidget, Widget } from './widget';

interface HeaderSearchData {
  /** Addresses to prefetch. */
  readonly files: readonly string[];
}

class HeaderSearch extends Widget {
  protected start(): void {
    this.addEventListener('focusin', () => this.#prefetch(), { once: true });
  }

  #prefetch(): void {
    for (const href of this.data<HeaderSearchData>().files) {
      const link = document.createElement('link');
      link.rel = 'prefetch';
      link.href = href;
      // Pagefind loads both in CORS mode (a module import, a fetch): the prefetch must match.
      link.crossOrigin = 'anonymous';
      document.head.append(link);
    }
  }
}

defineWidget('kk-header-search', HeaderSearch);
