import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { headersFor, parseHeadersFile, rebase } from '../../src/lib/hosting-headers';
import { root } from './paths';
import { serveStatic } from './static-server';

/**
 * The second build that `npm test` makes, under a sub-path, as on a project page of a static
 * host: `npm run build:base` builds into dist-base/ with BASE_PATH=/kompetenser/. Tests read it
 * with `baseBuild()` or serve it with `serveBaseBuild()`.
 */
export const testBase = '/kompetenser/';
export const baseDist = join(root, 'dist-base');

export interface BaseBuild {
  /** The folder the site was built into. */
  readonly dir: string;
  /** The path it is served under: "/kompetenser/". */
  readonly base: string;
}

/** The base-path build; a clear error when it has not been made. */
export function baseBuild(): BaseBuild {
  if (!existsSync(join(baseDist, 'index.html'))) {
    throw new Error('dist-base/ is missing: run `npm run build:base` (npm test does it after the normal build)');
  }
  return { dir: baseDist, base: testBase };
}

/**
 * Serves the base-path build under its base path on 127.0.0.1, with the headers of its
 * _headers file moved under the base path, as a host would send them. Close it when done.
 */
export async function serveBaseBuild(): Promise<{ url: string; close: () => Promise<void> }> {
  const { dir, base } = baseBuild();
  const rules = rebase(parseHeadersFile(readFileSync(join(dir, '_headers'), 'utf8')), base);
  return serveStatic(dir, base, (path) => headersFor(rules, path));
}
