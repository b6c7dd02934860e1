/**
 * The site built under /kompetenser/ and served there with the headers of its _headers file,
 * as a static host would: every kind of page loads with nothing missing and nothing refused by
 * the Content-Security-Policy, and its scripts run.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { serveBaseBuild, testBase } from '../helpers/base-build';
import { useBrowser } from '../helpers/browser';
import { openPage } from '../helpers/open-page';

const browser = useBrowser(inject('siteUrl'));
let server: { url: string; close: () => Promise<void> };

beforeAll(async () => {
  server = await serveBaseBuild();
});

afterAll(async () => {
  await server?.close();
});

/** Collects Content-Security-Policy violations from the moment the page starts. */
async function watchPolicy(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const found: string[] = [];
    (window as unknown as { policyViolations: string[] }).policyViolations = found;
    document.addEventListener('securitypolicyviolation', (event) => found.push(`${event.violatedDirective}: ${event.blockedURI}`));
  });
  return () => page.evaluate(() => (window as unknown as { policyViolations: string[] }).policyViolations);
}

const pages = [
  '',
  'en/',
  'kontorstjanster/',
  'kontorstjanster/handlaggare/',
  'en/kontorstjanster/handlaggare/2/',
  'kontorstjanster/handlaggare/jamfor/1-2/',
  'krav-i-overblick/',
  'en/sjalvskattning/',
];

describe(`the site under ${testBase}, with its hosting headers`, () => {
  it('is served under the base path', () => {
    expect(new URL(server.url).pathname).toBe(testBase);
  });

  for (const path of pages) {
    it(`/${path} loads everything from under ${testBase}, within the policy`, async () => {
      const { page, problems, close } = await openPage(browser(), server.url, '');
      const requests: string[] = [];
      page.on('request', (request) => requests.push(new URL(request.url()).pathname));
      const violations = await watchPolicy(page);
      const response = await page.goto(server.url + path, { waitUntil: 'load' });
      expect(response?.status()).toBe(200);
      const headers = response!.headers();
      expect(headers['content-security-policy']).toMatch(/^default-src 'self'/);
      expect(headers['x-content-type-options']).toBe('nosniff');
      expect(requests.length).toBeGreaterThan(1);
      for (const request of requests) expect(request.startsWith(testBase), request).toBe(true);
      expect(await violations()).toEqual([]);
      expect(problems).toEqual([]);
      await close();
    });
  }

  it('hashed assets are cached for a year; pages are not', async () => {
    const { page, close } = await openPage(browser(), server.url, 'krav-i-overblick/');
    const script = await page.locator('script[src]').first().getAttribute('src');
    expect(script).toMatch(new RegExp(`^${testBase}_astro/`));
    const asset = await page.request.get(new URL(script!, server.url).href);
    expect(asset.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
    const html = await page.request.get(`${server.url}krav-i-overblick/`);
    expect(html.headers()['cache-control']).toBeUndefined();
    await close();
  });

  it('the matrix script runs: sorting works under the base path and the policy', async () => {
    const { page, problems, close } = await openPage(browser(), server.url, 'krav-i-overblick/');
    await page.locator('th[data-column="english"] button').click();
    await page.locator('th[data-column="english"] button').click();
    expect(await page.locator('th[data-column="english"]').getAttribute('aria-sort')).toBe('descending');
    const first = await page.locator('tbody:not([hidden]) tr[data-level-id]').first().getAttribute('data-level-id');
    expect(first).toBe('kontorstjanster/receptionist/1');
    expect(problems).toEqual([]);
    await close();
  });
});
