/**
 * The requirements matrix and the role-page charts in dist/: one row per level in each
 * language, the table's structure, and spot checks against the source text.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCatalog } from '../../src/lib/catalog';
import { matrixColumns } from '../../src/lib/requirement-matrix';
import { readContent } from '../helpers/content';
import { readHtml, tags, text } from '../helpers/html';
import { basePath, dist } from '../helpers/paths';

const { areas, roles } = readContent();
const catalog = buildCatalog(areas, roles);
const langs = [
  { lang: 'sv' as const, prefix: '' },
  { lang: 'en' as const, prefix: 'en/' },
];

interface MatrixRow {
  id: string;
  header: string;
  /** Each cell's short words (the summary), or "" for an empty cell, by its columns ("education experience" when joined). */
  words: Record<string, string>;
  /** Each cell's whole text, including the requirement text behind the summary. */
  full: Record<string, string>;
  /** Each cell's attributes. */
  cells: Record<string, Record<string, string>>;
  attrs: Record<string, string>;
}

/** The rows of the matrix table in a built page, in document order. */
function matrixRows(html: string): MatrixRow[] {
  const table = html.match(/<table class="matrix-table"[\s\S]*?<\/table>/)?.[0] ?? '';
  return [...table.matchAll(/<tr\b([^>]*data-level-id[^>]*)>([\s\S]*?)<\/tr>/g)].map((match) => {
    const attrs = tags(`<tr${match[1]}>`, 'tr')[0]!;
    const body = match[2]!;
    const words: Record<string, string> = {};
    const full: Record<string, string> = {};
    const cells: Record<string, Record<string, string>> = {};
    for (const cell of body.matchAll(/(<td\b[^>]*data-column="([\w ]+)"[^>]*>)([\s\S]*?)<\/td>/g)) {
      const inside = cell[3]!.replace(/<span class="matrix-label">[\s\S]*?<\/span>/, '');
      words[cell[2]!] = text(inside.match(/<summary>([\s\S]*?)<\/summary>/)?.[1] ?? '');
      full[cell[2]!] = text(inside);
      cells[cell[2]!] = tags(cell[1]!, 'td')[0]!;
    }
    return { id: attrs['data-level-id']!, header: text(body.match(/<th scope="row">([\s\S]*?)<\/th>/)?.[1] ?? ''), words, full, cells, attrs };
  });
}

const page = (prefix: string) => readHtml(dist, `${prefix}krav-i-overblick/index.html`);

beforeAll(() => {
  if (!existsSync(join(dist, 'krav-i-overblick', 'index.html'))) throw new Error('dist/ is missing the matrix: run `npm run build` first');
});

