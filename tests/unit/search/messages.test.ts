import { describe, expect, it } from 'vitest';
import { t } from '../../../src/i18n';
import { searchMessageKeys, searchMessages, statusText } from '../../../src/lib/search/messages';

const sv = searchMessages(t('sv'));
const en = searchMessages(t('en'));

describe('the texts the search page sends its script', () => {
  it('are exactly the listed keys, filled in both languages', () => {
    expect(Object.keys(sv).sort()).toEqual([...searchMessageKeys].sort());
    for (const key of searchMessageKeys) {
      expect(sv[key], key).not.toBe('');
      expect(en[key], key).not.toBe('');
    }
    expect(sv.searchDidYouMean).toContain('{query}');
    expect(en.searchDidYouMean).toContain('{query}');
  });
});

describe('the status line', () => {
  const state = (query: string, filters = {}) => ({ query, filters });

  it('counts hits for the words, and comparisons after them', () => {
    expect(statusText(sv, state('bokföring'), 4, 2)).toBe('4 träffar för ”bokföring”. Dessutom 2 jämförelser mellan nivåer.');
    expect(statusText(sv, state('jurist'), 1, 0)).toBe('1 träff för ”jurist”.');
    expect(statusText(en, state('payroll'), 2, 1)).toMatch(/^2 .*payroll.*1 /);
  });

  it('says when nothing was found, and when filters narrow the search', () => {
    expect(statusText(sv, state('xyz'), 0, 0)).toBe(`Inga träffar för ”xyz”. ${sv.searchNoneHelp}`);
    expect(statusText(sv, state('bokföring', { level: '2' }), 2, 0)).toBe('2 träffar för ”bokföring”. Sökningen är avgränsad.');
    expect(statusText(sv, state('', { level: '2' }), 0, 0)).toBe(sv.searchFilteredNone);
    expect(statusText(sv, state('', { level: '2' }), 9, 0)).toBe('9 träffar med den avgränsningen.');
  });
});
