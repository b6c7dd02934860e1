/**
 * The requirements matrix in Chromium: sorting and filtering by keyboard, the caption that says
 * how many levels show, the requirement text behind each cell, no axe violation in either
 * language, light or dark, sorted and filtered; at 1280 px the table fits and its header row
 * stays in view, where it is wider than its box the scroll hint shows, and at 320 px each level
 * is a card; complete without JavaScript. And the role-page chart in dark colours.
 */
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { useBrowser } from '../helpers/browser';
import { axeInBothSchemes, axeViolations, openPage, type OpenOptions } from '../helpers/open-page';

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
          (row.getAttribute('data-sort-keys') ?? '').split(' ').map((pair) => [pair.split(':')[0], Number(pair.split(':')[1])]),
        ),
      })),
  );
}

const status = (page: Page) => page.locator('[data-matrix-status]').textContent();
const caption = (page: Page) => page.locator('[data-matrix-caption]').textContent();
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
    expect(await status(page)).toContain('Sorterad efter Erfarenhet, minst först.');
    expect(await caption(page)).toBe('Kompetenskrav för alla 25 nivåer, sorterade efter Erfarenhet, minst först');

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
    expect(await caption(page)).toBe('Kompetenskrav för alla 25 nivåer, roll för roll');
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
    expect(await caption(page)).toBe('Requirements of 2 of 25 levels, role by role');

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
    expect(await caption(page)).toBe('Requirements of all 25 levels, role by role');
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
  it('a cell of alternatives opens to the requirement that gives them', async () => {
    const { page, close } = await open(matrix.sv);
    const cell = page.locator('tr[data-level-id="kontorstjanster/ekonomiassistent/2"] td[data-column="education experience"]');
    expect(await cell.getAttribute('colspan')).toBe('2');
    await cell.locator('summary').click();
    expect(await cell.locator('.matrix-source').textContent()).toContain('Alternativt, gymnasium eller likvärdig utbildning samt fem (5) års');
    await close();
  });

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
    it(`${lang}: as built in ${asBuilt[lang]} colours, then sorted, filtered and with a cell open in light and dark`, async () => {
      const { page, problems, close } = await open(matrix[lang]);
      await page.emulateMedia({ colorScheme: asBuilt[lang] });
      expect(await axeViolations(page)).toEqual([]);
      await page.emulateMedia({ colorScheme: 'light' });
      await page.locator('th[data-column="msOffice"] button').click();
      await page.locator('#matrix-education').selectOption('upper-secondary');
      await page.locator('input[name="needs"][value="systems"]').check();
      await page.locator('tr:not([hidden]) td[data-column="systems"] summary').first().click();
      expect(await ariaSort(page, 'msOffice')).toBe('ascending');
      expect(await visibleRows(page)).not.toHaveLength(25);
      expect(await axeInBothSchemes(page)).toEqual({ light: [], dark: [] });
      expect(problems).toEqual([]);
      await close();
    });
  }
});

/** How the table sits in its box: does it overflow, is the hint shown, what the widget measured. */
function layout(page: Page) {
  return page.evaluate(() => {
    const box = document.querySelector<HTMLElement>('.table-scroll')!;
    const hint = document.querySelector<HTMLElement>('.matrix-scroll-hint')!;
    return {
      overflows: box.scrollWidth > box.clientWidth + 1,
      hint: hint.getClientRects().length > 0 && getComputedStyle(hint).visibility !== 'hidden',
      measured: document.querySelector<HTMLElement>('kk-requirement-matrix')!.dataset['overflow'],
      pageScrolls: document.documentElement.scrollWidth > window.innerWidth,
    };
  });
}

/** The top of the header row and of the window or box it should stick to. */
async function headerTop(page: Page, column = 'experience'): Promise<number> {
  return (await page.locator(`thead th[data-column="${column}"]`).boundingBox())!.y;
}

