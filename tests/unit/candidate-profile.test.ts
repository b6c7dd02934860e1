/** The candidate's own details as a file and in storage: read back as written, and nothing else read. */
import { describe, expect, it } from 'vitest';
import { emptyJob } from '../../src/lib/candidate/jobs';
import { emptyProfile, hasPersonalData, profileFileName, profileJson } from '../../src/lib/candidate/profile';
import { readProfile } from '../../src/lib/candidate/profile-schema';

describe('a candidate\'s file', () => {
  const profile = {
    ...emptyProfile(),
    query: 'utbildning=hogskola&hogskola=ekonomi',
    jobs: [{ ...emptyJob(), role: 'ekonomiassistent', employer: 'Skatteverket', from: '2019-01', to: '2023-06' }],
    education: 'Ekonomprogrammet, Lunds universitet 2015',
    evidence: { 'finance-system': 'Agresso, Skatteverket 2019–2023' },
    name: 'Anna Svensson',
    supplier: 'Bemanning AB',
  };

  it('is read back as it was written', () => {
    expect(readProfile(profileJson(profile))).toEqual(profile);
    expect(hasPersonalData(profile)).toBe(true);
    expect(hasPersonalData({ ...emptyProfile(), query: 'som.vaktmastare=2', jobs: [{ ...emptyJob(), role: 'vaktmastare', years: '2' }] })).toBe(false);
  });

  it('refuses anything that is not one, without throwing', () => {
    for (const text of [null, '', '{', '[]', '{"format":"x"}', JSON.stringify({ ...profile, version: 2 }), JSON.stringify({ ...profile, name: 'x'.repeat(501) })]) {
      expect(readProfile(text)).toBeNull();
    }
  });

  it('gets a file name with only safe characters', () => {
    expect(profileFileName('kandidat', 'Åsa Öberg-Ek')).toBe('kandidat-asa-oberg-ek.json');
    expect(profileFileName('candidate', '')).toBe('candidate.json');
    expect(profileFileName('kandidat', '../../etc/passwd')).toBe('kandidat-etc-passwd.json');
  });
});
