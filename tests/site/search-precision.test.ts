/**
 * The search finds what people type: precision at 3 of the query set in
 * tests/bench/search-queries.json over the built index, in each language (`npm run bench`
 * prints it per kind of query).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { dist } from '../helpers/paths';
import { measurePrecision, percent, readQuerySet, type LanguagePrecision } from '../helpers/search-precision';

const set = readQuerySet();
let results: LanguagePrecision[] = [];

beforeAll(async () => {
  if (!existsSync(join(dist, 'pagefind', 'pagefind.js'))) throw new Error('dist/ has no search index: run `npm run build` first');
  results = await measurePrecision(dist, set);
});

describe('the query set', () => {
  it.each(['sv', 'en'] as const)('has at least 60 queries in %s, each naming one to three roles that exist', (lang) => {
    expect(set[lang].length).toBeGreaterThanOrEqual(60);
    for (const entry of set[lang]) {
      expect(entry.query.trim(), JSON.stringify(entry)).not.toBe('');
      expect(entry.roles.length, entry.query).toBeGreaterThanOrEqual(1);
      expect(entry.roles.length, entry.query).toBeLessThanOrEqual(3);
      for (const role of entry.roles) expect(existsSync(join(dist, 'kontorstjanster', role)), `${entry.query}: ${role}`).toBe(true);
    }
  });
});

describe('precision at 3 over the built index', () => {
  it.each(['sv', 'en'] as const)('is at least 90 percent in %s', (lang) => {
    const result = results.find((r) => r.lang === lang)!;
    const failed = result.outcomes.filter((o) => !o.passed).map((o) => `${o.kind} "${o.query}"${o.searched !== o.query ? ` → "${o.searched}"` : ''}: wanted ${o.roles.join(', ')}, got ${o.top.join(', ') || 'nothing'}`);
    expect(percent(result.passed, result.total), failed.join('\n')).toBeGreaterThanOrEqual(90);
  });
});
