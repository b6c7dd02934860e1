/**
 * Years of experience from the jobs a person has had: overlaps counted once, similar work never
 * counting time already counted as the role, jobs given in years, and the outcome from jobs the
 * same as from the equivalent typed years (and from the address they write), for every level.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emptyJob, experienceFromJobs, jobsFromYears, jobTime, type Job } from '../../src/lib/candidate/jobs';
import { dayNumber } from '../../src/lib/candidate/periods';
import { evaluate } from '../../src/lib/eligibility/evaluate';
import { parseQuery, toQuery } from '../../src/lib/eligibility/url';
import { answers, criteria, questions, roleSlugs } from '../helpers/eligibility';

const TODAY = dayNumber(2026, 11, 30);
const job = (parts: Partial<Job>): Job => ({ ...emptyJob(), ...parts });
const eligibleIds = (given: ReturnType<typeof answers>) =>
  evaluate(criteria, given)
    .flatMap((r) => r.levels)
    .filter((l) => l.eligible)
    .map((l) => l.id);

describe('years from jobs', () => {
  it('counts two overlapping jobs as the role once', () => {
    const jobs = [
      job({ role: 'vaktmastare', from: '2019-01', to: '2021-06', employer: 'Skolverket' }),
      job({ role: 'vaktmastare', from: '2021-01', to: '2022-12', employer: 'Kammarkollegiet' }),
    ];
    expect(experienceFromJobs(jobs, TODAY)).toEqual({ inRole: { vaktmastare: 4 }, similarWork: {} });
  });

  it('counts similar work only where it is not already time as the role', () => {
    const jobs = [
      job({ role: 'administrator', from: '2020-01', to: '2020-12' }),
      job({ role: 'administrator', kind: 'similar', from: '2020-07', to: '2021-06' }),
      job({ role: 'administrator', kind: 'similar', years: '1,5' }),
    ];
    expect(experienceFromJobs(jobs, TODAY)).toEqual({ inRole: { administrator: 1 }, similarWork: { administrator: 2 } });
  });

  it('takes decimals and ongoing jobs, and leaves out jobs with a problem', () => {
    const jobs = [
      job({ role: 'receptionist', years: '2,5' }),
      job({ role: 'assistent', from: '2025-11', ongoing: true }),
      job({ role: 'jurist', from: '2020-05', to: '2019-03' }),
      job({ role: '', years: '3' }),
    ];
    expect(experienceFromJobs(jobs, TODAY)).toEqual({ inRole: { receptionist: 2.5, assistent: 1.08 }, similarWork: {} });
    expect(jobTime(jobs[2]!, TODAY)).toEqual({ ok: false, problem: 'ends-before-start', field: 'to' });
    expect(jobTime(jobs[3]!, TODAY)).toEqual({ ok: false, problem: 'role-missing', field: 'role' });
    expect(jobTime(job({ role: 'jurist' }), TODAY)).toEqual({ ok: false, problem: 'time-missing', field: 'from' });
    expect(jobTime(job({ role: 'jurist', years: 'tre' }), TODAY)).toEqual({ ok: false, problem: 'not-number', field: 'years' });
  });

  it('turns the years of an address back into jobs that give the same years', () => {
    const experience = { inRole: { vaktmastare: 2, administrator: 1.5 }, similarWork: { administrator: 3 } };
    expect(experienceFromJobs(jobsFromYears(experience), TODAY)).toEqual(experience);
  });
});

describe('the outcome from jobs is the outcome from the same typed years', () => {
  const inRoleRoles = questions.filter((q) => q.kind === 'in-role').map((q) => ('role' in q ? q.role : ''));
  const similarRoles = questions.filter((q) => q.kind === 'similar-work').map((q) => ('role' in q ? q.role : ''));
  const month = fc.integer({ min: 1990 * 12, max: 2026 * 12 + 9 });
  const text = (index: number) => `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
  const jobArb: fc.Arbitrary<Job & { first: number; last: number }> = fc
    .record({
      kind: fc.constantFrom('in-role' as const, 'similar' as const),
      roleIndex: fc.nat(),
      first: month,
      length: fc.integer({ min: 0, max: 120 }),
    })
    .map(({ kind, roleIndex, first, length }) => {
      const pool = kind === 'in-role' ? inRoleRoles : similarRoles;
      const last = Math.min(first + length, 2026 * 12 + 10);
      return { ...emptyJob(), kind, role: pool[roleIndex % pool.length]!, from: text(first), to: text(last), first, last };
    });

  it('for every level, counting months one by one', () => {
    fc.assert(
      fc.property(fc.array(jobArb, { maxLength: 8 }), fc.constantFrom('none', 'upper-secondary', 'higher'), (jobs, education) => {
        // The oracle: each role's months as a set, similar work as the months not already as the role.
        const inRole: Record<string, number> = {};
        const similarWork: Record<string, number> = {};
        for (const role of new Set(jobs.map((j) => j.role))) {
          const as = new Set<number>();
          const near = new Set<number>();
          for (const j of jobs) {
            if (j.role !== role) continue;
            for (let m = j.first; m <= j.last; m++) (j.kind === 'in-role' ? as : near).add(m);
          }
          const extra = [...near].filter((m) => !as.has(m)).length;
          if (as.size > 0) inRole[role] = Math.floor((as.size / 12) * 100 + 1e-9) / 100;
          if (extra > 0) similarWork[role] = Math.floor((extra / 12) * 100 + 1e-9) / 100;
        }
        const base = { education, skills: { 'ms-office': 'good', 'finance-system': 'good', 'switchboard-systems': 'extensive-experience' }, drivingLicence: true } as const;
        const fromJobs = answers({ ...base, ...experienceFromJobs(jobs, TODAY) });
        const typed = answers({ ...base, inRole, similarWork });
        expect(eligibleIds(fromJobs)).toEqual(eligibleIds(typed));
        // And through the address: what the page writes gives the same outcome when opened again.
        const reopened = parseQuery(toQuery(fromJobs, { role: null, onlyMet: false }, questions), questions, roleSlugs);
        expect(reopened.notices).toEqual([]);
        expect(eligibleIds(reopened.answers)).toEqual(eligibleIds(typed));
      }),
      { numRuns: 200 },
    );
  });
});
