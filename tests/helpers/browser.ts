import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { beforeAll } from 'vitest';

/**
 * The tests' browser: Debian's Chromium in its headless-shell build (package
 * `chromium-headless-shell`), the same engine without the desktop browser around it, which
 * loads and checks a page for about a third less CPU than `chromium --headless`.
 */
export const chromiumPath = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium-headless-shell';

/** The desktop browser, for Lighthouse and the bench: what a reader's Chromium does. */
export const desktopChromiumPath = '/usr/bin/chromium';

/**
 * Flags that keep headless Chromium off the network apart from the pages it is sent to: no host
 * but 127.0.0.1 resolves, so a request elsewhere fails at once and is reported by its tab.
 */
export const chromiumArgs: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
];

/** Headless Chromium (the tests' build unless `executablePath` says otherwise); Playwright gives every launch a fresh, temporary profile. */
export async function launchBrowser(executablePath = chromiumPath): Promise<Browser> {
  return chromium.launch({ executablePath, args: [...chromiumArgs] });
}

/** The worker's Chromium, launched by the first test file that asks for it. */
let shared: Promise<Browser> | undefined;

/**
 * The Chromium of this test worker, shared by the files it runs (they share their modules too,
 * `isolate: false`), so a file does not pay for a launch: tabs and contexts are per test, see
 * `openPage`. It ends with the worker. Fails early and plainly when the site is not built or
 * Chromium is missing. Call the result to get the browser.
 */
export function useBrowser(siteUrl: string | undefined): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    if (!siteUrl) throw new Error('dist/ is missing: run `npm run build` first');
    if (!existsSync(chromiumPath)) throw new Error(`Chromium is missing at ${chromiumPath}: apt-get install chromium-headless-shell`);
    browser = await (shared ??= launchBrowser());
    // A browser that crashed or was closed is replaced, not handed on.
    if (!browser.isConnected()) browser = await (shared = launchBrowser());
  });
  return () => {
    if (!browser) throw new Error('the browser is not running yet');
    return browser;
  };
}
