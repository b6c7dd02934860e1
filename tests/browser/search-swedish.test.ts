/**
 * What the search page adds to Pagefind for Swedish, in Chromium on the built site: parts of
 * compound words find the compound (and the excerpt marks the compound, not index-only words),
 * other names find their role, a typo gets "Menade du …?" that runs the corrected search, and
 * a role's levels are listed together in order.
 */
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { useBrowser } from '../helpers/browser';
import { axeViolations, openPage } from '../helpers/open-page';
import { basePath } from '../helpers/paths';

const siteUrl = inject('siteUrl');
const base = basePath();
const browser = useBrowser(siteUrl);

async function rendered(page: Page, query: string) {
  await page.waitForFunction((q) => document.querySelector('kk-search')?.getAttribute('data-rendered-query') === q, query, { timeout: 15_000 });
}

async function search(lang: 'sv' | 'en', query: string) {
  const opened = await openPage(browser(), siteUrl, `${lang === 'en' ? 'en/' : ''}sok/?q=${encodeURIComponent(query)}`);
  await rendered(opened.page, query);
  return opened;
}

/** The level hits on screen: title, path after the base path, excerpt text and marked words. */
async function levelHits(page: Page) {
  const found = await page.locator('.search-results-section').first().locator('.search-result').evaluateAll((items) =>
    items.map((item) => ({
      title: item.querySelector('h3 a')?.textContent ?? '',
      href: item.querySelector<HTMLAnchorElement>('h3 a')?.getAttribute('href') ?? '',
      excerpt: item.querySelector('.search-excerpt')?.textContent ?? '',
      marks: [...item.querySelectorAll('.search-excerpt mark')].map((m) => m.textContent ?? ''),
    })),
  );
  return found.map(({ href, ...rest }) => ({ ...rest, path: href.slice(base.length) }));
}

describe('compound words', () => {
  it('"ekonom" lists Redovisningsekonom first', async () => {
    const { page, problems, close } = await search('sv', 'ekonom');
    const hits = await levelHits(page);
    expect(hits.slice(0, 2).map((h) => h.path)).toEqual(['kontorstjanster/redovisningsekonom/1/', 'kontorstjanster/redovisningsekonom/2/']);
    expect(problems).toEqual([]);
    await close();
  });

  it('"telefonväxel" finds the pages with "telefonväxlar" and marks that word, with no index-only words in the excerpt', async () => {
    const { page, close } = await search('sv', 'telefonväxel');
    const hits = await levelHits(page);
    expect(hits.map((h) => h.path).sort()).toEqual(['kontorstjanster/receptionist/1/', 'kontorstjanster/vaxeltelefonist/1/']);
    for (const hit of hits) {
      expect(hit.marks).toContain('telefonväxlar');
      expect(hit.excerpt).not.toMatch(/[⟦⟧]/);
      expect(hit.excerpt).not.toMatch(/telefonväxel\b/);
    }
    await close();
  });

  it('"reskontra" finds both bookkeeping roles through "kundreskontra"', async () => {
    const { page, close } = await search('sv', 'reskontra');
    const roles = new Set((await levelHits(page)).map((h) => h.path.split('/')[1]));
    expect(roles).toEqual(new Set(['ekonomiassistent', 'redovisningsekonom']));
    await close();
  });
});

describe('other names for a role', () => {
  it('"sekreterare" finds Assistent, its levels in order', async () => {
    const { page, close } = await search('sv', 'sekreterare');
    const hits = await levelHits(page);
    expect(hits[0]?.path).toBe('kontorstjanster/assistent/1/');
    expect(hits[1]?.path).toBe('kontorstjanster/assistent/2/');
    await close();
  });

  it('"payroll officer" finds Payroll administrator, and a Swedish title finds its role on the English page', async () => {
    const english = await search('en', 'payroll officer');
    expect((await levelHits(english.page))[0]?.path).toBe('en/kontorstjanster/loneadministrator/1/');
    await english.close();
    const swedish = await search('en', 'handläggare');
    expect((await levelHits(swedish.page)).slice(0, 3).map((h) => h.path)).toEqual([
      'en/kontorstjanster/handlaggare/1/',
      'en/kontorstjanster/handlaggare/2/',
      'en/kontorstjanster/handlaggare/3/',
    ]);
    await swedish.close();
  });

  it('are shown on the role page', async () => {
    const { page, close } = await openPage(browser(), siteUrl, 'kontorstjanster/assistent/');
    await expect(page.locator('.also-known-as').textContent()).resolves.toBe('Kallas även: sekreterare, chefsassistent, administrativ assistent.');
    await close();
    const english = await openPage(browser(), siteUrl, 'en/kontorstjanster/assistent/');
    await expect(english.page.locator('.also-known-as').textContent()).resolves.toMatch(/^Also known as: secretary/);
    await english.close();
  });
});

describe('"Menade du …?"', () => {
  it('offers the corrected word for a typo, as a link that runs that search', async () => {
    const { page, problems, close } = await search('sv', 'registator');
    const suggestion = page.locator('[data-search-suggestion]');
    // The element is there from the start and fills when the word list has loaded: wait for its text.
    await expect.poll(() => suggestion.textContent(), { timeout: 10_000 }).toBe('Menade du registrator?');
    const link = suggestion.locator('a');
    expect(await link.getAttribute('href')).toBe(`${base}sok/?q=registrator`);
    await link.click();
    await rendered(page, 'registrator');
    expect(page.url()).toMatch(/\/sok\/\?q=registrator$/);
    expect((await levelHits(page))[0]?.path).toBe('kontorstjanster/registrator/1/');
    expect(await suggestion.isHidden()).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
    await close();
  });

  it('speaks English on the English page, and loads the word list only when it needs it', async () => {
    const requested: string[] = [];
    const { page, close } = await openPage(browser(), siteUrl, 'en/sok/?q=payroll');
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await rendered(page, 'payroll');
    await page.fill('#search-q', 'secratary');
    await rendered(page, 'secratary');
    await expect.poll(() => page.locator('[data-search-suggestion]').textContent(), { timeout: 10_000 }).toBe('Did you mean secretary?');
    expect(requested.filter((path) => path.endsWith('/words-en.txt'))).toHaveLength(1);
    await close();
  });

  it('is not offered, and its word list not loaded, when the words are found', async () => {
    const requested: string[] = [];
    const { page, close } = await openPage(browser(), siteUrl, 'sok/');
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await page.fill('#search-q', 'bokföring');
    await rendered(page, 'bokföring');
    await page.waitForTimeout(300);
    expect(await page.locator('[data-search-suggestion]').isHidden()).toBe(true);
    expect(requested.filter((path) => path.includes('/words-'))).toEqual([]);
    await close();
  });
});

describe('order of the hits', () => {
  it('lists a role’s levels together, lowest first', async () => {
    const { page, close } = await search('sv', 'ärenden');
    const paths = (await levelHits(page)).map((h) => h.path);
    const handlaggare = paths.filter((p) => p.includes('/handlaggare/'));
    expect(handlaggare).toEqual(['kontorstjanster/handlaggare/1/', 'kontorstjanster/handlaggare/2/', 'kontorstjanster/handlaggare/3/']);
    const first = paths.indexOf(handlaggare[0]!);
    expect(paths.slice(first, first + 3)).toEqual(handlaggare);
    await close();
  });
});
