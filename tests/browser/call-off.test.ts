/**
 * The call-off page in Chromium, on the built site, by keyboard only: two levels chosen, a
 * ska-krav and a bör-krav written, the Word file downloaded and read back (mammoth and
 * LibreOffice), a pasted text with a stricter requirement labelled; nothing written goes into
 * the address or local storage until asked; axe finds nothing in any state.
 */
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { useBrowser } from '../helpers/browser';
import { docxToPdfText, foldSpace, readDocx } from '../helpers/documents';
import { axeViolations, openPage } from '../helpers/open-page';

const siteUrl = inject('siteUrl');
const browser = useBrowser(siteUrl);

/** Presses Tab (or Shift+Tab) until the focused element matches the selector. */
async function tabTo(page: Page, selector: string, backwards = false): Promise<void> {
  for (let i = 0; i < 120; i++) {
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`Tab never reached ${selector}`);
}

/** Moves a focused select's choice with the arrow keys until it holds the value. */
async function chooseByKeyboard(page: Page, selector: string, value: string): Promise<void> {
  for (let i = 0; i < 60; i++) {
    if ((await page.locator(selector).inputValue()) === value) return;
    await page.keyboard.press('ArrowDown');
  }
  throw new Error(`${selector} never reached ${value}`);
}

/** Generous waits: the machine running the tests may be busy. */
const slow = { timeout: 20_000 };

const focused = (page: Page) =>
  page.evaluate(() => {
    const element = document.activeElement;
    return element ? `${element.tagName.toLowerCase()} ${element.textContent?.trim().slice(0, 40) ?? ''}` : '';
  });

const stored = (page: Page) => page.evaluate(() => Object.keys(localStorage));

