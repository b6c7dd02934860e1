/**
 * Every HTML page in dist/, in both languages, loaded in one headless Chromium with a few tabs
 * in parallel: it loads with status 200 and no console or script error, no failed request, no
 * request to another host and no Content-Security-Policy violation; axe finds no WCAG 2.1 A or
 * AA violation (colour rules in light and dark); the first Tab reaches the skip link and every
 * focusable element shows its focus; nothing scrolls sideways at 320 px and links are large
 * enough to tap there.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { forwardingTarget } from '../../src/lib/site/forwarding';
import { useBrowser } from '../helpers/browser';
import { listFiles } from '../helpers/html';
import { CheckTab, type PageReport } from '../helpers/page-check';
import { dist } from '../helpers/paths';
import { pool } from '../helpers/pool';
import { pagePath } from '../helpers/site';

const siteUrl = inject('siteUrl');
const tabs = 4;
/** Paths relative to the site's base, e.g. "en/kontorstjanster/"; the 404 page by its file name. */
// An address that only forwards (a single-level role's) leaves at once for its page, which is
// checked here itself; single-level.test.ts checks the forwarding page on its own.
const paths = existsSync(dist)
  ? listFiles(dist)
      .filter((f) => f.endsWith('.html') && forwardingTarget(readFileSync(join(dist, f), 'utf8')) === undefined)
      .map((f) => pagePath(f, ''))
  : [];

const browser = useBrowser(siteUrl);
let reports: Map<string, Promise<PageReport>>;
let closed: Promise<unknown> | undefined;

beforeAll(async () => {
  const open = await Promise.all(Array.from({ length: tabs }, () => CheckTab.open(browser(), siteUrl)));
  const results = pool(paths, tabs, (path, worker) => open[worker]!.check(siteUrl, path));
  reports = new Map(paths.map((path, i) => [path, results[i]!]));
  closed = Promise.allSettled(results).then(() => Promise.all(open.map((tab) => tab.close())));
});

// The worker's next test files share the browser: leave it without these tabs.
afterAll(async () => {
  await closed;
});

it('checks every page in dist, in both languages', () => {
  expect(paths.length).toBeGreaterThan(4);
  expect(paths).toContain('');
  expect(paths).toContain('en/');
  expect(paths).toContain('404.html');
});

for (const path of paths) {
  // A test waits for its page's turn in the shared tabs as well as for the checks: on a busy
  // machine that can take minutes for the last pages.
  describe(`/${path}`, { timeout: 600_000 }, () => {
    const report = () => reports.get(path)!;

    it('loads cleanly: no error, failed request, other host or CSP violation', async () => {
      const { status, problems } = await report();
      expect(status).toBe(200);
      expect(problems).toEqual([]);
    });

    it('axe: no WCAG 2.1 A/AA violation in light colours, no colour violation in dark', async () => {
      const { axeLight, axeDark } = await report();
      expect({ light: axeLight, dark: axeDark }).toEqual({ light: [], dark: [] });
    });

    it('keyboard: the first Tab reaches the skip link, every focusable element shows focus', async () => {
      const { firstTab, invisibleFocus } = await report();
      expect(firstTab).toBe('a #main');
      expect(invisibleFocus).toEqual([]);
    });

    it('320 px: no sideways scrolling, and targets large enough to tap', async () => {
      const { width320, axeNarrow } = await report();
      expect(width320.scrollWidth).toBeLessThanOrEqual(width320.innerWidth);
      expect(axeNarrow).toEqual([]);
    });
  });
}
