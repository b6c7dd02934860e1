/**
 * Search on the built site in Chromium: Swedish and English indexes, stemming and words typed
 * without å, ä, ö, filters, keyboard use, axe, the page without JavaScript, and that the
 * header, footer and other repeated text are not indexed.
 */
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { t } from '../../src/i18n';
import { buildCatalog } from '../../src/lib/catalog';
import { kindsOfRequirements } from '../../src/lib/requirement-kinds';
import { useBrowser } from '../helpers/browser';
import { axeInBothSchemes, openPage, type OpenOptions } from '../helpers/open-page';
import { readContent } from '../helpers/content';
import { basePath } from '../helpers/paths';

const siteUrl = inject('siteUrl');
const base = basePath();
const catalog = buildCatalog(readContent().areas, readContent().roles);


const browser = useBrowser(siteUrl);

interface Hit {
  title: string;
  /** The path after the base path: "kontorstjanster/registrator/1/" or "en/...". */
  path: string;
  excerpt: string;
  marks: string[];
}

/** Opens a page and collects errors: a console error or a failed request fails the test. */
const open = (path: string, options: OpenOptions = {}) => openPage(browser(), siteUrl, path, options);

async function waitForSearch(page: Page, query: string) {
  await page.waitForFunction(
    (q) => document.querySelector('[data-search]')?.getAttribute('data-rendered-query') === q,
    query,
    { timeout: 15_000 },
  );
}

/** The hits on screen: level pages (the main list), or comparisons of levels (the second list). */
async function hits(page: Page, list: 'levels' | 'comparisons' = 'levels'): Promise<Hit[]> {
  const section = page.locator('.search-results-section').nth(list === 'levels' ? 0 : 1);
  const found = await section.locator('.search-result').evaluateAll((items) =>
    items.map((item) => ({
      title: item.querySelector('h3 a')?.textContent ?? '',
      href: item.querySelector<HTMLAnchorElement>('h3 a')?.href ?? '',
      excerpt: item.querySelector('.search-excerpt')?.textContent ?? '',
      marks: [...item.querySelectorAll('.search-excerpt mark')].map((m) => m.textContent ?? ''),
    })),
  );
  return found.map(({ href, ...rest }) => {
    const path = new URL(href).pathname;
    expect(path.startsWith(base), `${path} is under ${base}`).toBe(true);
    return { ...rest, path: path.slice(base.length) };
  });
}

/** Asks for the comparisons of levels (a bundle of their own) and waits for them on screen. */
async function askForComparisons(page: Page) {
  await page.click('[data-comparisons-load]');
  await page.waitForSelector('[data-comparisons-offer]', { state: 'hidden', timeout: 15_000 });
}

/**
 * Opens the search page of a language with a query (and filters) in the address; with
 * `comparisons`, asks for the comparisons of levels too, as a reader does with the button.
 */
async function search(lang: 'sv' | 'en', query: string, filters: Record<string, string> = {}, { comparisons = false } = {}) {
  const params = new URLSearchParams({ q: query, ...filters });
  const opened = await open(`${lang === 'en' ? 'en/' : ''}sok/?${params}`);
  await waitForSearch(opened.page, query);
  if (comparisons) await askForComparisons(opened.page);
  return { ...opened, hits: await hits(opened.page), comparisons: await hits(opened.page, 'comparisons') };
}

/** One search page per language, kept open for the tests that only read the hits of a query. */
const typing = new Map<'sv' | 'en', Promise<Awaited<ReturnType<typeof open>>>>();

afterAll(async () => {
  for (const opened of typing.values()) {
    const { problems, close } = await opened;
    expect(problems).toEqual([]);
    await close();
  }
});

/**
 * The level hits for a query typed into the search box, on a search page of that language that
 * stays open between queries: the same search as from the address, without loading the page
 * and its index again. Not for tests that change the page (filters, comparisons, more hits).
 */
