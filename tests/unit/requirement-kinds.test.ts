import { describe, expect, it } from 'vitest';
import { buildCatalog } from '../../src/lib/catalog';
import {
  isRequirementKind,
  kindsOfCriterion,
  kindsOfRequirements,
  requirementKinds,
} from '../../src/lib/requirement-kinds';
import type { Criterion } from '../../src/schemas/criterion';
import { skill } from '../../src/schemas/criterion';
import { matrixColumnName, searchKindName } from '../../src/lib/criteria/vocabulary';
import { matrixColumns } from '../../src/schemas/vocabulary';
import { readContent } from '../helpers/content';

describe('kinds of a criterion', () => {
  it('maps each simple criterion to its kind', () => {
    const cases: Array<[Criterion, string]> = [
      [{ kind: 'education', level: 'higher', field: 'law' }, 'education'],
      [{ kind: 'field-training' }, 'education'],
      [{ kind: 'experience', years: 2, scope: 'similar-work' }, 'experience'],
      [{ kind: 'public-sector-experience' }, 'public-sector'],
      [{ kind: 'skill', skill: 'payroll-system', level: 'good' }, 'systems-skills'],
      [{ kind: 'skill', skill: 'ms-office', level: 'basic' }, 'systems-skills'],
      [{ kind: 'skill', skill: 'english', level: 'good' }, 'languages'],
      [{ kind: 'law-knowledge', level: 'awareness' }, 'law'],
      [{ kind: 'driving-licence', class: 'B' }, 'driving-licence'],
    ];
    for (const [criterion, kind] of cases) expect(kindsOfCriterion(criterion), JSON.stringify(criterion)).toEqual([kind]);
  });

  it('gives every kind an alternative or a combination touches, once each, in a fixed order', () => {
    const criterion: Criterion = {
      kind: 'any-of',
      of: [
        { kind: 'all-of', of: [{ kind: 'experience', years: 3, scope: 'similar-work' }, { kind: 'education', level: 'higher' }] },
        { kind: 'all-of', of: [{ kind: 'education', level: 'upper-secondary' }, { kind: 'experience', years: 5, scope: 'in-role', role: 'x' }] },
      ],
    };
    expect(kindsOfCriterion(criterion)).toEqual(['education', 'experience']);
  });

  it('maps every skill the schema knows', () => {
    for (const id of skill.options) {
      const kinds = kindsOfCriterion({ kind: 'skill', skill: id, level: 'knowledge' });
      expect(kinds).toHaveLength(1);
      expect(isRequirementKind(kinds[0])).toBe(true);
    }
  });

  it('refuses a criterion of an unknown kind with a clear message', () => {
    expect(() => kindsOfCriterion({ kind: 'telepathy' } as unknown as Criterion)).toThrow(/Unknown criterion kind.*telepathy/);
  });

  it('has a label in both languages for every kind', () => {
    for (const kind of requirementKinds) {
      expect(searchKindName(kind, 'sv')).toMatch(/\S/);
      expect(searchKindName(kind, 'en')).toMatch(/\S/);
    }
    expect(isRequirementKind('licence')).toBe(false);
  });

  it('names every matrix column in both languages, each name once per language', () => {
    for (const lang of ['sv', 'en'] as const) {
      const names = matrixColumns.map((column) => matrixColumnName(column, lang));
      expect(names.every((name) => /\S/.test(name))).toBe(true);
      expect(new Set(names).size).toBe(names.length);
    }
    expect(matrixColumnName('systems', 'sv')).toBe('System och andra kunskaper');
  });
});

describe('kinds of the real content', () => {
  const catalog = buildCatalog(readContent().areas, readContent().roles);
  const levelsWith = (kind: string) =>
    catalog.levels.filter((level) => kindsOfRequirements(level.requirements).includes(kind as never)).map((l) => l.id);

  it('finds the driving licence where the text asks for körkort', () => {
    const byText = catalog.levels
      .filter((level) => level.requirements.some((r) => /körkort/i.test(r.sv)))
      .map((l) => l.id);
    expect(byText.length).toBeGreaterThan(0);
    expect(levelsWith('driving-licence')).toEqual(byText);
  });

  it('finds English where the text asks for engelska', () => {
    const byText = catalog.levels.filter((level) => level.requirements.some((r) => /engelska/i.test(r.sv))).map((l) => l.id);
    expect(byText.length).toBeGreaterThan(0);
    expect(levelsWith('languages')).toEqual(byText);
  });

  it('gives every level at least education or experience, and only known kinds', () => {
    for (const level of catalog.levels) {
      const kinds = kindsOfRequirements(level.requirements);
      expect(kinds.some((k) => k === 'education' || k === 'experience'), level.id).toBe(true);
      expect(kinds.every(isRequirementKind)).toBe(true);
    }
  });
});
