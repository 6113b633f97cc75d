import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  cadenceFor,
  checkNoticeDue,
  complianceOf,
  consecutiveMissed,
  explainCheckDateError,
  lastEndedPeriods,
  nextPeriod,
  parseReportWindow,
  periodKey,
  checkPeriodLabel,
  checkPeriodOf,
  periodsOverlapping,
  periodStateAsOf,
  previousWindow,
  quarterWindowOf,
  type CheckCadence,
  type PeriodRecord,
} from './check-periods.ts';

const HIGH_RISK = new Set(['hazchem', 'mining']);

describe('cadenceFor', () => {
  it.each<[boolean, string[], CheckCadence]>([
    [false, ['industry_trade'], 'quarter'],
    [true, ['industry_trade'], 'month'], // the enterprise's own flag
    [false, ['industry_trade', 'hazchem'], 'month'], // any sector flagged
    [false, [], 'quarter'],
  ])('highRisk=%s sectors=%j → %s', (highRisk, sectors, expected) => {
    expect(cadenceFor({ highRisk, sectors }, HIGH_RISK)).toBe(expected);
  });
});

describe('checkPeriodOf', () => {
  it.each<[string, CheckCadence, string, string, string, string]>([
    ['2026-11-23', 'month', '2026-11-01', '2026-11-30', '2026-11', '2026年11月'],
    ['2024-02-10', 'month', '2024-02-01', '2024-02-29', '2024-02', '2024年2月'], // leap year
    ['2026-11-23', 'quarter', '2026-10-01', '2026-12-31', '2026-Q4', '2026年第四季度'],
    ['2025-01-01', 'quarter', '2025-01-01', '2025-03-31', '2025-Q1', '2025年第一季度'],
    ['2025-06-30', 'quarter', '2025-04-01', '2025-06-30', '2025-Q2', '2025年第二季度'],
    ['2025-07-01', 'quarter', '2025-07-01', '2025-09-30', '2025-Q3', '2025年第三季度'],
  ])('%s %s → %s … %s (%s)', (date, cadence, start, end, key, label) => {
    const p = checkPeriodOf(date, cadence);
    expect(p).toEqual({ cadence, start, end });
    expect(periodKey(p)).toBe(key);
    expect(checkPeriodLabel(p)).toBe(label);
  });

  it('rejects a malformed date', () => {
    expect(() => checkPeriodOf('2026-13-01', 'month')).toThrow('日期无效');
  });

  const day = fc.integer({ min: 0, max: 365 * 6 }).map((n) => new Date(Date.UTC(2023, 0, 1) + n * 86_400_000).toISOString().slice(0, 10));
  const cadence = fc.constantFrom<CheckCadence>('month', 'quarter');

  it('every day lies in exactly one period, and periods tile the calendar', () => {
    fc.assert(
      fc.property(day, cadence, (d, c) => {
        const p = checkPeriodOf(d, c);
        expect(p.start <= d && d <= p.end).toBe(true);
        const next = nextPeriod(p);
        expect(Date.parse(next.start) - Date.parse(p.end)).toBe(86_400_000);
        expect(checkPeriodOf(p.start, c)).toEqual(p);
        expect(checkPeriodOf(p.end, c)).toEqual(p);
      }),
    );
  });
});

