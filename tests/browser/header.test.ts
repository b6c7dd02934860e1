/**
 * The header on small screens: the menu folds behind a "Meny" button (a native <details>, so it
 * opens without a script) and the header stays short; on wide screens the menu is always shown.
 */
import { describe, expect, inject, it } from 'vitest';
import { useBrowser } from '../helpers/browser';
import { openPage, type OpenOptions } from '../helpers/open-page';

const siteUrl = inject('siteUrl');
const browser = useBrowser(siteUrl);
const open = (path: string, options: OpenOptions = {}) => openPage(browser(), siteUrl, path, options);

/** Header height in CSS pixels; before the change it was about 230 at 320 px and 165 at 375 px. */
const maxHeight = { 320: 140, 375: 120 } as const;

describe('header on small screens', () => {
  for (const width of [320, 375] as const) {
    for (const [path, menu, firstLink] of [
      ['kontorstjanster/administrator/1/', 'Meny', 'Roller'],
      ['en/kontorstjanster/administrator/1/', 'Menu', 'Roles'],
      ['sok/', 'Meny', 'Roller'],
    ] as const) {
      it(`${width} px, /${path}: the header is at most ${maxHeight[width]} px tall and its menu opens from "${menu}"`, async () => {
        const { page, problems, close } = await open(path, { viewport: { width, height: 700 } });
        const header = page.locator('.site-header');
        expect((await header.boundingBox())!.height).toBeLessThanOrEqual(maxHeight[width]);
        const link = page.getByRole('navigation', { name: /Huvudmeny|Main menu/ }).getByRole('link', { name: firstLink, exact: true });
        await expect.poll(() => link.isVisible()).toBe(false);
        const button = page.locator('.site-menu > summary');
        expect(await button.textContent()).toBe(menu);
        await button.click();
        await expect.poll(() => link.isVisible()).toBe(true);
        expect(await page.locator('.site-menu').getAttribute('open')).toBe('');
        // The open menu pushes the page down rather than covering it.
        const nav = (await page.locator('.main-nav').boundingBox())!;
        expect(nav.y + nav.height).toBeLessThanOrEqual((await header.boundingBox())!.y + (await header.boundingBox())!.height);
        await button.click();
        await expect.poll(() => link.isVisible()).toBe(false);
        expect(problems).toEqual([]);
        await close();
      });
    }
  }

  it('opens without JavaScript too', async () => {
    const { page, close } = await open('kontorstjanster/', { viewport: { width: 320, height: 700 }, javaScriptEnabled: false });
    await page.locator('.site-menu > summary').click();
    expect(await page.getByRole('link', { name: 'Roller', exact: true }).first().isVisible()).toBe(true);
    await close();
  });
});

describe('header on wide screens', () => {
  it('shows the menu without a button, on a row under the site name', async () => {
    const { page, close } = await open('kontorstjanster/administrator/1/', { viewport: { width: 1280, height: 800 } });
    expect(await page.locator('.site-menu > summary').isVisible()).toBe(false);
    const links = page.locator('.main-nav a');
    expect(await links.count()).toBeGreaterThanOrEqual(4);
    for (const link of await links.all()) expect(await link.isVisible()).toBe(true);
    // Reachable by keyboard although its <details> is closed.
    await links.first().focus();
    expect(await links.first().evaluate((el) => el === document.activeElement)).toBe(true);
    expect((await page.locator('.site-header').boundingBox())!.height).toBeLessThanOrEqual(110);
    await close();
  });
});
