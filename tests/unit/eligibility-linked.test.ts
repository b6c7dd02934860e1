/**
 * Answers that belong together, and made-up candidates written from the source's own wording:
 * each gets exactly the levels the text gives them.
 */
import { describe, expect, it } from 'vitest';
import { roleFields } from '../../src/lib/eligibility/linked';
import { hasAnswers, rolesInReach, summarize } from '../../src/lib/eligibility/summary';
import { evaluate } from '../../src/lib/eligibility/evaluate';
import { answers, criteria, explainContext, levelOutcome, roleSlugs } from '../helpers/eligibility';

const met = (given: ReturnType<typeof answers>) =>
  evaluate(criteria, given)
    .flatMap((r) => r.levels)
    .filter((l) => l.eligible)
    .map((l) => l.id);

describe('linked education answers', () => {
  it('names only roles that exist', () => {
    for (const role of Object.keys(roleFields)) expect(roleSlugs).toContain(role);
  });

  it('a degree in economics is training in a controller\'s and an accountant\'s field', () => {
    // Scenario B of the review: economics ticked, nothing under "inom området".
    const given = answers({ higherFields: ['economics'], inRole: { controller: 1, redovisningsekonom: 1 }, skills: { 'ms-office': 'good', 'analysis-tools': 'knowledge', 'bookkeeping-system': 'knowledge' } });
    expect(levelOutcome('kontorstjanster/controller/1', given).eligible).toBe(true);
    expect(levelOutcome('kontorstjanster/redovisningsekonom/1', given).eligible).toBe(true);
  });

  it('and higher education in an accountant\'s field is a degree in economics', () => {
    // Scenario A of the review.
    const given = answers({
      education: 'upper-secondary',
      fieldTraining: { redovisningsekonom: 'higher' },
      inRole: { redovisningsekonom: 1 },
      similarWork: { redovisningsekonom: 2 },
      skills: { 'ms-office': 'good', 'bookkeeping-system': 'good' },
    });
    expect(levelOutcome('kontorstjanster/redovisningsekonom/2', given).eligible).toBe(true);
  });

  it('but not training below university level, nor another role\'s field', () => {
    const given = answers({ fieldTraining: { redovisningsekonom: 'training', handlaggare: 'higher' }, inRole: { ekonomiassistent: 3 }, skills: { 'ms-office': 'good', 'finance-system': 'good' } });
    expect(levelOutcome('kontorstjanster/ekonomiassistent/2', given).requirements[0]!.children![0]!.met).toBe(false);
  });
});

describe('made-up candidates, from the source', () => {
  it('a caretaker with two years and basic Office meets level 1, not level 2', () => {
    expect(met(answers({ inRole: { vaktmastare: 2 }, skills: { 'ms-office': 'basic' } }))).toEqual(['kontorstjanster/vaktmastare/1']);
  });

  it('with three years, a licence and a case system, level 2 too', () => {
    const given = answers({ inRole: { vaktmastare: 3 }, drivingLicence: true, skills: { 'ms-office': 'basic', 'case-management-system': 'basic' } });
    expect(met(given)).toEqual(['kontorstjanster/vaktmastare/1', 'kontorstjanster/vaktmastare/2']);
  });

  it('two and a half years are not three', () => {
    const given = answers({ inRole: { vaktmastare: 2.5 }, drivingLicence: true, skills: { 'ms-office': 'basic', 'case-management-system': 'basic' } });
    expect(met(given)).toEqual(['kontorstjanster/vaktmastare/1']);
  });

  it('a finance assistant: a degree in economics and three years of similar work, or school and five years as one', () => {
    const skills = { 'ms-office': 'good', 'finance-system': 'good' } as const;
    expect(met(answers({ higherFields: ['economics'], similarWork: { ekonomiassistent: 3 }, skills }))).toEqual(['kontorstjanster/assistent/1', 'kontorstjanster/ekonomiassistent/2']);
    expect(met(answers({ education: 'upper-secondary', inRole: { ekonomiassistent: 5 }, skills }))).toEqual([
      'kontorstjanster/assistent/1',
      'kontorstjanster/ekonomiassistent/1',
      'kontorstjanster/ekonomiassistent/2',
    ]);
    expect(met(answers({ education: 'upper-secondary', inRole: { ekonomiassistent: 4.9 }, skills }))).toEqual(['kontorstjanster/assistent/1', 'kontorstjanster/ekonomiassistent/1']);
  });
});

describe('the answer first', () => {
  const context = (lang: 'sv' | 'en') => (role: string) => explainContext(lang, role);

  it('says nothing before the first answer', () => {
    expect(hasAnswers(answers())).toBe(false);
    const summary = summarize(evaluate(criteria, answers()), answers(), new Set(), context('sv'));
    expect(summary).toEqual({ answered: false, met: [], nearly: [], more: 0 });
  });

  it('names the levels met, and the next level of each role in reach with what is missing', () => {
    const given = answers({ inRole: { vaktmastare: 2 }, skills: { 'ms-office': 'basic' } });
    const summary = summarize(evaluate(criteria, given), given, rolesInReach(given, null), context('sv'));
    expect(summary.met.map((l) => l.id)).toEqual(['kontorstjanster/vaktmastare/1']);
    expect(summary.nearly).toEqual([
      { id: 'kontorstjanster/vaktmastare/2', role: 'vaktmastare', level: 2, gaps: ['1 år till som vaktmästare', 'körkort B', 'grundkunskaper i ärendesystem'] },
    ]);
  });

  it('with no job yet, lists the levels a couple of answers away', () => {
    const given = answers({ education: 'upper-secondary', skills: { 'ms-office': 'good' } });
    const summary = summarize(evaluate(criteria, given), given, rolesInReach(given, null), context('en'));
    // Upper secondary school and good Office are all an assistant at level 1 needs.
    expect(summary.met.map((l) => l.id)).toEqual(['kontorstjanster/assistent/1']);
    expect(summary.nearly.length).toBeGreaterThan(0);
    expect(summary.nearly.every((l) => l.gaps.length <= 2)).toBe(true);
    expect(summary.nearly.length + summary.more).toBeGreaterThanOrEqual(summary.nearly.length);
  });
});
