/**
 * Periods of work as calendar arithmetic: dates typed as "2019-03" or "2019-03-15" (or "03/2019",
 * or a year alone), a period from one to the other or ongoing, and the time covered by several
 * periods without counting an overlap twice. Pure, and small enough for the browser.
 *
 * A period covers whole days, both ends included: "2019-01" to "2019-12" is every day of 2019,
 * exactly 12 months. Time is counted in calendar months from the start day (a month from 31
 * January ends on the last day of February), and the days left over as a share of their month.
 */

/** A day as a number: days since 1970-01-01 (UTC, so no summer time). */
export type Day = number;

/** A date as typed, to the month or to the day. */
export interface TypedDate {
  readonly year: number;
  /** 1-12, absent for a year alone. */
  readonly month?: number;
  /** 1-31, absent for a month. */
  readonly day?: number;
}

export type DateProblem = 'not-date' | 'no-such-date';

export type DateResult = { ok: true; date: TypedDate } | { ok: false; problem: DateProblem };

/** Years before this or after 2200 are typing errors. */
const FIRST_YEAR = 1900;
const LAST_YEAR = 2200;

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function dayNumber(year: number, month: number, day: number): Day {
  return Date.UTC(year, month - 1, day) / 86_400_000;
}

/** The year, month and day of a day number. */
export function calendar(day: Day): { year: number; month: number; day: number } {
  const date = new Date(day * 86_400_000);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/**
 * Reads a date as people type it: "2019-03", "2019-3", "2019-03-15", "03/2019", "3.2019",
 * "2019". Empty text is not a date; the caller decides whether a date was needed.
 */
export function parseDate(text: string): DateResult {
  const value = text.trim();
  let year: number;
  let month: number | undefined;
  let day: number | undefined;
  let match: RegExpExecArray | null;
  if ((match = /^(\d{4})(?:[-/.](\d{1,2})(?:[-/.](\d{1,2}))?)?$/.exec(value))) {
    year = Number(match[1]);
    month = match[2] === undefined ? undefined : Number(match[2]);
    day = match[3] === undefined ? undefined : Number(match[3]);
  } else if ((match = /^(\d{1,2})[-/.](\d{4})$/.exec(value))) {
    month = Number(match[1]);
    year = Number(match[2]);
  } else {
    return { ok: false, problem: 'not-date' };
  }
  if (year < FIRST_YEAR || year > LAST_YEAR) return { ok: false, problem: 'no-such-date' };
  if (month !== undefined && (month < 1 || month > 12)) return { ok: false, problem: 'no-such-date' };
  if (day !== undefined && (day < 1 || day > daysInMonth(year, month!))) return { ok: false, problem: 'no-such-date' };
  const date: { year: number; month?: number; day?: number } = { year };
  if (month !== undefined) date.month = month;
  if (day !== undefined) date.day = day;
  return { ok: true, date };
}

/** The first day a typed date can mean: the first of its month, or 1 January. */
export function firstDay(date: TypedDate): Day {
  return dayNumber(date.year, date.month ?? 1, date.day ?? 1);
}

/** The last day a typed date can mean: the last of its month, or 31 December. */
export function lastDay(date: TypedDate): Day {
  const month = date.month ?? 12;
  return dayNumber(date.year, month, date.day ?? daysInMonth(date.year, month));
}

/** A period of days, both ends included. */
export interface Interval {
  readonly start: Day;
  readonly end: Day;
}

export type PeriodProblem =
  | 'from-missing'
  | 'from-not-date'
  | 'from-no-such-date'
  | 'to-missing'
  | 'to-not-date'
  | 'to-no-such-date'
  | 'ends-before-start'
  | 'starts-in-future';

export type PeriodResult = { ok: true; interval: Interval } | { ok: false; problem: PeriodProblem };

/**
 * A period from typed dates: `to` empty and `ongoing` means up to `today`. "2019-03" to
 * "2019-03" is the whole of March. A period that ends before it starts is refused, as is one
 * that starts after today; one that ends after today is counted up to today.
 */
export function period(from: string, to: string, ongoing: boolean, today: Day): PeriodResult {
  if (from.trim() === '') return { ok: false, problem: 'from-missing' };
  const start = parseDate(from);
  if (!start.ok) return { ok: false, problem: start.problem === 'not-date' ? 'from-not-date' : 'from-no-such-date' };
  const startDay = firstDay(start.date);
  if (startDay > today) return { ok: false, problem: 'starts-in-future' };
  let endDay: Day;
  if (ongoing && to.trim() === '') {
    endDay = today;
  } else {
    if (to.trim() === '') return { ok: false, problem: 'to-missing' };
    const end = parseDate(to);
    if (!end.ok) return { ok: false, problem: end.problem === 'not-date' ? 'to-not-date' : 'to-no-such-date' };
    endDay = lastDay(end.date);
    if (endDay < startDay) return { ok: false, problem: 'ends-before-start' };
    endDay = Math.min(endDay, today);
  }
  return { ok: true, interval: { start: startDay, end: endDay } };
}

/** The same days as one sorted list of intervals that neither overlap nor touch. */
export function merge(intervals: ReadonlyArray<Interval>): Interval[] {
  const sorted = [...intervals].sort((a, b) => a.start - b.start);
  const merged: Interval[] = [];
  for (const next of sorted) {
    const last = merged.at(-1);
    if (last && next.start <= last.end + 1) merged[merged.length - 1] = { start: last.start, end: Math.max(last.end, next.end) };
    else merged.push({ ...next });
  }
  return merged;
}

/** The day `months` calendar months after `start`, on the same day of the month or the month's last. */
export function addMonths(start: Day, months: number): Day {
  const { year, month, day } = calendar(start);
  const index = year * 12 + (month - 1) + months;
  const toYear = Math.floor(index / 12);
  const toMonth = (index % 12) + 1;
  return dayNumber(toYear, toMonth, Math.min(day, daysInMonth(toYear, toMonth)));
}

/** Months covered by one interval: whole calendar months, then the days left as a share of their month. */
export function intervalMonths({ start, end }: Interval): number {
  const after = end + 1;
  const from = calendar(start);
  const to = calendar(after);
  let whole = (to.year - from.year) * 12 + (to.month - from.month);
  while (whole > 0 && addMonths(start, whole) > after) whole -= 1;
  const rest = after - addMonths(start, whole);
  if (rest === 0) return whole;
  const at = calendar(addMonths(start, whole));
  return whole + rest / daysInMonth(at.year, at.month);
}

/** Months covered by intervals, an overlap counted once. */
export function monthsCovered(intervals: ReadonlyArray<Interval>): number {
  return merge(intervals).reduce((sum, interval) => sum + intervalMonths(interval), 0);
}

/** Months as years, cut (never rounded up) to two decimals: 35.9 months never becomes 3 years. */
export function monthsToYears(months: number): number {
  return Math.floor((months / 12) * 100 + 1e-9) / 100;
}

/** Today as a day number, in the reader's own calendar. */
export function today(now = new Date()): Day {
  return dayNumber(now.getFullYear(), now.getMonth() + 1, now.getDate());
}
