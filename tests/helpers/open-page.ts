import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { RunOptions } from 'axe-core';
import type { Browser, BrowserContext, BrowserContextOptions, Page, Request } from 'playwright-core';

export interface OpenOptions extends BrowserContextOptions {
  /** Runs in the page before its own scripts, e.g. to take an API away. */
  initScript?: () => void;
}

interface Tab {
  readonly context: BrowserContext;
  readonly page: Page;
  busy: boolean;
}

/** Tabs kept open between tests, by browser and by the options they were opened with. */
const tabs = new WeakMap<Browser, Map<string, Tab[]>>();

const keyOf = (options: OpenOptions) => JSON.stringify(options, (_key, value: unknown) => (typeof value === 'function' ? String(value) : value));

/** A free tab opened with these options, or a new one in a context of its own. */
async function takeTab(browser: Browser, options: OpenOptions): Promise<Tab> {
  let byKey = tabs.get(browser);
  if (!byKey) tabs.set(browser, (byKey = new Map()));
  const key = keyOf(options);
  const list = byKey.get(key) ?? [];
  byKey.set(key, list);
  const free = list.find((tab) => !tab.busy && !tab.page.isClosed());
  if (free) {
    free.busy = true;
    return free;
  }
  const { initScript, ...contextOptions } = options;
  const context = await browser.newContext({ viewport, ...contextOptions });
  if (initScript) await context.addInitScript(initScript);
  const tab: Tab = { context, page: await context.newPage(), busy: true };
  list.push(tab);
  return tab;
}

/** Leaves the page and forgets what the test did: listeners, routes, storage, permissions. */
async function releaseTab(tab: Tab, options: OpenOptions): Promise<void> {
  const { page, context } = tab;
  if (page.isClosed()) return;
  await page.evaluate(() => {
    localStorage.clear();
    sessionStorage.clear();
  }).catch(() => undefined);
  await page.goto('about:blank');
  page.removeAllListeners();
  await page.unrouteAll({ behavior: 'ignoreErrors' });
  await context.clearCookies();
  await context.clearPermissions();
  await page.setViewportSize(options.viewport ?? viewport);
  await page.emulateMedia({ media: null, colorScheme: options.colorScheme ?? 'light' });
  tab.busy = false;
}

const viewport = { width: 1280, height: 900 };

/**
 * Opens a page of the built site and records what goes wrong: console errors, page errors,
 * failed requests, HTTP errors and requests to other hosts; and the requests made after the
 * page had loaded (`later`), for pages that promise to send nothing.
 *
 * Each set of options has its own context, and its tab is used again by the next test that
 * opens a page with the same options, once `close()` has left the page and cleared its
 * storage, cookies and permissions: a new context and renderer for every test cost more than
 * most tests. The tabs close with the browser.
 */
export async function openPage(browser: Browser, siteUrl: string, path: string, options: OpenOptions = {}) {
  const tab = await takeTab(browser, options);
  const { page, context } = tab;
  const problems: string[] = [];
  const origin = new URL(siteUrl).origin;
  // Chromium resolves no other host (`chromiumArgs`), so such a request fails at once.
  page.on('request', (request) => {
    if (isElsewhere(request.url(), origin)) problems.push(`request to another host: ${request.url()}`);
  });
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  // The browser asks for the favicon on its own and drops that request when the page moves on
  // quickly; a missing favicon still shows as an HTTP error below.
  const isFavicon = (url: string) => /\/favicon\.(ico|svg)$/.test(new URL(url).pathname);
  page.on('requestfailed', (request) => {
    if (!isFavicon(request.url()) && !isElsewhere(request.url(), origin)) problems.push(`failed request: ${request.url()}`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  const later: Request[] = [];
  let loaded = false;
  page.on('request', (request) => {
    if (loaded) later.push(request);
  });
  const response = await page.goto(siteUrl + path, { waitUntil: 'load' });
  loaded = true;
  return { page, context, problems, later, status: response?.status(), close: () => releaseTab(tab, options) };
}

/** A request over the network to a host other than the site's: data and blob addresses stay in the page. */
export function isElsewhere(url: string, origin: string): boolean {
  const parsed = new URL(url);
  return (parsed.protocol === 'http:' || parsed.protocol === 'https:') && parsed.origin !== origin;
}

export const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

let axeSource: string | undefined;

/**
 * axe's violations, one line each: WCAG 2.1 A and AA unless `options` says otherwise. axe-core
 * is put into the page once and run there directly: many times faster than
 * a wrapper that sends axe's source with every call and opens an
 * extra page to finish each run. Code sent this way is not subject to the page's CSP.
 */
export async function axeViolations(page: Page, options: RunOptions = { runOnly: { type: 'tag', values: wcagTags } }): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) {
    axeSource ??= readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
    await page.evaluate(axeSource);
  }
  const violations = await page.evaluate(
    async (opts) => (await (window as unknown as AxeWindow).axe.run(document, { ...opts, resultTypes: ['violations'] })).violations,
    options,
  );
  return violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

/**
 * axe on the page as it stands, in light and then in dark colours, leaving it light: one page in
 * one state serves both checks.
 */
export async function axeInBothSchemes(page: Page, options?: RunOptions): Promise<{ light: string[]; dark: string[] }> {
  await page.emulateMedia({ colorScheme: 'light' });
  const light = await axeViolations(page, options);
  await page.emulateMedia({ colorScheme: 'dark' });
  const dark = await axeViolations(page, options);
  await page.emulateMedia({ colorScheme: 'light' });
  return { light, dark };
}

interface AxeWindow {
  axe: { run(context: Document, options: RunOptions): Promise<import('axe-core').AxeResults> };
}