describe('the requirements matrix', () => {
  for (const { lang, prefix } of langs) {
    it(`${lang}: one row per level, 25 in all, each headed by the level and linking to it`, () => {
      const html = page(prefix);
      const rows = matrixRows(html);
      expect(rows).toHaveLength(catalog.levels.length);
      expect(rows).toHaveLength(25);
      expect(new Set(rows.map((r) => r.id))).toEqual(new Set(catalog.levels.map((l) => l.id)));
      for (const row of rows) {
        const level = catalog.level(row.id)!;
        expect(row.header).toBe(level.title[lang]);
        expect(Object.keys(row.words).flatMap((columns) => columns.split(' '))).toEqual([...matrixColumns]);
      }
      const links = new Set(tags(html, 'a').map((a) => a['href']));
      for (const level of catalog.levels) expect(links.has(`${basePath()}${prefix}${level.id}/`), level.id).toBe(true);
    });

    it(`${lang}: a captioned table with column and row headers, grouped by role, in a labelled scroll region`, () => {
      const html = page(prefix);
      // A <section> with a name is a region landmark, like role="region", natively.
      expect(html).toMatch(/<section class="table-scroll" aria-labelledby="matrix-caption" tabindex="0"[^>]*>/);
      expect(html).toMatch(/<caption id="matrix-caption"[^>]*>[^<]*25[^<]*<\/caption>/);
      const head = html.match(/<thead>([\s\S]*?)<\/thead>/)?.[1] ?? '';
      expect(tags(head, 'th').map((th) => th['scope'])).toEqual(Array(matrixColumns.length + 1).fill('col'));
      expect(html.match(/<th scope="row">/g)).toHaveLength(25);
      const groups = tags(html, 'tbody').map((b) => b['data-role-id']);
      expect(groups).toEqual(tags(html, 'tbody').map((b) => b['data-role-id']).filter(Boolean));
      expect(groups).toHaveLength(catalog.roles.length);
      // Without JavaScript the controls are not shown (data-needs-script) and every cell is complete.
      expect(tags(html, 'form').find((f) => 'data-matrix-controls' in f)).toHaveProperty('data-needs-script');
    });

    it(`${lang}: every non-empty cell holds the full text of the requirements it sums up`, () => {
      for (const row of matrixRows(page(prefix))) {
        const level = catalog.level(row.id)!;
        const all = Object.values(row.full).join(' ');
        for (const requirement of level.requirements) expect(all, row.id).toContain(requirement[lang].replace(/\s+/g, ' '));
      }
    });
  }

  const sv = new Map(matrixRows(page('')).map((r) => [r.id, r]));
  const en = new Map(matrixRows(page('en/')).map((r) => [r.id, r]));

  it('Jurist: a law degree', () => {
    expect(sv.get('kontorstjanster/jurist/1')?.words['education']).toBe('Högskola (juristexamen)');
    expect(en.get('kontorstjanster/jurist/1')?.words['education']).toBe('Higher education (law degree)');
    expect(sv.get('kontorstjanster/jurist/1')?.full['education']).toContain('jur kand., juristexamen eller likvärdig utbildning.');
  });

  it('Vaktmästare 2: driving licence B; Vaktmästare 1: none', () => {
    expect(sv.get('kontorstjanster/vaktmastare/2')?.words['drivingLicence']).toBe('B');
    expect(sv.get('kontorstjanster/vaktmastare/2')?.full['drivingLicence']).toMatch(/körkort/i);
    expect(sv.get('kontorstjanster/vaktmastare/1')?.words['drivingLicence']).toBe('');
    expect(sv.get('kontorstjanster/vaktmastare/1')?.full['drivingLicence']).toBe('– Inget krav');
  });

  it('Receptionist and Växeltelefonist: English, and no other level', () => {
    for (const rows of [sv, en]) {
      const withEnglish = [...rows.values()].filter((r) => r.words['english'] !== '').map((r) => r.id);
      expect(withEnglish).toEqual(['kontorstjanster/receptionist/1', 'kontorstjanster/vaxeltelefonist/1']);
    }
    expect(sv.get('kontorstjanster/receptionist/1')?.words['english']).toBe('Goda kunskaper');
    expect(en.get('kontorstjanster/vaxeltelefonist/1')?.full['english']).toMatch(/English/);
  });

  it('Arkivarie: public-sector experience', () => {
    expect(sv.get('kontorstjanster/arkivarie/1')?.words['publicSector']).toBe('Ja');
    expect(sv.get('kontorstjanster/arkivarie/1')?.full['publicSector']).toContain('praktisk erfarenhet av offentlig verksamhet.');
    expect(en.get('kontorstjanster/arkivarie/1')?.words['publicSector']).toBe('Yes');
  });

  it('Handläggare 3: 3 years of similar work', () => {
    expect(sv.get('kontorstjanster/handlaggare/3')?.words['experience']).toBe('3 år i liknande arbete');
    expect(en.get('kontorstjanster/handlaggare/3')?.words['experience']).toBe('3 years of similar work');
    expect(sv.get('kontorstjanster/handlaggare/3')?.attrs['data-required']?.split(' ')).toContain('experience');
  });

  it('alternatives read as alternatives, in one cell over education and experience, lettered', () => {
    const ekonomiassistent = sv.get('kontorstjanster/ekonomiassistent/2')!;
    expect(ekonomiassistent.words['education experience']).toBe(
      'A: Högskola (ekonomi) och 3 år i liknande arbete, eller B: Gymnasium och 5 år som ekonomiassistent',
    );
    expect(ekonomiassistent.cells['education experience']?.['colspan']).toBe('2');
    expect(en.get('kontorstjanster/arkivarie/1')?.words['education experience']).toBe(
      'A: Higher education and 1 year of similar work, or B: 3 years as archivist',
    );
    expect(sv.get('kontorstjanster/registrator/1')?.attrs['data-required']?.split(' ')).not.toContain('experience');
  });

  it('the cards below 40rem label each cell: a joined cell as "Utbildning och erfarenhet"', () => {
    const html = page('');
    const row = html.match(/<tr\b[^>]*data-level-id="kontorstjanster\/arkivarie\/1"[\s\S]*?<\/tr>/)?.[0] ?? '';
    const labels = [...row.matchAll(/<span class="matrix-label">([\s\S]*?)<\/span>/g)].map((m) => text(m[1]!));
    expect(labels[0]).toBe('Utbildning och erfarenhet');
    expect(labels).toHaveLength(matrixColumns.length - 1);
    expect(html).not.toMatch(/som rollen|\(liknande\)/);
  });

  for (const [lang, rows] of [['sv', sv], ['en', en]] as const) {
    it(`${lang}: no cell mixes halves of an alternative: any pick of one option per cell is a real way in`, () => {
      let joined = 0;
      for (const row of rows.values()) {
        const ways = Number(row.attrs['data-ways']);
        expect(ways, row.id).toBeGreaterThan(0);
        let picks: number[][] = [Array.from({ length: ways }, (_, i) => i)];
        for (const [columns, cell] of Object.entries(row.cells)) {
          const options = cell['data-ways']!.split('|').map((option) => option.split(' ').map(Number));
          // Each way in is under exactly one option of the cell.
          expect(options.flat().sort((a, b) => a - b), `${row.id} ${columns}`).toEqual(Array.from({ length: ways }, (_, i) => i));
          picks = picks.flatMap((pick) => options.map((option) => pick.filter((way) => option.includes(way))));
          expect(picks.every((pick) => pick.length > 0), `${row.id}: ${columns} mixes halves of different ways in`).toBe(true);
          if (columns.includes(' ')) {
            joined++;
            // Its words give one lettered option per way in.
            expect(row.words[columns]!.match(/(?:^|, (?:eller|or) )[A-Z]: /g), row.id).toHaveLength(options.length);
          }
        }
      }
      // Every level whose source gives an alternative ("Alternativt, ...") has its joined cell.
      const withAlternative = catalog.levels.filter((level) => level.requirements.some((r) => /Alternativt/.test(r.sv)));
      expect(joined).toBe(withAlternative.length);
      for (const level of withAlternative) expect(Object.keys(rows.get(level.id)!.cells), level.id).toContain('education experience');
    });
  }

  it('the main menu and the home page link to the matrix in both languages', () => {
    for (const { prefix } of langs) {
      const href = `${basePath()}${prefix}krav-i-overblick/`;
      for (const file of [`${prefix}index.html`, `${prefix}kontorstjanster/administrator/index.html`]) {
        const html = readHtml(dist, file);
        const nav = html.match(/<nav class="main-nav"[\s\S]*?<\/nav>/)?.[0] ?? '';
        expect(tags(nav, 'a').map((a) => a['href']), file).toContain(href);
      }
      const main = readHtml(dist, `${prefix}index.html`).match(/<main[\s\S]*<\/main>/)?.[0] ?? '';
      expect(tags(main, 'a').map((a) => a['href'])).toContain(href);
    }
  });
});

