/**
 * Period arithmetic for the jobs a person has had: dates as typed, periods that end before they
 * start, ongoing jobs, month ends, leap years, and overlaps counted once (checked against a
 * day-by-day count with generated periods).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addMonths,
  dayNumber,
  intervalMonths,
  merge,
  monthsCovered,
  monthsToYears,
  parseDate,
  period,
  today,
} from '../../src/lib/candidate/periods';

const day = (text: string) => {
  const [y, m, d] = text.split('-').map(Number);
  return dayNumber(y!, m!, d!);
};
const TODAY = day('2026-11-30');

describe('dates as typed', () => {
  it('reads year and month in the usual ways, or a full date', () => {
    expect(parseDate('2019-03')).toEqual({ ok: true, date: { year: 2019, month: 3 } });
    expect(parseDate(' 2019-3 ')).toEqual({ ok: true, date: { year: 2019, month: 3 } });
    expect(parseDate('03/2019')).toEqual({ ok: true, date: { year: 2019, month: 3 } });
    expect(parseDate('2019-03-15')).toEqual({ ok: true, date: { year: 2019, month: 3, day: 15 } });
    expect(parseDate('2019')).toEqual({ ok: true, date: { year: 2019 } });
  });

  it('refuses what is not a date, or a date that does not exist', () => {
    expect(parseDate('mars 2019')).toEqual({ ok: false, problem: 'not-date' });
    expect(parseDate('')).toEqual({ ok: false, problem: 'not-date' });
    expect(parseDate('2019-13')).toEqual({ ok: false, problem: 'no-such-date' });
    expect(parseDate('2019-02-29')).toEqual({ ok: false, problem: 'no-such-date' });
    expect(parseDate('2020-02-29')).toEqual({ ok: true, date: { year: 2020, month: 2, day: 29 } });
    expect(parseDate('1850-01')).toEqual({ ok: false, problem: 'no-such-date' });
  });
});

describe('a period', () => {
  it('covers whole months from the first day of the first to the last day of the last', () => {
    const march = period('2019-03', '2019-03', false, TODAY);
    expect(march).toEqual({ ok: true, interval: { start: day('2019-03-01'), end: day('2019-03-31') } });
    expect(intervalMonths((march as { ok: true; interval: { start: number; end: number } }).interval)).toBe(1);
    const year = period('2019-01', '2019-12', false, TODAY);
    expect(year.ok && monthsCovered([year.interval])).toBe(12);
  });

  it('counts February as one month, in a leap year too', () => {
    for (const [from, to] of [['2019-02-01', '2019-02-28'], ['2020-02-01', '2020-02-29'], ['2020-02', '2020-02']]) {
      const result = period(from!, to!, false, TODAY);
      expect(result.ok && intervalMonths(result.interval), `${from}..${to}`).toBe(1);
    }
    // Four years across a leap day are exactly 48 months.
    const four = period('2019-03', '2023-02', false, TODAY);
    expect(four.ok && monthsToYears(monthsCovered([four.interval]))).toBe(4);
  });

  it('counts from a month end to the same day or the month\'s last', () => {
    expect(addMonths(day('2019-01-31'), 1)).toBe(day('2019-02-28'));
    expect(addMonths(day('2020-01-31'), 1)).toBe(day('2020-02-29'));
    expect(addMonths(day('2019-01-31'), 2)).toBe(day('2019-03-31'));
    // From 31 January, a month ends on 27 February and two on 30 March; a day more is a share of March.
    expect(intervalMonths({ start: day('2019-01-31'), end: day('2019-02-27') })).toBe(1);
    expect(intervalMonths({ start: day('2019-01-31'), end: day('2019-03-30') })).toBe(2);
    expect(intervalMonths({ start: day('2019-01-31'), end: day('2019-03-31') })).toBeCloseTo(2 + 1 / 31, 10);
    expect(intervalMonths({ start: day('2019-01-15'), end: day('2019-02-14') })).toBe(1);
  });

  it('runs to today when ongoing, and is counted only up to today', () => {
    expect(period('2026-01', '', true, TODAY)).toEqual({ ok: true, interval: { start: day('2026-01-01'), end: TODAY } });
    expect(period('2026-01', '2027-12', false, TODAY)).toEqual({ ok: true, interval: { start: day('2026-01-01'), end: TODAY } });
  });

  it('refuses a period that ends before it starts, with a reason for the message', () => {
    expect(period('2020-05', '2019-03', false, TODAY)).toEqual({ ok: false, problem: 'ends-before-start' });
    expect(period('2020-05-10', '2020-05-09', false, TODAY)).toEqual({ ok: false, problem: 'ends-before-start' });
    expect(period('', '2019-03', false, TODAY)).toEqual({ ok: false, problem: 'from-missing' });
    expect(period('2019-03', '', false, TODAY)).toEqual({ ok: false, problem: 'to-missing' });
    expect(period('2019-03', 'snart', false, TODAY)).toEqual({ ok: false, problem: 'to-not-date' });
    expect(period('2019-14', '2020', false, TODAY)).toEqual({ ok: false, problem: 'from-no-such-date' });
    expect(period('2027-01', '', true, TODAY)).toEqual({ ok: false, problem: 'starts-in-future' });
  });
});

describe('several periods', () => {
  it('counts an overlap once', () => {
    const a = { start: day('2018-01-01'), end: day('2019-12-31') };
    const b = { start: day('2019-01-01'), end: day('2020-12-31') };
    expect(merge([b, a])).toEqual([{ start: a.start, end: b.end }]);
    expect(monthsToYears(monthsCovered([a, b]))).toBe(3);
    // Touching periods are one; a gap stays a gap.
    expect(merge([a, { start: day('2020-01-01'), end: day('2020-06-30') }])).toHaveLength(1);
    expect(monthsToYears(monthsCovered([a, { start: day('2021-01-01'), end: day('2021-06-30') }]))).toBe(2.5);
  });

  it('never rounds up to a whole year', () => {
    expect(monthsToYears(35.99)).toBe(2.99);
    expect(monthsToYears(36)).toBe(3);
  });

  const interval = fc
    .tuple(fc.integer({ min: day('2000-01-01'), max: day('2025-12-31') }), fc.integer({ min: 0, max: 2000 }))
    .map(([start, length]) => ({ start, end: start + length }));

  it('covers as many days as a day-by-day count, whatever the periods', () => {
    fc.assert(
      fc.property(fc.array(interval, { maxLength: 6 }), (intervals) => {
        const days = new Set<number>();
        for (const { start, end } of intervals) for (let d = start; d <= end; d++) days.add(d);
        const merged = merge(intervals);
        expect(merged.reduce((sum, i) => sum + i.end - i.start + 1, 0)).toBe(days.size);
        for (let i = 1; i < merged.length; i++) expect(merged[i]!.start).toBeGreaterThan(merged[i - 1]!.end + 1);
      }),
    );
  });

  it('counts whole-month periods exactly, as a month-by-month count does', () => {
    const monthly = fc
      .tuple(fc.integer({ min: 2000 * 12, max: 2020 * 12 }), fc.integer({ min: 0, max: 60 }))
      .map(([first, length]) => ({ first, last: first + length }));
    fc.assert(
      fc.property(fc.array(monthly, { maxLength: 6 }), (periods) => {
        const months = new Set<number>();
        for (const { first, last } of periods) for (let m = first; m <= last; m++) months.add(m);
        const toText = (index: number) => `${Math.floor(index / 12)}-${(index % 12) + 1}`;
        const intervals = periods.map(({ first, last }) => {
          const result = period(toText(first), toText(last), false, TODAY);
          if (!result.ok) throw new Error(result.problem);
          return result.interval;
        });
        expect(monthsCovered(intervals)).toBe(months.size);
      }),
    );
  });
});

describe('dates in other forms', () => {
  it('reads a year alone, a full date with dots, and month/year', () => {
    expect(parseDate('2019')).toEqual({ ok: true, date: { year: 2019 } });
    expect(parseDate('2019.03.31')).toEqual({ ok: true, date: { year: 2019, month: 3, day: 31 } });
    expect(parseDate('3-2019')).toEqual({ ok: true, date: { year: 2019, month: 3 } });
    expect(parseDate('2019-02-29')).toEqual({ ok: false, problem: 'no-such-date' });
    expect(parseDate('2020-02-29')).toEqual({ ok: true, date: { year: 2020, month: 2, day: 29 } });
    expect(parseDate('13/2019')).toEqual({ ok: false, problem: 'no-such-date' });
    expect(parseDate('1066-01')).toEqual({ ok: false, problem: 'no-such-date' });
  });

  it('takes today from the reader\'s own calendar', () => {
    expect(today(new Date(2026, 10, 30, 12))).toBe(dayNumber(2026, 11, 30));
  });
});
