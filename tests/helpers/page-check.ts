/**
 * Loads a page of the built site in a Chromium tab and reports what is wrong with it: HTTP
 * errors, console errors, script errors, failed requests, requests to another host and
 * Content-Security-Policy violations; then axe (WCAG 2.1 A and AA) in light and dark colours,
 * keyboard focus, and the width at 320 px.
 */
import { createRequire } from 'node:module';
import type { Browser, BrowserContext, Page, Request } from 'playwright-core';
import { axeViolations as axe, isElsewhere, wcagTags } from './open-page';

export { wcagTags };

/** axe-core goes into every page of the tab as an init script, ready for `axeViolations`. */
const axeSource = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/** The rules that depend on colours: run again in dark mode. */
export const colourRules = ['color-contrast', 'link-in-text-block'];

/**
 * Target size (WCAG 2.2, 2.5.8) on a 320 px screen, where links wrap and crowd most. Not in the
 * 2.1 tags, but Lighthouse counts it and small targets are hard to tap.
 */
export const narrowRules = ['target-size'];

export interface PageReport {
  readonly path: string;
  readonly status: number | undefined;
  /** Console errors, page errors, failed requests, HTTP errors, other hosts, CSP violations. */
  readonly problems: readonly string[];
  readonly axeLight: readonly string[];
  readonly axeDark: readonly string[];
  readonly axeNarrow: readonly string[];
  /** What the first Tab press focuses: should be the skip link. */
  readonly firstTab: string | undefined;
  /** Focusable elements that show no outline or shadow when focused by keyboard. */
  readonly invisibleFocus: readonly string[];
  readonly width320: { readonly scrollWidth: number; readonly innerWidth: number };
}

declare global {
  interface Window {
    reportCspViolation?: (text: string) => void;
  }
}

/** One reusable tab: listeners are attached once, problems are collected per visit. */
export class CheckTab {
  private problems: string[] = [];
  private readonly inflight = new Set<Request>();
  /** When a request last started or ended. */
  private lastActivity = 0;

  private constructor(
    private readonly context: BrowserContext,
    private readonly page: Page,
    private readonly origin: string,
  ) {}

  static async open(browser: Browser, siteUrl: string): Promise<CheckTab> {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, colorScheme: 'light' });
    const page = await context.newPage();
    const tab = new CheckTab(context, page, new URL(siteUrl).origin);
    await context.exposeFunction('reportCspViolation', (text: string) => tab.problems.push(`CSP violation: ${text}`));
    await context.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        window.reportCspViolation?.(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline code'} (${event.sourceFile || 'page'}:${event.lineNumber})`);
      });
    });
    await context.addInitScript({ path: axeSource });
    page.on('console', (message) => {
      if (message.type() === 'error') tab.problems.push(`console error: ${message.text()}`);
    });
    page.on('pageerror', (error) => tab.problems.push(`page error: ${error.message}`));
    page.on('request', (request) => {
      // Chromium resolves no other host (`chromiumArgs`), so such a request fails at once.
      if (isElsewhere(request.url(), tab.origin)) tab.problems.push(`request to another host: ${request.url()}`);
      tab.inflight.add(request);
      tab.lastActivity = Date.now();
    });
    page.on('requestfinished', (request) => {
      tab.inflight.delete(request);
      tab.lastActivity = Date.now();
    });
    page.on('requestfailed', (request) => {
      tab.inflight.delete(request);
      tab.lastActivity = Date.now();
      // Requests to other hosts are reported as such when they start.
      if (!isElsewhere(request.url(), tab.origin)) tab.problems.push(`failed request: ${request.url()} (${request.failure()?.errorText})`);
    });
    page.on('response', (response) => {
      if (response.status() >= 400) tab.problems.push(`HTTP ${response.status()}: ${response.url()}`);
    });
    return tab;
  }

  /** `afterLoad` lets a test do something to the page before it is checked. */
  async check(siteUrl: string, path: string, afterLoad?: (page: Page) => Promise<void>): Promise<PageReport> {
    const page = this.page;
    // Leave the last page first: a request it still had running (the search index loading in
    // the background, say) is cut off by leaving, which is no fault of the next page.
    await page.goto('about:blank');
    this.problems = [];
    this.inflight.clear();
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.emulateMedia({ colorScheme: 'light' });
    const response = await page.goto(new URL(path, siteUrl).href, { waitUntil: 'load' });
    await afterLoad?.(page);
    const axeLight = await axe(page, { runOnly: { type: 'tag', values: wcagTags } });
    await page.emulateMedia({ colorScheme: 'dark' });
    const axeDark = await axe(page, { runOnly: { type: 'rule', values: colourRules } });
    await page.emulateMedia({ colorScheme: 'light' });

    await page.keyboard.press('Tab');
    const firstTab = await page.evaluate(() => {
      const el = document.activeElement;
      return el && el !== document.body ? `${el.tagName.toLowerCase()} ${el.getAttribute('href') ?? ''}`.trim() : undefined;
    });
    const invisibleFocus = await page.evaluate(() => {
      const selector = 'a[href], area[href], button, input:not([type="hidden"]), select, textarea, summary, [tabindex]:not([tabindex="-1"])';
      const bad: string[] = [];
      for (const el of Array.from(document.querySelectorAll<HTMLElement>(selector))) {
        if (el.closest('[hidden], [inert]') || el.getClientRects().length === 0) continue;
        el.focus();
        if (document.activeElement !== el) continue;
        const style = getComputedStyle(el);
        const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
        if (!outline && style.boxShadow === 'none') bad.push(el.outerHTML.slice(0, 120));
      }
      (document.activeElement as HTMLElement | null)?.blur();
      return bad;
    });

    // Focusing a search box may start loading the index: let that finish before moving on,
    // or leaving the page would cut it off and look like a failed request.
    await this.settle();

    await page.setViewportSize({ width: 320, height: 800 });
    const width320 = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth }));
    const axeNarrow = await axe(page, { runOnly: { type: 'rule', values: narrowRules } });
    await this.settle();

    return { path, status: response?.status(), problems: [...this.problems], axeLight, axeDark, axeNarrow, firstTab, invisibleFocus, width320 };
  }

  /**
   * Waits until no request has started or ended for `quietMs` (at most `timeoutMs`): a script
   * may start its next request a moment after the last one finished. A page that has been
   * quiet that long already (the usual case, after axe has run) is not kept waiting.
   */
  private async settle(timeoutMs = 10_000, quietMs = 300): Promise<void> {
    const end = Date.now() + timeoutMs;
    while (Date.now() < end) {
      if (this.inflight.size === 0 && Date.now() - this.lastActivity >= quietMs) break;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    if (this.inflight.size > 0) this.problems.push(`requests still running after ${timeoutMs / 1000} s: ${[...this.inflight].map((r) => r.url()).join(', ')}`);
  }

  async close(): Promise<void> {
    await this.context.close();
  }
}
