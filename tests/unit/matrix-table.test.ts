import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildCatalog } from '../../src/lib/catalog';
import { sv } from '../../src/i18n/sv';
import { en } from '../../src/i18n/en';
import {
  captionText,
  parseSortKeys,
  readRowAttributes,
  sortKeysAttribute,
  statusText,
  matrixWords,
  initialSort,
  isGrouped,
  matchesFilter,
  nextSort,
  noFilter,
  parseFilter,
  sortRows,
  type SortState,
} from '../../src/lib/matrix-table';
import { buildMatrix, matrixColumns } from '../../src/lib/requirement-matrix';
import { readContent } from '../helpers/content';

const { areas, roles } = readContent();
const catalog = buildCatalog(areas, roles);
// The rows as the page gives them to the script.
const rows = buildMatrix(catalog.levels).map((entry, order) => ({
  id: entry.level.id,
  order,
  keys: Object.fromEntries(matrixColumns.map((c) => [c, entry.row[c].sortKey])),
  educationCategories: entry.educationCategories,
  required: matrixColumns.filter((c) => entry.row[c].required),
}));
const ids = (list: ReadonlyArray<{ id: string }>) => list.map((r) => r.id);

describe('sorting', () => {
  it('starts in role order and toggles direction on the same column', () => {
    expect(initialSort).toEqual({ column: 'level', direction: 'ascending' });
    const byYears = nextSort(initialSort, 'experience');
    expect(byYears).toEqual({ column: 'experience', direction: 'ascending' });
    expect(nextSort(byYears, 'experience')).toEqual({ column: 'experience', direction: 'descending' });
    expect(nextSort(nextSort(byYears, 'experience'), 'experience')).toEqual(byYears);
    expect(nextSort(initialSort, 'level')).toEqual({ column: 'level', direction: 'descending' });
  });

  it('groups by role only in role order', () => {
    expect(isGrouped(initialSort)).toBe(true);
    expect(isGrouped({ column: 'level', direction: 'descending' })).toBe(false);
    expect(isGrouped({ column: 'english', direction: 'ascending' })).toBe(false);
  });

  it('role order ascending is the page order; descending reverses it', () => {
    expect(ids(sortRows(rows, initialSort))).toEqual(ids(rows));
    expect(ids(sortRows(rows, { column: 'level', direction: 'descending' }))).toEqual(ids(rows).reverse());
  });

  it('most experience first: the 3-year levels, in role order, before the 1-year ones', () => {
    const sorted = sortRows(rows, { column: 'experience', direction: 'descending' });
    const keys = sorted.map((r) => r.keys['experience']);
    expect(keys).toEqual([...keys].sort((a, b) => (b ?? 0) - (a ?? 0)));
    expect(sorted[0]?.keys['experience']).toBe(3);
    expect(ids(sorted)).toContain('kontorstjanster/handlaggare/3');
    const threes = sorted.filter((r) => r.keys['experience'] === 3);
    expect(threes.map((r) => r.order)).toEqual([...threes.map((r) => r.order)].sort((a, b) => a - b));
    expect(ids(sorted).at(-1)).toBe('kontorstjanster/registrator/1');
  });

  it('sorting is a permutation and stable for ties, in any column and direction', () => {
    const state = fc.record({
      column: fc.constantFrom('level' as const, ...matrixColumns),
      direction: fc.constantFrom('ascending' as const, 'descending' as const),
    });
    fc.assert(
      fc.property(state, (sort: SortState) => {
        const sorted = sortRows(rows, sort);
        expect([...ids(sorted)].sort()).toEqual([...ids(rows)].sort());
        for (let i = 1; i < sorted.length; i++) {
          const a = sorted[i - 1]!;
          const b = sorted[i]!;
          if (sort.column !== 'level' && a.keys[sort.column] === b.keys[sort.column]) expect(a.order).toBeLessThan(b.order);
        }
      }),
    );
  });
});

