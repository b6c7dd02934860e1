export function treeRss(rootPid: number): number;
export function buildEnv(env: NodeJS.ProcessEnv, extra?: Record<string, string>): NodeJS.ProcessEnv;
export function measureBuild(options: {
  root: string;
  outDir: string;
  env?: Record<string, string>;
  sampleMs?: number;
}): Promise<{ seconds: number; peakBytes: number; log: string }>;
