import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en';
import { format, formatParts, t } from '../../src/i18n';
import { defaultLocale, isLocale, locales, otherLocale } from '../../src/i18n/locales';
import { sv } from '../../src/i18n/sv';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('dictionaries', () => {
  it('English has exactly the Swedish keys', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(sv).sort());
  });

  it('every text is non-empty in both languages', () => {
    for (const lang of locales) {
      for (const [key, value] of Object.entries(t(lang))) {
        expect(value.trim(), `${lang}.${key}`).not.toBe('');
      }
    }
  });

  it('both languages use the same placeholders', () => {
    for (const key of Object.keys(sv) as Array<keyof typeof sv>) {
      expect(placeholders(en[key]), key).toEqual(placeholders(sv[key]));
    }
  });

  it('says "nivå 2" and "level 2"', () => {
    expect(format(t('sv').levelNumber, { n: 2 })).toBe('Nivå 2');
    expect(format(t('en').levelNumber, { n: 2 })).toBe('Level 2');
  });
});

describe('locales', () => {
  it('Swedish is the default and English the other language', () => {
    expect(locales).toEqual(['sv', 'en']);
    expect(defaultLocale).toBe('sv');
    expect(otherLocale('sv')).toBe('en');
    expect(otherLocale('en')).toBe('sv');
    expect(isLocale('en')).toBe(true);
    expect(isLocale('sv-SE')).toBe(false);
  });
});

describe('format', () => {
  it('fills placeholders', () => {
    expect(format('{a} och {b}', { a: 1, b: 'två' })).toBe('1 och två');
  });

  it('throws on a missing value', () => {
    expect(() => format('Nivå {n}', {})).toThrow(/\{n\}/);
  });

  it('keeps placeholders apart for markup', () => {
    expect(formatParts('Källa: {title} ({date}).', { title: 'T', date: 'odaterad' })).toEqual([
      'Källa: ',
      { name: 'title', value: 'T' },
      ' (',
      { name: 'date', value: 'odaterad' },
      ').',
    ]);
  });
});
