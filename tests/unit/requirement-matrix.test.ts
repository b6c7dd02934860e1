import { describe, expect, it } from 'vitest';
import type { Locale } from '../../src/i18n';
import { buildCatalog } from '../../src/lib/catalog';
import {
  alternatives,
  buildMatrix,
  columnOf,
  matrixColumns,
  summariseLevel,
  type MatrixColumn,
  type PlainCriterion,
} from '../../src/lib/requirement-matrix';
import { cellWords } from '../../src/lib/requirement-words';
import type { Criterion } from '../../src/schemas/criterion';
import { readContent } from '../helpers/content';

const { areas, roles } = readContent();
const catalog = buildCatalog(areas, roles);
const matrix = buildMatrix(catalog.levels);
const entry = (id: string) => {
  const found = matrix.find((e) => e.level.id === id);
  if (!found) throw new Error(`no level ${id}`);
  return found;
};
const words = (id: string, column: MatrixColumn, lang: Locale = 'sv') => {
  const { level, row } = entry(id);
  return cellWords(row[column], lang, {
    roleSlug: level.role.slug,
    roleTitle: (slug) => catalog.role(`${level.role.area.slug}/${slug}`)?.title,
  });
};

const education = (level: 'upper-secondary' | 'higher', field?: 'law'): Criterion =>
  field ? { kind: 'education', level, field } : { kind: 'education', level };
const years = (n: number, scope: 'similar-work' | 'in-role' = 'similar-work'): Criterion =>
  scope === 'in-role' ? { kind: 'experience', years: n, scope, role: 'x' } : { kind: 'experience', years: n, scope };

describe('alternatives', () => {
  it('keeps plain requirements as one way in', () => {
    expect(alternatives([education('upper-secondary'), years(1)])).toEqual([[education('upper-secondary'), years(1)]]);
  });

  it('multiplies all-of and adds any-of', () => {
    const ways = alternatives([
      { kind: 'any-of', of: [{ kind: 'all-of', of: [education('higher'), years(3)] }, years(5, 'in-role')] },
      { kind: 'any-of', of: [{ kind: 'driving-licence', class: 'B' }, { kind: 'public-sector-experience' }] },
    ]);
    expect(ways).toHaveLength(4);
    expect(ways[0]).toEqual([education('higher'), years(3), { kind: 'driving-licence', class: 'B' }]);
    expect(ways[3]).toEqual([years(5, 'in-role'), { kind: 'public-sector-experience' }]);
  });

  it('refuses requirements with a runaway number of ways in, with a clear message', () => {
    const pair: Criterion = { kind: 'any-of', of: [years(1), years(2)] };
    expect(() => alternatives(Array.from({ length: 7 }, () => pair))).toThrow(/more than 64 alternative ways/);
  });
});

describe('columnOf', () => {
  it('puts MS Office and English in their own columns and other skills under systems', () => {
    const skill = (s: 'ms-office' | 'english' | 'finance-system' | 'digital-communication'): PlainCriterion => ({ kind: 'skill', skill: s, level: 'good' });
    expect(columnOf(skill('ms-office'))).toBe('msOffice');
    expect(columnOf(skill('english'))).toBe('english');
    expect(columnOf(skill('finance-system'))).toBe('systems');
    expect(columnOf(skill('digital-communication'))).toBe('systems');
    expect(columnOf({ kind: 'field-training' })).toBe('education');
  });
});

