import { describe, expect, it } from 'vitest';
import { describeChange, describeCriterion } from '../../src/lib/criterion-words';
import type { Locale } from '../../src/i18n/locales';
import { aspectsOf, direction, facetsOf, implies, requirementChanges, sameCriterion } from '../../src/lib/requirement-changes';
import type { Criterion } from '../../src/schemas/criterion';
import { levelOf, roleTitles, roles } from './real-roles';

function changes(slug: string, from: number, to: number) {
  return requirementChanges(
    levelOf(slug, from).requirements.map((requirement) => requirement.criterion),
    levelOf(slug, to).requirements.map((requirement) => requirement.criterion),
  );
}

function inWords(slug: string, from: number, to: number, lang: Locale) {
  return changes(slug, from, to).map((change) => describeChange(change, lang, roleTitles));
}

describe('aspectsOf and facetsOf', () => {
  it('splits "A och B" into its parts and keeps alternatives whole', () => {
    const criteria = levelOf('ekonomiassistent', 2).requirements.map((requirement) => requirement.criterion);
    expect(criteria.map(aspectsOf)).toEqual([['education', 'experience'], ['skill:ms-office'], ['skill:finance-system']]);
    const handlaggare = levelOf('handlaggare', 2).requirements.map((requirement) => requirement.criterion);
    expect(facetsOf(handlaggare).map((facet) => facet.kind)).toEqual(['education', 'experience', 'skill']);
  });

  it('compares criteria by content, not by key order', () => {
    expect(sameCriterion({ kind: 'skill', skill: 'ms-office', level: 'good' }, { level: 'good', kind: 'skill', skill: 'ms-office' })).toBe(true);
    expect(sameCriterion({ kind: 'skill', skill: 'ms-office', level: 'good' }, { kind: 'skill', skill: 'ms-office', level: 'basic' })).toBe(false);
  });
});

describe('requirementChanges on the real content', () => {
  it('Vaktmästare 1 → 2: experience from 1 to 3 years, driving licence and case management system are new', () => {
    expect(changes('vaktmastare', 1, 2)).toEqual([
      {
        kind: 'changed',
        direction: 'raised',
        aspects: ['experience'],
        from: [{ kind: 'experience', years: 1, scope: 'in-role', role: 'vaktmastare' }],
        to: [{ kind: 'experience', years: 3, scope: 'in-role', role: 'vaktmastare' }],
      },
      { kind: 'added', direction: 'raised', aspects: ['driving-licence'], from: [], to: [{ kind: 'driving-licence', class: 'B' }] },
      {
        kind: 'added',
        direction: 'raised',
        aspects: ['skill:case-management-system'],
        from: [],
        to: [{ kind: 'skill', skill: 'case-management-system', level: 'basic' }],
      },
    ]);
  });

  it('Handläggare 2 → 3 changes experience only, from 1 to 3 years', () => {
    expect(changes('handlaggare', 2, 3)).toEqual([
      {
        kind: 'changed',
        direction: 'raised',
        aspects: ['experience'],
        from: [{ kind: 'experience', years: 1, scope: 'similar-work' }],
        to: [{ kind: 'experience', years: 3, scope: 'similar-work' }],
      },
    ]);
  });

  it('Redovisningsekonom 1 → 2 ties education and experience together and drops training in the field', () => {
    const found = changes('redovisningsekonom', 1, 2);
    expect(found.map((change) => [change.kind, change.aspects])).toEqual([
      ['changed', ['education', 'experience']],
      ['changed', ['skill:bookkeeping-system']],
      ['removed', ['field-training']],
    ]);
  });

  it('finds no change between a level and itself', () => {
    for (const role of roles.values()) {
      for (const level of role.levels) {
        const criteria = level.requirements.map((requirement) => requirement.criterion);
        expect(requirementChanges(criteria, criteria)).toEqual([]);
      }
    }
  });

  it('gives the reverse changes for the reverse pair', () => {
    for (const [slug, role] of roles) {
      for (const a of role.levels) {
        for (const b of role.levels) {
          if (a.level >= b.level) continue;
          const swap = { changed: 'changed', added: 'removed', removed: 'added' } as const;
          const turn = { raised: 'lowered', lowered: 'raised', changed: 'changed' } as const;
          const backward = changes(slug, b.level, a.level).map((change) => ({
            ...change,
            kind: swap[change.kind],
            direction: turn[change.direction],
            from: change.to,
            to: change.from,
          }));
          const byAspects = (x: { aspects: string[] }, y: { aspects: string[] }) => x.aspects.join().localeCompare(y.aspects.join());
          expect(backward.sort(byAspects)).toEqual(changes(slug, a.level, b.level).sort(byAspects));
        }
      }
    }
  });
});

