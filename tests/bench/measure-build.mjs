/**
 * A full `astro build` as a child process, timed, with the peak memory of its whole process tree
 * (Node plus anything it starts, such as Pagefind's indexer), sampled from /proc.
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const pageSize = 4096;

/** Resident memory in bytes of a process and all its descendants, from /proc (Linux). */
export function treeRss(rootPid) {
  const children = new Map();
  const rss = new Map();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    let stat;
    try {
      stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
    } catch {
      continue; // the process ended while we looked
    }
    // Fields after the command name, which is in parentheses and may contain spaces.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const pid = Number(entry);
    const ppid = Number(fields[1]);
    rss.set(pid, Number(fields[21]) * pageSize);
    if (!children.has(ppid)) children.set(ppid, []);
    children.get(ppid).push(pid);
  }
  let total = 0;
  const stack = [rootPid];
  while (stack.length > 0) {
    const pid = stack.pop();
    total += rss.get(pid) ?? 0;
    stack.push(...(children.get(pid) ?? []));
  }
  return total;
}

/**
 * The environment of a build: this process's, without NODE_ENV, plus `extra`. Astro chooses its
 * own mode, as under `npm run build`; a NODE_ENV left here by a tool (Vite sets "development")
 * would make it build in development mode, several times slower at scale.
 */
export function buildEnv(env, extra = {}) {
  const { NODE_ENV: _ignored, ...rest } = env;
  return { ...rest, ...extra };
}

/**
 * Builds the site in `root` into `outDir` from a cold content cache. `env` adds variables such
 * as CONTENT_DIR. Resolves to { seconds, peakBytes, log }; rejects with the build's output when
 * it fails.
 */
export function measureBuild({ root, outDir, env = {}, sampleMs = 100 }) {
  // A full build: no content layer cache from an earlier build.
  rmSync(join(root, 'node_modules', '.astro'), { recursive: true, force: true });
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(process.execPath, [join(root, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build', '--outDir', outDir], {
      cwd: root,
      env: buildEnv(process.env, env),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let log = '';
    child.stdout.on('data', (chunk) => (log += chunk));
    child.stderr.on('data', (chunk) => (log += chunk));
    let peakBytes = 0;
    const sample = () => {
      try {
        peakBytes = Math.max(peakBytes, treeRss(child.pid));
      } catch {
        // /proc unreadable: leave the peak as it is
      }
    };
    const timer = setInterval(sample, sampleMs);
    sample();
    child.on('error', (error) => {
      clearInterval(timer);
      reject(error);
    });
    child.on('exit', (code) => {
      clearInterval(timer);
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      if (code === 0) resolve({ seconds, peakBytes, log });
      else reject(new Error(`astro build exited with ${code}:\n${log.slice(-4000)}`));
    });
  });
}
