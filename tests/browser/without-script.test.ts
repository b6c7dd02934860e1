/**
 * Parts that need a script are not shown without one, and the pages say what needs it instead;
 * with scripts they are there from the first paint (no layout shift when the script starts).
 */
import { describe, expect, inject, it } from 'vitest';
import { useBrowser } from '../helpers/browser';
import { openPage } from '../helpers/open-page';

const siteUrl = inject('siteUrl');

const browser = useBrowser(siteUrl);

const cases = [
  { path: 'sjalvskattning/', needsScript: '#sa', note: '[data-noscript]' },
  { path: 'en/sjalvskattning/', needsScript: '#sa', note: '[data-noscript]' },
  { path: 'krav-i-overblick/', needsScript: '[data-matrix-controls]', note: undefined },
  { path: 'kontorstjanster/vaktmastare/2/', needsScript: '[data-copy-tool]', note: undefined },
];

describe('parts that need a script', () => {
  for (const { path, needsScript, note } of cases) {
    it(`/${path}: hidden without JavaScript, shown with it`, async () => {
      const off = await openPage(browser(), siteUrl, path, { javaScriptEnabled: false });
      expect(await off.page.locator(needsScript).isVisible()).toBe(false);
      if (note) expect(await off.page.locator(note).isVisible()).toBe(true);
      await off.close();

      const on = await openPage(browser(), siteUrl, path);
      expect(await on.page.locator(needsScript).isVisible()).toBe(true);
      if (note) expect(await on.page.locator(note).isVisible()).toBe(false);
      await on.close();
    });
  }
});
