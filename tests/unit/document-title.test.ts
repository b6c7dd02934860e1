import { describe, expect, it } from 'vitest';
import { t } from '../../src/i18n';
import { documentTitle, maxTitleLength } from '../../src/lib/document-title';

describe('documentTitle', () => {
  it('adds the site name after the page title, or the tagline on the home page', () => {
    expect(documentTitle('Administratör 2', 'Konsultkompetenser', 'x')).toBe('Administratör 2 – Konsultkompetenser');
    expect(documentTitle(undefined, 'Konsultkompetenser', 'Roller')).toBe('Konsultkompetenser – Roller');
  });

  it('leaves the site name out when the title would get longer than 70 characters', () => {
    const long = 'Comparison of Payroll administrator 1 and Payroll administrator 2';
    expect(documentTitle(long, 'Consultant competences', 'x')).toBe(long);
    const fits = 'a'.repeat(maxTitleLength - ' – Site'.length);
    expect(documentTitle(fits, 'Site', 'x')).toBe(`${fits} – Site`);
    expect(documentTitle(`${fits}b`, 'Site', 'x')).toBe(`${fits}b`);
  });

  it('the home page titles fit in both languages', () => {
    for (const lang of ['sv', 'en'] as const) {
      expect(documentTitle(undefined, t(lang).siteName, t(lang).siteTagline).length).toBeLessThanOrEqual(maxTitleLength);
    }
  });
});
