import { describe, expect, it } from 'vitest';
import { buildCatalog } from '../../src/lib/catalog';
import { buildOpenData, csvColumns, dataFileText, dataFileUrl, openDataCsvRows } from '../../src/lib/open-data';
import { createRoutes } from '../../src/lib/routes';
import { openDataJsonSchema } from '../../src/schemas/open-data';
import { readContent } from '../helpers/content';
import { validatorFor } from '../helpers/json-schema';

const { areas, roles } = readContent();
const catalog = buildCatalog(areas, roles);
const context = { site: 'https://example.test', routes: createRoutes('/') };
const data = buildOpenData(catalog, context);
const levels = data.areas.flatMap((a) => a.roles.flatMap((r) => r.levels));

describe('buildOpenData', () => {
  it('holds every level of the catalog, in its order, with stable ids', () => {
    expect(levels.map((l) => l.id)).toEqual(catalog.levels.map((l) => l.id));
    const admin1 = levels.find((l) => l.id === 'kontorstjanster/administrator/1')!;
    expect(admin1.tasks[0]?.id).toBe('kontorstjanster/administrator/1/tasks/1');
    expect(admin1.requirements[1]?.id).toBe('kontorstjanster/administrator/1/requirements/2');
    expect(admin1.requirements[1]?.sv).toBe('minst ett (1) års arbetslivserfarenhet från liknande arbete.');
    expect(admin1.requirements[1]?.criterion).toEqual({ kind: 'experience', years: 1, scope: 'similar-work' });
  });

  it('gives the pages in both languages, under the base path', () => {
    const admin1 = levels.find((l) => l.id === 'kontorstjanster/administrator/1')!;
    expect(admin1.urls).toEqual({
      sv: 'https://example.test/kontorstjanster/administrator/1/',
      en: 'https://example.test/en/kontorstjanster/administrator/1/',
    });
    const sub = buildOpenData(catalog, { site: 'https://example.test', routes: createRoutes('/sub/') });
    expect(sub.areas[0]?.urls.en).toBe('https://example.test/sub/en/kontorstjanster/');
    expect(sub.schema).toBe('https://example.test/sub/data/roles.schema.json');
  });

  it('names the source, its transcription date, and a licence that leaves the source text out', () => {
    expect(data.areas[0]?.source).toMatchObject({ publisher: 'Kammarkollegiet', transcribed: '2026-11-28' });
    expect(data.licence.id).toBe('CC0-1.0');
    expect(data.licence.scope.sv).toMatch(/omfattas inte/);
    expect(data.licence.scope.en).toMatch(/not covered/);
  });

  it('validates against the JSON Schema generated from the same Zod schema', () => {
    const validate = validatorFor(openDataJsonSchema(dataFileUrl('schema', context)));
    expect(validate(data)).toEqual([]);
  });

  it('the JSON Schema rejects what the data must not hold', () => {
    const validate = validatorFor(openDataJsonSchema(dataFileUrl('schema', context)));
    const broken = structuredClone(data);
    const level = broken.areas[0]!.roles[0]!.levels[0]!;
    (level.requirements[0] as { criterion: unknown }).criterion = { kind: 'experience', years: 'three' };
    delete (level.tasks[0] as { sv?: string }).sv;
    delete (broken.areas[0]!.source as { transcribed?: string }).transcribed;
    const errors = validate(JSON.parse(JSON.stringify(broken)));
    expect(errors.join('\n')).toMatch(/tasks\/0 must have required property 'sv'/);
    expect(errors.join('\n')).toMatch(/requirements\/0\/criterion/);
    expect(errors.join('\n')).toMatch(/source must have required property 'transcribed'/);
    expect(validate({ ...data, areas: [{ ...data.areas[0], source: { ...data.areas[0]!.source, transcribed: '28/11/2026' } }] }).join()).toMatch(/format "date"/);
  });
});

describe('CSV rows', () => {
  const rows = openDataCsvRows(data);

  it('one header, then one row per task or requirement', () => {
    expect(rows[0]).toEqual([...csvColumns]);
    const items = levels.reduce((sum, l) => sum + l.tasks.length + l.requirements.length, 0);
    expect(rows).toHaveLength(items + 1);
  });

  it('a row holds the item in both languages with its ids', () => {
    const row = rows.find((r) => r[0] === 'kontorstjanster/administrator/1/requirements/2')!;
    const named = Object.fromEntries(csvColumns.map((column, i) => [column, row[i]]));
    expect(named).toEqual({
      id: 'kontorstjanster/administrator/1/requirements/2',
      level_id: 'kontorstjanster/administrator/1',
      area: 'kontorstjanster',
      role: 'administrator',
      level: '1',
      role_sv: 'Administratör',
      role_en: 'Administrator',
      kind: 'requirement',
      number: '2',
      sv: 'minst ett (1) års arbetslivserfarenhet från liknande arbete.',
      en: 'at least one (1) year of work experience in similar work.',
    });
  });

  it('the file uses semicolons and a BOM', () => {
    const csv = dataFileText('csv', catalog, context);
    expect(csv.startsWith('\uFEFFid;level_id;area;role;level;')).toBe(true);
  });
});

describe('routes.file', () => {
  it('gives a language-independent file path under the base', () => {
    expect(createRoutes('/').file('data', 'roles.json')).toBe('/data/roles.json');
    expect(createRoutes('/sub').file('data', 'roles.csv')).toBe('/sub/data/roles.csv');
    expect(() => createRoutes('/').file('..', 'x')).toThrow();
  });
});
