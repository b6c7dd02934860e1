/**
 * Print styles in Chromium: navigation and controls hidden, source and address kept, black on
 * white even from dark mode, link targets written out, ins/del marked, folded items printed open.
 */
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { useBrowser } from '../helpers/browser';
import { openPage, type OpenOptions } from '../helpers/open-page';

const siteUrl = inject('siteUrl');
const browser = useBrowser(siteUrl);

const open = (path: string, options: OpenOptions = {}) => openPage(browser(), siteUrl, path, options);
const display = (page: Page, selector: string) =>
  page.locator(selector).first().evaluate((el) => getComputedStyle(el).display);

describe('print', () => {
  for (const path of ['kontorstjanster/administrator/2/', 'jamfor/?a=kontorstjanster/assistent/2&b=kontorstjanster/administrator/1', 'en/oppna-data/']) {
    it(`hides navigation and controls, keeps source and address: /${path}`, async () => {
      const { page, close } = await open(path, { colorScheme: 'dark' });
      expect(await display(page, '.site-header')).not.toBe('none');
      await page.emulateMedia({ media: 'print' });
      for (const selector of ['.site-header', '.main-nav', '.language-switch', '.breadcrumbs', '.skip-link']) {
        expect(await display(page, selector), selector).toBe('none');
      }
      if (path.includes('administrator/2')) {
        expect(await display(page, '.related')).toBe('none');
        expect(await display(page, '[data-copy-tool]')).toBe('none');
      }
      if (path.startsWith('jamfor')) {
        expect(await display(page, '.compare-form')).toBe('none');
        expect(await page.locator('[data-compare-columns] .level-column').count()).toBe(2);
      }
      expect(await display(page, '.site-footer .footer-source')).not.toBe('none');
      expect(await page.locator('.site-footer .footer-source').textContent()).toMatch(/\d{4}-\d{2}-\d{2}/);
      expect(await display(page, '.site-footer .print-only')).toBe('block');
      // Dark colours give way to black on white paper, without backgrounds.
      const colours = await page.evaluate(() => ({
        text: getComputedStyle(document.body).color,
        body: getComputedStyle(document.body).backgroundColor,
        footer: getComputedStyle(document.querySelector('.site-footer')!).backgroundColor,
      }));
      expect(colours.text).toBe('rgb(0, 0, 0)');
      expect(colours.body).toBe('rgba(0, 0, 0, 0)');
      expect(colours.footer).toBe('rgba(0, 0, 0, 0)');
      await close();
    });
  }

  it('links in the content show where they lead, and ins/del keep their marks', async () => {
    const { page, close } = await open('en/oppna-data/');
    await page.emulateMedia({ media: 'print' });
    const after = await page.locator('main a[data-file="csv"]').evaluate((el) => getComputedStyle(el, '::after').content);
    expect(after).toContain('/data/roles.csv');
    const marks = await page.evaluate(() => {
      const main = document.querySelector('main')!;
      main.insertAdjacentHTML('beforeend', '<p><ins>added</ins> <del>removed</del></p>');
      return {
        ins: getComputedStyle(main.querySelector('ins')!).textDecorationLine,
        del: getComputedStyle(main.querySelector('del')!).textDecorationLine,
      };
    });
    expect(marks.ins).toContain('underline');
    expect(marks.del).toContain('line-through');
    await close();
  });
});

describe('print of a comparison', () => {
  it('prints the folded unchanged items open', async () => {
    const { page, close } = await open('kontorstjanster/vaktmastare/jamfor/1-2/');
    const folded = page.locator('.diff-unchanged details li').first();
    expect(await folded.isVisible()).toBe(false);
    await page.emulateMedia({ media: 'print' });
    expect(await folded.isVisible()).toBe(true);
    await close();
  });
});
