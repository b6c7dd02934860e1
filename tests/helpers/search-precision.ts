/**
 * Precision at 3 of the site's search over a built site, for the query set in
 * tests/bench/search-queries.json: a query passes when every role it names is among the roles of
 * the first three level pages the search page lists. For a typo the reader is offered "Did you
 * mean …?", so a typo passes when the suggested search does (or the query itself, when the
 * search offers no suggestion).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { searchRanking } from '../../src/lib/search/messages';
import { findPages, wantsSuggestion } from '../../src/lib/search/query';
import { levelOf } from '../../src/lib/search/rank';
import { readWordList, suggester, wordListFile } from '../../src/lib/search/suggest';
import { nodePagefind, type Importer } from './pagefind-node';
import { root } from './paths';

export interface SearchQuery {
  readonly query: string;
  readonly kind: string;
  /** Role slugs that must be among the first three level pages. */
  readonly roles: readonly string[];
}

export type QuerySet = Record<'sv' | 'en', SearchQuery[]>;

export function readQuerySet(): QuerySet {
  return JSON.parse(readFileSync(join(root, 'tests', 'bench', 'search-queries.json'), 'utf8')) as QuerySet;
}

export interface QueryOutcome extends SearchQuery {
  readonly passed: boolean;
  /** The query that was measured (a suggestion, for a typo). */
  readonly searched: string;
  /** Role slugs of the first three level pages. */
  readonly top: readonly string[];
}

export interface KindPrecision {
  readonly kind: string;
  readonly passed: number;
  readonly total: number;
}

export interface LanguagePrecision {
  readonly lang: 'sv' | 'en';
  readonly passed: number;
  readonly total: number;
  readonly kinds: readonly KindPrecision[];
  readonly outcomes: readonly QueryOutcome[];
}

/** The last path segment before the level: the role slug. */
const roleSlug = (url: string) => levelOf(url).role.split('/').pop() ?? '';

export async function measurePrecision(siteDir: string, set: QuerySet = readQuerySet(), importer?: Importer): Promise<LanguagePrecision[]> {
  const out: LanguagePrecision[] = [];
  for (const lang of ['sv', 'en'] as const) {
    const api = await nodePagefind(siteDir, lang, { ranking: searchRanking }, importer);
    const words = suggester(readWordList(readFileSync(join(siteDir, 'pagefind', wordListFile(lang)), 'utf8')));
    const outcomes: QueryOutcome[] = [];
    for (const entry of set[lang]) {
      let searched = entry.query;
      let found = await findPages(api, { query: searched, filters: {} }, 'level', 10);
      const suggestion = entry.kind === 'typo' && wantsSuggestion(searched, found) ? words.suggest(searched) : undefined;
      if (suggestion) {
        searched = suggestion;
        found = await findPages(api, { query: searched, filters: {} }, 'level', 10);
      }
      const top = [...new Set(found.hits.slice(0, 3).map((hit) => roleSlug(hit.url)))];
      outcomes.push({ ...entry, searched, top, passed: entry.roles.every((role) => top.includes(role)) });
    }
    const kinds = [...new Set(outcomes.map((o) => o.kind))].map((kind) => {
      const of = outcomes.filter((o) => o.kind === kind);
      return { kind, passed: of.filter((o) => o.passed).length, total: of.length };
    });
    out.push({ lang, passed: outcomes.filter((o) => o.passed).length, total: outcomes.length, kinds, outcomes });
    await api.destroy();
  }
  return out;
}

export const percent = (passed: number, total: number) => (total === 0 ? 0 : (100 * passed) / total);