describe('fits or shows its hint, and the header row stays in view', () => {
  it('at 1280 px the table fits: no hint, no scrolling box, and the header row sticks to the window', async () => {
    const { page, problems, close } = await open(matrix.sv);
    await expect.poll(() => layout(page)).toEqual({ overflows: false, hint: false, measured: 'no', pageScrolls: false });
    // Every cell's words fit their cell.
    expect(await page.locator('.matrix-table td, .matrix-table th').evaluateAll((cells) => cells.filter((c) => c.scrollWidth > c.clientWidth + 1).length)).toBe(0);
    await page.locator('tr[data-level-id="kontorstjanster/vaktmastare/2"]').scrollIntoViewIfNeeded();
    await page.evaluate(() => window.scrollBy(0, 200));
    const top = await headerTop(page);
    expect(top).toBeGreaterThanOrEqual(0);
    expect(top).toBeLessThan(2);
    // What it covers is the rows scrolling under it, not the other way round.
    expect(await page.evaluate(() => {
      const th = document.querySelector('thead th[data-column="experience"]')!.getBoundingClientRect();
      return document.elementFromPoint(th.x + th.width / 2, th.y + th.height / 2)?.closest('thead') !== null;
    })).toBe(true);
    expect(problems).toEqual([]);
    await close();
  });

  it('where the table is wider than its box (900 px), the hint shows and the box scrolls both ways with its header row in view', async () => {
    const { page, close } = await open(matrix.en, { viewport: { width: 900, height: 800 } });
    await expect.poll(() => layout(page)).toEqual({ overflows: true, hint: true, measured: 'yes', pageScrolls: false });
    const box = page.locator('.table-scroll');
    await tabTo(page, '.table-scroll');
    // Keyboard scrolling is animated, and on a busy machine a key pressed while the box is still
    // moving can be lost: press again until it moves.
    const scrollBy = async (key: string, position: (el: Element) => number) =>
      expect
        .poll(
          async () => {
            await page.keyboard.press(key);
            return box.evaluate(position);
          },
          { timeout: 10_000 },
        )
        .toBeGreaterThan(0);
    await scrollBy('ArrowRight', (el) => el.scrollLeft);
    const pageScroll = await page.evaluate(() => window.scrollY);
    await scrollBy('ArrowDown', (el) => el.scrollTop);
    expect(await page.evaluate(() => window.scrollY), 'the page stays put while the box scrolls').toBe(pageScroll);
    await box.evaluate((el) => {
      el.scrollTop = 900;
      el.scrollLeft = 300;
    });
    const boxTop = (await box.boundingBox())!.y;
    expect(Math.abs((await headerTop(page, 'english')) - boxTop)).toBeLessThan(2);
    // The level column stays at the left edge while the cells scroll under it.
    const rowHeader = page.locator('tr[data-level-id="kontorstjanster/vaktmastare/2"] th');
    expect(Math.abs((await rowHeader.boundingBox())!.x - (await box.boundingBox())!.x)).toBeLessThan(2);
    await close();
  });

  it('the hint follows the window: gone when it is widened to fit, back when it is narrowed', async () => {
    const { page, close } = await open(matrix.sv, { viewport: { width: 1000, height: 800 } });
    await expect.poll(() => layout(page)).toMatchObject({ overflows: true, hint: true });
    await page.setViewportSize({ width: 1280, height: 800 });
    await expect.poll(() => layout(page)).toMatchObject({ overflows: false, hint: false });
    await page.setViewportSize({ width: 700, height: 800 });
    await expect.poll(() => layout(page)).toMatchObject({ overflows: true, hint: true });
    await close();
  });
});

describe('small screens and no JavaScript', () => {
  it('at 320 px each level is a card of label and value lines; nothing scrolls sideways and no hint shows', async () => {
    const { page, problems, close } = await open(matrix.sv, { viewport: { width: 320, height: 900 } });
    await expect.poll(() => layout(page)).toEqual({ overflows: false, hint: false, measured: 'no', pageScrolls: false });
    expect(await page.locator('.matrix-table thead').isVisible()).toBe(false);
    const card = page.locator('tr[data-level-id="kontorstjanster/arkivarie/1"]');
    const box = (await card.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(320);
    // One line per requirement: a label, and its value beside it.
    const lines = await card.locator('td').evaluateAll((cells) =>
      cells
        .filter((td) => td.getClientRects().length > 0)
        .map((td) => {
          const label = td.querySelector('.matrix-label')!.getBoundingClientRect();
          const value = td.querySelector('.matrix-value')!.getBoundingClientRect();
          return { label: td.querySelector('.matrix-label')!.textContent!.trim(), beside: value.left >= label.right && value.top < label.bottom };
        }),
    );
    expect(lines.map((line) => line.label)).toEqual([
      'Utbildning och erfarenhet',
      'MS Office',
      'System och andra kunskaper',
      'Offentlig verksamhet',
      'Kännedom om lagar',
    ]);
    expect(lines.every((line) => line.beside)).toBe(true);
    expect(await card.locator('td[data-column="education experience"] .matrix-option').allTextContents()).toEqual([
      'A: Högskola och 1 år i liknande arbete, eller ',
      'B: 3 år som arkivarie',
    ]);
    // A card says "no requirement" in words where it shows education or experience with none.
    const none = page.locator('tr[data-level-id="kontorstjanster/assistent/1"] td[data-column="experience"]');
    expect(await none.innerText()).toMatch(/^Erfarenhet\s+Inget krav$/);
    // The filters work on the cards too.
    await page.locator('input[name="needs"][value="english"]').check();
    expect(await page.locator('.matrix-table tr[data-level-id]:visible').count()).toBe(2);
    expect(await caption(page)).toBe('Kompetenskrav för 2 av 25 nivåer, roll för roll');
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      expect(await axeViolations(page), colorScheme).toEqual([]);
    }
    expect(problems).toEqual([]);
    await close();
  });

  it('without JavaScript the cards come from the stylesheet alone, and a window too narrow for the table shows the hint', async () => {
    const narrow = await open(matrix.en, { javaScriptEnabled: false, viewport: { width: 320, height: 900 } });
    expect(await narrow.page.locator('.matrix-table thead').isVisible()).toBe(false);
    expect(await narrow.page.locator('td[data-column="education experience"] .matrix-label:visible').count()).toBe(6);
    expect(await layout(narrow.page)).toEqual({ overflows: false, hint: false, measured: undefined, pageScrolls: false });
    await narrow.close();
    const middle = await open(matrix.en, { javaScriptEnabled: false, viewport: { width: 900, height: 800 } });
    expect(await layout(middle.page)).toEqual({ overflows: true, hint: true, measured: undefined, pageScrolls: false });
    await middle.close();
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
    const { page, problems, close } = await open('kontorstjanster/handlaggare/', { viewport: { width: 320, height: 900 } });
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
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
    }
    expect(problems).toEqual([]);
    await close();
  });
});
