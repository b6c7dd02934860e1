/**
 * Behaviour in Chromium that the every-page checks (every-page.test.ts) do not cover: the 404
 * status and page for a missing address, and the role page's levels side by side on a wide
 * screen, their parts lined up and never overlapping, and stacked on a narrow one.
 */
import { describe, expect, inject, it } from 'vitest';
import { useBrowser } from '../helpers/browser';
import { openPage } from '../helpers/open-page';

const siteUrl = inject('siteUrl');


const browser = useBrowser(siteUrl);

const open = (path: string, { width = 1280 }: { width?: number } = {}) =>
  openPage(browser(), siteUrl, path, { viewport: { width, height: 900 } });

describe('a missing page', () => {
  it('gets the 404 page, with status 404, in both languages, its styles loaded at any depth', async () => {
    const path = 'kontorstjanster/finns-inte/alls/';
    const { page, status, problems, close } = await open(path);
    expect(status).toBe(404);
    // The page's own 404 is the only failing response; its stylesheet loads from the base path.
    expect(problems.filter((p) => !p.includes('status of 404'))).toEqual([`HTTP 404: ${siteUrl}${path}`]);
    expect(await page.evaluate(() => document.styleSheets.length)).toBeGreaterThan(0);
    expect(await page.locator('h1').textContent()).toBe('Sidan finns inte');
    expect(await page.locator('[lang="en"] h2').textContent()).toBe('Page not found');
    await close();
  });
});

describe('layout', () => {
  it('levels sit side by side on a wide screen and stack on a narrow one', async () => {
    for (const [width, sideBySide] of [[1280, true], [375, false]] as const) {
      const { page, close } = await open('kontorstjanster/handlaggare/', { width });
      const tops = await page.locator('.level-column').evaluateAll((els) => els.map((el) => el.getBoundingClientRect().top));
      expect(new Set(tops).size === 1, `width ${width}`).toBe(sideBySide);
      await close();
    }
  });

  it('side by side, the parts of each level column follow each other without overlapping, and line up across levels', async () => {
    const { page, close } = await open('kontorstjanster/handlaggare/', { width: 1280 });
    const columns = await page.locator('.role-levels > .level-column').evaluateAll((els) =>
      els.map((column) => [...column.children].map((child) => ({ top: child.getBoundingClientRect().top, bottom: child.getBoundingClientRect().bottom }))),
    );
    expect(columns).toHaveLength(3);
    for (const parts of columns) {
      for (let i = 1; i < parts.length; i++) expect(parts[i]!.top, `part ${i + 1}`).toBeGreaterThanOrEqual(parts[i - 1]!.bottom - 0.5);
    }
    // Each part starts at the same height in every column: the requirements headings line up.
    for (let i = 0; i < columns[0]!.length; i++) expect(new Set(columns.map((parts) => Math.round(parts[i]!.top))).size, `part ${i + 1}`).toBe(1);
    await close();
  });
});
