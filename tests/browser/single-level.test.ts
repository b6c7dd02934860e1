/**
 * A single-level role's address in Chromium: it lands on the role's one page, the level page, at
 * once, with or without JavaScript, in both languages and under a base path; and for a browser
 * that does not follow the refresh it is a page that passes axe in light and dark and links on.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { buildCatalog } from '../../src/lib/catalog';
import { createRoutes } from '../../src/lib/routes';
import { serveBaseBuild, testBase } from '../helpers/base-build';
import { useBrowser } from '../helpers/browser';
import { readContent } from '../helpers/content';
import { axeViolations, openPage, type OpenOptions } from '../helpers/open-page';
import { colourRules } from '../helpers/page-check';

const siteUrl = inject('siteUrl');
const browser = useBrowser(siteUrl);
const content = readContent();
const single = buildCatalog(content.areas, content.roles).roles.filter((role) => role.levels.length === 1);
const routes = createRoutes('/');

/** Opens `from` and waits until the browser is at `to`; returns what went wrong on the way. */
async function follow(base: string, from: string, to: string, options: OpenOptions = {}) {
  const { page, problems, status, close } = await openPage(browser(), base, from.slice(1), options);
  await page.waitForURL((url) => url.pathname === to, { timeout: 10_000 });
  const heading = await page.locator('h1').textContent();
  await close();
  return { status, problems, heading };
}

describe('a single-level role has one page, and its old address leads there', () => {
  it('the content has single-level roles', () => {
    expect(single.length).toBeGreaterThanOrEqual(2);
  });

  for (const lang of ['sv', 'en'] as const) {
    it(`${lang}: every single-level role's address lands on its level page, at once and cleanly`, async () => {
      for (const role of single) {
        const from = routes.role(lang, role.area.slug, role.slug);
        const to = routes.level(lang, role.area.slug, role.slug, 1);
        const { status, problems, heading } = await follow(siteUrl!, from, to);
        expect(status, from).toBe(200);
        expect(problems, from).toEqual([]);
        expect(heading, from).toContain(role.title[lang]);
      }
    });
  }

  it('without JavaScript too: the refresh is plain HTML', async () => {
    const role = single[0]!;
    const to = routes.level('sv', role.area.slug, role.slug, 1);
    const { problems } = await follow(siteUrl!, routes.role('sv', role.area.slug, role.slug), to, { javaScriptEnabled: false });
    expect(problems).toEqual([]);
  });

  it('for a browser that does not follow the refresh: a page that passes axe in light and dark, whose link goes on', async () => {
    const role = single.find((r) => r.slug === 'controller') ?? single[0]!;
    for (const lang of ['sv', 'en'] as const) {
      const from = routes.role(lang, role.area.slug, role.slug);
      const to = routes.level(lang, role.area.slug, role.slug, 1);
      // Start on the level page, then serve the old address without its refresh.
      const { page, problems, close } = await openPage(browser(), siteUrl!, to.slice(1));
      await page.route(new URL(from, siteUrl).href, async (route) => {
        const response = await route.fetch();
        const body = (await response.text()).replace(/<meta http-equiv="refresh"[^>]*>/, '');
        expect(body).not.toMatch(/http-equiv="refresh"/);
        await route.fulfill({ response, body });
      });
      await page.goto(new URL(from, siteUrl).href);
      await page.waitForTimeout(300);
      expect(new URL(page.url()).pathname).toBe(from);
      expect(await axeViolations(page)).toEqual([]);
      await page.emulateMedia({ colorScheme: 'dark' });
      expect(await axeViolations(page, { runOnly: { type: 'rule', values: colourRules } })).toEqual([]);
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe('#main');
      await page.locator('[data-forward] a').click();
      await page.waitForURL((url) => url.pathname === to);
      expect(problems).toEqual([]);
      await close();
    }
  });
});

describe('under a base path', () => {
  let server: { url: string; close: () => Promise<void> };

  beforeAll(async () => {
    server = await serveBaseBuild();
  });

  afterAll(async () => {
    await server?.close();
  });

  it('the old address of a single-level role lands on its level page inside the base path', async () => {
    const base = createRoutes(testBase);
    for (const role of single.slice(0, 2)) {
      const from = base.role('en', role.area.slug, role.slug);
      const to = base.level('en', role.area.slug, role.slug, 1);
      // The server is mounted at the base path; openPage takes a path relative to it.
      const origin = new URL(server.url).origin;
      const { status, problems } = await follow(`${origin}/`, from, to);
      expect(status, from).toBe(200);
      expect(problems, from).toEqual([]);
    }
  });
});
