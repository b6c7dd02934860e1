/** The English search finds a level by its official Swedish title, which English pages show. */
import { describe, expect, inject, it } from 'vitest';
import { useBrowser } from '../helpers/browser';
import { openPage } from '../helpers/open-page';

const siteUrl = inject('siteUrl');
const browser = useBrowser(siteUrl);

describe('Swedish titles in the English search', () => {
  for (const [query, path] of [
    ['Handläggare', 'en/kontorstjanster/handlaggare/'],
    ['vaktmästare', 'en/kontorstjanster/vaktmastare/'],
  ] as const) {
    it(`"${query}" on /en/sok/ finds the level pages of ${path}`, async () => {
      const { page, problems, close } = await openPage(browser(), siteUrl, `en/sok/?q=${encodeURIComponent(query)}`);
      await page.waitForFunction((q) => document.querySelector('[data-search]')?.getAttribute('data-rendered-query') === q, query, {
        timeout: 30_000,
      });
      const hrefs = await page.locator('.search-result a[href]').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
      expect(hrefs.some((href) => href.includes(path)), hrefs.join(', ')).toBe(true);
      expect(problems).toEqual([]);
      await close();
    });
  }
});
