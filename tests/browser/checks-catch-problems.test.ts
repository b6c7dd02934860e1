/**
 * The every-page checks can fail: on a real page of dist, made worse in the browser, they report
 * a CSP violation, a request to another host, an axe violation, an element without visible
 * focus, sideways scrolling and targets too small to tap at 320 px.
 */
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { useBrowser } from '../helpers/browser';
import { openPage } from '../helpers/open-page';
import { CheckTab } from '../helpers/page-check';

const siteUrl = inject('siteUrl');
const browser = useBrowser(siteUrl);
let tab: CheckTab;

beforeAll(async () => {
  tab = await CheckTab.open(browser(), siteUrl);
});

afterAll(async () => {
  await tab?.close();
});

it('a clean page passes', async () => {
  const report = await tab.check(siteUrl, 'kontorstjanster/');
  expect(report.problems).toEqual([]);
  expect(report.axeLight).toEqual([]);
  expect(report.invisibleFocus).toEqual([]);
});

it('inline script, inline style, another host, bad contrast, hidden focus, tiny links and a wide element are all reported', async () => {
  const report = await tab.check(siteUrl, 'kontorstjanster/', async (page) => {
    await page.evaluate(async () => {
      // The three things the policy refuses below: wait until each has been reported.
      let refused = 0;
      const allRefused = new Promise((resolve) => {
        document.addEventListener('securitypolicyviolation', () => {
          if (++refused === 3) resolve(undefined);
        });
      });
      const script = document.createElement('script');
      script.textContent = 'document.title = "injected"';
      document.body.append(script);
      const style = document.createElement('style');
      style.textContent = 'body { margin: 1px }';
      document.head.append(style);
      const img = document.createElement('img');
      img.src = 'https://example.org/pixel.png';
      img.alt = '';
      document.body.append(img);
      const faint = document.createElement('p');
      faint.className = 'faint';
      faint.textContent = 'Svag text';
      document.querySelector('main')!.append(faint);
      const sheet = new CSSStyleSheet();
      sheet.replaceSync('.faint { color: #ddd; background: #fff } main a { outline: none !important } .tiny button { font-size: 8px; padding: 0; border: 0; margin: 0 } .wide { width: 2000px; height: 1px }');
      document.adoptedStyleSheets = [sheet];
      const tiny = document.createElement('p');
      tiny.className = 'tiny';
      tiny.innerHTML = '<button type="button">a</button><button type="button">b</button>';
      document.querySelector('main')!.append(tiny);
      const wide = document.createElement('div');
      wide.className = 'wide';
      document.body.append(wide);
      await allRefused;
    });
  });
  expect(report.problems).toEqual(
    expect.arrayContaining([
      expect.stringMatching(/^CSP violation: script-src-elem blocked inline/),
      expect.stringMatching(/^CSP violation: style-src-elem blocked inline/),
      expect.stringMatching(/^CSP violation: img-src blocked https:\/\/example\.org\/pixel\.png/),
    ]),
  );
  expect(report.axeLight.some((v) => v.startsWith('color-contrast'))).toBe(true);
  expect(report.invisibleFocus.length).toBeGreaterThan(0);
  expect(report.width320.scrollWidth).toBeGreaterThan(report.width320.innerWidth);
  expect(report.axeNarrow.some((v) => v.startsWith('target-size'))).toBe(true);
});

it('a request to another host is reported and never leaves the machine, even where the policy would let it through', async () => {
  // The site's policy refuses other hosts before a request starts; without it, the browser
  // itself must stop the request and the tab must still say so. "localhost" is another host that
  // this machine does serve (the same server as 127.0.0.1): only Chromium's own rule stops it.
  const { page, problems, close } = await openPage(browser(), siteUrl, 'kontorstjanster/', { bypassCSP: true });
  const elsewhere = new URL('favicon.svg', siteUrl.replace('://127.0.0.1', '://localhost')).href;
  const outcome = await page.evaluate((url) => fetch(url, { mode: 'no-cors' }).then(() => 'answered', () => 'failed'), elsewhere);
  expect(outcome).toBe('failed');
  expect(problems).toContain(`request to another host: ${elsewhere}`);
  await close();
});
