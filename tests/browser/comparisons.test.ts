/**
 * Comparison pages in Chromium: no axe violation (WCAG 2.1 A and AA) in either language, light
 * or dark, with the folded lists open or closed; marks that do not rely on colour; and no
 * sideways scrolling on a 320 px screen.
 */
import { describe, expect, inject, it } from 'vitest';
import { useBrowser } from '../helpers/browser';
import { axeInBothSchemes, openPage } from '../helpers/open-page';

const siteUrl = inject('siteUrl');
// Personaladministratör 1 → 2 has every kind of change: added, removed, reworded and unchanged.
const pages = [
  { name: 'sv', path: 'kontorstjanster/personaladministrator/jamfor/1-2/' },
  { name: 'en', path: 'en/kontorstjanster/personaladministrator/jamfor/1-2/' },
];


const browser = useBrowser(siteUrl);

async function open(path: string, options: { width?: number; colorScheme?: 'light' | 'dark' } = {}) {
  const opened = await openPage(browser(), siteUrl, path, {
    viewport: { width: options.width ?? 1280, height: 900 },
    colorScheme: options.colorScheme ?? 'light',
  });
  expect(opened.status).toBe(200);
  expect(opened.problems).toEqual([]);
  return opened;
}

describe('comparison pages in a browser', () => {
  for (const { name, path } of pages) {
    it(`${name}, light and dark: no axe violation, folded and unfolded`, async () => {
      const { page, close } = await open(path);
      expect(await page.locator('.diff-item.diff-unchanged details').count()).toBeGreaterThan(0);
      expect(await axeInBothSchemes(page)).toEqual({ light: [], dark: [] });
      await page.locator('details').evaluateAll((all) => all.forEach((details) => ((details as HTMLDetailsElement).open = true)));
      expect(await axeInBothSchemes(page)).toEqual({ light: [], dark: [] });
      await close();
    });

    it(`${name}: added and removed words are underlined and struck through, not only coloured`, async () => {
      const { page, close } = await open(path);
      const lines = async (selector: string) =>
        page.locator(selector).evaluateAll((all) => [...new Set(all.map((el) => getComputedStyle(el).textDecorationLine))]);
      expect(await lines('ins')).toEqual(['underline']);
      expect(await lines('del')).toEqual(['line-through']);
      const signs = await page.locator('.diff-item:not(.diff-unchanged) > .diff-sign').allTextContents();
      expect(new Set(signs)).toEqual(new Set(['+', '−', '±', '↑']));
      // Each change also says what it is in words.
      const tags = await page.locator('.diff-item:not(.diff-unchanged) .diff-tag').count();
      expect(tags).toBe(signs.length);
      await close();
    });

    it(`${name}: unfolds unchanged items with the keyboard`, async () => {
      const { page, close } = await open(path);
      const summary = page.locator('.diff-unchanged summary').first();
      await summary.focus();
      await page.keyboard.press('Enter');
      expect(await page.locator('.diff-unchanged details').first().evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
      expect(await summary.evaluate((el) => getComputedStyle(el).outlineStyle)).not.toBe('none');
      await close();
    });

    it(`${name}: no sideways scrolling at 320 px`, async () => {
      const { page, close } = await open(path, { width: 320 });
      const [scrollWidth, innerWidth] = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
      expect(scrollWidth).toBeLessThanOrEqual(innerWidth);
      await close();
    });
  }
});
