import { parseYears, type YearsProblem } from '../eligibility/answers';
import { monthsCovered, monthsToYears, period, type Day, type Interval, type PeriodProblem } from './periods';

/**
 * The jobs a person has had, and the years of experience they give per role: years as the role,
 * and years of other work similar to it. A job is dated (from, to or ongoing) or given as a number
 * of years. Overlapping dated jobs are counted once; a job given in years is added as it is.
 */

/** A job as the form holds it: every field as typed. */
export interface Job {
  /** The role's slug; '' while none is chosen. */
  readonly role: string;
  /** Work as the role itself, or other work similar to it. */
  readonly kind: 'in-role' | 'similar';
  readonly employer: string;
  readonly from: string;
  readonly to: string;
  readonly ongoing: boolean;
  /** A number of years, used when no dates are given. */
  readonly years: string;
}

export function emptyJob(): Job {
  return { role: '', kind: 'in-role', employer: '', from: '', to: '', ongoing: false, years: '' };
}

export type JobProblem = PeriodProblem | YearsProblem | 'role-missing' | 'time-missing';

/** What a job counts for: its interval, or its years when it has no dates. */
export type JobTime =
  | { readonly ok: true; readonly interval: Interval; readonly years: number }
  | { readonly ok: true; readonly interval?: undefined; readonly years: number }
  | { readonly ok: false; readonly problem: JobProblem; readonly field: 'role' | 'from' | 'to' | 'years' };

/** Whether the job has anything typed in it at all. */
export function isBlank(job: Job): boolean {
  return !job.role && !job.employer.trim() && !job.from.trim() && !job.to.trim() && !job.ongoing && !job.years.trim();
}

/** The time one job counts for, or what is wrong with it and in which field. */
export function jobTime(job: Job, today: Day): JobTime {
  if (!job.role) return { ok: false, problem: 'role-missing', field: 'role' };
  if (job.from.trim() !== '' || job.to.trim() !== '' || job.ongoing) {
    const result = period(job.from, job.to, job.ongoing, today);
    if (!result.ok) return { ok: false, problem: result.problem, field: result.problem.startsWith('to') || result.problem === 'ends-before-start' ? 'to' : 'from' };
    return { ok: true, interval: result.interval, years: monthsToYears(monthsCovered([result.interval])) };
  }
  if (job.years.trim() === '') return { ok: false, problem: 'time-missing', field: 'from' };
  const years = parseYears(job.years);
  if (!years.ok) return { ok: false, problem: years.problem, field: 'years' };
  return { ok: true, years: years.value };
}

export interface Experience {
  /** Years as each role, by slug. */
  readonly inRole: Record<string, number>;
  /** Years of other work similar to each role, not counting time already counted as the role. */
  readonly similarWork: Record<string, number>;
}

/**
 * Years per role from jobs. As the role: its dated jobs merged, plus its jobs in years. Similar
 * work: the dated jobs as the role and similar to it merged, less the time as the role (so an
 * overlap is never counted twice), plus similar jobs in years. Jobs with a problem count nothing.
 */
export function experienceFromJobs(jobs: ReadonlyArray<Job>, today: Day): Experience {
  const roles = new Set(jobs.map((job) => job.role).filter(Boolean));
  const inRole: Record<string, number> = {};
  const similarWork: Record<string, number> = {};
  for (const role of roles) {
    const dated = { 'in-role': [] as Interval[], similar: [] as Interval[] };
    const undated = { 'in-role': 0, similar: 0 };
    for (const job of jobs) {
      if (job.role !== role) continue;
      const time = jobTime(job, today);
      if (!time.ok) continue;
      if (time.interval) dated[job.kind].push(time.interval);
      else undated[job.kind] += time.years * 12;
    }
    const asRole = monthsCovered(dated['in-role']);
    const both = monthsCovered([...dated['in-role'], ...dated.similar]);
    const years = monthsToYears(asRole + undated['in-role']);
    const similar = monthsToYears(both - asRole + undated.similar);
    if (years > 0) inRole[role] = years;
    if (similar > 0) similarWork[role] = similar;
  }
  return { inRole, similarWork };
}

/** Jobs given in years, one per role and kind: how years in an address become jobs. */
export function jobsFromYears(experience: Experience): Job[] {
  const jobs: Job[] = [];
  for (const [kind, table] of [['in-role', experience.inRole], ['similar', experience.similarWork]] as const) {
    for (const [role, years] of Object.entries(table)) {
      if (years > 0) jobs.push({ ...emptyJob(), role, kind, years: String(years) });
    }
  }
  return jobs;
}

/** Whether two tables of years say the same. */
export function sameYears(a: Readonly<Record<string, number>>, b: Readonly<Record<string, number>>): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].every((key) => (a[key] ?? 0) === (b[key] ?? 0));
}
