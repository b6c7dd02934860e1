import type { Browser } from 'playwright-core';

export declare const budget: { firstQueryBytes: number; suggestionBytes: number; medianMs: number };
export declare function gzipSize(body: Uint8Array): number;
export interface SearchMeasurement {
  /** gzip bytes under /pagefind/ for a first search that starts on a role page. */
  firstQueryBytes: number;
  /** gzip bytes a search that gets a suggestion adds: the word list. */
  suggestionBytes: number;
  pagefindFiles: Array<{ file: string; raw: number; gzip: number }>;
  rolePageScriptBytes: number;
  searchPageScriptBytes: number;
  /** Median ms from the last keystroke of a word to its hits on screen, on a freshly opened search page. */
  medianMs: number;
  samples: Array<{ query: string; ms: number }>;
}
export declare function measureSearch(options: {
  siteUrl: string;
  browser?: Browser;
  rolePath?: string;
  firstQuery?: string;
  queries?: string[];
  typo?: string;
}): Promise<SearchMeasurement>;
