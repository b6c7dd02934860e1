/**
 * The self-assessment in Chromium, on the built site: filled in by keyboard, the result kept in
 * the address and the same after a reload, nothing sent anywhere, bad input handled, and no
 * axe violation with results on screen, in both languages.
 */
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { useBrowser } from '../helpers/browser';
import { axeViolations, openPage } from '../helpers/open-page';

const siteUrl = inject('siteUrl');
const page_ = 'sjalvskattning/';


const browser = useBrowser(siteUrl);

function open(path: string, options: { width?: number; colorScheme?: 'light' | 'dark'; javaScript?: boolean } = {}) {
  return openPage(browser(), siteUrl, path, {
    viewport: { width: options.width ?? 1280, height: 900 },
    colorScheme: options.colorScheme ?? 'light',
    javaScriptEnabled: options.javaScript ?? true,
  });
}

/** data-eligible of every level, by level id. */
async function eligibility(page: Page): Promise<Record<string, string>> {
  return page.locator('[data-level-id]').evaluateAll((elements) =>
    Object.fromEntries(elements.map((e) => [e.getAttribute('data-level-id'), e.getAttribute('data-eligible')])),
  );
}

const metIds = (map: Record<string, string>) => Object.keys(map).filter((id) => map[id] === 'true').sort();

/** Presses Tab until the element with this id has focus. */
async function tabTo(page: Page, id: string) {
  for (let i = 0; i < 80; i++) {
    await page.keyboard.press('Tab');
    if ((await page.evaluate(() => document.activeElement?.id)) === id) return;
  }
  throw new Error(`Tab never reached #${id}`);
}

describe('filling in the form by keyboard', () => {
  it('marks Vaktmästare 1 eligible and Vaktmästare 2 not, keeps it in the address, and says it', async () => {
    const { page, problems, later, context, close } = await open(page_);
    await tabTo(page, 'sa-roll');
    await page.keyboard.type('Vakt');
    await expect.poll(() => page.locator('#sa-roll').inputValue()).toBe('vaktmastare');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('sa-som-vaktmastare');
    await page.keyboard.type('2');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('sa-office');
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => page.locator('#sa-office').inputValue()).toBe('grundkunskaper');

    await expect.poll(async () => metIds(await eligibility(page))).toEqual(['kontorstjanster/vaktmastare/1']);
    expect((await eligibility(page))['kontorstjanster/vaktmastare/2']).toBe('false');
    expect(new URL(page.url()).search).toBe('?roll=vaktmastare&som.vaktmastare=2&office=grundkunskaper');
    await expect.poll(() => page.locator('[role="status"]').textContent(), { timeout: 5000 }).toBe('Du uppfyller 1 av 2 nivåer.');
    // Only the chosen role is shown, and only its questions.
    expect(await page.locator('.sa-role:visible').count()).toBe(1);
    expect(await page.locator('#sa-som-administrator').isVisible()).toBe(false);
    expect(await page.locator('#sa-utbildning').isVisible()).toBe(false);

    // Nothing left the page: no request after load, no cookie, nothing stored.
    expect(later.map((r) => r.url()).filter((url) => !/\/favicon\.(ico|svg)$/.test(url))).toEqual([]);
    expect(await context.cookies()).toEqual([]);
    expect(await page.evaluate(() => [localStorage.length, sessionStorage.length])).toEqual([0, 0]);
    expect(problems).toEqual([]);
    await close();
  });

  it('gives the same result when the shared address is opened again', async () => {
    const search = '?utbildning=hogskola&hogskola=ekonomi&liknande.ekonomiassistent=3&office=goda-kunskaper&ekonomisystem=goda-kunskaper&som.registrator=3';
    const first = await open(page_ + search);
    const before = await eligibility(first.page);
    // Higher education in economics and 3 years of similar work meet Ekonomiassistent 2 but not 1
    // (a year as ekonomiassistent); years as registrator alone do not meet Registrator.
    expect(metIds(before)).toEqual(['kontorstjanster/assistent/1', 'kontorstjanster/ekonomiassistent/2']);
    await first.page.reload();
    expect(await eligibility(first.page)).toEqual(before);
    await first.close();

    const second = await open(page_ + search);
    expect(await eligibility(second.page)).toEqual(before);
    expect(await second.page.locator('#sa-liknande-ekonomiassistent').inputValue()).toBe('3');
    expect(await second.page.locator('#sa-hogskola-ekonomi').isChecked()).toBe(true);
    expect(second.later.filter((r) => r.url().includes('ekonomi'))).toEqual([]);
    await second.close();
  });

  it('carries the answers over to the other language', async () => {
    const { page, close } = await open(`${page_}?som.vaktmastare=2&office=grundkunskaper`);
    await page.locator('a[hreflang="en"]').click();
    await page.waitForURL(/\/en\/sjalvskattning\//);
    expect(metIds(await eligibility(page))).toEqual(['kontorstjanster/vaktmastare/1']);
    expect(await page.locator('[role="status"]').textContent()).toBe('You meet 1 of 25 levels.');
    await close();
  });
});

