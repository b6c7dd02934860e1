import { describe, expect, it } from 'vitest';
import { levelOf, nameFit, rankHits, tier } from '../../../src/lib/search/rank';

const hit = (url: string, title: string, aka?: string) => ({ url, meta: aka ? { title, aka } : { title } });

describe('how a name fits the typed words', () => {
  it('is 2 when every word is a word of the name or its last part', () => {
    expect(nameFit('ekonom', 'Redovisningsekonom, nivå 2')).toBe(2);
    expect(nameFit('registrator', 'Registrator')).toBe(2);
    expect(nameFit('vaxeltelefonist', 'Växeltelefonist')).toBe(2);
    expect(nameFit('case officer', 'Case officer, level 1')).toBe(2);
  });

  it('is 1 when a word only begins a word of the name', () => {
    expect(nameFit('ekonom', 'Ekonomiassistent, nivå 1')).toBe(1);
    expect(nameFit('löneadm', 'Löneadministratör')).toBe(1);
  });

  it('is 0 when some word is not in the name', () => {
    expect(nameFit('bokföring', 'Ekonomiassistent, nivå 1')).toBe(0);
    expect(nameFit('case manager', 'Case officer')).toBe(0);
    expect(nameFit('', 'Case officer')).toBe(0);
  });
});

describe('tiers', () => {
  it('puts the title above the other names, and exact above beginnings', () => {
    expect(tier('ekonom', hit('/a/r/1/', 'Redovisningsekonom'))).toBe(4);
    expect(tier('ekonom', hit('/a/e/1/', 'Ekonomiassistent'))).toBe(3);
    expect(tier('sekreterare', hit('/a/s/1/', 'Assistent', 'sekreterare, chefsassistent'))).toBe(2);
    expect(tier('sekr', hit('/a/s/1/', 'Assistent', 'sekreterare, chefsassistent'))).toBe(1);
    expect(tier('post', hit('/a/s/1/', 'Assistent', 'sekreterare'))).toBe(0);
  });
});

describe('a level page’s place', () => {
  it('is read from its address, with or without a base path', () => {
    expect(levelOf('/kontorstjanster/handlaggare/2/')).toEqual({ role: '/kontorstjanster/handlaggare', level: 2 });
    expect(levelOf('/kompetenser/en/kontorstjanster/arkivarie/1/')).toEqual({ role: '/kompetenser/en/kontorstjanster/arkivarie', level: 1 });
  });
});

describe('ranking the level hits', () => {
  it('puts pages whose title matches before pages that only mention the word', () => {
    const hits = [
      hit('/k/controller/1/', 'Controller'),
      hit('/k/ekonomiassistent/1/', 'Ekonomiassistent, nivå 1'),
      hit('/k/redovisningsekonom/1/', 'Redovisningsekonom, nivå 1'),
    ];
    expect(rankHits('ekonom', hits).map((h) => h.url)).toEqual(['/k/redovisningsekonom/1/', '/k/ekonomiassistent/1/', '/k/controller/1/']);
  });

  it('keeps a role’s levels together, lowest first, where its best hit is', () => {
    const hits = [
      hit('/k/handlaggare/1/', 'Handläggare, nivå 1'),
      hit('/k/handlaggare/3/', 'Handläggare, nivå 3'),
      hit('/k/registrator/1/', 'Registrator'),
      hit('/k/handlaggare/2/', 'Handläggare, nivå 2'),
    ];
    expect(rankHits('ärenden', hits).map((h) => h.url)).toEqual(['/k/handlaggare/1/', '/k/handlaggare/2/', '/k/handlaggare/3/', '/k/registrator/1/']);
  });

  it('keeps Pagefind’s order within a tier and for an empty query', () => {
    const hits = [hit('/k/b/1/', 'B'), hit('/k/a/2/', 'A, nivå 2'), hit('/k/a/1/', 'A, nivå 1')];
    expect(rankHits('', hits).map((h) => h.url)).toEqual(['/k/b/1/', '/k/a/1/', '/k/a/2/']);
  });
});
