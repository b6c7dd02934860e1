/**
 * The self-assessment in Chromium, on the built site: filled in by keyboard, the result kept in
 * the address and the same after a reload, nothing sent anywhere, bad input handled, and no
 * axe violation with results on screen, in both languages.
 */
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { useBrowser } from '../helpers/browser';
import { docxToPdfText, foldSpace, readDocx } from '../helpers/documents';
import { catalog } from '../helpers/eligibility';
import { axeInBothSchemes, axeViolations, openPage } from '../helpers/open-page';

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

/** What the page keeps in the browser: local storage, as a plain object. */
const stored = (page: Page) => page.evaluate(() => ({ ...localStorage }));

describe('a candidate on a phone, keyboard only (375 px)', () => {
  it('adds two overlapping jobs and an education, gets the answer first, and keeps nothing until asked', { timeout: 240_000 }, async () => {
    const { page, problems, later, context, close } = await open(page_, { width: 375 });
    const axe = async (state: string) => expect((await axeViolations(page)).map((v) => `${state}: ${v}`)).toEqual([]);
    // Before any answer: an invitation, no verdict, and no level says anything.
    expect(await page.locator('[data-start]').isVisible()).toBe(true);
    expect(await page.locator('[data-summary]').isVisible()).toBe(false);
    await axe('empty');

    // A single "v" goes from "Välj en roll" to the first role starting with V, whatever the timing.
    await tabTo(page, 'sa-job-1-role');
    await page.keyboard.press('v');
    await expect.poll(() => page.locator('#sa-job-1-role').inputValue()).toBe('som:vaktmastare');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Skolverket');
    await page.keyboard.press('Tab');
    await page.keyboard.type('2019-01');
    await page.keyboard.press('Tab');
    await page.keyboard.type('2021-06');
    await expect.poll(() => page.locator('#sa-job-1-to').evaluate((e) => e.closest('[data-job]')!.querySelector('[data-job-counts]')!.textContent)).toBe('Räknas som 2,5 år.');

    await tabTo(page, 'sa-add-job');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('sa-job-2-role');
    await page.keyboard.press('v');
    await expect.poll(() => page.locator('#sa-job-2-role').inputValue()).toBe('som:vaktmastare');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Kammarkollegiet');
    await page.keyboard.press('Tab');
    await page.keyboard.type('2021-01');
    await page.keyboard.press('Tab');
    await page.keyboard.type('2022-12');

    await tabTo(page, 'sa-utbildning');
    await page.keyboard.press('ArrowDown');
    await tabTo(page, 'sa-education-where');
    await page.keyboard.type('Barn- och fritidsprogrammet, 2010');
    await tabTo(page, 'sa-office');
    await page.keyboard.press('ArrowDown');
    await axe('answered');

    // Overlapping jobs count once: 2019-01 to 2022-12 is four years as vaktmästare.
    await expect.poll(() => new URL(page.url()).search).toBe('?utbildning=gymnasium&som.vaktmastare=4&office=grundkunskaper');
    expect(metIds(await eligibility(page))).toEqual(['kontorstjanster/vaktmastare/1']);
    const summary = page.locator('#sa-result');
    expect(await summary.locator('[data-met] li').allTextContents()).toEqual(['Vaktmästare 1']);
    expect(await summary.locator('[data-nearly] li').allTextContents()).toEqual(['Vaktmästare 2: körkort B, grundkunskaper i ärendesystem']);
    expect(await page.locator('[data-level-id="kontorstjanster/vaktmastare/1"] .sa-requirement').first().locator('[data-reason]').textContent()).toBe(
      'Du har 4 år som vaktmästare (1 år krävs).',
    );

    // The answer is in reach without scrolling back past the form: the bar, then the answer itself.
    const bar = page.locator('#sa-bar-link');
    expect(await bar.isVisible()).toBe(true);
    expect(await bar.textContent()).toBe('Se svaret: 1 nivå uppfylld');
    await tabTo(page, 'sa-bar-link');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('sa-result');
    const box = await summary.boundingBox();
    expect(box && box.y >= -1 && box.y < 800).toBe(true);

    // The candidate presentation for the level met, as a Word file: every requirement in the
    // profile's words, with the jobs that meet it, as Word and as LibreOffice read it.
    await tabTo(page, 'sa-pres-level');
    await page.keyboard.press('v');
    await expect.poll(() => page.locator('#sa-pres-level').inputValue()).toBe('kontorstjanster/vaktmastare/1');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Anna Svensson');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Bemanning AB');
    await tabTo(page, 'sa-pres-docx');
    const [word] = await Promise.all([page.waitForEvent('download', { timeout: 30_000 }), page.keyboard.press('Enter')]);
    expect(word.suggestedFilename()).toMatch(/\.docx$/);
    expect(word.suggestedFilename()).not.toMatch(/Anna|Svensson/);
    const bytes = await readFile((await word.path())!);
    const { html, text } = await readDocx(bytes);
    expect(html).toContain('Kandidatpresentation – Vaktmästare 1');
    const folded = foldSpace(text);
    expect(folded).toContain('Anna Svensson');
    expect(folded).toContain('Bemanning AB');
    const requirements = catalog.levels.find((l) => l.id === 'kontorstjanster/vaktmastare/1')!.requirements.map((r) => foldSpace(r.sv));
    expect(requirements.length).toBeGreaterThan(0);
    for (const requirement of requirements) expect(folded).toContain(requirement);
    expect(folded).toContain('Vaktmästare, Skolverket, 2019-01 – 2021-06 (2,5 år)');
    expect(folded).toContain('Vaktmästare, Kammarkollegiet, 2021-01 – 2022-12 (2 år)');
    const pdf = foldSpace((await docxToPdfText({ presentation: bytes }))['presentation']!);
    for (const requirement of requirements) expect(pdf).toContain(requirement);
    expect(pdf).toContain('Anna Svensson');
    await axe('presentation');

    // A file to keep: the personal details, offered as a download, nothing sent.
    await tabTo(page, 'sa-download-profile');
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    // One file per consultant, named after them: it stays on the person's own computer.
    expect(download.suggestedFilename()).toBe('kandidat-anna-svensson.json');
    const file = JSON.parse(await readFile((await download.path())!, 'utf8'));
    expect(file.jobs.map((j: { employer: string }) => j.employer)).toEqual(['Skolverket', 'Kammarkollegiet']);

    // Nothing is kept or sent: not in the address, not in storage, no request.
    expect(page.url()).not.toMatch(/Skolverket|2019|Barn|Anna|Bemanning/);
    expect(await stored(page)).toEqual({});
    // The only requests after the page loaded fetch the site's own code for the documents (the
    // docx writer loads only when the Word file is asked for), carrying nothing.
    const ownCode = (url: URL) => url.origin === new URL(siteUrl).origin && url.pathname.startsWith('/_astro/') && url.search === '';
    expect(later.filter((r) => !(r.method() === 'GET' && ownCode(new URL(r.url()))) && !/\/favicon\.(ico|svg)$/.test(r.url())).map((r) => r.url())).toEqual([]);
    expect(later.some((r) => /\/_astro\/docx\.[\w-]+\.js$/.test(r.url()))).toBe(true);
    expect(await context.cookies()).toEqual([]);

    // Reload: the numbers come back from the address, the personal details do not.
    await page.reload();
    expect(metIds(await eligibility(page))).toEqual(['kontorstjanster/vaktmastare/1']);
    expect(await page.locator('#sa-job-1-employer').inputValue()).toBe('');
    expect(await page.locator('#sa-job-1-years').inputValue()).toBe('4');
    expect(await page.locator('#sa-education-where').inputValue()).toBe('');
    expect(await page.locator('#sa-pres-name').inputValue()).toBe('');
    expect(await stored(page)).toEqual({});

    // Save in this browser: kept over a reload.
    await tabTo(page, 'sa-job-1-employer');
    await page.keyboard.type('Skolverket');
    await tabTo(page, 'sa-save');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#sa-save').getAttribute('aria-pressed')).toBe('true');
    expect(Object.keys(await stored(page))).toEqual(['konsultkompetenser.kandidat']);
    await axe('saved');
    await page.reload();
    // What was saved comes back once its reader has loaded, a moment after the page.
    await expect.poll(() => page.locator('#sa-job-1-employer').inputValue()).toBe('Skolverket');

    // Delete everything: storage empty, the answers gone.
    await tabTo(page, 'sa-delete');
    await page.keyboard.press('Enter');
    await expect.poll(() => stored(page)).toEqual({});
    expect(await page.locator('#sa-job-1-employer').inputValue()).toBe('');
    expect(new URL(page.url()).search).toBe('');
    expect(await page.locator('[data-data-status]').textContent()).toBe('Allt är raderat, också det som var sparat i webbläsaren.');
    await axe('deleted');
    await page.reload();
    expect(await stored(page)).toEqual({});
    expect(problems).toEqual([]);
    await close();
  });
});

