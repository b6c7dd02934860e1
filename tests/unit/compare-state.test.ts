import { describe, expect, it } from 'vitest';
import { compareQuery, parseCompareQuery } from '../../src/lib/compare-state';
import { fill } from '../../src/lib/widget/text';

const known = new Set(['kontorstjanster/assistent/2', 'kontorstjanster/administrator/1']);

describe('parseCompareQuery', () => {
  it('reads two known levels, with slashes encoded or not', () => {
    expect(parseCompareQuery('?a=kontorstjanster/assistent/2&b=kontorstjanster/administrator/1', known)).toEqual({
      a: 'kontorstjanster/assistent/2',
      b: 'kontorstjanster/administrator/1',
      unknown: [],
    });
    expect(parseCompareQuery('a=kontorstjanster%2Fassistent%2F2', known)).toEqual({
      a: 'kontorstjanster/assistent/2',
      b: undefined,
      unknown: [],
    });
  });

  it('tolerates edge slashes and spaces', () => {
    expect(parseCompareQuery('?a=/kontorstjanster/assistent/2/&b=+kontorstjanster/administrator/1', known).unknown).toEqual([]);
  });

  it('reports what names no level, and keeps the other', () => {
    expect(parseCompareQuery('?a=kontorstjanster/assistent/9&b=kontorstjanster/administrator/1', known)).toEqual({
      a: undefined,
      b: 'kontorstjanster/administrator/1',
      unknown: ['kontorstjanster/assistent/9'],
    });
  });

  it('never throws on odd input and shortens long values', () => {
    for (const search of ['', '?', '?a=', '?a=%', '?a=%E0%A4%A', '?a=<script>&b=%00', '?b=' + 'x'.repeat(500), '?a=x&a=y']) {
      const state = parseCompareQuery(search, known);
      expect(state.a).toBeUndefined();
      for (const value of state.unknown) expect(value.length).toBeLessThanOrEqual(61);
    }
    expect(parseCompareQuery('?b=' + 'x'.repeat(500), known).unknown[0]).toMatch(/^x{60}…$/);
  });
});

describe('compareQuery', () => {
  it('writes readable ids and leaves out what is not chosen', () => {
    expect(compareQuery('kontorstjanster/assistent/2', 'kontorstjanster/administrator/1')).toBe(
      '?a=kontorstjanster/assistent/2&b=kontorstjanster/administrator/1',
    );
    expect(compareQuery(undefined, 'kontorstjanster/administrator/1')).toBe('?b=kontorstjanster/administrator/1');
    expect(compareQuery(undefined, undefined)).toBe('');
  });

  it('round-trips through parseCompareQuery', () => {
    const query = compareQuery('kontorstjanster/administrator/1', 'kontorstjanster/assistent/2');
    expect(parseCompareQuery(query, known)).toEqual({
      a: 'kontorstjanster/administrator/1',
      b: 'kontorstjanster/assistent/2',
      unknown: [],
    });
  });
});

describe('fill', () => {
  it('fills placeholders and leaves unknown ones', () => {
    expect(fill('{a} och {b} sida vid sida', { a: 'Assistent 2', b: 'Administratör 1' })).toBe('Assistent 2 och Administratör 1 sida vid sida');
    expect(fill('{x}', {})).toBe('{x}');
  });
});
