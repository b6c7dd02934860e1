/**
 * The requirements matrix in Chromium: sorting and filtering by keyboard, the requirement text
 * behind each cell, no axe violation in either language, light or dark, sorted and filtered;
 * usable at 320 px and complete without JavaScript. And the role-page chart in dark colours.
 */
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { useBrowser } from '../helpers/browser';
import { axeViolations, openPage, type OpenOptions } from '../helpers/open-page';

const siteUrl = inject('siteUrl');
const matrix = { sv: 'krav-i-overblick/', en: 'en/krav-i-overblick/' };


const browser = useBrowser(siteUrl);

const open = (path: string, options?: OpenOptions) => openPage(browser(), siteUrl, path, options);

/** Presses Tab until the element matching `selector` has focus, as a keyboard user would. */
async function tabTo(page: Page, selector: string, { backwards = false, limit = 80 } = {}): Promise<void> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
  }
  throw new Error(`Tab never reached ${selector}`);
}

/** The visible rows: level id and each column's sort key. */
function visibleRows(page: Page) {
  return page.locator('.matrix-table tbody tr[data-level-id]').evaluateAll((rows) =>
    rows
      .filter((row) => !(row as HTMLElement).hidden && (row.parentElement as HTMLElement).hidden === false)
      .map((row) => ({
        id: row.getAttribute('data-level-id')!,
        keys: Object.fromEntries(
          [...row.querySelectorAll('td[data-column]')].map((td) => [td.getAttribute('data-column'), Number(td.getAttribute('data-sort'))]),
        ),
      })),
  );
}

const status = (page: Page) => page.locator('[data-matrix-status]').textContent();
const ariaSort = (page: Page, column: string) => page.locator(`thead th[data-column="${column}"]`).getAttribute('aria-sort');

describe('sorting by keyboard', () => {
  it('sorts by years of experience, least then most first, and back to role order', async () => {
    const { page, problems, close } = await open(matrix.sv);
    expect(await ariaSort(page, 'level')).toBe('ascending');
    const initial = (await visibleRows(page)).map((r) => r.id);
    expect(initial).toHaveLength(25);

    await tabTo(page, 'th[data-column="experience"] button');
    await page.keyboard.press('Enter');
    expect(await ariaSort(page, 'experience')).toBe('ascending');
    expect(await ariaSort(page, 'level')).toBeNull();
    let keys = (await visibleRows(page)).map((r) => r.keys['experience']!);
    expect(keys).toEqual([...keys].sort((a, b) => a - b));
    expect(await status(page)).toContain('Sorterad efter Erfarenhet, år, minst först.');

    await page.keyboard.press('Space');
    expect(await ariaSort(page, 'experience')).toBe('descending');
    const rows = await visibleRows(page);
    keys = rows.map((r) => r.keys['experience']!);
    expect(keys).toEqual([...keys].sort((a, b) => b - a));
    expect(rows[0]?.keys['experience']).toBe(3);
    expect(rows.map((r) => r.id)).toContain('kontorstjanster/handlaggare/3');
    expect(await status(page)).toContain('mest först');
    // Focus stays on the header, so the reader can sort again at once.
    expect(await page.evaluate(() => document.activeElement?.closest('th')?.getAttribute('data-column'))).toBe('experience');

    await tabTo(page, 'th[data-column="level"] button', { backwards: true });
    await page.keyboard.press('Enter');
    expect(await ariaSort(page, 'level')).toBe('ascending');
    expect((await visibleRows(page)).map((r) => r.id)).toEqual(initial);
    // Back in role order, the rows are in their role groups again.
    expect(await page.locator('tbody[data-role-id="kontorstjanster/handlaggare"] tr').count()).toBe(3);
    expect(problems).toEqual([]);
    await close();
  });
});

describe('filtering by keyboard', () => {
  it('only levels that need English, then no education required, then all again', async () => {
    const { page, problems, close } = await open(matrix.en);
    await tabTo(page, 'input[name="needs"][value="english"]');
    await page.keyboard.press('Space');
    expect((await visibleRows(page)).map((r) => r.id)).toEqual(['kontorstjanster/receptionist/1', 'kontorstjanster/vaxeltelefonist/1']);
    expect(await status(page)).toBe('Showing 2 of 25 levels.');

    await page.keyboard.press('Space');
    expect(await visibleRows(page)).toHaveLength(25);

    await page.locator('#matrix-education').focus();
    await page.keyboard.press('ArrowDown');
    expect(await page.locator('#matrix-education').inputValue()).toBe('none');
    expect((await visibleRows(page)).map((r) => r.id).sort()).toEqual([
      'kontorstjanster/arkivarie/1',
      'kontorstjanster/registrator/1',
      'kontorstjanster/vaktmastare/1',
      'kontorstjanster/vaktmastare/2',
    ]);

    await tabTo(page, 'input[name="needs"][value="drivingLicence"]');
    await page.keyboard.press('Space');
    expect((await visibleRows(page)).map((r) => r.id)).toEqual(['kontorstjanster/vaktmastare/2']);
    await page.locator('input[name="needs"][value="publicSector"]').focus();
    await page.keyboard.press('Space');
    expect(await visibleRows(page)).toEqual([]);
    expect(await status(page)).toBe('Showing 0 of 25 levels. No level meets all your choices.');

    await tabTo(page, 'button[type="reset"]');
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await visibleRows(page)).length).toBe(25);
    expect(await status(page)).toBe('Showing 25 of 25 levels.');
    expect(problems).toEqual([]);
    await close();
  });

  it('filters and sorts together: sorted by education, only levels that need systems', async () => {
    const { page, close } = await open(matrix.sv);
    await page.locator('input[name="needs"][value="systems"]').check();
    await page.locator('th[data-column="education"] button').click();
    await page.locator('th[data-column="education"] button').click();
    const rows = await visibleRows(page);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.length).toBeLessThan(25);
    const keys = rows.map((r) => r.keys['education']!);
    expect(keys).toEqual([...keys].sort((a, b) => b - a));
    expect(rows.map((r) => r.id)).not.toContain('kontorstjanster/administrator/1');
    await close();
  });
});

