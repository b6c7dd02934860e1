import { describe, expect, it } from 'vitest';
import { buildCatalog, type CatalogLevel } from '../../src/lib/catalog';
import { educationLevel, groupsOf, monthsOfExperience, occupationJsonLd } from '../../src/lib/json-ld';
import { scriptJson as jsonLdText } from '../../src/lib/widget/text';
import type { Criterion } from '../../src/schemas/criterion';
import { readContent } from '../helpers/content';

const { areas, roles } = readContent();
const catalog = buildCatalog(areas, roles);
const level = (id: string): CatalogLevel => {
  const found = catalog.level(id);
  if (!found) throw new Error(`no level ${id}`);
  return found;
};
const url = (id: string) => `https://example.test/${id}/`;

const experience = (years: number): Criterion => ({ kind: 'experience', years, scope: 'similar-work' });
const upperSecondary: Criterion = { kind: 'education', level: 'upper-secondary' };
const higher: Criterion = { kind: 'education', level: 'higher' };

describe('what a criterion needs at least', () => {
  it('months: years times twelve, the most of all-of, the least of any-of', () => {
    expect(monthsOfExperience(experience(3))).toBe(36);
    expect(monthsOfExperience(upperSecondary)).toBe(0);
    expect(monthsOfExperience({ kind: 'all-of', of: [higher, experience(1)] })).toBe(12);
    expect(
      monthsOfExperience({
        kind: 'any-of',
        of: [
          { kind: 'all-of', of: [higher, experience(3)] },
          { kind: 'all-of', of: [upperSecondary, experience(5)] },
        ],
      }),
    ).toBe(36);
    // An alternative without experience means none is needed.
    expect(monthsOfExperience({ kind: 'any-of', of: [higher, experience(3)] })).toBe(0);
  });

  it('education: the lowest level that meets it', () => {
    expect(educationLevel(upperSecondary)).toBe('upper-secondary');
    expect(educationLevel(higher)).toBe('higher');
    expect(educationLevel({ kind: 'any-of', of: [{ kind: 'all-of', of: [higher, experience(3)] }, { kind: 'all-of', of: [upperSecondary, experience(5)] }] })).toBe(
      'upper-secondary',
    );
    expect(educationLevel({ kind: 'any-of', of: [higher, experience(3)] })).toBeUndefined();
    expect(educationLevel({ kind: 'field-training' })).toBeUndefined();
  });

  it('groups: every group a part falls in', () => {
    expect([...groupsOf({ kind: 'any-of', of: [higher, experience(3)] })].sort()).toEqual(['education', 'experience']);
    expect([...groupsOf({ kind: 'driving-licence', class: 'B' })]).toEqual(['qualifications']);
    expect([...groupsOf({ kind: 'law-knowledge', level: 'awareness' })]).toEqual(['skills']);
  });
});

describe('occupationJsonLd on the real content', () => {
  it('Administratör 1 in Swedish: name, tasks, skills, education and one year of experience', () => {
    const data = occupationJsonLd(level('kontorstjanster/administrator/1'), 'sv', url('kontorstjanster/administrator/1'));
    expect(data['@context']).toBe('https://schema.org');
    expect(data['@type']).toBe('Occupation');
    expect(data.name).toBe('Administratör 1');
    expect(data.url).toBe(url('kontorstjanster/administrator/1'));
    expect(data.responsibilities[0]).toBe('sköta administrativa rutiner.');
    expect(data.skills).toEqual(['goda kunskaper i MS Office eller likvärdigt.']);
    expect(data.educationRequirements).toEqual([
      { '@type': 'EducationalOccupationalCredential', description: 'gymnasium eller likvärdig utbildning.', educationalLevel: 'Gymnasieutbildning' },
    ]);
    expect(data.experienceRequirements).toEqual([
      {
        '@type': 'OccupationalExperienceRequirements',
        description: 'minst ett (1) års arbetslivserfarenhet från liknande arbete.',
        monthsOfExperience: 12,
      },
    ]);
    expect(data.mainEntityOfPage.inLanguage).toBe('sv');
    expect(data.mainEntityOfPage.isBasedOn.publisher.name).toBe('Kammarkollegiet');
  });

  it('is in the page language', () => {
    const data = occupationJsonLd(level('kontorstjanster/administrator/1'), 'en', url('en/kontorstjanster/administrator/1'));
    expect(data.name).toBe('Administrator 1');
    expect(data.responsibilities[0]).toBe('handle administrative procedures.');
    expect(data.educationRequirements?.[0]?.educationalLevel).toBe('Upper secondary education');
    expect(data.mainEntityOfPage.inLanguage).toBe('en');
  });

  it('a requirement with alternatives goes to both education and experience, with the least months', () => {
    const data = occupationJsonLd(level('kontorstjanster/registrator/1'), 'sv', url('x'));
    const alternative = level('kontorstjanster/registrator/1').requirements.find((r) => r.criterion.kind === 'any-of');
    expect(alternative).toBeDefined();
    expect(data.educationRequirements?.map((e) => e.description)).toContain(alternative?.sv);
    const experienceEntry = data.experienceRequirements?.find((e) => e.description === alternative?.sv);
    expect(experienceEntry).toBeDefined();
    // "högskoleutbildning ... Alternativt minst tre års erfarenhet": education alone is enough.
    expect(experienceEntry?.monthsOfExperience).toBeUndefined();
  });

  it('the driving licence is a qualification, and lists with nothing in them are left out', () => {
    const withLicence = catalog.levels.find((l) => l.requirements.some((r) => r.criterion.kind === 'driving-licence'));
    expect(withLicence).toBeDefined();
    const data = occupationJsonLd(withLicence!, 'sv', url('x'));
    expect(data.qualifications).toHaveLength(1);
    const assistant = occupationJsonLd(level('kontorstjanster/assistent/1'), 'sv', url('x'));
    expect(assistant).not.toHaveProperty('experienceRequirements');
    expect(assistant).not.toHaveProperty('qualifications');
  });

  it('every level: every task and every requirement appear, each requirement where its criteria belong', () => {
    for (const l of catalog.levels) {
      for (const lang of ['sv', 'en'] as const) {
        const data = occupationJsonLd(l, lang, url(l.id));
        expect(data.responsibilities).toEqual(l.tasks.map((task) => task[lang]));
        const placed = [
          ...(data.skills ?? []),
          ...(data.qualifications ?? []),
          ...(data.educationRequirements ?? []).map((e) => e.description),
          ...(data.experienceRequirements ?? []).map((e) => e.description),
        ];
        for (const req of l.requirements) expect(placed, `${l.id} ${lang}`).toContain(req[lang]);
        for (const entry of data.experienceRequirements ?? []) {
          const req = l.requirements.find((r) => r[lang] === entry.description)!;
          // A plain experience requirement: its months match the years its text names.
          if (req.criterion.kind === 'experience') {
            expect(req.sv).toContain(`(${req.criterion.years})`);
            expect(entry.monthsOfExperience).toBe(req.criterion.years * 12);
          }
        }
      }
    }
  });
});

describe('jsonLdText', () => {
  it('cannot close its script element and parses back to the same data', () => {
    const data = { text: '</script><script>alert(1)</script> & \u2028 <!--' };
    const text = jsonLdText(data);
    expect(text).not.toMatch(/<|>|&/);
    expect(JSON.parse(text)).toEqual(data);
  });
});
