/**
 * The compare page (/jamfor/) in Chromium: two levels, also of different roles, restored from
 * the address and changed with the pickers; what differs, with the comparison pages' markup;
 * inline messages for a wrong address; the page without JavaScript; axe and small screens on
 * the states the script makes.
 */
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { buildCatalog } from '../../src/lib/catalog';
import { useBrowser } from '../helpers/browser';
import { readContent } from '../helpers/content';
import { axeInBothSchemes, openPage, type OpenOptions } from '../helpers/open-page';

const siteUrl = inject('siteUrl');
const { areas, roles } = readContent();
const catalog = buildCatalog(areas, roles);

const browser = useBrowser(siteUrl);

const open = (path: string, options: OpenOptions = {}) => openPage(browser(), siteUrl, path, options);

describe('compare page', () => {
  const pair = '?a=kontorstjanster/assistent/2&b=kontorstjanster/administrator/1';

  /** The shown columns: level id, heading, and the item texts. */
  const columns = (page: Page) =>
    page.locator('[data-compare-columns] > .level-column').evaluateAll((els) =>
      els.map((el) => ({
        id: el.getAttribute('data-level-id'),
        heading: el.querySelector('.level-heading')?.textContent,
        items: [...el.querySelectorAll('li')].map((li) => li.textContent),
      })),
    );

  for (const [lang, prefix] of [['sv', ''], ['en', 'en/']] as const) {
    it(`${lang}: restores both levels from the address, across roles`, async () => {
      const { page, problems, close } = await open(`${prefix}jamfor/${pair}`);
      expect(await page.locator('#compare-a').inputValue()).toBe('kontorstjanster/assistent/2');
      expect(await page.locator('#compare-b').inputValue()).toBe('kontorstjanster/administrator/1');
      const a = catalog.level('kontorstjanster/assistent/2')!;
      const b = catalog.level('kontorstjanster/administrator/1')!;
      expect(await columns(page)).toEqual(
        [a, b].map((level) => ({
          id: level.id,
          heading: level.title[lang],
          items: [...level.tasks, ...level.requirements].map((item) => item[lang]),
        })),
      );
      expect(await page.locator('#compare-heading').textContent()).toBe(
        lang === 'sv' ? 'Assistent 2 och Administratör 1 sida vid sida' : 'Assistant 2 and Administrator 1 side by side',
      );
      // Ids stay unique once both columns are in the page.
      const ids = await page.locator('[id]').evaluateAll((els) => els.map((el) => el.id));
      expect(new Set(ids).size).toBe(ids.length);
      expect(await page.locator('kk-compare [data-without-script]').isVisible()).toBe(false);
      expect(problems).toEqual([]);
      await close();
    });
  }

  it('changing a picker updates the view, the address and the language link', async () => {
    const { page, problems, close } = await open(`jamfor/${pair}`);
    await page.locator('#compare-b').selectOption('kontorstjanster/arkivarie/1');
    await expect.poll(() => columns(page).then((c) => c.map((col) => col.id))).toEqual([
      'kontorstjanster/assistent/2',
      'kontorstjanster/arkivarie/1',
    ]);
    const url = new URL(page.url());
    expect(url.search).toBe('?a=kontorstjanster/assistent/2&b=kontorstjanster/arkivarie/1');
    expect(await page.locator('[data-compare-status]').textContent()).toBe('Assistent 2 och Arkivarie sida vid sida');
    const switchHref = await page.locator('.language-switch a').getAttribute('href');
    expect(new URL(switchHref!, url).pathname + new URL(switchHref!, url).search).toBe(
      `${new URL('en/jamfor/', siteUrl).pathname}?a=kontorstjanster/assistent/2&b=kontorstjanster/arkivarie/1`,
    );
    // A reload restores the same pair.
    await page.reload();
    expect(await page.locator('#compare-b').inputValue()).toBe('kontorstjanster/arkivarie/1');
    expect((await columns(page)).map((c) => c.id)).toEqual(['kontorstjanster/assistent/2', 'kontorstjanster/arkivarie/1']);
    expect(problems).toEqual([]);
    await close();
  });

  it('shows what differs with the same markup as the comparison pages', async () => {
    const listsOf = async (path: string) => {
      const { page, problems, close } = await open(path);
      const lists = await page.locator('main ul.diff-list').evaluateAll((els) =>
        els.map((el) => el.outerHTML.replace(/ aria-labelledby="[^"]*"/, '')),
      );
      await close();
      expect(problems).toEqual([]);
      return lists;
    };
    for (const prefix of ['', 'en/']) {
      const fromComparePage = await listsOf(`${prefix}jamfor/?a=kontorstjanster/vaktmastare/1&b=kontorstjanster/vaktmastare/2`);
      const fromRolePage = await listsOf(`${prefix}kontorstjanster/vaktmastare/jamfor/1-2/`);
      expect(fromComparePage).toHaveLength(2);
      expect(fromComparePage).toEqual(fromRolePage);
    }
  });

  it('levels of one role: the comparison pages\' summary, and all unchanged items in one folded group', async () => {
    const { page, problems, close } = await open('jamfor/?a=kontorstjanster/assistent/1&b=kontorstjanster/assistent/2');
    const summary = await page.locator('[data-diff-summary]').innerText();
    expect(summary).toContain('Arbetsuppgifter: 1 ändrad, 8 oförändrade.');
    expect(summary).toContain('Kompetenskrav: 1 nytt, 2 oförändrade.');
    expect(summary).toContain('Så ändras kraven');
    expect(await page.locator('[data-diff-list="tasks"] li[data-change="unchanged"]').count()).toBe(1);
    // The differences are as wide as the two columns above them.
    const widths = await page.evaluate(() =>
      ['[data-compare-columns]', '[data-diff-list="tasks"] .diff-list', '[data-diff-summary] .change-summary'].map(
        (selector) => document.querySelector(selector)!.getBoundingClientRect().width,
      ),
    );
    expect(Math.max(...widths) - Math.min(...widths)).toBeLessThan(2);
    expect(problems).toEqual([]);
    await close();
  });

  it('a level compared with itself gets a message, not two identical columns', async () => {
    const { page, problems, close } = await open('jamfor/?a=kontorstjanster/vaktmastare/1&b=kontorstjanster/vaktmastare/1');
    expect(await page.locator('[data-compare-message]').textContent()).toBe('Du har valt samma nivå två gånger. Välj en annan nivå att jämföra med.');
    expect(await page.locator('[data-compare-result]').isVisible()).toBe(false);
    expect(await page.locator('[data-compare-diff]').isVisible()).toBe(false);
    await page.locator('#compare-b').selectOption('kontorstjanster/vaktmastare/2');
    await expect.poll(() => page.locator('[data-compare-diff]').isVisible()).toBe(true);
    expect(await page.locator('[data-compare-message]').isVisible()).toBe(false);
    expect(problems).toEqual([]);
    await close();
  });

  it('across roles: aligned columns "only in A" and "only in B", what both have folded, nothing struck through', async () => {
    const { page, problems, close } = await open('jamfor/?a=kontorstjanster/ekonomiassistent/2&b=kontorstjanster/redovisningsekonom/1');
    const tasks = page.locator('[data-diff-list="tasks"]');
    expect(await tasks.locator('thead th').allTextContents()).toEqual(['Bara i Ekonomiassistent 2', 'Bara i Redovisningsekonom 1']);
    expect(await tasks.locator('details.across-both summary').textContent()).toBe('I båda (1)');
    expect(await page.locator('[data-compare-diff] del').count()).toBe(0);
    const rows = await tasks.locator('tbody tr').evaluateAll((els) =>
      els.map((el) => ({ kind: el.getAttribute('data-change'), cells: [...el.querySelectorAll('td')].map((td) => td.textContent) })),
    );
    // Unrelated tasks that both start with "arbete med" stand on rows of their own.
    expect(rows).toContainEqual({ kind: 'only-a', cells: ['arbete med leverantör- och kundreskontra.', '–finns inte'] });
    expect(rows).toContainEqual({ kind: 'only-b', cells: ['–finns inte', 'arbete med årsbokslut.'] });
    const pair = rows.find((row) => row.kind === 'pair');
    expect(pair?.cells[0]).toBe('arbete med redovisning och bokföring.');
    expect(await tasks.locator('tr[data-change="pair"] td').nth(1).locator('mark').first().textContent()).toContain('exempelvis');
    expect(await page.locator('[data-diff-summary]').innerText()).toContain('Utbildning och erfarenhet (ändrat)');
    expect(await page.locator('[data-diff-legend]').isVisible()).toBe(false);
    expect(problems).toEqual([]);
    await close();
  });

  it('the pickers are labelled selects grouped by role', async () => {
    const { page, close } = await open('jamfor/');
    const select = page.getByLabel('Första nivån');
    expect(await select.evaluate((el) => el.tagName)).toBe('SELECT');
    const groups = await select.locator('optgroup').evaluateAll((els) => els.map((el) => [el.getAttribute('label'), el.querySelectorAll('option').length]));
    expect(groups).toEqual(catalog.roles.map((role) => [role.title.sv, role.levels.length]));
    expect(await page.locator('[data-compare-message]').textContent()).toBe('Välj två nivåer för att se dem sida vid sida.');
    expect(await page.locator('[data-compare-result]').isVisible()).toBe(false);
    await close();
  });

  for (const query of ['?a=kontorstjanster/assistent/9&b=kontorstjanster/administrator/1', '?a=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E', '?a=%E0%A4%A&b=', '?a=' + 'x'.repeat(300)]) {
    it(`a wrong address gives an inline message, not an error: ${query.slice(0, 60)}`, async () => {
      const { page, problems, close } = await open(`jamfor/${query}`);
      const message = await page.locator('[data-compare-message]').textContent();
      expect(message).toMatch(/Det finns ingen nivå som heter ”.+”\. Välj en nivå i listan\./);
      expect(await page.locator('[data-compare-message] img').count()).toBe(0);
      expect(await page.locator('[data-compare-result]').isVisible()).toBe(false);
      expect(problems).toEqual([]);
      await close();
    });
  }

  it('without JavaScript: the pickers and an explanation', async () => {
    const { page, close } = await open(`jamfor/${pair}`, { javaScriptEnabled: false });
    expect(await page.getByLabel('Första nivån').isVisible()).toBe(true);
    expect(await page.locator('kk-compare [data-without-script]').textContent()).toContain('JavaScript');
    expect(await page.locator('kk-compare [data-without-script]').isVisible()).toBe(true);
    expect(await page.locator('form[data-compare-form]').getAttribute('method')).toBe('get');
    await close();
  });

  it('the level page links to the compare page with its level chosen', async () => {
    const { page, close } = await open('kontorstjanster/administrator/2/');
    await page.getByRole('link', { name: 'Jämför Administratör 2 med en annan nivå' }).click();
    await page.waitForURL(/jamfor/);
    expect(await page.locator('#compare-a').inputValue()).toBe('kontorstjanster/administrator/2');
    await close();
  });
});

describe('accessibility of the states the script makes from the address (axe, WCAG 2.1 A and AA)', () => {
  // The page as built is checked in every-page.test.ts.
  const pages = [
    'jamfor/?a=kontorstjanster/assistent/2&b=kontorstjanster/administrator/1',
    'en/jamfor/?a=kontorstjanster/handlaggare/3&b=kontorstjanster/jurist/1',
    'jamfor/?a=kontorstjanster/handlaggare/1&b=kontorstjanster/handlaggare/3',
    'jamfor/?a=nope',
  ];
  for (const path of pages) {
    it(`/${path}, light and dark`, async () => {
      const { page, close } = await open(path);
      expect(await axeInBothSchemes(page)).toEqual({ light: [], dark: [] });
      await close();
    });
  }
});

describe('small screens, with two levels shown', () => {
  // Pages as built are measured at 320 px in every-page.test.ts; here two levels filled in.
  for (const query of [
    '?a=kontorstjanster/handlaggare/3&b=kontorstjanster/jurist/1',
    '?a=kontorstjanster/ekonomiassistent/2&b=kontorstjanster/redovisningsekonom/1',
  ]) {
    it(`no horizontal scroll at 320 px: /jamfor/${query}`, async () => {
      const { page, close } = await open(`jamfor/${query}`, { viewport: { width: 320, height: 800 } });
      const [scrollWidth, innerWidth] = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
      expect(scrollWidth).toBeLessThanOrEqual(innerWidth);
      await close();
    });
  }

  it('the compared levels sit side by side at 1280 px and stack at 375 px', async () => {
    for (const [width, sideBySide] of [[1280, true], [375, false]] as const) {
      const { page, close } = await open('jamfor/?a=kontorstjanster/assistent/2&b=kontorstjanster/administrator/1', { viewport: { width, height: 900 } });
      const tops = await page.locator('[data-compare-columns] > .level-column').evaluateAll((els) => els.map((el) => el.getBoundingClientRect().top));
      expect(tops).toHaveLength(2);
      expect(new Set(tops).size === 1, `width ${width}`).toBe(sideBySide);
      await close();
    }
  });
});
