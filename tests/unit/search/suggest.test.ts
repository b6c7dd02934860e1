import { describe, expect, it } from 'vitest';
import { editDistance, readWordList, suggester, writeWordList } from '../../../src/lib/search/suggest';

describe('edit distance', () => {
  it.each([
    ['registator', 'registrator', 1],
    ['juirst', 'jurist', 1], // two neighbours swapped
    ['recepsionist', 'receptionist', 1],
    ['kommunkator', 'kommunikator', 1],
    ['vaktmastre', 'vaktmastare', 1],
    ['bokfoirng', 'bokforing', 1],
    ['loneadminstrator', 'loneadministrator', 1],
    ['arkivare', 'arkivarie', 1],
    ['handaggare', 'handlaggare', 1],
    ['secratary', 'secretary', 1],
    ['laywer', 'lawyer', 1],
    ['acountant', 'accountant', 1],
    ['purchacer', 'purchaser', 1],
    ['kontroler', 'controller', 2],
    ['same', 'same', 0],
  ])('%s → %s is %i', (a, b, distance) => {
    expect(editDistance(a, b)).toBe(distance);
    expect(editDistance(b, a)).toBe(distance);
  });

  it('stops past the limit', () => {
    expect(editDistance('arkiv', 'registrator')).toBe(3);
    expect(editDistance('abcdef', 'uvwxyz', 2)).toBe(3);
  });
});

describe('the word list', () => {
  it('lists words of three letters or more, most frequent first, ties alphabetically', () => {
    const text = writeWordList(new Map([['växel', 2], ['och', 9], ['i', 20], ['arkiv', 2], ['registrator', 5]]));
    expect(text).toBe('och\nregistrator\narkiv\nväxel\n');
    expect(readWordList(text)).toEqual(['och', 'registrator', 'arkiv', 'växel']);
  });
});

describe('suggestions', () => {
  const words = ['arbete', 'registrator', 'registrering', 'vaktmästare', 'jurist', 'växeltelefonist', 'växel', 'bokföring', 'lön', 'reception', 'receptionist'];
  const s = suggester(words);

  it('corrects one wrong, missing, extra or swapped letter', () => {
    expect(s.suggest('registator')).toBe('registrator');
    expect(s.suggest('juirst')).toBe('jurist');
    expect(s.suggest('vaktmästre')).toBe('vaktmästare');
    expect(s.suggest('recepsionist')).toBe('receptionist');
  });

  it('suggests the page’s spelling, with å, ä and ö, for a word typed without them', () => {
    expect(s.suggest('vaktmastre')).toBe('vaktmästare');
    expect(s.suggest('bokforign')).toBe('bokföring');
  });

  it('corrects only the unknown words of a query', () => {
    expect(s.suggest('registator växel')).toBe('registrator växel');
    expect(s.suggest('bokföring juirst')).toBe('bokföring jurist');
  });

  it('prefers one edit to two, and the more frequent word among equals', () => {
    expect(suggester(['arkivet', 'arkiven', 'arkivera']).suggest('arkivem')).toBe('arkivet');
    expect(suggester(['kassan', 'kassor']).suggest('kassar')).toBe('kassan');
    expect(suggester(['telefonist', 'telefon']).suggest('telefonisst')).toBe('telefonist');
  });

  it('suggests nothing for known words, beginnings of words, short words, numbers or far-off words', () => {
    expect(s.suggest('registrator')).toBeUndefined();
    expect(s.suggest('bokföringen')).toBeUndefined(); // an indexed word with an ending
    expect(s.suggest('arbetet')).toBeUndefined();
    expect(s.suggest('Växel')).toBeUndefined();
    expect(s.suggest('regist')).toBeUndefined();
    expect(s.suggest('lö')).toBeUndefined();
    expect(s.suggest('w3d4')).toBeUndefined();
    expect(s.suggest('xylofon')).toBeUndefined();
    expect(s.suggest('')).toBeUndefined();
  });
});
