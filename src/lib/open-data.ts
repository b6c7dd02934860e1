import { locales, t, type Locale } from '../i18n';
import { openData, openDataJsonSchema, type OpenData, type OpenLevel } from '../schemas/open-data';
import type { LocalizedText } from '../schemas/text';
import type { Catalog } from './catalog';
import { toCsv } from './csv';
import type { Routes } from './routes';

/**
 * The open data files (/data/roles.json, /data/roles.schema.json, /data/roles.csv), built from
 * the catalog. The endpoints in src/pages/data/ serve these strings; the open data page uses
 * them for the file sizes.
 */

export const dataFiles = {
  json: 'roles.json',
  schema: 'roles.schema.json',
  csv: 'roles.csv',
} as const;

export type DataFile = keyof typeof dataFiles;

export const licence = {
  id: 'CC0-1.0',
  name: 'CC0 1.0',
  url: 'https://creativecommons.org/publicdomain/zero/1.0/',
} as const;

export interface OpenDataContext {
  /** The site's public address, e.g. "https://konsultkompetenser.example/". */
  readonly site: URL | string;
  readonly routes: Routes;
}

/** Absolute address of a data file. */
export function dataFileUrl(file: DataFile, context: OpenDataContext): string {
  return new URL(context.routes.file('data', dataFiles[file]), context.site).href;
}

function both(pick: (lang: Locale) => string): LocalizedText {
  return { sv: pick('sv'), en: pick('en') };
}

function urls(context: OpenDataContext, path: (lang: Locale) => string): { sv: string; en: string } {
  const [sv, en] = locales.map((lang) => new URL(path(lang), context.site).href) as [string, string];
  return { sv, en };
}

/** Every area, role and level with ids and page addresses, checked against the export schema. */
export function buildOpenData(catalog: Catalog, context: OpenDataContext): OpenData {
  const { routes } = context;
  const data: OpenData = {
    title: both((lang) => t(lang).openDataSetTitle),
    licence: { id: licence.id, url: licence.url, scope: both((lang) => t(lang).openDataLicenceScope) },
    schema: dataFileUrl('schema', context),
    areas: catalog.areas.map((area) => ({
      id: area.id,
      title: area.title,
      description: area.description,
      urls: urls(context, (lang) => routes.area(lang, area.slug)),
      source: area.source,
      roles: area.roles.map((role) => ({
        id: role.id,
        slug: role.slug,
        title: role.title,
        summary: role.summary,
        urls: urls(context, (lang) => routes.rolePage(lang, area.slug, role.slug, role.levels.map((level) => level.level))),
        levels: role.levels.map(
          (level): OpenLevel => ({
            id: level.id,
            level: level.level,
            title: level.title,
            urls: urls(context, (lang) => routes.level(lang, area.slug, role.slug, level.level)),
            tasks: level.tasks.map((task, index) => ({ id: `${level.id}/tasks/${index + 1}`, sv: task.sv, en: task.en })),
            requirements: level.requirements.map((req, index) => ({
              id: `${level.id}/requirements/${index + 1}`,
              sv: req.sv,
              en: req.en,
              criterion: req.criterion,
            })),
          }),
        ),
      })),
    })),
  };
  const checked = openData.safeParse(data);
  if (!checked.success) {
    const issue = checked.error.issues[0];
    throw new Error(`Open data does not match its schema at ${issue?.path.join('.')}: ${issue?.message}`);
  }
  return checked.data;
}

/** The columns of roles.csv, in order. */
export const csvColumns = ['id', 'level_id', 'area', 'role', 'level', 'role_sv', 'role_en', 'kind', 'number', 'sv', 'en'] as const;
export type CsvColumn = (typeof csvColumns)[number];

/** One row per task or requirement, tasks first within each level; the first row is the header. */
export function openDataCsvRows(data: OpenData): string[][] {
  const rows: string[][] = [[...csvColumns]];
  for (const area of data.areas) {
    for (const role of area.roles) {
      for (const level of role.levels) {
        const items = [
          ...level.tasks.map((item, index) => ({ item, index, kind: 'task' })),
          ...level.requirements.map((item, index) => ({ item, index, kind: 'requirement' })),
        ];
        for (const { item, index, kind } of items) {
          const row: Record<CsvColumn, string> = {
            id: item.id,
            level_id: level.id,
            area: area.id,
            role: role.slug,
            level: String(level.level),
            role_sv: role.title.sv,
            role_en: role.title.en,
            kind,
            number: String(index + 1),
            sv: item.sv,
            en: item.en,
          };
          rows.push(csvColumns.map((column) => row[column]));
        }
      }
    }
  }
  return rows;
}

/** The text of each data file. */
export function dataFileText(file: DataFile, catalog: Catalog, context: OpenDataContext): string {
  switch (file) {
    case 'json':
      return `${JSON.stringify(buildOpenData(catalog, context), null, 2)}\n`;
    case 'schema':
      return `${JSON.stringify(openDataJsonSchema(dataFileUrl('schema', context)), null, 2)}\n`;
    case 'csv':
      // Semicolons, because Swedish Excel uses the semicolon as its list separator.
      return toCsv(openDataCsvRows(buildOpenData(catalog, context)), { separator: ';', bom: true });
  }
}

export const dataFileTypes: Record<DataFile, string> = {
  json: 'application/json; charset=utf-8',
  schema: 'application/schema+json; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
};