describe('filtering', () => {
  const shown = (education: string | null, needs: string[]) =>
    ids(rows.filter((row) => matchesFilter(row, parseFilter(education, needs))));

  it('shows every level without a filter', () => {
    expect(rows.filter((row) => matchesFilter(row, noFilter))).toHaveLength(25);
  });

  it('only levels that need English: Receptionist and Växeltelefonist', () => {
    expect(shown('', ['english'])).toEqual(['kontorstjanster/receptionist/1', 'kontorstjanster/vaxeltelefonist/1']);
  });

  it('combines choices: driving licence and public sector matches nothing', () => {
    expect(shown('', ['drivingLicence'])).toEqual(['kontorstjanster/vaktmastare/2']);
    expect(shown('', ['publicSector'])).toEqual(['kontorstjanster/arkivarie/1']);
    expect(shown('', ['drivingLicence', 'publicSector'])).toEqual([]);
  });

  it('a specific degree or field: Jurist, Handläggare 2 and 3, and the levels with training in the field', () => {
    const specific = shown('specific', []);
    expect(specific).toContain('kontorstjanster/jurist/1');
    expect(specific).toContain('kontorstjanster/handlaggare/3');
    expect(specific).toContain('kontorstjanster/controller/1');
    expect(specific).not.toContain('kontorstjanster/administrator/1');
  });

  it('no education required includes levels where it is one alternative', () => {
    expect(shown('none', [])).toEqual([
      'kontorstjanster/arkivarie/1',
      'kontorstjanster/registrator/1',
      'kontorstjanster/vaktmastare/1',
      'kontorstjanster/vaktmastare/2',
    ]);
  });

  it('ignores unknown form values instead of trusting them', () => {
    expect(parseFilter('doctorate', ['english', 'flying', 'level'])).toEqual({ education: undefined, needs: ['english'] });
    expect(parseFilter(null, [])).toEqual({ education: undefined, needs: [] });
  });
});

describe('what the widget reads back from the table', () => {
  it('sort keys survive the round trip through one attribute', () => {
    for (const row of rows) expect(parseSortKeys(sortKeysAttribute(row.keys))).toEqual(row.keys);
    expect(sortKeysAttribute({ education: 1, experience: 3 })).toBe('education:1 experience:3');
  });

  it('leaves out what it does not know rather than trusting it', () => {
    expect(parseSortKeys('education:1 flying:3 experience:x english: law:2')).toEqual({ education: 1, law: 2 });
    expect(parseSortKeys(undefined)).toEqual({});
  });

  it('a row from its attributes; without an order it sorts last', () => {
    expect(readRowAttributes({ order: '4', education: 'none higher', required: 'experience law', sortKeys: 'experience:3' })).toEqual({
      order: 4,
      keys: { experience: 3 },
      educationCategories: ['none', 'higher'],
      required: ['experience', 'law'],
    });
    expect(readRowAttributes({}).order).toBe(Number.MAX_SAFE_INTEGER);
    const sorted = sortRows([readRowAttributes({}), readRowAttributes({ order: '2' })], initialSort);
    expect(sorted.map((r) => r.order)).toEqual([2, Number.MAX_SAFE_INTEGER]);
  });
});

describe('the caption and the status line', () => {
  const words = matrixWords;
  const byExperience: SortState = { column: 'experience', direction: 'descending' };

  it('the caption says how many levels show and in what order', () => {
    expect(captionText(words(sv), { sort: initialSort, columnName: 'Roll och nivå', shown: 25, total: 25 })).toBe(
      'Kompetenskrav för alla 25 nivåer, roll för roll',
    );
    expect(captionText(words(sv), { sort: byExperience, columnName: 'Erfarenhet', shown: 3, total: 25 })).toBe(
      'Kompetenskrav för 3 av 25 nivåer, sorterade efter Erfarenhet, mest först',
    );
    expect(captionText(words(en), { sort: initialSort, columnName: 'Role and level', shown: 0, total: 25 })).toBe(
      'Requirements of 0 of 25 levels, role by role',
    );
  });

  it('the status line names the new order only when the reader sorted, and says when nothing matches', () => {
    expect(statusText(words(sv), { sort: byExperience, columnName: 'Erfarenhet', shown: 25, total: 25 }, true)).toBe(
      'Sorterad efter Erfarenhet, mest först. Visar 25 av 25 nivåer.',
    );
    expect(statusText(words(sv), { sort: initialSort, columnName: 'Roll och nivå', shown: 25, total: 25 }, true)).toBe(
      'Sorterad roll för roll. Visar 25 av 25 nivåer.',
    );
    expect(statusText(words(en), { sort: byExperience, columnName: 'Experience', shown: 0, total: 25 }, false)).toBe(
      'Showing 0 of 25 levels. No level meets all your choices.',
    );
  });
});
