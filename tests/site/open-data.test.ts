/**
 * The open data files as built into dist/data/: the JSON follows its schema and holds every level
 * in both languages; the CSV opens in Excel (BOM, semicolons) and holds the same items.
 * Run `npm run build` first.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import type { OpenData } from '../../src/schemas/open-data';
import { readHtml, tags, text } from '../helpers/html';
import { validatorFor } from '../helpers/json-schema';
import { basePath, dist } from '../helpers/paths';

const file = (name: string) => join(dist, 'data', name);
let data: OpenData;
let schema: Record<string, unknown>;
let csv: string;

beforeAll(() => {
  if (!existsSync(file('roles.json'))) throw new Error('dist/data/ is missing: run `npm run build` first');
  data = JSON.parse(readFileSync(file('roles.json'), 'utf8')) as OpenData;
  schema = JSON.parse(readFileSync(file('roles.schema.json'), 'utf8')) as Record<string, unknown>;
  csv = readFileSync(file('roles.csv'), 'utf8');
});

const levelsOf = (d: OpenData) => d.areas.flatMap((a) => a.roles.flatMap((r) => r.levels));
const itemsOf = (d: OpenData) =>
  levelsOf(d).flatMap((level) => [
    ...level.tasks.map((item) => ({ id: item.id, level_id: level.id, kind: 'task', sv: item.sv, en: item.en })),
    ...level.requirements.map((item) => ({ id: item.id, level_id: level.id, kind: 'requirement', sv: item.sv, en: item.en })),
  ]);

describe('roles.json', () => {
  it('validates against roles.schema.json (JSON Schema 2020-12, with formats)', () => {
    expect(schema['$schema']).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(validatorFor(schema)(data)).toEqual([]);
    expect(data.schema).toBe(schema['$id']);
  });

  it('holds all 25 levels of the 16 roles, in both languages', () => {
    const levels = levelsOf(data);
    expect(data.areas.flatMap((a) => a.roles)).toHaveLength(16);
    expect(levels).toHaveLength(25);
    expect(new Set(levels.map((l) => l.id)).size).toBe(25);
    for (const level of levels) {
      for (const item of [level.title, ...level.tasks, ...level.requirements]) {
        expect(item.sv.trim(), level.id).not.toBe('');
        expect(item.en.trim(), level.id).not.toBe('');
      }
      // Titles can be the same word in both languages (Controller); the items are translated.
      for (const item of [...level.tasks, ...level.requirements]) expect(item.en, item.id).not.toBe(item.sv);
    }
  });

  it('every id is unique and every page address exists in dist/', () => {
    const ids = itemsOf(data).map((item) => item.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const level of levelsOf(data)) {
      for (const url of [level.urls.sv, level.urls.en]) {
        const path = new URL(url).pathname.slice(basePath().length);
        expect(existsSync(join(dist, path, 'index.html')), url).toBe(true);
      }
    }
  });

  it('names the source and the transcription date', () => {
    for (const area of data.areas) {
      expect(area.source.publisher).toBe('Kammarkollegiet');
      expect(area.source.transcribed).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });
});

describe('roles.csv', () => {
  it('starts with a UTF-8 byte order mark', () => {
    const bytes = readFileSync(file('roles.csv'));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });

  it('parses back, semicolon-separated, to the same items as the JSON', () => {
    const parsed = Papa.parse<Record<string, string>>(csv.replace(/^\uFEFF/, ''), {
      header: true,
      delimiter: ';',
      skipEmptyLines: true,
    });
    expect(parsed.errors).toEqual([]);
    expect(parsed.meta.delimiter).toBe(';');
    const rows = parsed.data.map((row) => ({ id: row['id'], level_id: row['level_id'], kind: row['kind'], sv: row['sv'], en: row['en'] }));
    expect(rows).toEqual(itemsOf(data));
    expect(parsed.data[0]).toMatchObject({ area: 'kontorstjanster', role: expect.any(String), level: '1', number: '1' });
  });

  it('uses CRLF line ends and keeps Swedish letters', () => {
    expect(csv).toContain('\r\n');
    expect(csv.replace(/\r\n/g, '')).not.toMatch(/(?<!")\n/);
    expect(csv).toContain('Administratör');
  });
});

describe('the open data page', () => {
  for (const [lang, prefix] of [['sv', ''], ['en', 'en/']] as const) {
    it(`${lang}: links the three files and says why semicolons`, () => {
      const html = readHtml(dist, `${prefix}oppna-data/index.html`);
      const hrefs = tags(html, 'a').map((a) => a['href']);
      for (const name of ['roles.json', 'roles.schema.json', 'roles.csv']) expect(hrefs).toContain(`${basePath()}data/${name}`);
      expect(text(html)).toMatch(lang === 'sv' ? /semikolon, eftersom svenska Excel/ : /semicolons, because Swedish Excel/);
      expect(text(html)).toContain('CC0 1.0');
      expect(text(html)).toContain('Kammarkollegiet');
    });
  }

  it('every page links it from the footer', () => {
    for (const page of ['index.html', 'kontorstjanster/administrator/1/index.html', 'en/jamfor/index.html']) {
      const html = readHtml(dist, page);
      const footer = html.slice(html.indexOf('<footer'));
      const expected = `${basePath()}${page.startsWith('en/') ? 'en/' : ''}oppna-data/`;
      expect(tags(footer, 'a').map((a) => a['href']), page).toContain(expected);
    }
  });
});