async function typed(lang: 'sv' | 'en', query: string): Promise<Hit[]> {
  if (!typing.has(lang)) typing.set(lang, open(`${lang === 'en' ? 'en/' : ''}sok/`));
  const { page } = await typing.get(lang)!;
  await page.fill('#search-q', query);
  await waitForSearch(page, query);
  return hits(page);
}

const roleOf = (hit: Hit) => hit.path.replace(/^en\//, '').split('/').slice(0, 2).join('/');
const levelPage = /^(en\/)?[a-z0-9-]+\/[a-z0-9-]+\/\d+\/$/;

describe('Swedish search', () => {
  it('"diarieföring" lists Registrator first, with the word marked', async () => {
    const { hits: found, problems, close } = await search('sv', 'diarieföring');
    expect(found.length).toBeGreaterThan(0);
    expect(found[0]!.title).toBe('Registrator');
    expect(found[0]!.path).toBe('kontorstjanster/registrator/1/');
    expect(found[0]!.marks.map((m) => m.toLowerCase())).toContain('diarieföring');
    expect(problems).toEqual([]);
    await close();
  });

  it('"vaxeltelefonist" without diacritics finds Växeltelefonist and shows the real spelling', async () => {
    const found = await typed('sv', 'vaxeltelefonist');
    expect(found[0]?.title).toBe('Växeltelefonist');
    expect(found[0]?.path).toBe('kontorstjanster/vaxeltelefonist/1/');
    expect(found[0]!.marks.map((m) => m.toLowerCase())).toContain('växeltelefonist');
    for (const hit of found) expect(hit.excerpt).not.toMatch(/vaxel/i);
  });

  // Every level whose Swedish text says "bokföring" in some form, read from the content.
  const bookkeepingRoles = [
    ...new Set(
      catalog.levels
        .filter((level) => [...level.tasks, ...level.requirements].some((item) => /bokföring/i.test(item.sv)))
        .map((level) => level.role.id),
    ),
  ].sort();

  it('the content has bookkeeping roles to find', () => {
    expect(bookkeepingRoles).toEqual(expect.arrayContaining(['kontorstjanster/ekonomiassistent', 'kontorstjanster/redovisningsekonom']));
  });

  for (const query of ['bokföringen', 'bokforing', 'bokforingen']) {
    it(`"${query}" finds the bookkeeping roles (stemming and missing diacritics)`, async () => {
      const found = await typed('sv', query);
      const roles = [...new Set(found.map(roleOf))].sort();
      expect(roles).toEqual(expect.arrayContaining(['kontorstjanster/ekonomiassistent', 'kontorstjanster/redovisningsekonom']));
      for (const hit of found) {
        expect(hit.path).toMatch(levelPage);
        expect(hit.marks.length, hit.title).toBeGreaterThan(0);
        for (const mark of hit.marks) expect(mark).toMatch(/bokföring/i);
      }
    });
  }

  it('the level filter narrows the hits to that level', async () => {
    const all = await search('sv', 'bokföring');
    const levels = new Set(all.hits.map((hit) => hit.path.split('/')[2]));
    expect(levels.size).toBeGreaterThan(1);
    await all.close();

    const narrowed = await search('sv', 'bokföring', { level: '2' });
    expect(narrowed.hits.length).toBeGreaterThan(0);
    expect(narrowed.hits.length).toBeLessThan(all.hits.length);
    for (const hit of narrowed.hits) expect(hit.path).toMatch(/\/2\/$/);
    await narrowed.close();
  });

  it('choosing a level in the form narrows the hits at once and keeps it in the address', async () => {
    const { page, hits: before, close } = await search('sv', 'bokföring');
    expect(await page.locator('#filter-level').isVisible()).toBe(false);
    await page.click('.search-filters summary');
    await page.selectOption('#filter-level', '1');
    await page.waitForFunction(
      () => location.search.includes('level=1') && document.querySelector('[data-search]')?.getAttribute('data-rendered-state') === location.search,
    );
    const after = await hits(page);
    expect(after.length).toBeLessThan(before.length);
    for (const hit of after) expect(hit.path).toMatch(/\/1\/$/);
    await close();
  });

  it('the role filter keeps only that role', async () => {
    const { hits: found, close } = await search('sv', 'bokföring', { role: 'kontorstjanster/ekonomiassistent' });
    expect(found.length).toBeGreaterThan(0);
    for (const hit of found) expect(roleOf(hit)).toBe('kontorstjanster/ekonomiassistent');
    await close();
  });

  it('the requirement filter alone lists exactly the levels that ask for a driving licence', async () => {
    const expected = catalog.levels
      .filter((level) => kindsOfRequirements(level.requirements).includes('driving-licence'))
      .map((level) => `${level.id}/`)
      .sort();
    expect(expected.length).toBeGreaterThan(0);
    const { page, hits: found, close } = await search('sv', '', { requirement: 'driving-licence' });
    expect(found.map((hit) => hit.path).sort()).toEqual(expected);
    expect(await page.locator('.search-status').textContent()).toMatch(/träff/);
    await close();
  });

  it('shows the first hits and the rest on request, moving focus to the first new one', async () => {
    const { page, hits: found, comparisons, close } = await search('sv', 'utbildning', {}, { comparisons: true });
    const status = (await page.locator('.search-status').textContent()) ?? '';
    const levelCount = Number(/^(\d+) träffar/.exec(status)?.[1]);
    const comparisonCount = Number(/Dessutom (\d+) jämförelser/.exec(status)?.[1]);
    expect(levelCount).toBeGreaterThan(10);
    expect(comparisonCount).toBeGreaterThan(5);
    expect(found).toHaveLength(10);
    expect(comparisons).toHaveLength(5);
    const more = page.locator('.search-results-section').nth(0).locator('.search-more');
    await more.focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction((n) => document.querySelectorAll('.search-results-section:first-child .search-result').length > n, 10);
    expect(await page.evaluate(() => document.activeElement?.closest('li') === document.querySelectorAll('.search-results-section:first-child .search-result')[10])).toBe(true);
    await page.locator('.search-results-section').nth(1).locator('.search-more').click();
    await page.waitForFunction((n) => document.querySelectorAll('.search-results-section:last-child .search-result').length === n, comparisonCount);
    const all = await hits(page);
    expect(all.length).toBe(Math.min(levelCount, 20));
    expect(new Set(all.map((hit) => hit.path)).size).toBe(all.length);
    await close();
  });

  it('says so when nothing is found', async () => {
    const { page, hits: found, close } = await search('sv', 'zyxwvu');
    expect(found).toEqual([]);
    expect(await page.locator('.search-status').textContent()).toContain('Inga träffar för ”zyxwvu”');
    await close();
  });
});

describe('English search', () => {
  it('"switchboard" finds the switchboard operator role first', async () => {
    const { hits: found, problems, close } = await search('en', 'switchboard');
    expect(found[0]?.title).toBe('Switchboard operator (Växeltelefonist)');
    expect(found[0]?.path).toBe('en/kontorstjanster/vaxeltelefonist/1/');
    expect(found[0]!.marks.some((m) => /switchboard/i.test(m))).toBe(true);
    expect(problems).toEqual([]);
    await close();
  });

  // Words in the text of both languages: each search page must stay in its own language.
  for (const query of ['office', 'diarieföring']) {
    it(`"${query}" finds English pages on the English page and Swedish pages on the Swedish one`, async () => {
      const en = await typed('en', query);
      expect(en.length).toBeGreaterThan(0);
      for (const hit of en) expect(hit.path).toMatch(/^en\//);
      const sv = await typed('sv', query);
      expect(sv.length).toBeGreaterThan(0);
      for (const hit of sv) expect(hit.path).not.toMatch(/^en\//);
    });
  }

  it('a word that only begins like a short indexed word finds nothing', async () => {
    // Pagefind on its own would answer "among" with every page that has "a".
    const { page, hits: found, close } = await search('en', 'among');
    expect(found).toEqual([]);
    expect(await page.locator('.search-status').textContent()).toContain('No results for “among”');
    await close();
  });

  it('speaks English', async () => {
    const { page, close } = await search('en', 'switchboard');
    expect(await page.locator('label[for="search-q"]').textContent()).toBe(t('en').searchFieldLabel);
    expect(await page.locator('.search-status').textContent()).toMatch(/^\d+ results? for “switchboard”\.$/);
    await close();
  });
});

describe('the results are announced', () => {
  it('a live region gives the number of hits, and of comparisons once the reader asks for them', async () => {
    const { page, hits: found, comparisons, close } = await search('sv', 'körkort');
    const status = page.locator('#search-status');
    expect(await status.getAttribute('role')).toBe('status');
    const levels = found.length === 1 ? '1 träff för ”körkort”.' : `${found.length} träffar för ”körkort”.`;
    expect(comparisons).toEqual([]);
    expect(await status.textContent()).toBe(levels);

    await askForComparisons(page);
    const asked = await hits(page, 'comparisons');
    expect(asked.length).toBeGreaterThan(0);
    const also = asked.length === 1 ? ' Dessutom 1 jämförelse mellan nivåer.' : ` Dessutom ${asked.length} jämförelser mellan nivåer.`;
    expect(await status.textContent()).toBe(levels + also);
    await close();
  });
});

describe('the comparisons of levels, on request', () => {
  it('a first search loads nothing of them; asking loads their bundle, lists them and moves focus to the first', async () => {
    const { page, problems, close } = await open('sok/?q=k%C3%B6rkort');
    await waitForSearch(page, 'körkort');
    // Every file the page has fetched so far.
    const fetched = () => page.evaluate(() => performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname));
    const section = page.locator('.search-results-section').nth(1);
    expect(await section.isVisible()).toBe(true);
    expect(await section.locator('[data-comparisons-load]').textContent()).toBe(t('sv').searchComparisonsLoad);
    expect((await fetched()).filter((path) => path.startsWith(`${base}pagefind/`))).not.toEqual([]);
    expect((await fetched()).filter((path) => path.startsWith(`${base}pagefind/comparisons/`))).toEqual([]);

    await askForComparisons(page);
    const comparisons = await hits(page, 'comparisons');
    expect(comparisons.length).toBeGreaterThan(0);
    const requests = await fetched();
    expect(requests.some((path) => path.startsWith(`${base}pagefind/comparisons/`))).toBe(true);
    // No second copy of Pagefind's code or WebAssembly: the comparisons run on the level bundle's.
    expect(requests.filter((path) => /\/pagefind\/comparisons\/.*\.(js|pagefind)$/.test(path))).toEqual([]);
    expect(await page.evaluate(() => document.activeElement?.closest('.search-result')?.querySelector('a')?.getAttribute('href'))).toBe(
      `${base}${comparisons[0]!.path}`,
    );
    expect(problems).toEqual([]);
    await close();
  });

  it('once asked, later searches list comparisons too, or say that none matches', async () => {
    const { page, close } = await search('sv', 'körkort', {}, { comparisons: true });
    await page.fill('#search-q', 'ekonomisystem');
    await waitForSearch(page, 'ekonomisystem');
    expect((await hits(page, 'comparisons')).length).toBeGreaterThan(0);
    expect(await page.locator('[data-comparisons-load]').isVisible()).toBe(false);

    await page.fill('#search-q', 'zyxwvu');
    await waitForSearch(page, 'zyxwvu');
    expect(await hits(page, 'comparisons')).toEqual([]);
    expect(await page.locator('[data-comparisons-none]').isVisible()).toBe(true);
    expect(await page.locator('[data-comparisons-none]').textContent()).toBe(t('sv').searchComparisonsNone);
    await close();
  });

  it('asking when none matches moves focus to the line that says so', async () => {
    const { page, close } = await search('en', 'zyxwvu', {}, { comparisons: true });
    expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-comparisons-none'))).toBe(true);
    expect(await page.locator('[data-comparisons-none]').textContent()).toBe(t('en').searchComparisonsNone);
    await close();
  });
});

describe('keyboard only', () => {
  it('from a level page: Tab to the header box, type, Enter, arrow down to the first hit, Enter opens it', async () => {
    const { page, problems, close } = await open('kontorstjanster/administrator/1/');
    for (let i = 0; i < 10; i++) {
      await page.keyboard.press('Tab');
      if (await page.evaluate(() => document.activeElement?.id === 'header-search-q')) break;
    }
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('header-search-q');
    await page.keyboard.type('körkort');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/sok\/\?q=/);
    await waitForSearch(page, 'körkort');
    const first = (await hits(page))[0]!;

    // On the search page: into the box, type another word, then to the hits with the arrow keys.
    for (let i = 0; i < 15; i++) {
      await page.keyboard.press('Tab');
      if (await page.evaluate(() => document.activeElement?.id === 'search-q')) break;
    }
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-q');
    expect(await page.inputValue('#search-q')).toBe('körkort');
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(first.title);
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === base + first.path);
    expect(await page.locator('h1').textContent()).toBeTruthy();
    expect(problems).toEqual([]);
    await close();
  });

  it('types in the search page box and reaches the hits with Tab too', async () => {
    const { page, close } = await open('sok/');
    await page.focus('#search-q');
    await page.keyboard.type('lönesystem');
    await waitForSearch(page, 'lönesystem');
    const found = await hits(page);
    expect(found.length).toBeGreaterThan(0);
    for (let i = 0; i < 10; i++) {
      await page.keyboard.press('Tab');
      if (await page.evaluate(() => document.activeElement?.closest('.search-result') !== null)) break;
    }
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(found[0]!.title);
    await page.keyboard.press('ArrowDown');
    if (found.length > 1) expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(found[1]!.title);
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-q');
    await close();
  });
});

