import { describe, expect, it } from 'vitest';
import { deriveQuestions, questionKey } from '../../src/lib/eligibility/questions';
import { paramName } from '../../src/lib/eligibility/url';
import { criteria, questions } from '../helpers/eligibility';

const keys = questions.map(questionKey);
const rolesOf = (key: string) => questions.find((q) => questionKey(q) === key)?.roles;

describe('questions come from the criteria in the content', () => {
  it('asks for years as a role only for roles whose requirements count them', () => {
    const inRole = questions.flatMap((q) => (q.kind === 'in-role' ? [q.role] : []));
    expect(inRole).toContain('vaktmastare');
    // Handläggare asks only for similar work; its years as handläggare are asked because they count as such.
    expect(inRole).toContain('handlaggare');
    expect(inRole).toHaveLength(16);
  });

  it('asks for similar work only for the roles whose text says "från liknande arbete"', () => {
    const similar = questions.flatMap((q) => (q.kind === 'similar-work' ? [q.role] : []));
    expect(similar.sort()).toEqual(
      ['administrator', 'arkivarie', 'ekonomiassistent', 'handlaggare', 'kommunikator', 'personaladministrator', 'redovisningsekonom'].sort(),
    );
  });

  it('asks the named fields of higher education, and training in a field only where a role asks it', () => {
    expect(keys.filter((k) => k.startsWith('higher-field:'))).toEqual(['higher-field:economics', 'higher-field:law', 'higher-field:registrar']);
    expect(keys.filter((k) => k.startsWith('field-training:')).sort()).toEqual(
      ['field-training:controller', 'field-training:handlaggare', 'field-training:redovisningsekonom'],
    );
    expect(rolesOf('higher-field:law')).toEqual(['jurist']);
  });

  it('asks about laws for the three roles that need them, and licence B for Vaktmästare only', () => {
    expect(keys.filter((k) => k.startsWith('law:')).sort()).toEqual(['law:arkivarie', 'law:personaladministrator', 'law:registrator']);
    expect(rolesOf('driving-licence')).toEqual(['vaktmastare']);
    expect(rolesOf('public-sector')).toEqual(['arkivarie']);
  });

  it('asks every skill once, on the scale its requirements use', () => {
    const skillQuestions = questions.filter((q) => q.kind === 'skill');
    expect(skillQuestions).toHaveLength(13);
    expect(skillQuestions.find((q) => q.skill === 'switchboard-systems')?.scale).toBe('experience');
    expect(skillQuestions.find((q) => q.skill === 'english')?.scale).toBe('knowledge');
    expect(rolesOf('skill:ms-office')).toHaveLength(16);
  });

  it('lists each question once, grouped in the form\'s order', () => {
    expect(new Set(keys).size).toBe(keys.length);
    const kinds = questions.map((q) => q.kind);
    const groups = kinds.filter((kind, i) => kinds[i - 1] !== kind);
    expect(groups).toEqual(['education', 'higher-field', 'field-training', 'in-role', 'similar-work', 'skill', 'law', 'public-sector', 'driving-licence']);
    expect(new Set(questions.map(paramName)).size).toBe(questions.length - 2);
  });

  it('asks only what one role needs, when given one role', () => {
    const vaktmastare = criteria.filter((r) => r.slug === 'vaktmastare');
    expect(deriveQuestions(vaktmastare).map(questionKey)).toEqual([
      'in-role:vaktmastare',
      'skill:ms-office',
      'skill:case-management-system',
      'driving-licence',
    ]);
  });

  it('asks nothing when there are no roles', () => {
    expect(deriveQuestions([])).toEqual([]);
  });
});
