import { describe, expect, it } from 'vitest';
import { t } from '../../src/i18n';
import { describeChange } from '../../src/lib/criterion-words';
import {
  columnOf,
  criterionKinds,
  educationLevels,
  educationOfRank,
  educationRank,
  experienceScale,
  isTerm,
  jsonLdGroupOf,
  kindLabel,
  knowledgeScale,
  lawLevels,
  lawRank,
  levelsOf,
  noneOn,
  reaches,
  scaleOf,
  searchKindOf,
  skillLevelName,
  skillName,
  skillPhrase,
  skillRank,
  skills,
  termOfToken,
  terms,
} from '../../src/lib/criteria/vocabulary';
import { formModel } from '../../src/lib/eligibility/form-model';
import { deriveQuestions } from '../../src/lib/eligibility/questions';
import { requirementChanges } from '../../src/lib/requirement-changes';
import { criterion as criterionSchema, type Criterion } from '../../src/schemas/criterion';
import { vocabulary, type Words } from '../../src/schemas/vocabulary';

const locales = ['sv', 'en'] as const;

/** Every `{ sv, en }` in the table, with where it is. */
function allWords(value: unknown, path = 'vocabulary'): Array<[string, Words]> {
  if (value === null || typeof value !== 'object' || value instanceof RegExp) return [];
  if ('sv' in value && 'en' in value) return [[path, value as Words]];
  return Object.entries(value).flatMap(([key, inner]) => allWords(inner, `${path}.${key}`));
}

describe('the vocabulary table', () => {
  it('has every word in both languages', () => {
    const words = allWords(vocabulary);
    expect(words.length).toBeGreaterThan(50);
    for (const [path, { sv, en }] of words) {
      expect(sv, path).toMatch(/\S/);
      expect(en, path).toMatch(/\S/);
    }
  });

  it('gives each term of a part its own token, ASCII as the address wants', () => {
    for (const part of [terms.skills, terms.skillLevels, terms.education, terms.fields, terms.lawLevels]) {
      const tokens = Object.values(part).map((entry) => entry.token);
      expect(new Set(tokens).size).toBe(tokens.length);
      for (const token of tokens) expect(token).toMatch(/^[a-z0-9-]+$/);
    }
  });

  it('ranks each scale 1, 2, 3 ... from the lowest', () => {
    for (const scale of [knowledgeScale, experienceScale]) expect(scale.map(skillRank)).toEqual(scale.map((_, index) => index + 1));
    expect(educationLevels.map(educationRank)).toEqual([1, 2]);
    expect(lawLevels.map(lawRank)).toEqual([1, 2]);
    expect(knowledgeScale).toEqual(['basic', 'knowledge', 'good']);
    expect(experienceScale).toEqual(['experience', 'extensive-experience']);
  });

  it('is what the content schema accepts', () => {
    for (const skill of skills) {
      for (const level of [...knowledgeScale, ...experienceScale]) {
        expect(criterionSchema.safeParse({ kind: 'skill', skill, level }).success).toBe(true);
      }
    }
    expect(criterionSchema.safeParse({ kind: 'skill', skill: 'telepathy', level: 'good' }).success).toBe(false);
    expect(criterionSchema.safeParse({ kind: 'skill', skill: 'english', level: 'fluent' }).success).toBe(false);
    expect(criterionSchema.safeParse({ kind: 'education', level: 'doctorate' }).success).toBe(false);
    expect(criterionSchema.safeParse({ kind: 'law-knowledge', level: 'expert' }).success).toBe(false);
    expect(criterionKinds.at(-1)).toBe('any-of');
  });
});

describe('ranks and scales', () => {
  it('compares levels on their own scale only', () => {
    expect(reaches('good', 'knowledge')).toBe(true);
    expect(reaches('basic', 'knowledge')).toBe(false);
    expect(reaches('extensive-experience', 'experience')).toBe(true);
    expect(reaches('extensive-experience', 'basic')).toBe(false);
    expect(reaches('none', 'basic')).toBe(false);
    expect(reaches('toString', 'basic')).toBe(false);
  });

  it('gives anything unknown no rank, and the knowledge scale', () => {
    expect(skillRank('none')).toBe(0);
    expect(lawRank('none')).toBe(0);
    expect(educationRank('none')).toBe(0);
    expect(educationOfRank(0)).toBeUndefined();
    expect(educationOfRank(2)).toBe('higher');
    expect(scaleOf('mystery')).toBe('knowledge');
    expect(scaleOf('experience')).toBe('experience');
    expect(levelsOf('experience')).toBe(experienceScale);
    expect(levelsOf('knowledge')).toBe(knowledgeScale);
    expect(isTerm(terms.skills, 'constructor')).toBe(false);
  });

  it('reads tokens back', () => {
    expect(termOfToken(terms.skillLevels, 'goda-kunskaper')).toBe('good');
    expect(termOfToken(terms.skills, 'office')).toBe('ms-office');
    expect(termOfToken(terms.fields, 'juridik')).toBe('law');
    expect(termOfToken(terms.lawLevels, 'ingen')).toBeUndefined();
  });
});

