import { describe, expect, it } from 'vitest';
import { fewHits, findPages, wantsSuggestion, type PagefindHit, type PagefindSearch } from '../../../src/lib/search/query';

/** A stand-in for Pagefind: returns the given hits for any query, and records the filters asked for. */
function fakePagefind(hits: PagefindHit[]) {
  const asked: Array<Record<string, string> | undefined> = [];
  const api: PagefindSearch = {
    async search(_query, options) {
      asked.push(options?.filters);
      return { results: hits.map((hit, i) => ({ id: String(i), data: async () => hit })) };
    },
  };
  return { api, asked };
}

const hit = (url: string, title: string, content: string, locations: number[]): PagefindHit => ({ url, title, excerpt: content, content, locations, meta: { title } }) as PagefindHit;

describe('one search', () => {
  it('asks for one kind of page with the reader’s filters, and ranks level pages', async () => {
    const { api, asked } = fakePagefind([
      hit('/k/handlaggare/2/', 'Handläggare, nivå 2', 'handlägga ärenden', [1]),
      hit('/k/registrator/1/', 'Registrator', 'avslutade ärenden', [1]),
      hit('/k/handlaggare/1/', 'Handläggare, nivå 1', 'handlägga ärenden', [1]),
    ]);
    const found = await findPages(api, { query: 'ärenden', filters: { level: '2' } }, 'level', 10);
    expect(asked).toEqual([{ page: 'level', level: '2' }]);
    expect(found.hits.map((h) => h.url)).toEqual(['/k/handlaggare/1/', '/k/handlaggare/2/', '/k/registrator/1/']);
    expect(found.approximate).toBe(false);
  });

  it('loads only the first page of hits', async () => {
    const many = Array.from({ length: 12 }, (_, i) => hit(`/k/r${i}/1/`, `R${i}`, 'post', [0]));
    const found = await findPages(fakePagefind(many).api, { query: 'post', filters: {} }, 'comparison', 5);
    expect(found.results).toHaveLength(12);
    expect(found.hits).toHaveLength(5);
  });

  it('finds nothing when the best hit matched only a much shorter word', async () => {
    const { api } = fakePagefind([hit('/k/a/1/', 'A', 'en översikt', [1])]);
    expect(await findPages(api, { query: 'översättning', filters: {} }, 'level', 10)).toEqual({ results: [], hits: [] });
  });

  it('notes hits that match a typed word only approximately', async () => {
    const { api } = fakePagefind([hit('/k/inkopare/1/', 'Inköpare', 'uppdatering av register', [2])]);
    const found = await findPages(api, { query: 'registator', filters: {} }, 'level', 10);
    expect(found.approximate).toBe(true);
  });
});

describe('when to look for a suggestion', () => {
  const results = (n: number) => Array.from({ length: n }, (_, i) => ({ id: String(i), data: async () => ({}) as PagefindHit }));

  it('is when the level hits are few or approximate, and there are words', () => {
    expect(wantsSuggestion('registator', { results: [], hits: [] })).toBe(true);
    expect(wantsSuggestion('x', { results: results(fewHits - 1), hits: [] })).toBe(true);
    expect(wantsSuggestion('x', { results: results(fewHits), hits: [] })).toBe(false);
    expect(wantsSuggestion('x', { results: results(50), hits: [], approximate: true })).toBe(true);
    expect(wantsSuggestion('', { results: [], hits: [] })).toBe(false);
  });
});