describe('accessibility of the search page (axe, WCAG 2.1 A and AA)', () => {
  const cases = [
    { lang: 'sv' as const, query: 'bokföring', filters: {}, comparisons: false },
    { lang: 'en' as const, query: 'switchboard', filters: {}, comparisons: true },
    { lang: 'sv' as const, query: 'körkort', filters: { level: '2' }, comparisons: true },
  ];
  for (const { lang, query, filters, comparisons } of cases) {
    it(`${lang} "${query}" ${JSON.stringify(filters)}, light and dark, with hits${comparisons ? ' and comparisons' : ''}`, async () => {
      const params = new URLSearchParams({ q: query, ...filters });
      const { page, problems, close } = await open(`${lang === 'en' ? 'en/' : ''}sok/?${params}`);
      await waitForSearch(page, query);
      if (comparisons) await askForComparisons(page);
      expect((await hits(page)).length).toBeGreaterThan(0);
      expect(await axeInBothSchemes(page)).toEqual({ light: [], dark: [] });
      expect(problems).toEqual([]);
      await close();
    });
  }

  it('no horizontal scroll at 320 px with hits', async () => {
    const { page, close } = await open('sok/?q=bokf%C3%B6ring', { viewport: { width: 320, height: 700 } });
    await waitForSearch(page, 'bokföring');
    const [scrollWidth, innerWidth] = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
    expect(scrollWidth).toBeLessThanOrEqual(innerWidth!);
    await close();
  });
});