describe('where a criterion goes', () => {
  const cases: Array<[Criterion, string, string, string]> = [
    [{ kind: 'education', level: 'higher' }, 'education', 'education', 'education'],
    [{ kind: 'field-training' }, 'education', 'education', 'education'],
    [{ kind: 'experience', years: 1, scope: 'similar-work' }, 'experience', 'experience', 'experience'],
    [{ kind: 'public-sector-experience' }, 'public-sector', 'publicSector', 'experience'],
    [{ kind: 'skill', skill: 'ms-office', level: 'good' }, 'systems-skills', 'msOffice', 'skills'],
    [{ kind: 'skill', skill: 'english', level: 'good' }, 'languages', 'english', 'skills'],
    [{ kind: 'skill', skill: 'hr-system', level: 'good' }, 'systems-skills', 'systems', 'skills'],
    [{ kind: 'law-knowledge', level: 'awareness' }, 'law', 'law', 'skills'],
    [{ kind: 'driving-licence', class: 'B' }, 'driving-licence', 'drivingLicence', 'qualifications'],
  ];

  it('follows the table for search, the matrix and schema.org', () => {
    for (const [criterion, search, column, group] of cases) {
      const plain = criterion as Exclude<Criterion, { kind: 'all-of' | 'any-of' }>;
      expect([searchKindOf(plain), columnOf(plain), jsonLdGroupOf(plain)], criterion.kind).toEqual([search, column, group]);
    }
  });

  it('refuses a kind the table does not know', () => {
    const unknown = { kind: 'telepathy' } as never;
    expect(() => searchKindOf(unknown)).toThrow(/Unknown criterion kind.*telepathy/);
    expect(() => columnOf(unknown)).toThrow(/Unknown criterion kind/);
    expect(() => kindLabel('telepathy', 'sv')).toThrow(/No label/);
    expect(() => kindLabel('skill', 'sv')).toThrow(/No label/);
  });
});

describe('words', () => {
  it('says a level with a skill in the scale’s own way', () => {
    expect(skillPhrase('good', skillName('finance-system', 'sv'), 'sv')).toBe('goda kunskaper i ekonomisystem');
    expect(skillPhrase('extensive-experience', skillName('switchboard-systems', 'sv'), 'sv')).toBe(
      'stor erfarenhet av datoriserade telefonväxlar och hänvisningssystem',
    );
    expect(skillPhrase('basic', 'HR systems', 'en')).toBe('basic knowledge of HR systems');
    expect(skillLevelName('knowledge', 'en')).toBe('knowledge');
    expect(noneOn('experience', 'sv')).toBe('ingen erfarenhet');
    expect(kindLabel('experience', 'en')).toBe('Experience');
  });

  it('gives each skill one name: the self-assessment asks what the comparison pages say', () => {
    for (const lang of locales) {
      for (const skill of skills) {
        const level = terms.skills[skill].search === 'languages' ? 'good' : 'knowledge';
        const criterion: Criterion = { kind: 'skill', skill, level };
        const questions = deriveQuestions([{ slug: 'x', levels: [{ id: 'a/x/1', level: 1, criteria: [criterion] }] }]);
        const model = formModel({ questions, messages: t(lang), lang, titles: {}, names: {} });
        const label = model.needs[0]!.items[0]!;
        const [change] = requirementChanges([], [criterion]);
        const said = describeChange(change!, lang, () => undefined).label;
        expect('label' in label && label.label.toLowerCase(), `${lang} ${skill}`).toBe(said.toLowerCase());
        expect(said.toLowerCase()).toBe(skillName(skill, lang).toLowerCase());
      }
    }
  });

  it('keeps no word of the vocabulary in the dictionaries', () => {
    const keys = Object.keys(t('sv'));
    expect(keys.filter((key) => /^(critSkill|saSkill[A-Z](?!.*Phrase)|critLevel|saLevel|critLaw|saLaw(None|Awareness|Good)$|matrixField)/.test(key))).toEqual([]);
  });
});