describe('bad input never breaks it', () => {
  it('explains bad years next to the field, tied to it, and leaves them out', async () => {
    const { page, problems, close } = await open(`${page_}?som.vaktmastare=2&office=grundkunskaper`);
    for (const [typed, message] of [
      ['-1', 'Antalet år kan inte vara mindre än 0.'],
      ['1,5', 'Skriv hela år, till exempel 2.'],
      ['två', 'Skriv antalet år med siffror, till exempel 2.'],
      ['61', 'Skriv högst 60 år.'],
    ] as const) {
      await page.locator('#sa-som-vaktmastare').fill(typed);
      const input = page.locator('#sa-som-vaktmastare');
      await expect.poll(() => input.getAttribute('aria-invalid')).toBe('true');
      const errorId = 'sa-som-vaktmastare-error';
      expect((await input.getAttribute('aria-describedby'))?.split(' ')).toContain(errorId);
      expect(await page.locator(`#${errorId}`).textContent()).toBe(message);
      expect((await eligibility(page))['kontorstjanster/vaktmastare/1']).toBe('false');
      expect(new URL(page.url()).searchParams.has('som.vaktmastare')).toBe(false);
    }
    await page.locator('#sa-som-vaktmastare').fill('4');
    await expect.poll(() => page.locator('#sa-som-vaktmastare').getAttribute('aria-invalid')).toBeNull();
    expect(await page.locator('#sa-som-vaktmastare-error').isVisible()).toBe(false);
    expect((await eligibility(page))['kontorstjanster/vaktmastare/1']).toBe('true');
    expect(problems).toEqual([]);
    await close();
  });

  it('ignores unknown and malformed parameters with a notice', async () => {
    const { page, problems, close } = await open(
      `${page_}?foo=bar&roll=astronaut&som.vaktmastare=abc&som.assistent=%E0%A4%A&utbildning=doktor&office=grundkunskaper&som.receptionist=99999`,
    );
    const notices = page.locator('[data-notices] li');
    expect(await notices.allTextContents()).toEqual([
      '”foo” är ingen uppgift som kontrollen känner till.',
      '”astronaut” är inget giltigt svar för ”roll”.',
      'Värdet för ”som.vaktmastare” användes inte. Skriv antalet år med siffror, till exempel 2.',
      'Värdet för ”som.assistent” användes inte. Skriv antalet år med siffror, till exempel 2.',
      '”doktor” är inget giltigt svar för ”utbildning”.',
      'Värdet för ”som.receptionist” användes inte. Skriv högst 60 år.',
    ]);
    expect(new URL(page.url()).search).toBe('?office=grundkunskaper');
    expect(await page.locator('#sa-office').inputValue()).toBe('grundkunskaper');
    expect(problems).toEqual([]);
    await close();
  });

  it('says what it needs without JavaScript and links to the requirement lists', async () => {
    const { page, close } = await open(page_, { javaScript: false });
    const message = page.locator('.sa-noscript');
    expect(await message.isVisible()).toBe(true);
    expect(await message.textContent()).toContain('JavaScript');
    expect(await message.locator('a').getAttribute('href')).toMatch(/\/kontorstjanster\/$/);
    expect(await page.locator('#sa-form').isVisible()).toBe(false);
    await close();
  });
});

