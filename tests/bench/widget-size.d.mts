export declare const BUDGET_BYTES: number;
export declare const WIDGET_PAGES: string[];
export interface PageSize {
  page: string;
  parts: Array<{ name: string; bytes: number }>;
  total: number;
}
export declare function measurePage(dist: string, page: string): PageSize;
export declare function measureWidget(dist: string): { pages: PageSize[]; largest: number };