describe('changes in words', () => {
  it('Administratör 1 → 2 in Swedish and English', () => {
    expect(inWords('administrator', 1, 2, 'sv')).toEqual([
      { kind: 'changed', direction: 'raised', label: 'Erfarenhet', from: 'minst 1 år från liknande arbete', to: 'minst 3 år som administratör' },
    ]);
    expect(inWords('administrator', 1, 2, 'en')).toEqual([
      { kind: 'changed', direction: 'raised', label: 'Experience', from: 'at least 1 year of similar work', to: 'at least 3 years as administrator' },
    ]);
  });

  it('Vaktmästare 1 → 2 names the new requirements', () => {
    expect(inWords('vaktmastare', 1, 2, 'sv').slice(1)).toEqual([
      { kind: 'added', direction: 'raised', label: 'Körkort', from: '', to: 'körkort klass B' },
      { kind: 'added', direction: 'raised', label: 'Ärendesystem', from: '', to: 'grundkunskaper i ärendesystem' },
    ]);
    expect(inWords('vaktmastare', 1, 2, 'en').map((change) => change.to)).toEqual([
      'at least 3 years as caretaker',
      'driving licence, category B',
      'basic knowledge of case management systems',
    ]);
  });

  it('says only the levels when a skill or knowledge of the law is raised', () => {
    expect(inWords('personaladministrator', 1, 2, 'sv').slice(1)).toEqual([
      { kind: 'changed', direction: 'raised', label: 'Lagar och förordningar', from: 'kännedom', to: 'god kännedom' },
    ]);
    expect(inWords('handlaggare', 1, 2, 'en')).toEqual([
      { kind: 'changed', direction: 'raised', label: 'Education', from: 'upper secondary school', to: 'higher education in the relevant field' },
      { kind: 'changed', direction: 'raised', label: 'MS Office or equivalent', from: 'knowledge', to: 'good knowledge' },
    ]);
  });

  it('describes alternatives as a whole, and keeps "HR" in capitals', () => {
    const [first] = inWords('personaladministrator', 1, 2, 'en');
    expect(first).toEqual({
      kind: 'changed',
      // Someone with higher education and 3 years of other work meets level 2 but not level 1.
      direction: 'changed',
      label: 'Education and experience',
      from: 'upper secondary school and at least 1 year as HR administrator',
      to: 'higher education (for example the human resources programme) and at least 3 years of similar work, or upper secondary school and at least 5 years as HR administrator',
    });
    expect(inWords('ekonomiassistent', 1, 2, 'sv')[0]?.to).toBe(
      'högskoleutbildning inom ekonomi och minst 3 år från liknande arbete, eller gymnasium och minst 5 år som ekonomiassistent',
    );
  });

  it('describes every criterion in the content in both languages', () => {
    for (const role of roles.values()) {
      for (const level of role.levels) {
        for (const requirement of level.requirements) {
          for (const lang of ['sv', 'en'] as const) {
            expect(describeCriterion(requirement.criterion, lang, roleTitles)).toMatch(/^\S.*\S$/);
          }
        }
      }
    }
  });

  it('gives a clear error for experience in a role that does not exist', () => {
    expect(() => describeCriterion({ kind: 'experience', years: 2, scope: 'in-role', role: 'astronaut' }, 'sv', roleTitles)).toThrow(
      /role "astronaut" is not a known role slug/,
    );
  });
});

describe('raised, lowered or changed', () => {
  const years = (n: number, scope: 'similar-work' | 'in-role' = 'similar-work'): Criterion =>
    scope === 'in-role' ? { kind: 'experience', years: n, scope, role: 'administrator' } : { kind: 'experience', years: n, scope };

  it('more years, a higher level, a named field or a licence more is raised; the reverse lowered', () => {
    expect(direction([years(1)], [years(3)])).toBe('raised');
    expect(direction([years(3)], [years(1)])).toBe('lowered');
    expect(direction([{ kind: 'skill', skill: 'ms-office', level: 'knowledge' }], [{ kind: 'skill', skill: 'ms-office', level: 'good' }])).toBe('raised');
    expect(direction([{ kind: 'education', level: 'higher' }], [{ kind: 'education', level: 'higher', field: 'law' }])).toBe('raised');
    expect(direction([years(1)], [years(1), { kind: 'driving-licence', class: 'B' }])).toBe('raised');
    expect(direction([years(1)], [years(1)])).toBe('same');
  });

  it('years in the role count as years of similar work, not the other way round', () => {
    expect(implies([years(3, 'in-role')], [years(3)])).toBe(true);
    expect(implies([years(3)], [years(3, 'in-role')])).toBe(false);
    expect(direction([years(1)], [years(3, 'in-role')])).toBe('raised');
  });

  it('alternatives: raised only when every way in asks at least as much', () => {
    const upper: Criterion = { kind: 'education', level: 'upper-secondary' };
    const either: Criterion = {
      kind: 'any-of',
      of: [
        { kind: 'all-of', of: [upper, years(5, 'in-role')] },
        { kind: 'all-of', of: [{ kind: 'education', level: 'higher' }, years(3)] },
      ],
    };
    expect(direction([upper, years(1, 'in-role')], [either])).toBe('changed');
    expect(direction([upper, years(1)], [either])).toBe('raised');
  });

  it('every neighbouring step of the content moves up or sideways, never down', () => {
    for (const role of roles.values()) {
      for (let index = 1; index < role.levels.length; index++) {
        const before = role.levels[index - 1]!.requirements.map((requirement) => requirement.criterion);
        const after = role.levels[index]!.requirements.map((requirement) => requirement.criterion);
        expect(['raised', 'changed']).toContain(direction(before, after));
      }
    }
  });
});
