import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';

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

/**
 * One Chromium for a test file: launched before its tests, closed after them. Fails early and
 * plainly when the site is not built or Chromium is missing. Call the result to get the browser.
 */
export function useBrowser(siteUrl: string | undefined): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    if (!siteUrl) throw new Error('dist/ is missing: run `npm run build` first');
    if (!existsSync(chromiumPath)) throw new Error('Chromium is missing: apt-get install chromium');
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error('the browser is not running yet');
    return browser;
  };
}
