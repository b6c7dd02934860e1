import AxeBuilder from '@axe-core/playwright';
import { chromium, type Browser, type Page } from 'playwright-core';

export const chromiumPath = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

/** Flags that keep headless Chromium off the network apart from the pages it is sent to. */
export const chromiumArgs: readonly string[] = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Headless Chromium; Playwright gives every launch a fresh, temporary profile. */
export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath, args: [...chromiumArgs] });
}

export interface OpenOptions {
  width?: number;
  height?: number;
  colorScheme?: 'light' | 'dark';
  javaScript?: boolean;
}

export interface OpenedPage {
  page: Page;
  /** Console errors, page errors, failed requests, HTTP errors and requests to other hosts. */
  problems: string[];
  status: number | undefined;
  close: () => Promise<void>;
}

/**
 * Opens `siteUrl + path` in a fresh context and records what went wrong while it loads and
 * runs. Requests to any other host are blocked and reported.
 */
export async function openPage(browser: Browser, siteUrl: string, path: string, options: OpenOptions = {}): Promise<OpenedPage> {
  const context = await browser.newContext({
    viewport: { width: options.width ?? 1280, height: options.height ?? 900 },
    colorScheme: options.colorScheme ?? 'light',
    javaScriptEnabled: options.javaScript ?? true,
  });
  const page = await context.newPage();
  const problems: string[] = [];
  const origin = new URL(siteUrl).origin;
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (new URL(url).origin === origin) return route.continue();
    problems.push(`request to another host: ${url}`);
    return route.abort();
  });
  // The browser asks for the favicon on its own, and drops the request when the page moves on.
  const isFavicon = (url: string) => /\/favicon\.(ico|svg)$/.test(new URL(url).pathname);
  page.on('console', (message) => {
    if (message.type() === 'error' && !isFavicon(message.location().url || 'about:blank')) problems.push(`console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('requestfailed', (request) => {
    if (!isFavicon(request.url())) problems.push(`failed request: ${request.url()}`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400 && !isFavicon(response.url())) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  const response = await page.goto(siteUrl + path, { waitUntil: 'load' });
  return { page, problems, status: response?.status(), close: () => context.close() };
}

/** axe's WCAG 2.1 A and AA violations on the page as it is now, one line each. */
export async function axeViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}
