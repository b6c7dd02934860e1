import type { Browser } from 'playwright-core';

export interface CallOffFigures {
  firstViewScripts: string[];
  firstViewJsBytes: number;
  docxScripts: string[];
  docxBytes: number;
  wordRuns: number[];
  wordMs: number;
}
export declare const callOffBudget: { firstViewJsBytes: number; wordMs: number };
export declare function callOffVerdict(
  result: CallOffFigures,
  limits?: { firstViewJsBytes: number; wordMs: number },
): { met: boolean; reasons: string[] };
export declare function measureCallOff(options: {
  siteUrl: string;
  browser: Browser;
  levelIds: string[];
  path?: string;
}): Promise<CallOffFigures>;
