import { describe, expect, it } from 'vitest';
import { foldWord, isCloseMatch, matchedApproximately, matchedOnlyByFallback, matchedWords } from '../../../src/lib/search/match';

describe('folding a word', () => {
  it('drops case, diacritics and punctuation', () => {
    expect(foldWord('(Växeltelefonist.)')).toBe('vaxeltelefonist');
    expect(foldWord('Bokföring,')).toBe('bokforing');
    expect(foldWord('…')).toBe('');
  });
});

describe('matched words', () => {
  it('reads the words at the locations, as Pagefind counts them', () => {
    expect(matchedWords('arbete med redovisning och\nbokföring. kontering.', [4, 0, 9])).toEqual(['bokföring.', 'arbete']);
  });
});

describe('close matches', () => {
  it('accepts the same word with or without diacritics, and longer forms', () => {
    expect(isCloseMatch('vaxeltelefonist', 'Växeltelefonist')).toBe(true);
    expect(isCloseMatch('bokforing', 'bokföring.')).toBe(true);
    expect(isCloseMatch('bokför', 'huvudbokföring')).toBe(false);
    expect(isCloseMatch('bokför', 'bokföringssystem')).toBe(true);
    expect(isCloseMatch('switchboard', 'switchboards')).toBe(true);
  });

  it('accepts a stem the typed word only adds an ending to', () => {
    expect(isCloseMatch('bokföringen', 'bokföring')).toBe(true);
    expect(isCloseMatch('arbetsuppgifterna', 'arbetsuppgift')).toBe(true);
  });

  it('rejects a much shorter word that only the beginning shares', () => {
    expect(isCloseMatch('among', 'a')).toBe(false);
    expect(isCloseMatch('översättning', 'över')).toBe(false);
    expect(isCloseMatch('ab', 'a')).toBe(false);
  });
});

describe('fallback hits', () => {
  it('flags a hit whose words are all much shorter than a typed word', () => {
    expect(matchedOnlyByFallback('among', ['a', 'a'])).toBe(true);
    expect(matchedOnlyByFallback('översättning', ['över'])).toBe(true);
    expect(matchedOnlyByFallback('bokföring översättning', ['bokföring', 'över'])).toBe(true);
  });

  it('keeps real hits, and does not judge a hit without matched words', () => {
    expect(matchedOnlyByFallback('bokforingen', ['bokföring.', 'bokföring'])).toBe(false);
    expect(matchedOnlyByFallback('ms office', ['MS', 'Office'])).toBe(false);
    expect(matchedOnlyByFallback('körkort', [])).toBe(false);
  });
});

describe('approximate matches', () => {
  it('are words found only through a word that does not begin with them', () => {
    expect(matchedApproximately('registator', ['kundregister.', 'register'])).toBe(true);
    expect(matchedApproximately('bokföringen', ['bokföring.'])).toBe(true);
    expect(matchedApproximately('bokföring', ['Bokföring,', 'huvudbokföring'])).toBe(false);
    expect(matchedApproximately('ekonom', ['⟦redovisning', 'ekonom⟧'])).toBe(false);
    expect(matchedApproximately('vaxel telefon', ['växel', 'telefonväxlar'])).toBe(false);
    expect(matchedApproximately('anything', [])).toBe(false);
  });
});