describe('without JavaScript', () => {
  for (const lang of ['sv', 'en'] as const) {
    it(`${lang}: the search page says search needs JavaScript and links to all roles`, async () => {
      const { page, close } = await open(`${lang === 'en' ? 'en/' : ''}sok/?q=x`, { javaScriptEnabled: false });
      const message = page.locator('.search-noscript');
      expect(await message.isVisible()).toBe(true);
      expect(await message.textContent()).toContain(t(lang).searchNoScript);
      const href = await message.locator('a').getAttribute('href');
      expect(href).toBe(`${base}${lang === 'en' ? 'en/' : ''}kontorstjanster/`);
      expect(await page.locator('#search-q').isVisible()).toBe(false);
      await close();
    });
  }

  it('the header search box is a plain form that leads to the search page', async () => {
    const { page, close } = await open('en/kontorstjanster/arkivarie/1/', { javaScriptEnabled: false });
    await page.fill('#header-search-q', 'archive');
    await page.press('#header-search-q', 'Enter');
    await page.waitForURL(/\/en\/sok\/\?q=archive$/);
    await close();
  });
});

describe('what is indexed', () => {
  // Words on every level page, but only in the skip link, footer, source line and the headings
  // that repeat on every page: none may be found.
  const chromeWords = {
    sv: ['stavning', 'översättning', 'skillnader', 'hoppa', 'odaterad', 'kompetenskrav'],
    en: ['spelling', 'translation', 'skip', 'undated', 'transcribed', 'among'],
  };
  const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  for (const lang of ['sv', 'en'] as const) {
    it(`${lang}: words from the header, footer and repeated headings find nothing`, async () => {
      const { page, close } = await open(`${lang === 'en' ? 'en/' : ''}kontorstjanster/registrator/1/`);
      const pageText = (await page.locator('body').innerText()).toLowerCase();
      await close();
      const content = fold(
        catalog.roles
          .flatMap((role) => [role.title, role.summary, ...role.levels.flatMap((l) => [...l.tasks, ...l.requirements])])
          .map((text) => text[lang])
          .join(' '),
      );
      for (const word of chromeWords[lang]) {
        // The word is on the page, and no word in any role's text starts like it.
        expect(pageText, word).toContain(word);
        expect(content, word).not.toContain(fold(word).slice(0, Math.max(4, word.length - 2)));
        expect(await typed(lang, word), `${lang} "${word}"`).toEqual([]);
      }
    });
  }

  it('level pages come first; comparisons follow in their own list; no role or overview page comes up', async () => {
    const { page, hits: found, comparisons, close } = await search('sv', 'ekonomisystem', {}, { comparisons: true });
    expect(found.length).toBeGreaterThan(0);
    for (const hit of found) expect(hit.path).toMatch(levelPage);
    expect(comparisons.length).toBeGreaterThan(0);
    for (const hit of comparisons) expect(hit.path).toMatch(/^[a-z0-9-]+\/[a-z0-9-]+\/jamfor\/\d+-\d+\/$/);
    const lists = await page.locator('.search-results-section ol').evaluateAll((ols) => ols.map((ol) => ol.getBoundingClientRect().top));
    expect(lists[0]).toBeLessThan(lists[1]!);
    expect(await page.locator('.search-status').textContent()).toMatch(
      new RegExp(`^${found.length} träffar för ”ekonomisystem”\\. Dessutom ${comparisons.length} jämförelser? mellan nivåer\\.$`),
    );
    await close();
  });

  it('a comparison counts both its levels and both levels’ requirements', async () => {
    const { hits: found, comparisons, close } = await search('sv', 'körkort', { level: '1' }, { comparisons: true });
    // Körkort is asked for at level 2 only, so no level 1 page has it, but the comparison of 1 and 2 does.
    expect(found).toEqual([]);
    expect(comparisons.map((hit) => hit.path)).toEqual(['kontorstjanster/vaktmastare/jamfor/1-2/']);
    await close();
  });
});
