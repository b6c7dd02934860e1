import { describe, expect, it } from 'vitest';
import type { Locale } from '../../src/i18n';
import { cellColumns, displayRow, isFaithful, joinedGroups, optionKey, varyingColumns, type DisplayCell, type DisplayRow } from '../../src/lib/matrix-cells';
import { columnOf, matrixColumns, summariseLevel, type MatrixColumn } from '../../src/lib/requirement-matrix';
import { cellWords, joinedCellWords } from '../../src/lib/requirement-words';
import type { Criterion } from '../../src/schemas/criterion';
import { catalog, levelOf, roleTitles } from './real-roles';

const higher: Criterion = { kind: 'education', level: 'higher' };
const upperSecondary: Criterion = { kind: 'education', level: 'upper-secondary' };
const similar = (years: number): Criterion => ({ kind: 'experience', years, scope: 'similar-work' });
const inRole = (years: number): Criterion => ({ kind: 'experience', years, scope: 'in-role', role: 'arkivarie' });
const office: Criterion = { kind: 'skill', skill: 'ms-office', level: 'good' };
const english: Criterion = { kind: 'skill', skill: 'english', level: 'good' };
const anyOf = (...of: Criterion[]): Criterion => ({ kind: 'any-of', of });
const allOf = (...of: Criterion[]): Criterion => ({ kind: 'all-of', of });
const requirements = (...criteria: Criterion[]) => criteria.map((criterion) => ({ criterion }));

/** The row as the old matrix showed it: every column a cell of its own, alternatives split. */
function splitRow(criteria: Criterion[]): DisplayRow {
  const { ways } = displayRow(requirements(...criteria));
  const summary = summariseLevel(requirements(...criteria));
  const cells: DisplayCell[] = matrixColumns.map((column) => {
    const projected = ways.map((way) => optionKey(way.filter((c) => columnOf(c) === column)));
    const waysOf = summary[column].options.map((option) => projected.flatMap((key, index) => (key === optionKey(option) ? [index] : [])));
    return { kind: 'column', column, cell: summary[column], ways: waysOf };
  });
  return { ways, cells };
}

const context = (slug: string) => ({ roleSlug: slug, roleTitle: roleTitles });
const wordsOf = (cell: DisplayCell, lang: Locale, slug: string) =>
  cell.kind === 'joined' ? joinedCellWords(cell, lang, context(slug)).sentence : cellWords(cell.cell, lang, context(slug));

describe('varyingColumns and joinedGroups', () => {
  it('a plain requirement, or one whose alternatives differ in one column, links nothing', () => {
    expect(varyingColumns({ criterion: allOf(higher, similar(1)) })).toEqual([]);
    expect(varyingColumns({ criterion: allOf(anyOf(higher, upperSecondary), similar(3)) })).toEqual(['education']);
    expect(joinedGroups(requirements(allOf(anyOf(higher, upperSecondary), similar(3)), office))).toEqual([]);
  });

  it('alternatives that differ in education and experience join the two columns', () => {
    const either = anyOf(allOf(higher, similar(1)), inRole(3));
    expect(varyingColumns({ criterion: either })).toEqual(['education', 'experience']);
    expect(joinedGroups(requirements(either, office))).toEqual([['education', 'experience']]);
  });

  it('columns far apart join with every column between them, and overlapping groups become one', () => {
    expect(joinedGroups(requirements(anyOf(higher, english)))).toEqual([['education', 'experience', 'msOffice', 'systems', 'english']]);
    expect(joinedGroups(requirements(anyOf(higher, similar(3)), anyOf(similar(1), office)))).toEqual([['education', 'experience', 'msOffice']]);
    expect(joinedGroups(requirements(anyOf(higher, similar(3)), anyOf(english, { kind: 'driving-licence', class: 'B' })))).toEqual([
      ['education', 'experience'],
      ['english', 'drivingLicence'],
    ]);
  });
});

describe('displayRow', () => {
  it('Arkivarie: one cell of two lettered options over education and experience, not two cells to mix', () => {
    const row = displayRow(levelOf('arkivarie', 1).requirements);
    const joined = row.cells.find((cell) => cell.kind === 'joined');
    expect(joined && cellColumns(joined)).toEqual(['education', 'experience']);
    expect(row.cells.map((cell) => cellColumns(cell)[0])).toEqual(matrixColumns.filter((c) => c !== 'experience'));
    const words = joinedCellWords(joined as Extract<DisplayCell, { kind: 'joined' }>, 'sv', context('arkivarie'));
    expect(words.label).toBe('Utbildning och erfarenhet');
    expect(words.options).toEqual([
      { letter: 'A', words: 'Högskola och 1 år i liknande arbete' },
      { letter: 'B', words: '3 år som arkivarie' },
    ]);
    expect(words.sentence).toBe('A: Högskola och 1 år i liknande arbete, eller B: 3 år som arkivarie');
  });

  it('Ekonomiassistent 2 in both languages, the role named the way the page names it', () => {
    const joined = displayRow(levelOf('ekonomiassistent', 2).requirements).cells.find((cell) => cell.kind === 'joined')!;
    expect(wordsOf(joined, 'sv', 'ekonomiassistent')).toBe(
      'A: Högskola (ekonomi) och 3 år i liknande arbete, eller B: Gymnasium och 5 år som ekonomiassistent',
    );
    expect(wordsOf(joined, 'en', 'ekonomiassistent')).toBe(
      'A: Higher education (business and economics) and 3 years of similar work, or B: Upper secondary and 5 years as finance assistant',
    );
    const label = joinedCellWords(joined as Extract<DisplayCell, { kind: 'joined' }>, 'en', context('ekonomiassistent')).label;
    expect(label).toBe('Education and experience');
  });

  it('Registrator: an option that asks no education says only what it asks', () => {
    const joined = displayRow(levelOf('registrator', 1).requirements).cells.find((cell) => cell.kind === 'joined')!;
    expect(wordsOf(joined, 'sv', 'registrator')).toBe('A: Högskola (registratorsutbildning), eller B: 3 år som registrator');
  });

  it('a level without alternatives has one cell per column, as before', () => {
    const level = levelOf('handlaggare', 3);
    const row = displayRow(level.requirements);
    expect(row.ways).toHaveLength(1);
    expect(row.cells.map((cell) => cell.kind)).toEqual(matrixColumns.map(() => 'column'));
    expect(wordsOf(row.cells[1]!, 'sv', 'handlaggare')).toBe('3 år i liknande arbete');
  });

  it('no wording "som rollen" or "(in the role)" anywhere in the matrix', () => {
    for (const level of catalog.levels) {
      for (const lang of ['sv', 'en'] as const) {
        for (const cell of displayRow(level.requirements).cells) {
          expect(wordsOf(cell, lang, level.role.slug)).not.toMatch(/som rollen|\(in the role\)|\(liknande\)/);
        }
      }
    }
  });
});

