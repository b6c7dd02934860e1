/** The machine a benchmark ran on, for the report. */
import { execFileSync } from 'node:child_process';
import { cpus, totalmem } from 'node:os';

export function machine({ root, chromePath }) {
  const run = (cmd, args) => {
    try {
      return execFileSync(cmd, args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    } catch {
      return 'unknown';
    }
  };
  const dirty = run('git', ['status', '--porcelain']) !== '';
  return {
    date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: cpus().length,
    memoryGiB: Math.round((totalmem() / 1024 ** 3) * 10) / 10,
    node: process.version,
    chromium: run(chromePath, ['--version']).split('\n').filter((l) => /chromium/i.test(l)).pop() ?? 'unknown',
    commit: `${run('git', ['rev-parse', '--short', 'HEAD'])}${dirty ? ' (with uncommitted changes)' : ''}`,
  };
}