describe('the requirement behind a cell', () => {
  it('opens by keyboard and shows the whole requirement', async () => {
    const { page, close } = await open(matrix.sv);
    const cell = page.locator('tr[data-level-id="kontorstjanster/jurist/1"] td[data-column="education"]');
    await expect.poll(() => cell.locator('.matrix-source').isVisible(), { timeout: 5000 }).toBe(false);
    await cell.locator('summary').focus();
    await page.keyboard.press('Enter');
    expect(await cell.locator('.matrix-source').isVisible()).toBe(true);
    expect(await cell.locator('.matrix-source').textContent()).toContain('jur kand., juristexamen eller likvärdig utbildning.');
    expect(await cell.locator('summary').textContent()).toBe('Högskola (juristexamen)');
    await close();
  });
});

describe('accessibility (axe, WCAG 2.1 A and AA)', () => {
  // The table as built, once per language; sorted, filtered and with a cell open, in every
  // language and colour scheme.
  const asBuilt = { sv: 'light', en: 'dark' } as const;
  for (const lang of ['sv', 'en'] as const) {
    for (const colorScheme of ['light', 'dark'] as const) {
      const checkBuilt = asBuilt[lang] === colorScheme;
      it(`${lang}, ${colorScheme}: ${checkBuilt ? 'as built, then ' : ''}sorted, filtered and with a cell open`, async () => {
        const { page, problems, close } = await open(matrix[lang], { colorScheme });
        if (checkBuilt) expect(await axeViolations(page)).toEqual([]);
        await page.locator('th[data-column="msOffice"] button').click();
        await page.locator('#matrix-education').selectOption('upper-secondary');
        await page.locator('input[name="needs"][value="systems"]').check();
        await page.locator('tr:not([hidden]) td[data-column="systems"] summary').first().click();
        expect(await ariaSort(page, 'msOffice')).toBe('ascending');
        expect(await visibleRows(page)).not.toHaveLength(25);
        expect(await axeViolations(page)).toEqual([]);
        expect(problems).toEqual([]);
        await close();
      });
    }
  }
});

describe('small screens and no JavaScript', () => {
  it('at 320 px the page does not scroll sideways; the table scrolls in its own region, also by keyboard', async () => {
    const { page, close } = await open(matrix.sv, { viewport: { width: 320, height: 900 } });
    const [scrollWidth, innerWidth] = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
    expect(scrollWidth).toBeLessThanOrEqual(innerWidth);
    const region = page.locator('.table-scroll');
    expect(await region.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
    await tabTo(page, '.table-scroll');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => region.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
    expect(await page.locator('.matrix-scroll-hint').isVisible()).toBe(true);
    // The row headers stay in view while the cells scroll.
    const header = page.locator('tr[data-level-id="kontorstjanster/jurist/1"] th');
    await region.evaluate((el) => (el.scrollLeft = 400));
    expect((await header.boundingBox())!.x).toBeGreaterThanOrEqual(0);
    await close();
  });

  it('without JavaScript every row is there, the controls are hidden and cells still open', async () => {
    const { page, close } = await open(matrix.en, { javaScriptEnabled: false });
    expect(await page.locator('form[data-matrix-controls]').isVisible()).toBe(false);
    expect(await page.locator('.matrix-table tbody tr[data-level-id]:visible').count()).toBe(25);
    expect(await page.locator('thead th button').count()).toBe(0);
    const cell = page.locator('tr[data-level-id="kontorstjanster/receptionist/1"] td[data-column="english"]');
    await cell.locator('summary').click();
    expect(await cell.locator('.matrix-source').isVisible()).toBe(true);
    await close();
  });
});

describe('the chart on a role page', () => {
  it('is drawn in the page colours, readable in dark mode, and fits 320 px', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const { page, problems, close } = await open('kontorstjanster/handlaggare/', { colorScheme, viewport: { width: 320, height: 900 } });
      const colours = await page.evaluate(() => {
        const style = (selector: string) => getComputedStyle(document.querySelector(selector)!);
        return {
          bar: style('.chart-bar').fill,
          text: style('.chart-svg text').fill,
          body: style('body').color,
          background: style('body').backgroundColor,
        };
      });
      expect(colours.text).toBe(colours.body);
      expect(colours.bar).not.toBe(colours.background);
      const svg = await page.locator('.chart-svg').first().boundingBox();
      expect(svg!.x + svg!.width).toBeLessThanOrEqual(320);
      expect(await page.locator('.chart-bar').count()).toBeGreaterThan(0);
      expect(problems).toEqual([]);
      await close();
    }
  });
});