describe('no cell mixes halves of an alternative (isFaithful)', () => {
  it('holds for every level of the real content, in each cell every way in is under exactly one option', () => {
    expect(catalog.levels).toHaveLength(25);
    for (const level of catalog.levels) {
      const row = displayRow(level.requirements);
      expect(isFaithful(row), level.id).toBe(true);
      // Every column is shown exactly once, in order.
      expect(row.cells.flatMap((cell) => cellColumns(cell)), level.id).toEqual([...matrixColumns]);
    }
  });

  it('the levels with alternatives over two columns are exactly those whose source says "Alternativt"', () => {
    const joined = catalog.levels.filter((level) => displayRow(level.requirements).cells.some((cell) => cell.kind === 'joined')).map((l) => l.id);
    const alternativt = catalog.levels.filter((level) => level.requirements.some((r) => /Alternativt/.test(r.sv))).map((l) => l.id);
    expect(joined).toEqual(alternativt);
    expect(joined.length).toBeGreaterThanOrEqual(6);
  });

  it('fails for the old layout, where education and experience were split (Arkivarie, Ekonomiassistent 2)', () => {
    for (const [slug, number] of [['arkivarie', 1], ['ekonomiassistent', 2], ['registrator', 1]] as const) {
      const criteria = levelOf(slug, number).requirements.map((r) => r.criterion);
      expect(isFaithful(splitRow(criteria)), slug).toBe(false);
    }
    // Where alternatives differ in one column only, splitting is harmless.
    expect(isFaithful(splitRow([allOf(anyOf(higher, upperSecondary), similar(3)), office]))).toBe(true);
  });

  it('holds for made-up levels: two independent either/ors, nested alternatives, a shared requirement', () => {
    const cases: Criterion[][] = [
      [anyOf(allOf(higher, similar(1)), inRole(3)), anyOf(english, office)],
      [anyOf(higher, similar(3)), anyOf(similar(1), office)],
      [upperSecondary, anyOf(allOf(higher, similar(1)), anyOf(inRole(3), allOf(similar(5), english)))],
      [anyOf(higher, english), { kind: 'driving-licence', class: 'B' }],
    ];
    for (const criteria of cases) {
      const row = displayRow(requirements(...criteria));
      expect(isFaithful(row), JSON.stringify(criteria)).toBe(true);
    }
  });

  it('a cell that leaves out a way in, or counts one twice, is not faithful', () => {
    const row = displayRow(requirements(anyOf(allOf(higher, similar(1)), inRole(3))));
    const joined = row.cells.find((cell) => cell.kind === 'joined') as Extract<DisplayCell, { kind: 'joined' }>;
    const without = { ...row, cells: row.cells.map((cell) => (cell === joined ? { ...joined, ways: [[0]] } : cell)) };
    const twice = { ...row, cells: row.cells.map((cell) => (cell === joined ? { ...joined, ways: [[0, 1], [1]] } : cell)) };
    expect(isFaithful(row)).toBe(true);
    expect(isFaithful(without)).toBe(false);
    expect(isFaithful(twice)).toBe(false);
  });
});

describe('sorting keys and options order', () => {
  it('the joined cell lists the way with most education first, as the role-page chart does', () => {
    const joined = displayRow(levelOf('kommunikator', 1).requirements).cells.find((cell) => cell.kind === 'joined');
    expect(joined?.kind === 'joined' && joined.options.map((o) => o.map((c) => c.kind))).toEqual([
      ['education', 'experience'],
      ['education', 'experience'],
    ]);
    expect(wordsOf(joined!, 'sv', 'kommunikator')).toMatch(/^A: Högskola och 3 år i liknande arbete, eller B: Gymnasium och 5 år som kommunikatör$/);
  });

  it('every column cell maps each of its options to the ways in that ask it', () => {
    const columns: MatrixColumn[] = [];
    for (const level of catalog.levels) {
      for (const cell of displayRow(level.requirements).cells) {
        if (cell.kind !== 'column') continue;
        expect(cell.ways).toHaveLength(cell.cell.options.length);
        columns.push(cell.column);
      }
    }
    expect(new Set(columns)).toEqual(new Set(matrixColumns));
  });
});
