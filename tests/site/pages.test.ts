/**
 * The built site (dist/): one page per level in both languages, with ids read from the content,
 * and the right language and title on each. Run `npm run build` first.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCatalog, type Catalog } from '../../src/lib/catalog';
import { titleWithOfficial } from '../../src/lib/official-title';
import { readContent } from '../helpers/content';
import { listFiles, readHtml, tags, text } from '../helpers/html';
import { basePath, dist } from '../helpers/paths';

const catalog: Catalog = buildCatalog(readContent().areas, readContent().roles);
const langs = [
  { lang: 'sv' as const, prefix: '' },
  { lang: 'en' as const, prefix: 'en/' },
];

beforeAll(() => {
  if (!existsSync(join(dist, 'index.html'))) throw new Error('dist/ is missing: run `npm run build` first');
});

describe('a page for every level, role and area in both languages', () => {
  for (const { lang, prefix } of langs) {
    for (const level of catalog.levels) {
      it(`${lang}: ${level.id}`, () => {
        const file = `${prefix}${level.id}/index.html`;
        expect(existsSync(join(dist, file)), file).toBe(true);
        const html = readHtml(dist, file);
        expect(html).toContain(`<html lang="${lang}">`);
        const h1 = html.match(/<h1[^>]*>([\s\S]*?)<\/h1>/)?.[1];
        // English pages keep the official Swedish title: "Case officer 2 (Handläggare 2)".
        expect(text(h1 ?? '')).toBe(titleWithOfficial(level.title, lang));
        const lists = tags(html, 'ul').filter((ul) => ul['data-level-id'] === level.id);
        expect(lists.map((ul) => ul['data-list'])).toEqual(['tasks', 'requirements']);
        for (const item of [...level.tasks, ...level.requirements]) {
          expect(text(html)).toContain(item[lang].replace(/\s+/g, ' '));
        }
      });
    }

    it(`${lang}: every role and area page`, () => {
      for (const role of catalog.roles) {
        // A single-level role's one page is its level page; its own address forwards there.
        const page = role.levels.length > 1 ? `${prefix}${role.id}/index.html` : `${prefix}${role.id}/1/index.html`;
        const html = readHtml(dist, page);
        expect(text(html)).toContain(role.title[lang]);
        expect(tags(html, 'ul').filter((ul) => ul['data-list'] === 'requirements')).toHaveLength(role.levels.length);
      }
      for (const area of catalog.areas) {
        expect(existsSync(join(dist, `${prefix}${area.slug}/index.html`))).toBe(true);
      }
    });

    it(`${lang}: home lists every role and links every level`, () => {
      const html = readHtml(dist, `${prefix}index.html`);
      const hrefs = new Set(tags(html, 'a').map((a) => a['href']));
      for (const level of catalog.levels) {
        expect(hrefs.has(`${basePath()}${prefix}${level.id}/`), level.id).toBe(true);
      }
    });
  }

  it('nothing else: no stray pages under an area', () => {
    const expected = new Set(catalog.levels.map((l) => l.id));
    for (const role of catalog.roles) {
      for (const n of [0, role.levels.length + 1]) {
        expect(expected.has(`${role.id}/${n}`)).toBe(false);
        expect(existsSync(join(dist, `${role.id}/${n}/index.html`))).toBe(false);
      }
    }
  });
});

describe('text and metadata', () => {
  it('every role page names its source, undated, with the transcription date', () => {
    for (const role of catalog.roles) {
      const { publisher, title, transcribed, date } = role.area.source;
      const sv = text(readHtml(dist, `${role.id}/index.html`));
      const en = text(readHtml(dist, `en/${role.id}/index.html`));
      expect(sv).toContain(`Källa: ${publisher}, ${title} (${date ?? 'odaterad'}). Överförd och kontrollerad ${transcribed}.`);
      expect(en).toContain(`Source: ${publisher}, ${title} (${date ?? 'undated'}). Transcribed and checked ${transcribed}.`);
    }
  });

  it('every page has a title, a description, one h1 and a main landmark', () => {
    const utility = ['jamfor', 'oppna-data'].flatMap((slug) => [`${slug}/index.html`, `en/${slug}/index.html`]);
    const pages = ['index.html', 'en/index.html', ...utility, ...catalog.levels.map((l) => `${l.id}/index.html`)];
    for (const page of pages) {
      const html = readHtml(dist, page);
      expect(html, page).toMatch(/<title>[^<]+<\/title>/);
      expect(tags(html, 'meta').find((m) => m['name'] === 'description')?.['content'], page).toBeTruthy();
      expect(html.match(/<h1\b/g), page).toHaveLength(1);
      expect(html, page).toContain('<main id="main"');
      // Only data (JSON, JSON-LD) and bundled modules that enhance the page; no classic or inline handlers.
      expect(html, page).not.toMatch(/<script\b(?![^>]*\btype="(?:application\/(?:ld\+)?json|module)")/);
      expect(html, page).not.toMatch(/\son[a-z]+="/);
    }
  });

  it('words are not glued to inline elements (compressHTML)', () => {
    const inline = 'a|abbr|b|cite|code|em|i|small|span|strong|time';
    const before = new RegExp(`[\\p{L}\\d]<(?:${inline})\\b`, 'u');
    const after = new RegExp(`[^\\s>]</(?:${inline})>(?:<(?:${inline})\\b[^>]*>)?[\\p{L}\\d]`, 'u');
    for (const file of listFiles(dist).filter((f) => f.endsWith('.html'))) {
      const html = readHtml(dist, file).replace(/<head>[\s\S]*<\/head>/, '');
      expect(html.match(before)?.[0], file).toBeUndefined();
      expect(html.match(after)?.[0], file).toBeUndefined();
    }
    expect(text(readHtml(dist, 'kontorstjanster/index.html'))).toMatch(/Källa: \S+, Konsultkompetenser/);
  });
});
