/**
 * The evaluator on the real content, case by case from the source's wording. Each case says
 * which requirement text it checks.
 */
import { describe, expect, it } from 'vitest';
import { evaluate, evaluateCriterion, effectiveEducation } from '../../src/lib/eligibility/evaluate';
import { answers, criteria, levelOutcome } from '../helpers/eligibility';

const eligible = (id: string, given: ReturnType<typeof answers>) => levelOutcome(id, given).eligible;
/** Which requirements (by position) of a level are met. */
const metFlags = (id: string, given: ReturnType<typeof answers>) => levelOutcome(id, given).requirements.map((r) => r.met);

describe('Vaktmästare', () => {
  // Vaktmästare 1: "minst ett (1) års arbetslivserfarenhet som vaktmästare", "grundkunskaper i MS Office".
  // Vaktmästare 2: three years, "körkort klass B", "grundkunskaper i ärendesystem".
  const candidate = answers({ education: 'upper-secondary', inRole: { vaktmastare: 2 }, skills: { 'ms-office': 'basic' } });

  it('upper secondary, 2 years as vaktmästare and basic MS Office meets level 1', () => {
    expect(eligible('kontorstjanster/vaktmastare/1', candidate)).toBe(true);
  });

  it('but not level 2, which needs 3 years, licence B and a case system', () => {
    expect(eligible('kontorstjanster/vaktmastare/2', candidate)).toBe(false);
    expect(metFlags('kontorstjanster/vaktmastare/2', candidate)).toEqual([false, false, true, false]);
  });

  it('meets level 2 with 3 years, licence B and basic knowledge of a case system', () => {
    const more = answers({
      ...candidate,
      inRole: { vaktmastare: 3 },
      drivingLicence: true,
      skills: { 'ms-office': 'basic', 'case-management-system': 'basic' },
    });
    expect(eligible('kontorstjanster/vaktmastare/2', more)).toBe(true);
  });

  it('years of similar work do not count where the text says "som vaktmästare"', () => {
    const similar = answers({ similarWork: { vaktmastare: 10 }, skills: { 'ms-office': 'good' } });
    expect(eligible('kontorstjanster/vaktmastare/1', similar)).toBe(false);
  });
});

describe('Ekonomiassistent 2', () => {
  // "högskoleutbildning inom ekonomi eller likvärdig utbildning och minst tre (3) års
  // arbetslivserfarenhet från liknande arbete. Alternativt, gymnasium eller likvärdig utbildning
  // samt fem (5) års arbetslivserfarenhet som ekonomiassistent." plus good MS Office and good
  // knowledge of financial systems.
  const id = 'kontorstjanster/ekonomiassistent/2';
  const skills = { 'ms-office': 'good', 'finance-system': 'good' } as const;

  it('higher education in economics and 3 years of similar work meets it', () => {
    const given = answers({ education: 'higher', higherFields: ['economics'], similarWork: { ekonomiassistent: 3 }, skills });
    expect(eligible(id, given)).toBe(true);
  });

  it('so do upper secondary school and 5 years as ekonomiassistent', () => {
    expect(eligible(id, answers({ education: 'upper-secondary', inRole: { ekonomiassistent: 5 }, skills }))).toBe(true);
  });

  it('but not upper secondary school and 4 years', () => {
    const given = answers({ education: 'upper-secondary', inRole: { ekonomiassistent: 4 }, skills });
    expect(eligible(id, given)).toBe(false);
    expect(metFlags(id, given)).toEqual([false, true, true]);
  });

  it('higher education in another field does not meet the economics alternative', () => {
    const given = answers({ education: 'higher', similarWork: { ekonomiassistent: 3 }, skills });
    expect(eligible(id, given)).toBe(false);
  });

  it('knowledge of a financial system is not enough where good knowledge is asked', () => {
    const given = answers({
      education: 'upper-secondary',
      inRole: { ekonomiassistent: 5 },
      skills: { 'ms-office': 'good', 'finance-system': 'knowledge' },
    });
    expect(metFlags(id, given)).toEqual([true, true, false]);
  });

  it('years as ekonomiassistent count as similar work', () => {
    const given = answers({ higherFields: ['economics'], inRole: { ekonomiassistent: 2 }, similarWork: { ekonomiassistent: 1 }, skills });
    expect(eligible(id, given)).toBe(true);
  });
});