describe('the chart on role pages', () => {
  for (const { lang, prefix } of langs) {
    it(`${lang}: roles with several levels have a chart with a text alternative; single-level roles have none`, () => {
      for (const role of catalog.roles) {
        const html = readHtml(dist, `${prefix}${role.id}/index.html`);
        const figure = html.match(/<figure class="level-chart"[\s\S]*?<\/figure>/)?.[0];
        if (role.levels.length === 1) {
          expect(figure, role.id).toBeUndefined();
          continue;
        }
        expect(figure, role.id).toBeDefined();
        const svgs = tags(figure!, 'svg');
        // One drawing per level; no task count.
        expect(svgs, role.id).toHaveLength(role.levels.length);
        for (const svg of svgs) expect(svg['aria-hidden']).toBe('true');
        expect(text(figure!)).not.toMatch(/arbetsuppgifter|tasks/i);
        const sentences = [...figure!.matchAll(/<p class="visually-hidden"[^>]*>([\s\S]*?)<\/p>/g)].map((m) => text(m[1]!));
        expect(sentences, role.id).toHaveLength(role.levels.length);
        // Each way into a level has its two bars (education and experience).
        const options = [...figure!.matchAll(/data-options="(\d+)"/g)].reduce((sum, m) => sum + Number(m[1]), 0);
        expect(figure!.match(/<rect class="chart-track"/g), role.id).toHaveLength(2 * options);
        // No fixed colours: bars and text take theirs from the stylesheet.
        expect(figure, role.id).not.toMatch(/fill="#|stroke="#|style="/);
      }
    });
  }

  it('Handläggare: 1, 1, then 3 years of similar work; Ekonomiassistent 2 as alternatives A and B', () => {
    expect(text(readHtml(dist, 'kontorstjanster/handlaggare/index.html'))).toContain('Nivå 3: Högskola (inom området) och 3 år i liknande arbete');
    expect(text(readHtml(dist, 'kontorstjanster/ekonomiassistent/index.html'))).toContain(
      'Nivå 2: antingen A: Högskola (ekonomi) och 3 år i liknande arbete eller B: Gymnasium och 5 år som ekonomiassistent',
    );
  });
});