describe('the matrix of the real content', () => {
  it('has one row per level, 25 in all', () => {
    expect(matrix).toHaveLength(catalog.levels.length);
    expect(matrix).toHaveLength(25);
  });

  it('every requirement is summed up in at least one cell, and every non-empty cell cites one', () => {
    for (const { level, row } of matrix) {
      const cited = new Set(matrixColumns.flatMap((c) => row[c].requirements));
      expect([...cited].sort(), level.id).toEqual(level.requirements.map((_, i) => i));
      for (const column of matrixColumns) {
        expect(row[column].empty, `${level.id} ${column}`).toBe(row[column].requirements.length === 0);
      }
    }
  });

  it('Jurist needs a law degree', () => {
    expect(words('kontorstjanster/jurist/1', 'education')).toBe('Högskola (juristexamen)');
    expect(words('kontorstjanster/jurist/1', 'education', 'en')).toBe('Higher education (law degree)');
    expect(entry('kontorstjanster/jurist/1').educationCategories).toEqual(['higher', 'specific']);
  });

  it('Vaktmästare 2 needs driving licence B, level 1 does not', () => {
    expect(words('kontorstjanster/vaktmastare/2', 'drivingLicence')).toBe('B');
    expect(entry('kontorstjanster/vaktmastare/2').row.drivingLicence.required).toBe(true);
    expect(entry('kontorstjanster/vaktmastare/1').row.drivingLicence.empty).toBe(true);
    expect(words('kontorstjanster/vaktmastare/1', 'education')).toBe('Inget krav');
  });

  it('English is required of Receptionist and Växeltelefonist, and of no other level', () => {
    const needEnglish = matrix.filter((e) => e.row.english.required).map((e) => e.level.id);
    expect(needEnglish).toEqual(['kontorstjanster/receptionist/1', 'kontorstjanster/vaxeltelefonist/1']);
    expect(words('kontorstjanster/receptionist/1', 'english')).toBe('Goda kunskaper');
    expect(words('kontorstjanster/vaxeltelefonist/1', 'english', 'en')).toBe('Good knowledge');
  });

  it('Arkivarie needs public-sector experience and awareness of the law', () => {
    expect(words('kontorstjanster/arkivarie/1', 'publicSector')).toBe('Ja');
    expect(words('kontorstjanster/arkivarie/1', 'law')).toBe('Kännedom');
    expect(words('kontorstjanster/personaladministrator/2', 'law', 'en')).toBe('Good familiarity');
  });

  it('Handläggare 3 asks for 3 years of similar work and a higher education in the field', () => {
    expect(words('kontorstjanster/handlaggare/3', 'experience')).toBe('3 år i liknande arbete');
    expect(words('kontorstjanster/handlaggare/3', 'experience', 'en')).toBe('3 years of similar work');
    expect(words('kontorstjanster/handlaggare/3', 'education')).toBe('Högskola (inom området)');
    expect(entry('kontorstjanster/handlaggare/3').row.experience.sortKey).toBe(3);
  });

  it('shows alternatives: 3 years of similar work, or 5 in the role', () => {
    expect(words('kontorstjanster/ekonomiassistent/2', 'experience')).toBe('3 år i liknande arbete eller 5 år som ekonomiassistent');
    expect(words('kontorstjanster/ekonomiassistent/2', 'experience', 'en')).toBe('3 years of similar work or 5 years as finance assistant');
    expect(words('kontorstjanster/ekonomiassistent/2', 'education')).toBe('Gymnasium eller högskola (ekonomi)');
    const cell = entry('kontorstjanster/ekonomiassistent/2').row.experience;
    expect(words('kontorstjanster/ekonomiassistent/2', 'education', 'en')).toBe('Upper secondary or higher education (business and economics)');
    expect(cell.sortKey).toBe(3);
    expect(cell.required).toBe(true);
    expect(cell.requirements).toEqual([0]);
  });

  it('says when one way in asks nothing of a column', () => {
    expect(words('kontorstjanster/registrator/1', 'experience')).toBe('Inget krav eller 3 år som registrator');
    const cell = entry('kontorstjanster/registrator/1').row.experience;
    expect(cell.required).toBe(false);
    expect(cell.empty).toBe(false);
    expect(cell.sortKey).toBe(0);
    expect(words('kontorstjanster/arkivarie/1', 'education')).toBe('Inget krav eller högskola');
    expect(entry('kontorstjanster/arkivarie/1').educationCategories).toEqual(['none', 'higher']);
  });

  it('training in the field counts as a specific field', () => {
    expect(words('kontorstjanster/controller/1', 'education')).toBe('Gymnasium och utbildning inom området');
    expect(entry('kontorstjanster/controller/1').educationCategories).toEqual(['upper-secondary', 'specific']);
  });

  it('lists systems with how much is asked', () => {
    expect(words('kontorstjanster/loneadministrator/2', 'systems')).toBe('Lönesystem (goda kunskaper), Ekonomisystem (goda kunskaper)');
    expect(words('kontorstjanster/vaxeltelefonist/1', 'systems', 'en')).toBe('Computerised switchboards and call-referral systems (extensive experience)');
    expect(entry('kontorstjanster/loneadministrator/2').row.systems.sortKey).toBe(2);
    expect(entry('kontorstjanster/administrator/1').row.systems.empty).toBe(true);
  });

  it('ranks MS Office levels: basic below knowledge below good', () => {
    const rank = (id: string) => entry(id).row.msOffice.sortKey;
    expect(rank('kontorstjanster/vaktmastare/1')).toBeLessThan(rank('kontorstjanster/handlaggare/1'));
    expect(rank('kontorstjanster/handlaggare/1')).toBeLessThan(rank('kontorstjanster/handlaggare/2'));
    expect(words('kontorstjanster/vaktmastare/1', 'msOffice')).toBe('Grundkunskaper');
  });

  it('ranks education: none, upper secondary, higher, higher in a named field', () => {
    const rank = (id: string) => entry(id).row.education.sortKey;
    expect(rank('kontorstjanster/vaktmastare/1')).toBe(0);
    expect(rank('kontorstjanster/administrator/1')).toBeGreaterThan(0);
    expect(rank('kontorstjanster/controller/1')).toBeGreaterThan(rank('kontorstjanster/administrator/1'));
    expect(rank('kontorstjanster/jurist/1')).toBeGreaterThan(rank('kontorstjanster/controller/1'));
  });

  it('names another role when experience is asked in it', () => {
    const row = summariseLevel([{ criterion: { kind: 'experience', years: 2, scope: 'in-role', role: 'jurist' } }]);
    const context = { roleSlug: 'registrator', roleTitle: (slug: string) => catalog.role(`kontorstjanster/${slug}`)?.title };
    expect(cellWords(row.experience, 'sv', context)).toBe('2 år som jurist');
    expect(cellWords(row.experience, 'en', context)).toBe('2 years as lawyer');
  });
});