describe('Registrator', () => {
  // "registratorsutbildning på högskolenivå eller likvärdig utbildning. Alternativt, minst tre (3)
  // års arbetslivserfarenhet som registrator."
  const id = 'kontorstjanster/registrator/1';

  it('3 years as registrator without higher education meets the education/experience requirement', () => {
    expect(metFlags(id, answers({ education: 'upper-secondary', inRole: { registrator: 3 } }))[0]).toBe(true);
  });

  it('so does registrar training at university level, with no years', () => {
    expect(metFlags(id, answers({ higherFields: ['registrar'] }))[0]).toBe(true);
  });

  it('2 years and other higher education do not', () => {
    expect(metFlags(id, answers({ education: 'higher', higherFields: ['economics'], inRole: { registrator: 2 } }))[0]).toBe(false);
  });

  it('needs good MS Office, knowledge of document systems and familiarity with the laws', () => {
    const given = answers({
      inRole: { registrator: 3 },
      skills: { 'ms-office': 'good', 'document-management-system': 'knowledge' },
      laws: { registrator: 'awareness' },
    });
    expect(eligible(id, given)).toBe(true);
    expect(eligible(id, { ...given, laws: { arkivarie: 'good-awareness' } })).toBe(false);
  });
});

describe('education', () => {
  it('"gymnasium eller likvärdig" is met by higher education', () => {
    const given = answers({ education: 'higher', inRole: { administrator: 3 }, skills: { 'ms-office': 'good' } });
    expect(eligible('kontorstjanster/administrator/2', given)).toBe(true);
  });

  it('a field of higher education counts as higher education', () => {
    expect(effectiveEducation(answers({ higherFields: ['law'] }))).toBe('higher');
    expect(effectiveEducation(answers({ fieldTraining: { handlaggare: 'higher' } }))).toBe('higher');
    expect(effectiveEducation(answers({ fieldTraining: { controller: 'training' } }))).toBe('none');
  });

  it('Jurist needs a law degree: higher education alone is not enough', () => {
    const base = { inRole: { jurist: 1 }, skills: { 'ms-office': 'good' as const } };
    expect(eligible('kontorstjanster/jurist/1', answers({ ...base, education: 'higher' }))).toBe(false);
    expect(eligible('kontorstjanster/jurist/1', answers({ ...base, higherFields: ['law'] }))).toBe(true);
  });

  it('Handläggare 2 needs higher education in the role\'s field, "inom aktuellt område"', () => {
    const base = { similarWork: { handlaggare: 1 }, skills: { 'ms-office': 'good' as const } };
    expect(eligible('kontorstjanster/handlaggare/2', answers({ ...base, education: 'higher' }))).toBe(false);
    expect(eligible('kontorstjanster/handlaggare/2', answers({ ...base, fieldTraining: { handlaggare: 'training' } }))).toBe(false);
    expect(eligible('kontorstjanster/handlaggare/2', answers({ ...base, fieldTraining: { handlaggare: 'higher' } }))).toBe(true);
  });

  it('Kommunikatör names media and communication only as an example: any higher education will do', () => {
    const given = answers({ education: 'higher', similarWork: { kommunikator: 3 } });
    expect(metFlags('kontorstjanster/kommunikator/1', given)[0]).toBe(true);
  });

  it('Controller needs training in its own field, not in another role\'s', () => {
    const base = {
      education: 'upper-secondary' as const,
      inRole: { controller: 1 },
      skills: { 'ms-office': 'good' as const, 'analysis-tools': 'knowledge' as const },
    };
    expect(eligible('kontorstjanster/controller/1', answers({ ...base, fieldTraining: { redovisningsekonom: 'higher' } }))).toBe(false);
    expect(eligible('kontorstjanster/controller/1', answers({ ...base, fieldTraining: { controller: 'training' } }))).toBe(true);
  });
});

