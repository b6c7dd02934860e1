/**
 * "Copy requirements" on a level page in Chromium: the text put on the clipboard, the fallback
 * where the Clipboard API is missing or refused (and its contrast in dark mode), and no button
 * without JavaScript.
 */
import { describe, expect, inject, it } from 'vitest';
import { buildCatalog } from '../../src/lib/catalog';
import { useBrowser } from '../helpers/browser';
import { readContent } from '../helpers/content';
import { axeViolations, openPage, type OpenOptions } from '../helpers/open-page';

const siteUrl = inject('siteUrl');
const { areas, roles } = readContent();
const catalog = buildCatalog(areas, roles);

const browser = useBrowser(siteUrl);

const open = (path: string, options: OpenOptions = {}) => openPage(browser(), siteUrl, path, options);

describe('Copy requirements', () => {
  for (const [lang, prefix, done, sourceStart, pageLabel] of [
    ['sv', '', 'Kopierat', 'Källa: Kammarkollegiet', 'Sida'],
    ['en', 'en/', 'Copied', 'Source: Kammarkollegiet', 'Page'],
  ] as const) {
    it(`${lang}: puts the level's heading, tasks, requirements and source on the clipboard`, async () => {
      const level = catalog.level('kontorstjanster/administrator/2')!;
      const { page, context, problems, close } = await open(`${prefix}${level.id}/`);
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(siteUrl).origin });
      const button = page.getByRole('button', { name: lang === 'sv' ? 'Kopiera kraven' : 'Copy requirements' });
      await button.click();
      await expect.poll(() => page.locator('[data-copy-status]').textContent()).toContain(done);

      const copied = await page.evaluate(() => navigator.clipboard.readText());
      const lines = copied.split('\n');
      const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
      expect(lines[0]).toBe(`${level.title[lang]} (${level.role.area.title[lang]})`);
      for (const item of [...level.tasks, ...level.requirements]) expect(lines).toContain(`• ${item[lang]}`);
      expect(lines.filter((line) => line.startsWith('• '))).toHaveLength(level.tasks.length + level.requirements.length);
      expect(lines.at(-2)).toMatch(new RegExp(`^${sourceStart}, .+ \\d{4}-\\d{2}-\\d{2}\\.$`));
      expect(lines.at(-1)).toBe(`${pageLabel}: ${canonical}`);
      // The fallback stays hidden when copying worked.
      expect(await page.locator('[data-copy-fallback]').isVisible()).toBe(false);
      expect(problems).toEqual([]);
      await close();
    });
  }

  it('without the Clipboard API: says so and shows the text selected for copying by hand', async () => {
    const { page, problems, close } = await open('kontorstjanster/arkivarie/1/', {
      initScript: () => {
        Object.defineProperty(Navigator.prototype, 'clipboard', { get: () => undefined });
      },
    });
    await page.getByRole('button', { name: 'Kopiera kraven' }).click();
    await expect.poll(() => page.locator('[data-copy-status]').textContent()).toContain('Det gick inte att kopiera automatiskt');
    const textarea = page.getByLabel('Text att kopiera');
    expect(await textarea.isVisible()).toBe(true);
    const selection = await textarea.evaluate((el: HTMLTextAreaElement) => ({
      focused: document.activeElement === el,
      selected: el.value.slice(el.selectionStart, el.selectionEnd),
      value: el.value,
    }));
    expect(selection.focused).toBe(true);
    expect(selection.selected).toBe(selection.value);
    expect(selection.value.startsWith('Arkivarie (Kontorstjänster)\n')).toBe(true);
    expect(problems).toEqual([]);
    await close();
  });

  it('when the browser refuses to write: the same fallback, no error', async () => {
    const { page, problems, close } = await open('kontorstjanster/arkivarie/1/', {
      initScript: () => {
        navigator.clipboard.writeText = () => Promise.reject(new DOMException('Denied', 'NotAllowedError'));
      },
    });
    await page.getByRole('button', { name: 'Kopiera kraven' }).click();
    await expect.poll(() => page.locator('[data-copy-status]').textContent()).toContain('Det gick inte att kopiera automatiskt');
    expect(await page.getByLabel('Text att kopiera').isVisible()).toBe(true);
    expect(problems).toEqual([]);
    await close();
  });

  it('without JavaScript there is no button', async () => {
    const { page, close } = await open('kontorstjanster/administrator/2/', { javaScriptEnabled: false });
    expect(await page.getByRole('button', { name: 'Kopiera kraven' }).count()).toBe(0);
    expect(await page.locator('[data-copy-tool]').isVisible()).toBe(false);
    await close();
  });
});

describe('accessibility of the fallback (axe, WCAG 2.1 A and AA)', () => {
  it('the copy fallback (status and text box) in dark mode', async () => {
    const { page, close } = await open('kontorstjanster/administrator/2/', {
      colorScheme: 'dark',
      initScript: () => {
        Object.defineProperty(Navigator.prototype, 'clipboard', { get: () => undefined });
      },
    });
    await page.getByRole('button', { name: 'Kopiera kraven' }).click();
    await expect.poll(() => page.locator('[data-copy-status]').textContent()).not.toBe('');
    expect(await axeViolations(page)).toEqual([]);
    await close();
  });
});
