import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildCatalog } from '../../../src/lib/catalog';
import {
  comparisonSearchFilters,
  hasFilters,
  levelSearchFilters,
  maxQueryLength,
  pagefindFilters,
  readSearchState,
  searchStateQuery,
  type AllowedFilterValues,
} from '../../../src/lib/search/filters';
import { readContent } from '../../helpers/content';

const allowed: AllowedFilterValues = {
  role: new Set(['kontorstjanster/registrator', 'kontorstjanster/ekonomiassistent']),
  level: new Set(['1', '2', '3']),
  requirement: new Set(['education', 'driving-licence']),
};

describe('filters of a level page', () => {
  const catalog = buildCatalog(readContent().areas, readContent().roles);

  it('names the role, the level and the kinds of requirement', () => {
    const level = catalog.level('kontorstjanster/ekonomiassistent/2')!;
    expect(levelSearchFilters(level)).toEqual({
      page: ['level'],
      role: ['kontorstjanster/ekonomiassistent'],
      level: ['2'],
      requirement: ['education', 'experience', 'systems-skills'],
    });
  });

  it('gives a single-level role level 1', () => {
    expect(levelSearchFilters(catalog.level('kontorstjanster/registrator/1')!).level).toEqual(['1']);
  });

  it('gives a comparison both levels and the kinds of both', () => {
    const one = catalog.level('kontorstjanster/vaktmastare/1')!;
    const two = catalog.level('kontorstjanster/vaktmastare/2')!;
    const filters = comparisonSearchFilters(one, two);
    expect(filters.page).toEqual(['comparison']);
    expect(filters.role).toEqual(['kontorstjanster/vaktmastare']);
    expect(filters.level).toEqual(['1', '2']);
    expect(filters.requirement).toContain('driving-licence');
    expect(levelSearchFilters(one).requirement).not.toContain('driving-licence');
  });

  it('refuses to compare levels of two roles', () => {
    const a = catalog.level('kontorstjanster/vaktmastare/1')!;
    const b = catalog.level('kontorstjanster/ekonomiassistent/2')!;
    expect(() => comparisonSearchFilters(a, b)).toThrow(/two roles/);
  });
});

describe('search state in the address', () => {
  it('reads the query and known filters', () => {
    const state = readSearchState(new URLSearchParams('q=  bokföring   lön &level=2&role=kontorstjanster/registrator'), allowed);
    expect(state).toEqual({ query: 'bokföring lön', filters: { level: '2', role: 'kontorstjanster/registrator' } });
  });

  it('ignores unknown filters and values instead of failing', () => {
    const state = readSearchState(new URLSearchParams('q=x&level=9&requirement=<script>&colour=red'), allowed);
    expect(state).toEqual({ query: 'x', filters: {} });
    expect(readSearchState(new URLSearchParams(''), allowed)).toEqual({ query: '', filters: {} });
  });

  it('cuts a very long query', () => {
    const state = readSearchState(new URLSearchParams({ q: 'a'.repeat(5000) }), allowed);
    expect(state.query).toHaveLength(maxQueryLength);
  });

  it('writes a readable query string, and nothing for an empty state', () => {
    expect(searchStateQuery({ query: 'bokföring lön', filters: { role: 'kontorstjanster/registrator', level: '2' } })).toBe(
      '?q=bokf%C3%B6ring+l%C3%B6n&role=kontorstjanster/registrator&level=2',
    );
    expect(searchStateQuery({ query: '', filters: {} })).toBe('');
  });

  it('reads back what it writes', () => {
    const state = fc.record({
      query: fc.string({ maxLength: 40 }).map((s) => s.replace(/\s+/g, ' ').trim()),
      filters: fc.record(
        {
          role: fc.constantFrom(...allowed.role),
          level: fc.constantFrom(...allowed.level),
          requirement: fc.constantFrom(...allowed.requirement),
        },
        { requiredKeys: [] },
      ),
    });
    fc.assert(
      fc.property(state, (s) => {
        const back = readSearchState(new URLSearchParams(searchStateQuery(s)), allowed);
        expect(back).toEqual(s);
      }),
    );
  });

  it('passes only the chosen filters to Pagefind', () => {
    expect(pagefindFilters({ level: '2', role: '' })).toEqual({ level: '2' });
    expect(pagefindFilters({ level: '2' }, 'comparison')).toEqual({ page: 'comparison', level: '2' });
    expect(hasFilters({})).toBe(false);
    expect(hasFilters({ requirement: 'education' })).toBe(true);
  });
});
