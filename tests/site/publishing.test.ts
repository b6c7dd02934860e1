/**
 * Publishing under an organisation's name: the site configuration (content/site.yaml) feeds the
 * footer of every page; a preview build says it is one; a build with SITE_URL set stops without
 * a contact, naming the file and the field; and a production build has no placeholder address
 * in any file.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { t } from '../../src/i18n';
import { placeholderSiteUrl } from '../../src/lib/site/deployment';
import { decode, listFiles, tags, text } from '../helpers/html';
import { dist } from '../helpers/paths';
import { copyProject } from '../helpers/project-copy';

const placeholderHost = new URL(placeholderSiteUrl).host;
const productionUrl = 'https://kompetens.example.org';
const fixture = 'tests/fixtures/site/published.yaml';

const htmlPages = (dir: string) => listFiles(dir).filter((file) => file.endsWith('.html'));
const footerOf = (html: string) => html.match(/<footer[\s\S]*<\/footer>/)?.[0] ?? '';
const langOf = (html: string) => (html.match(/<html lang="(\w+)"/)?.[1] === 'en' ? 'en' : 'sv');

describe('preview build (no SITE_URL, configuration not filled in)', () => {
  const pages = htmlPages(dist).filter((file) => file !== '404.html');

  it('every page says in its footer that it is a preview, and that the site is not the source publisher’s', () => {
    expect(pages.length).toBeGreaterThan(50);
    for (const file of pages) {
      const html = readFileSync(join(dist, file), 'utf8');
      const m = t(langOf(html));
      const footer = text(footerOf(html));
      expect(footer, file).toContain(m.previewNote);
      expect(footer, file).toContain(m.footerNotSource.replaceAll('{sourcePublisher}', 'Kammarkollegiet'));
      expect(html, file).not.toContain('data-site-publisher');
    }
  });

  it('prints the source line once per page, in the footer', () => {
    for (const file of pages) {
      const html = readFileSync(join(dist, file), 'utf8');
      const lines = [...html.matchAll(/<p class="(?:footer-source|source-line)"/g)];
      expect(lines.length, file).toBe(1);
      expect(footerOf(html), file).toContain('class="footer-source"');
    }
  });

  it('the about page says who runs the site, or that it is a preview, and what is known of the source', () => {
    for (const [lang, file] of [['sv', 'om-webbplatsen/index.html'], ['en', 'en/om-webbplatsen/index.html']] as const) {
      const m = t(lang);
      const html = readFileSync(join(dist, file), 'utf8');
      const body = text(html.replace(/<footer[\s\S]*<\/footer>/, ''));
      expect(body).toContain(m.aboutPreview);
      // The area has no document address or framework agreement yet: said, not invented.
      expect(body).toContain(m.aboutSourceNoLink.replace('{publisher}', 'Kammarkollegiet'));
      expect(body).toContain(m.aboutAgreementUnknown.replace('{publisher}', 'Kammarkollegiet'));
      expect(body).toContain(m.aboutUndated);
      expect(body).toContain(m.aboutReportPreview);
    }
  });

  it('shows no placeholder address to a reader: not in the text, copied text, print footer or JSON-LD', () => {
    for (const file of pages) {
      const html = readFileSync(join(dist, file), 'utf8');
      // Canonical and language links need some address; nothing else may carry the placeholder.
      const withoutLinkTags = html.replace(/<link\b[^>]*>/g, '');
      expect(withoutLinkTags.includes(placeholderHost), file).toBe(false);
    }
  });
});

describe('a build with SITE_URL set', () => {
  const project = copyProject('konsultkompetenser-production');
  const outDir = join(project.dir, 'dist');
  const failedDir = join(project.dir, 'dist-unfilled');
  let production: { code: number | null; output: string };

  beforeAll(async () => {
    production = await project.build(outDir, { SITE_URL: productionUrl, SITE_CONFIG: fixture });
  }, 600_000);
  afterAll(() => project.remove());

  it('stops when the contact is missing, naming the file and the field', { timeout: 600_000 }, async () => {
    mkdirSync(failedDir);
    const { code, output } = await project.build(failedDir, { SITE_URL: productionUrl, SITE_CONFIG: 'content/site.yaml' });
    expect(code).not.toBe(0);
    expect(output).toContain('content/site.yaml: contact.email: expected an e-mail address');
    expect(output).toContain('content/site.yaml: organisation.name: expected the name');
    expect(listFiles(failedDir)).toEqual([]);
  });

  it('builds with a filled-in configuration', () => {
    expect(production.code, production.output.slice(-3000)).toBe(0);
  });

  it('has no placeholder address in any built file', () => {
    const files = listFiles(outDir);
    expect(files.length).toBeGreaterThan(100);
    const withPlaceholder = files.filter((file) => readFileSync(join(outDir, file), 'latin1').includes(placeholderHost));
    expect(withPlaceholder).toEqual([]);
  });

  it('names the organisation and its contact in the footer of every page, with no preview note', () => {
    for (const file of htmlPages(outDir)) {
      if (file === '404.html') continue;
      const html = readFileSync(join(outDir, file), 'utf8');
      const lang = langOf(html);
      const footer = footerOf(html);
      expect(text(footer), file).toContain(lang === 'en' ? 'This site is run by The Example Agency.' : 'Webbplatsen drivs av Exempelmyndigheten.');
      expect(tags(footer, 'a').map((a) => a['href']), file).toContain('mailto:webb@exempelmyndigheten.example.org');
      expect(html, file).not.toContain('data-preview-note');
    }
  });

  it('copied text, the print footer and JSON-LD carry the real address', () => {
    const html = readFileSync(join(outDir, 'kontorstjanster/administrator/1/index.html'), 'utf8');
    const page = `${productionUrl}/kontorstjanster/administrator/1/`;
    expect(decode(html)).toContain(`Sida: ${page}`);
    expect(text(footerOf(html))).toContain(`Sidans adress: ${page}`);
    expect(html).toContain(`"url":"${page}"`);
    const statement = text(readFileSync(join(outDir, 'tillganglighet/index.html'), 'utf8'));
    expect(statement).toContain('Exempelmyndigheten står bakom webbplatsen kompetens.example.org.');
    expect(statement).toContain('010-123 45 67');
  });
});
