export const precisionGoal: number;
export const precisionFloor: number;
export function measureSearchPrecision(siteDir: string): Promise<
  Array<{
    lang: string;
    passed: number;
    total: number;
    kinds: Array<{ kind: string; passed: number; total: number }>;
    failures: string[];
  }>
>;
export function pct(passed: number, total: number): string;
