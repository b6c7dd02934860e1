import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';

export interface OpenOptions extends BrowserContextOptions {
  /** Runs in the page before its own scripts, e.g. to take an API away. */
  initScript?: () => void;
}

/**
 * Opens a page of the built site in a fresh context and records what goes wrong: console
 * errors, page errors, failed requests, HTTP errors and requests to other hosts.
 */
export async function openPage(browser: Browser, siteUrl: string, path: string, options: OpenOptions = {}) {
  const { initScript, ...contextOptions } = options;
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...contextOptions });
  const page = await context.newPage();
  if (initScript) await page.addInitScript(initScript);
  const problems: string[] = [];
  const origin = new URL(siteUrl).origin;
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (new URL(url).origin === origin) return route.continue();
    problems.push(`request to another host: ${url}`);
    return route.abort();
  });
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  // The browser asks for the favicon on its own and drops that request when the page moves on
  // quickly; a missing favicon still shows as an HTTP error below.
  const isFavicon = (url: string) => /\/favicon\.(ico|svg)$/.test(new URL(url).pathname);
  page.on('requestfailed', (request) => {
    if (!isFavicon(request.url())) problems.push(`failed request: ${request.url()}`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  const response = await page.goto(siteUrl + path, { waitUntil: 'load' });
  return { page, context, problems, status: response?.status(), close: () => context.close() };
}

/** axe's WCAG 2.1 A and AA violations, one line each. */
export async function axeViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}