describe('report windows', () => {
  it.each<[string, string, string, string]>([
    ['2026', '2026-01-01', '2026-12-31', '2026年'],
    ['2026-Q3', '2026-07-01', '2026-09-30', '2026年第三季度'],
    ['2026-02', '2026-02-01', '2026-02-28', '2026年2月'],
  ])('%s', (key, start, end, label) => {
    expect(parseReportWindow(key)).toMatchObject({ key, start, end, label });
  });

  it.each(['', '2026-Q5', '2026-13', '26', '2026-1', 'x2026', '1999'])('rejects %j', (key) => {
    expect(parseReportWindow(key)).toBeNull();
  });

  it('previous windows', () => {
    expect(previousWindow(parseReportWindow('2026-Q1')!).key).toBe('2025-Q4');
    expect(previousWindow(parseReportWindow('2026-03')!).key).toBe('2026-02');
    expect(previousWindow(parseReportWindow('2026-01')!).key).toBe('2025-12');
    expect(previousWindow(parseReportWindow('2026')!).key).toBe('2025');
    expect(quarterWindowOf('2026-11-23').key).toBe('2026-Q4');
  });

  it('a quarter holds three monthly periods and lies in one quarterly period', () => {
    const q = parseReportWindow('2026-Q2')!;
    expect(periodsOverlapping(q, 'month').map(periodKey)).toEqual(['2026-04', '2026-05', '2026-06']);
    expect(periodsOverlapping(q, 'quarter').map(periodKey)).toEqual(['2026-Q2']);
    expect(periodsOverlapping(parseReportWindow('2026-05')!, 'quarter').map(periodKey)).toEqual(['2026-Q2']);
    expect(periodsOverlapping(parseReportWindow('2025')!, 'month')).toHaveLength(12);
  });
});

const q3: PeriodRecord['period'] = { cadence: 'quarter', start: '2026-07-01', end: '2026-09-30' };

describe('periodStateAsOf', () => {
  it.each<[string, string, string | null, string, ReturnType<typeof periodStateAsOf>]>([
    ['before the period', '2026-07-01', null, '2026-06-30', null],
    ['duty begins later (new enterprise)', '2026-08-15', null, '2026-08-01', null],
    ['running, none yet', '2026-07-01', null, '2026-08-01', 'due'],
    ['last day, none yet: still due', '2026-07-01', null, '2026-09-30', 'due'],
    ['day after the end, none', '2026-07-01', null, '2026-10-01', 'missed'],
    ['done in the period', '2026-07-01', '2026-08-10', '2026-08-10', 'done'],
    ['done later than D: not yet done as of D', '2026-07-01', '2026-08-10', '2026-08-09', 'due'],
    ['submitted after the end (补录): missed until then', '2026-07-01', '2026-10-03', '2026-10-02', 'missed'],
    ['submitted after the end (补录): done from then', '2026-07-01', '2026-10-03', '2026-10-03', 'done'],
  ])('%s', (_name, dueFrom, doneOn, asOf, expected) => {
    expect(periodStateAsOf({ period: q3, dueFrom, doneOn }, asOf)).toBe(expected);
  });
});