describe('old links', () => {
  it('a shared address gives the same result, its years shown as jobs', async () => {
    const search = '?utbildning=hogskola&hogskola=ekonomi&liknande.ekonomiassistent=3&office=goda-kunskaper&ekonomisystem=goda-kunskaper&som.registrator=3';
    const first = await open(page_ + search);
    const before = await eligibility(first.page);
    // Higher education in economics and 3 years of similar work meet Ekonomiassistent 2 but not 1
    // (a year as ekonomiassistent); years as registrator alone do not meet Registrator.
    expect(metIds(before)).toEqual(['kontorstjanster/assistent/1', 'kontorstjanster/ekonomiassistent/2']);
    expect(await first.page.locator('#sa-job-1-role').inputValue()).toBe('som:registrator');
    expect(await first.page.locator('#sa-job-2-role').inputValue()).toBe('liknande:ekonomiassistent');
    expect(await first.page.locator('#sa-job-2-years').inputValue()).toBe('3');
    expect(await first.page.locator('#sa-hogskola-ekonomi').isChecked()).toBe(true);
    expect(first.later.filter((r) => r.url().includes('ekonomi'))).toEqual([]);
    await first.page.reload();
    expect(await eligibility(first.page)).toEqual(before);
    await first.close();
  });

  it('carries the answers over to the other language', async () => {
    const { page, close } = await open(`${page_}?som.vaktmastare=2&office=grundkunskaper`);
    await page.locator('a[hreflang="en"]').click();
    await page.waitForURL(/\/en\/sjalvskattning\//);
    expect(metIds(await eligibility(page))).toEqual(['kontorstjanster/vaktmastare/1']);
    expect(await page.locator('[role="status"][data-status]').textContent()).toBe('You meet 1 of 25 levels.');
    expect(await page.locator('[data-nearly] li').allTextContents()).toEqual(['Caretaker 2: 1 year more as caretaker, a driving licence, category B, basic knowledge of case management systems']);
    await close();
  });
});

describe('bad input never breaks it', () => {
  it('explains a wrong job next to the field, tied to it, and leaves it out', async () => {
    const { page, problems, close } = await open(`${page_}?som.vaktmastare=2&office=grundkunskaper`);
    const years = page.locator('#sa-job-1-years');
    for (const [typed, message] of [
      ['-1', 'Antalet år kan inte vara mindre än 0.'],
      ['två', 'Skriv antalet år med siffror, till exempel 2 eller 2,5.'],
      ['61', 'Skriv högst 60 år.'],
    ] as const) {
      await years.fill(typed);
      await expect.poll(() => years.getAttribute('aria-invalid')).toBe('true');
      expect((await years.getAttribute('aria-describedby'))?.split(' ')).toContain('sa-job-1-years-error');
      expect(await page.locator('#sa-job-1-years-error').textContent()).toBe(message);
      expect((await eligibility(page))['kontorstjanster/vaktmastare/1']).toBe('false');
      expect(new URL(page.url()).searchParams.has('som.vaktmastare')).toBe(false);
    }
    await years.fill('1,5');
    await expect.poll(() => years.getAttribute('aria-invalid')).toBeNull();
    expect(await page.locator('#sa-job-1-years-error').isVisible()).toBe(false);
    expect((await eligibility(page))['kontorstjanster/vaktmastare/1']).toBe('true');
    expect(new URL(page.url()).searchParams.get('som.vaktmastare')).toBe('1.5');

    // A period that ends before it starts.
    await years.fill('');
    await page.locator('#sa-job-1-from').fill('2020-05');
    await page.locator('#sa-job-1-to').fill('2019-03');
    await expect.poll(() => page.locator('#sa-job-1-to-error').textContent()).toBe('Jobbet slutar innan det börjar. Kontrollera datumen.');
    expect(await page.locator('#sa-job-1-to').getAttribute('aria-invalid')).toBe('true');
    expect((await eligibility(page))['kontorstjanster/vaktmastare/1']).toBe('false');
    expect(problems).toEqual([]);
    await close();
  });

  it('ignores unknown and malformed parameters with a notice', async () => {
    const { page, problems, close } = await open(
      `${page_}?foo=bar&roll=astronaut&som.vaktmastare=abc&som.assistent=%E0%A4%A&utbildning=doktor&office=grundkunskaper&som.receptionist=99999&korkort=ja&korkort=nej`,
    );
    const notices = page.locator('[data-notices] li');
    expect(await notices.allTextContents()).toEqual([
      '”korkort” står flera gånger i adressen. Det sista värdet används.',
      '”foo” är ingen uppgift som kontrollen känner till.',
      '”astronaut” är inget giltigt svar för ”roll”.',
      'Värdet för ”som.vaktmastare” användes inte. Skriv antalet år med siffror, till exempel 2 eller 2,5.',
      'Värdet för ”som.assistent” användes inte. Skriv antalet år med siffror, till exempel 2 eller 2,5.',
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
    await page.getByRole('link', { name: 'Pröva mot kraven för administratör' }).click();
    await page.waitForURL(/sjalvskattning\/\?roll=administrator$/);
    expect(await page.locator('#sa-roll').inputValue()).toBe('administrator');
    expect(await page.locator('.sa-role:visible').evaluateAll((s) => s.map((e) => e.getAttribute('data-role')))).toEqual(['administrator']);
    expect(await page.locator('[role="status"][data-status]').textContent()).toBe('Du uppfyller 0 av 2 nivåer.');
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
    expect(await page.locator('#sa-job-1-years').inputValue()).toBe('');
    expect(new URL(page.url()).search).toBe('?roll=vaktmastare');
    await expect.poll(() => page.locator('[role="status"][data-status]').textContent(), { timeout: 5000 }).toBe('Svaren är rensade. Du uppfyller 0 av 2 nivåer.');
    await close();
  });
});

describe('accessibility with results shown (axe, WCAG 2.1 A and AA)', () => {
  const search = '?utbildning=gymnasium&som.vaktmastare=2&som.administrator=x&office=goda-kunskaper&som.ekonomiassistent=5&ekonomisystem=kunskaper&foo=1';
  for (const prefix of ['', 'en/']) {
    it(`${prefix || 'sv/'}${page_}, light and dark`, async () => {
      const { page, close } = await open(prefix + page_ + search);
      // A field error on screen too.
      await page.locator('#sa-job-1-years').fill('-3');
      await expect.poll(() => page.locator('#sa-job-1-years').getAttribute('aria-invalid')).toBe('true');
      expect(await page.locator('[data-eligible="true"]').count()).toBeGreaterThan(0);
      expect(await axeInBothSchemes(page)).toEqual({ light: [], dark: [] });
      await close();
    });
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