describe('filters and clearing', () => {
  it('the level page\'s link opens the check for its role', async () => {
    const { page, close } = await open('kontorstjanster/administrator/2/');
    await page.getByRole('link', { name: 'Kontrollera din behörighet' }).click();
    await page.waitForURL(/sjalvskattning\/\?roll=administrator$/);
    expect(await page.locator('#sa-roll').inputValue()).toBe('administrator');
    expect(await page.locator('.sa-role:visible').evaluateAll((s) => s.map((e) => e.getAttribute('data-role')))).toEqual(['administrator']);
    expect(await page.locator('[role="status"]').textContent()).toBe('Du uppfyller 0 av 2 nivåer.');
    await close();
  });

  it('shows only what is met, eligible levels first', async () => {
    const { page, close } = await open(`${page_}?utbildning=hogskola&hogskola=ekonomi&liknande.ekonomiassistent=3&office=goda-kunskaper&ekonomisystem=goda-kunskaper`);
    const firstLevels = await page.locator('.sa-role').first().locator('[data-level-id]').evaluateAll((e) => e.map((x) => x.getAttribute('data-level-id')));
    expect(firstLevels[0]).toBe('kontorstjanster/assistent/1');
    const ekonomi = await page.locator('[data-role="ekonomiassistent"] [data-level-id]').evaluateAll((e) => e.map((x) => x.getAttribute('data-level-id')));
    expect(ekonomi).toEqual(['kontorstjanster/ekonomiassistent/2', 'kontorstjanster/ekonomiassistent/1']);

    await page.getByLabel('Visa bara det jag uppfyller').check();
    await expect.poll(() => page.locator('[data-level-id]:visible').count()).toBe(2);
    expect(await page.locator('[data-level-id]:visible').evaluateAll((e) => e.every((x) => x.getAttribute('data-eligible') === 'true'))).toBe(true);
    expect(new URL(page.url()).searchParams.get('visa')).toBe('uppfyllda');
    await close();
  });

  it('clears the answers, keeping the chosen role', async () => {
    const { page, close } = await open(`${page_}?roll=vaktmastare&som.vaktmastare=2&office=grundkunskaper`);
    expect(metIds(await eligibility(page))).toEqual(['kontorstjanster/vaktmastare/1']);
    await page.getByRole('button', { name: 'Rensa svaren' }).click();
    expect(metIds(await eligibility(page))).toEqual([]);
    expect(await page.locator('#sa-som-vaktmastare').inputValue()).toBe('');
    expect(new URL(page.url()).search).toBe('?roll=vaktmastare');
    await expect.poll(() => page.locator('[role="status"]').textContent(), { timeout: 5000 }).toBe('Svaren är rensade. Du uppfyller 0 av 2 nivåer.');
    await close();
  });
});

describe('accessibility with results shown (axe, WCAG 2.1 A and AA)', () => {
  const search = '?utbildning=gymnasium&som.vaktmastare=2&som.administrator=x&office=goda-kunskaper&som.ekonomiassistent=5&ekonomisystem=kunskaper&foo=1';
  for (const prefix of ['', 'en/']) {
    for (const colorScheme of ['light', 'dark'] as const) {
      it(`${prefix || 'sv/'}${page_}, ${colorScheme}`, async () => {
        const { page, close } = await open(prefix + page_ + search, { colorScheme });
        // A field error on screen too.
        await page.locator('#sa-som-assistent').fill('-3');
        await expect.poll(() => page.locator('#sa-som-assistent').getAttribute('aria-invalid')).toBe('true');
        expect(await page.locator('[data-eligible="true"]').count()).toBeGreaterThan(0);
        expect(await axeViolations(page)).toEqual([]);
        await close();
      });
    }
  }

  for (const width of [320, 375]) {
    it(`fits ${width} px without scrolling sideways`, async () => {
      const { page, close } = await open(page_ + search, { width });
      const [scrollWidth, innerWidth] = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
      expect(scrollWidth).toBeLessThanOrEqual(innerWidth);
      await close();
    });
  }
});