describe('complianceOf and consecutiveMissed', () => {
  const months = ['2026-06', '2026-07', '2026-08', '2026-09', '2026-10', '2026-11'].map((m) => checkPeriodOf(`${m}-01`, 'month'));
  const done: Record<string, string | null> = { '2026-06': '2026-06-05', '2026-07': null, '2026-08': null, '2026-09': '2026-09-20', '2026-10': null, '2026-11': null };
  const records: PeriodRecord[] = months.map((p) => ({ period: p, dueFrom: p.start, doneOn: done[periodKey(p)] ?? null }));

  it('counts done, due and missed in the window as of D', () => {
    expect(complianceOf(records, parseReportWindow('2026-Q3')!, '2026-11-23')).toEqual({ required: 3, done: 1, due: 0, missed: 2, rate: 1 / 3 });
    expect(complianceOf(records, parseReportWindow('2026-Q4')!, '2026-11-23')).toEqual({ required: 2, done: 0, due: 1, missed: 1, rate: 0 });
    expect(complianceOf(records, parseReportWindow('2027')!, '2026-11-23')).toEqual({ required: 0, done: 0, due: 0, missed: 0, rate: null });
  });

  it('counts missed periods in a row from the newest ended one', () => {
    expect(consecutiveMissed(records, '2026-11-23')).toBe(1); // 10 missed, 09 done
    expect(consecutiveMissed(records, '2026-09-10')).toBe(2); // 08, 07 missed; 09 still running
    expect(consecutiveMissed(records, '2026-09-25')).toBe(2);
    expect(consecutiveMissed(records, '2026-06-30')).toBe(0);
    // A period not owed (the enterprise was not operating: no record) ends the streak.
    expect(consecutiveMissed(records.filter((r) => periodKey(r.period) !== '2026-07'), '2026-09-10')).toBe(1);
    expect(lastEndedPeriods('month', '2026-09-10', 2).map(periodKey)).toEqual(['2026-08', '2026-07']);
    expect(lastEndedPeriods('quarter', '2026-10-01', 2).map(periodKey)).toEqual(['2026-Q3', '2026-Q2']);
    expect(lastEndedPeriods('quarter', '2026-09-30', 1).map(periodKey)).toEqual(['2026-Q2']);
  });

  it('is a pure tally: the sum over any split of the records is the whole', () => {
    const record = fc.record({
      cadence: fc.constantFrom<CheckCadence>('month', 'quarter'),
      startDay: fc.integer({ min: 0, max: 900 }),
      lag: fc.integer({ min: 0, max: 40 }),
      done: fc.option(fc.integer({ min: 0, max: 120 }), { nil: null }),
    });
    const asDate = (n: number) => new Date(Date.UTC(2024, 0, 1) + n * 86_400_000).toISOString().slice(0, 10);
    fc.assert(
      fc.property(fc.array(record, { maxLength: 30 }), fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 0, max: 30 }), (raw, asOfDay, cut) => {
        const recs: PeriodRecord[] = raw.map((r) => {
          const period = checkPeriodOf(asDate(r.startDay), r.cadence);
          const dueFrom = asDate(Math.max(r.startDay, Math.round(Date.parse(period.start) / 86_400_000 - Date.UTC(2024, 0, 1) / 86_400_000)) + r.lag);
          return { period, dueFrom: dueFrom > period.end ? period.end : dueFrom, doneOn: r.done === null ? null : asDate(r.startDay + r.done) };
        });
        const window = parseReportWindow('2025')!;
        const asOf = asDate(asOfDay);
        const whole = complianceOf(recs, window, asOf);
        const a = complianceOf(recs.slice(0, cut), window, asOf);
        const b = complianceOf(recs.slice(cut), window, asOf);
        expect(whole.required).toBe(a.required + b.required);
        expect(whole.done).toBe(a.done + b.done);
        expect(whole.missed).toBe(a.missed + b.missed);
        expect(whole.required).toBe(whole.done + whole.due + whole.missed);
      }),
    );
  });
});

describe('checkNoticeDue', () => {
  it.each<[string, ReturnType<typeof checkNoticeDue>]>([
    ['2026-06-30', null],
    ['2026-07-01', 'period_start'],
    ['2026-09-22', 'period_start'],
    ['2026-09-23', 'period_ending'], // 7 days before the end
    ['2026-09-30', 'period_ending'],
    ['2026-10-01', 'period_missed'],
    ['2026-10-31', 'period_missed'],
    ['2026-11-01', null], // more than a month after: no late flood
  ])('%s → %s', (today, expected) => {
    expect(checkNoticeDue(q3, today, 7)).toBe(expected);
  });
});

describe('explainCheckDateError', () => {
  it.each<[string, string | null]>([
    ['2026-11-23', null],
    ['2026-11-16', null],
    ['2026-11-15', '「检查日期」早于7天前：检查须在7天内登记'],
    ['2026-11-24', '「检查日期」不能晚于今天'],
    ['2026-12-01', '「检查日期」属于尚未开始的检查周期，不能登记'],
    ['2026/11/23', '「检查日期」应为 yyyy-mm-dd 格式的日期'],
  ])('%s', (date, expected) => {
    expect(explainCheckDateError(date, '2026-11-23', 7)).toBe(expected);
  });
});
