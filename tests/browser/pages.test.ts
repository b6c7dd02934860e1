/**
 * The built site in Chromium: pages load cleanly, axe finds no WCAG 2.1 A/AA problem in light
 * and dark colours, and the role page fits a 320 px wide screen.
 */
import AxeBuilder from '@axe-core/playwright';
import { existsSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { chromiumPath, launchBrowser } from '../helpers/browser';

const siteUrl = inject('siteUrl');
const pages = {
  home: '',
  role: 'kontorstjanster/administrator/',
  level: 'kontorstjanster/administrator/2/',
  singleLevelRole: 'kontorstjanster/arkivarie/',
};
const inBothLanguages = Object.entries(pages).flatMap(([name, path]) => [
  { name: `${name} (sv)`, path },
  { name: `${name} (en)`, path: `en/${path}` },
]);

let browser: Browser;

beforeAll(async () => {
  if (!siteUrl) throw new Error('dist/ is missing: run `npm run build` first');
  if (!existsSync(chromiumPath)) throw new Error('Chromium is missing: apt-get install chromium');
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

/** Opens a page and records console errors, page errors, failed requests and other hosts. */
async function open(path: string, options: { width?: number; colorScheme?: 'light' | 'dark' } = {}) {
  const context = await browser.newContext({
    viewport: { width: options.width ?? 1280, height: 900 },
    colorScheme: options.colorScheme ?? 'light',
  });
  const page = await context.newPage();
  const problems: string[] = [];
  const origin = new URL(siteUrl).origin;
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (new URL(url).origin === origin) return route.continue();
    problems.push(`request to another host: ${url}`);
    return route.abort();
  });
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('requestfailed', (request) => problems.push(`failed request: ${request.url()}`));
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  const response = await page.goto(siteUrl + path, { waitUntil: 'load' });
  return { page, problems, status: response?.status(), close: () => context.close() };
}

async function axe(page: Page) {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

describe('pages load cleanly', () => {
  for (const { name, path } of inBothLanguages) {
    it(name, async () => {
      const { problems, status, close } = await open(path);
      expect(status).toBe(200);
      expect(problems).toEqual([]);
      await close();
    });
  }

  it('a missing page gets the 404 page', async () => {
    const { page, status, close } = await open('finns-inte/');
    expect(status).toBe(404);
    expect(await page.locator('h1').textContent()).toBe('Sidan finns inte');
    await close();
  });
});

describe('accessibility (axe, WCAG 2.1 A and AA)', () => {
  for (const { name, path } of inBothLanguages) {
    for (const colorScheme of ['light', 'dark'] as const) {
      it(`${name}, ${colorScheme}`, async () => {
        const { page, close } = await open(path, { colorScheme });
        expect(await axe(page)).toEqual([]);
        await close();
      });
    }
  }

  it('the skip link is the first thing to get focus and leads to main', async () => {
    const { page, close } = await open(pages.role);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe('#main');
    expect(await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle)).not.toBe('none');
    await close();
  });
});

describe('small screens', () => {
  for (const path of [pages.role, `en/${pages.role}`, 'kontorstjanster/handlaggare/', pages.home, pages.level]) {
    it(`no horizontal scroll at 320 px: /${path}`, async () => {
      const { page, close } = await open(path, { width: 320 });
      const [scrollWidth, innerWidth] = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
      expect(scrollWidth).toBeLessThanOrEqual(innerWidth);
      await close();
    });
  }

  it('levels sit side by side on a wide screen and stack on a narrow one', async () => {
    for (const [width, sideBySide] of [[1280, true], [375, false]] as const) {
      const { page, close } = await open('kontorstjanster/handlaggare/', { width });
      const tops = await page.locator('.level-column').evaluateAll((els) => els.map((el) => el.getBoundingClientRect().top));
      expect(new Set(tops).size === 1, `width ${width}`).toBe(sideBySide);
      await close();
    }
  });
});
