import type { AstroIntegration } from 'astro';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { forwardingTarget } from '../lib/site/forwarding';

/**
 * Knows where the build writes its pages, so that the sitemap can leave out the pages that only
 * forward to another address (a single-level role's address, see src/lib/site/forwarding.ts).
 * Put the integration before the sitemap's and pass `forwards` to its `filter`.
 */
export function forwardingPages(): { integration: AstroIntegration; forwards: (url: string) => boolean } {
  let outDir: string | undefined;
  let base = '/';
  const integration: AstroIntegration = {
    name: 'forwarding-pages',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
    },
  };
  /** Whether the built page at this absolute URL only forwards elsewhere. */
  const forwards = (url: string): boolean => {
    if (outDir === undefined) return false;
    const path = decodeURIComponent(new URL(url).pathname);
    const inside = path.startsWith(base) ? path.slice(base.length) : path.replace(/^\//, '');
    const file = join(outDir, inside, 'index.html');
    return existsSync(file) && forwardingTarget(readFileSync(file, 'utf8')) !== undefined;
  };
  return { integration, forwards };
}