describe('skills, laws and other requirements', () => {
  it('"stor erfarenhet" of switchboards is more than "erfarenhet"', () => {
    const base = {
      education: 'upper-secondary' as const,
      inRole: { receptionist: 1, vaxeltelefonist: 1 },
    };
    const some = answers({ ...base, skills: { 'ms-office': 'good', english: 'good', 'switchboard-systems': 'experience' } });
    const much = answers({ ...base, skills: { 'ms-office': 'good', english: 'good', 'switchboard-systems': 'extensive-experience' } });
    expect(eligible('kontorstjanster/receptionist/1', some)).toBe(true);
    expect(eligible('kontorstjanster/vaxeltelefonist/1', some)).toBe(false);
    expect(eligible('kontorstjanster/receptionist/1', much)).toBe(true);
    expect(eligible('kontorstjanster/vaxeltelefonist/1', much)).toBe(true);
  });

  it('grundkunskaper < kunskaper < goda kunskaper', () => {
    const need = { kind: 'skill', skill: 'ms-office', level: 'knowledge' } as const;
    const met = (level: 'basic' | 'knowledge' | 'good') => evaluateCriterion(need, answers({ skills: { 'ms-office': level } }), 'x').met;
    expect([met('basic'), met('knowledge'), met('good')]).toEqual([false, true, true]);
  });

  it('a level on the other scale does not count', () => {
    const need = { kind: 'skill', skill: 'switchboard-systems', level: 'experience' } as const;
    expect(evaluateCriterion(need, answers({ skills: { 'switchboard-systems': 'good' } }), 'x').met).toBe(false);
  });

  it('Personaladministratör 2 needs good familiarity with the laws, level 1 familiarity', () => {
    const base = {
      education: 'upper-secondary' as const,
      inRole: { personaladministrator: 5 },
      skills: { 'ms-office': 'good' as const, 'hr-system': 'knowledge' as const },
    };
    const aware = answers({ ...base, laws: { personaladministrator: 'awareness' } });
    expect(eligible('kontorstjanster/personaladministrator/1', aware)).toBe(true);
    expect(eligible('kontorstjanster/personaladministrator/2', aware)).toBe(false);
    expect(eligible('kontorstjanster/personaladministrator/2', { ...aware, laws: { personaladministrator: 'good-awareness' } })).toBe(true);
  });

  it('Arkivarie needs practical experience of public-sector work', () => {
    const given = answers({
      inRole: { arkivarie: 3 },
      skills: { 'ms-office': 'knowledge', 'document-management-system': 'knowledge' },
      laws: { arkivarie: 'awareness' },
    });
    expect(eligible('kontorstjanster/arkivarie/1', given)).toBe(false);
    expect(eligible('kontorstjanster/arkivarie/1', { ...given, publicSector: true })).toBe(true);
  });
});

describe('role outcomes', () => {
  it('gives the highest level met and what the next level needs', () => {
    const given = answers({ education: 'upper-secondary', inRole: { administrator: 1 }, skills: { 'ms-office': 'good' } });
    const role = evaluate(criteria, given).find((r) => r.slug === 'administrator');
    expect(role?.highest).toBe(1);
    expect(role?.next?.id).toBe('kontorstjanster/administrator/2');
    expect(role?.next?.requirements.map((r) => r.met)).toEqual([true, false, true]);
  });

  it('has no next level when the top level is met', () => {
    const given = answers({ education: 'upper-secondary', inRole: { administrator: 3 }, skills: { 'ms-office': 'good' } });
    const role = evaluate(criteria, given).find((r) => r.slug === 'administrator');
    expect(role?.highest).toBe(2);
    expect(role?.next).toBeNull();
  });

  it('can meet level 2 without level 1: the routes to them differ', () => {
    // Ekonomiassistent 1 asks for a year as ekonomiassistent; level 2 also takes similar work.
    const given = answers({
      higherFields: ['economics'],
      similarWork: { ekonomiassistent: 3 },
      skills: { 'ms-office': 'good', 'finance-system': 'good' },
    });
    const role = evaluate(criteria, given).find((r) => r.slug === 'ekonomiassistent');
    expect(role?.levels.map((l) => l.eligible)).toEqual([false, true]);
    expect(role?.highest).toBe(2);
    expect(role?.next).toBeNull();
  });

  it('meets nothing with no answers, and the next level is level 1', () => {
    const outcome = evaluate(criteria, answers());
    expect(outcome.flatMap((r) => r.levels).filter((l) => l.eligible)).toEqual([]);
    expect(outcome.every((r) => r.highest === null && r.next?.level === 1)).toBe(true);
    expect(outcome.flatMap((r) => r.levels)).toHaveLength(25);
  });
});