describe('a buyer, by keyboard only', () => {
  it('chooses two levels, writes a ska-krav and a bör-krav, downloads the Word file and checks a text', { timeout: 240_000 }, async () => {
    const { page, problems, close } = await openPage(browser(), siteUrl, 'avrop/');
    try {
      await tabTo(page, '#calloff-pick');
      await chooseByKeyboard(page, '#calloff-pick', 'kontorstjanster/administrator/2');
      await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      await expect.poll(() => focused(page), slow).toBe('h3 Administratör 2');

      await tabTo(page, '#calloff-pick', true);
      await chooseByKeyboard(page, '#calloff-pick', 'kontorstjanster/arkivarie/1');
      await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      await expect.poll(() => focused(page), slow).toBe('h3 Arkivarie');
      await expect.poll(() => page.evaluate(() => location.search), slow).toBe(
        '?niva=kontorstjanster/administrator/2&niva=kontorstjanster/arkivarie/1',
      );

      // The first level's specifications: a ska-krav, then a bör-krav.
      const first = page.locator('[data-level-id="kontorstjanster/administrator/2"]');
      await first.locator('[data-level-title]').focus();
      await tabTo(page, '[data-level-id="kontorstjanster/administrator/2"] [data-add-spec]');
      await page.keyboard.press('Enter');
      await page.keyboard.type('Konsulten ska ha erfarenhet av Platina.');
      await tabTo(page, '[data-level-id="kontorstjanster/administrator/2"] [data-add-spec]');
      await page.keyboard.press('Enter');
      await page.keyboard.type('Erfarenhet av arbete i en statlig myndighet.');
      await page.keyboard.press('Shift+Tab');
      await page.keyboard.press('ArrowDown');
      const kinds = await first.locator('[data-spec-kind]:checked').evaluateAll((radios) => radios.map((r) => (r as HTMLInputElement).value));
      expect(kinds).toEqual(['mandatory', 'desirable']);

      // A cover detail: typed, shown in the preview, never in the address or storage.
      await tabTo(page, '#calloff-agency');
      await page.keyboard.type('Skatteverket');
      await expect.poll(() => page.locator('[data-preview]').textContent(), slow).toContain('Skatteverket');
      await expect.poll(() => page.locator('[data-preview]').textContent(), slow).toContain('Erfarenhet av arbete i en statlig myndighet.');
      expect(page.url()).not.toMatch(/Platina|Skatteverket|statlig/);
      expect(await stored(page)).toEqual([]);
      expect(await axeViolations(page)).toEqual([]);

      // The Word file.
      await tabTo(page, '[data-word]');
      const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
      expect(download.suggestedFilename()).toBe('kravbilaga-konsultkompetenser.docx');
      const bytes = await readFile((await download.path())!);
      const { html, text } = await readDocx(bytes);
      expect(html).toContain('<h1>Administratör 2</h1>');
      expect(html).toContain('<h1>Arkivarie</h1>');
      expect(html).toContain('<h2>Myndighetens preciseringar</h2>');
      expect(html).toContain('<h3>Ska-krav</h3><ol><li>Konsulten ska ha erfarenhet av Platina.</li></ol>');
      expect(html).toContain('<h3>Bör-krav</h3><ol><li>Erfarenhet av arbete i en statlig myndighet.</li></ol>');
      expect(text).toMatch(/minst tre \(3\) års arbetslivserfarenhet som administratör\.\s*kontorstjanster\/administrator\/2\/requirements\/2/);
      expect(text.indexOf('Administratör 2')).toBeLessThan(text.indexOf('Arkivarie'));
      const pdf = foldSpace((await docxToPdfText({ annex: bytes }))['annex']!);
      expect(pdf).toContain('minst tre (3) års arbetslivserfarenhet som administratör.');
      expect(pdf).toContain('Konsulten ska ha erfarenhet av Platina.');
      await expect.poll(() => page.locator('[data-document-status]').textContent(), slow).toContain('kravbilaga-konsultkompetenser.docx');

      // Check a text with a stricter requirement against the first level.
      await tabTo(page, '#calloff-check-level');
      expect(await page.locator('#calloff-check-level').inputValue()).toBe('kontorstjanster/administrator/2');
      await page.keyboard.press('Tab');
      await page.keyboard.type('Kompetenskrav:\n• gymnasium eller likvardig utbildning.\n• minst fem (5) års arbetslivserfarenhet\n  som administratör.\n• säkerhetsprövad.');
      await tabTo(page, '[data-check]');
      await page.keyboard.press('Enter');
      await expect.poll(() => focused(page), slow).toBe('h3 Resultat av jämförelsen');
      const labels = await page.locator('[data-check-item] [data-label]').allTextContents();
      expect(labels).toEqual(['Samma ord, annan stavning', 'Strängare', 'Inte i profilen']);
      // The same words spelt differently: the differing word is shown, the profile's beside the buyer's.
      const spelt = page.locator('[data-check-item]').first();
      const marked = async (tag: string) => (await spelt.locator(tag).allTextContents()).map((t) => t.trim());
      expect(await marked('del')).toEqual(['bara i profilen: likvärdig']);
      expect(await marked('ins')).toEqual(['bara i din text: likvardig']);
      expect(await page.locator('[data-check-item]').nth(1).locator('[data-findings]').textContent()).toBe('Strängare: 5 år i stället för 3');
      expect(await page.locator('[data-check-item]').nth(1).locator('ins').first().textContent()).toContain('fem');
      expect(await axeViolations(page)).toEqual([]);
      // The result in dark mode: labels, marked words and the move button keep their contrast.
      await page.emulateMedia({ colorScheme: 'dark' });
      expect(await axeViolations(page)).toEqual([]);
      await page.emulateMedia({ colorScheme: 'light' });

      // Not in the profile: moved to the specifications by keyboard.
      await tabTo(page, '[data-move-to-specs]');
      await page.keyboard.press('Enter');
      await expect.poll(() => first.locator('[data-spec-text]').evaluateAll((t) => t.map((e) => (e as HTMLTextAreaElement).value)), slow).toEqual([
        'Konsulten ska ha erfarenhet av Platina.',
        'Erfarenhet av arbete i en statlig myndighet.',
        'säkerhetsprövad.',
      ]);

      // Keep the draft in this browser only on request, and delete it again.
      await tabTo(page, '[data-save-browser]');
      await page.keyboard.press('Enter');
      await expect.poll(() => stored(page), slow).toEqual(['konsultkompetenser.avrop.utkast']);
      expect(await axeViolations(page)).toEqual([]);
      await page.reload();
      expect(await page.locator('#calloff-agency').inputValue()).toBe('');
      await expect(page.locator('[data-open-stored]').isVisible()).resolves.toBe(true);
      await tabTo(page, '[data-open-stored]');
      await page.keyboard.press('Enter');
      await expect.poll(() => page.locator('#calloff-agency').inputValue(), slow).toBe('Skatteverket');
      await tabTo(page, '[data-delete-browser]');
      await page.keyboard.press('Enter');
      await expect.poll(() => stored(page), slow).toEqual([]);
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });
});

describe('ways in and out', () => {
  it('a level page\'s "Använd i avrop" opens the page with that level chosen', async () => {
    const { page, problems, close } = await openPage(browser(), siteUrl, 'kontorstjanster/administrator/2/');
    try {
      await page.getByRole('link', { name: 'Använd i avrop' }).click();
      await page.waitForURL(/avrop\/\?niva=kontorstjanster\/administrator\/2$/);
      await expect.poll(() => page.locator('[data-level-title]').allTextContents(), slow).toEqual(['Administratör 2']);
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });

  it('the compare page sends its two levels', async () => {
    const { page, problems, close } = await openPage(
      browser(),
      siteUrl,
      'en/jamfor/?a=kontorstjanster/assistent/2&b=kontorstjanster/administrator/1',
    );
    try {
      await page.getByRole('button', { name: 'Use in a call-off' }).click();
      await page.waitForURL(/en\/avrop\//);
      await expect.poll(() => page.locator('[data-level-title]').allTextContents(), slow).toEqual(['Assistant 2', 'Administrator 1']);
      await expect.poll(() => page.evaluate(() => location.search), slow).toBe(
        '?niva=kontorstjanster/assistent/2&niva=kontorstjanster/administrator/1',
      );
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });

  it('in English: the annex in English by default, in Swedish on request; counts and a bad count', async () => {
    const { page, problems, close } = await openPage(browser(), siteUrl, 'en/avrop/?niva=kontorstjanster/arkivarie/1:2&niva=nope/x/1');
    try {
      await expect.poll(() => page.locator('[data-notices]').textContent(), slow).toContain('nope/x/1');
      await expect.poll(() => page.locator('[data-preview] h4').first().textContent(), slow).toBe('Archivist (Arkivarie)');
      expect(await page.locator('[data-preview]').textContent()).toContain('Number of consultants: 2');
      await page.getByLabel('Swedish').check();
      await expect.poll(() => page.locator('[data-preview] h4').first().textContent(), slow).toBe('Arkivarie');
      expect(page.url()).toContain('sprak=sv');
      const count = page.getByLabel('Number of consultants (optional)');
      await count.fill('many');
      await expect(page.getByText('Enter a whole number from 1 to 999').isVisible()).resolves.toBe(true);
      expect(await count.getAttribute('aria-invalid')).toBe('true');
      expect(await axeViolations(page)).toEqual([]);
      await count.fill('4');
      await expect.poll(() => page.evaluate(() => location.search), slow).toContain('niva=kontorstjanster/arkivarie/1:4');
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });

  it('prints only the annex', async () => {
    const { page, close } = await openPage(browser(), siteUrl, 'avrop/?niva=kontorstjanster/jurist/1');
    try {
      await expect.poll(() => page.locator('[data-preview] h3').first().textContent(), slow).toBe('Kravbilaga: konsultkompetenser');
      await page.emulateMedia({ media: 'print' });
      expect(await page.locator('h1').isVisible()).toBe(false);
      expect(await page.locator('#calloff-pick').isVisible()).toBe(false);
      expect(await page.locator('[data-preview] h3').first().isVisible()).toBe(true);
      expect(await page.locator('[data-preview] h4').first().isVisible()).toBe(true);
    } finally {
      await close();
    }
  });

  it('without JavaScript: says so and links every level page', async () => {
    const { page, close } = await openPage(browser(), siteUrl, 'avrop/', { javaScriptEnabled: false });
    try {
      expect(await page.locator('.calloff-no-script').isVisible()).toBe(true);
      expect(await page.locator('kk-call-off').isVisible()).toBe(false);
      expect(await page.locator('.calloff-no-script a').count()).toBe(25);
    } finally {
      await close();
    }
  });
});
