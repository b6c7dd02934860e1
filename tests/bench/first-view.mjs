/**
 * A page's first view in Chromium with an empty cache: every request it makes until the network
 * is quiet, grouped into HTML, CSS, JavaScript and the rest, each body gzip-compressed (level 9)
 * as a server would send it.
 */
import { gzipSync } from 'node:zlib';

const kinds = { document: 'html', stylesheet: 'css', script: 'js' };

export async function measureFirstView(browser, url) {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
  const page = await context.newPage();
  const origin = new URL(url).origin;
  const responses = [];
  const foreign = [];
  await page.route('**/*', (route) => {
    if (new URL(route.request().url()).origin === origin) return route.continue();
    foreign.push(route.request().url());
    return route.abort();
  });
  page.on('response', (response) => responses.push(response));
  try {
    await page.goto(url, { waitUntil: 'networkidle' });
    const view = { requests: 0, html: 0, css: 0, js: 0, other: 0, total: 0, scripts: [], scriptBytes: {}, foreign };
    for (const response of responses) {
      const type = response.request().resourceType();
      const body = await response.body().catch(() => Buffer.alloc(0));
      const bytes = gzipSync(body, { level: 9 }).length;
      const kind = kinds[type] ?? 'other';
      view.requests += 1;
      view[kind] += bytes;
      view.total += bytes;
      if (kind === 'js') {
        const path = new URL(response.url()).pathname;
        view.scripts.push(path);
        view.scriptBytes[path] = bytes;
      }
    }
    return view;
  } finally {
    await context.close();
  }
}
