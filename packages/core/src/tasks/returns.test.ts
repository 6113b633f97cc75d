import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { dueDate, periodOf } from './periods.ts';
import { explainFilingRefused, requirementPeriodsDue, type RequirementFacts } from './returns.ts';

const monthly: RequirementFacts = {
  cadence: 'monthly',
  dueRule: { kind: 'day_of_last_month', day: 28 },
  graceDays: 10,
  startPeriod: '2024-03',
  endPeriod: '2026-12',
  reportingOrgIds: ['yjj', 'zjj'],
  active: true,
};

describe('explainFilingRefused: a return for a closed period or by an org not required to file is refused', () => {
  it.each<[string, Partial<RequirementFacts>, string, string, string, 'period' | 'orgId' | null]>([
    ['open period', {}, 'yjj', '2025-03', '2025-03-20', null],
    ['late but within grace', {}, 'yjj', '2025-03', '2025-04-07', null],
    ['closed period', {}, 'yjj', '2025-03', '2025-04-08', 'period'],
    ['not yet begun', {}, 'yjj', '2025-05', '2025-04-20', 'period'],
    ['org not required', {}, 'scj', '2025-03', '2025-03-20', 'orgId'],
    ['wrong period kind', {}, 'yjj', '2025-Q1', '2025-03-20', 'period'],
    ['before the requirement starts', {}, 'yjj', '2024-02', '2024-02-20', 'period'],
    ['after it ends', {}, 'yjj', '2027-01', '2027-01-20', 'period'],
    ['stopped requirement', { active: false }, 'yjj', '2025-03', '2025-03-20', 'period'],
  ])('%s', (_name, change, org, period, today, field) => {
    expect(explainFilingRefused({ ...monthly, ...change }, org, period, today)?.field ?? null).toBe(field);
  });

  it('the refusal says when the period closed', () => {
    expect(explainFilingRefused(monthly, 'yjj', '2025-03', '2025-05-01')?.message).toBe('报送期已关闭（截止2025-03-28，逾期补报至2025-04-07）');
  });
});

describe('requirementPeriodsDue', () => {
  it('lists the periods whose due date has come, within the requirement range', () => {
    expect(requirementPeriodsDue(monthly, '2024-05-27')).toEqual(['2024-03', '2024-04']);
    expect(requirementPeriodsDue(monthly, '2024-05-28')).toEqual(['2024-03', '2024-04', '2024-05']);
    expect(requirementPeriodsDue({ ...monthly, cadence: 'annual', dueRule: { kind: 'days_after_end', days: 31 }, startPeriod: '2024', endPeriod: '2026' }, '2025-02-01')).toEqual(['2024']);
  });

  it('property: every listed period is due by today and the period of a due day is listed', () => {
    const date = fc.date({ min: new Date('2024-03-01T00:00:00Z'), max: new Date('2026-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(date, (today) => {
        const due = requirementPeriodsDue(monthly, today);
        for (const p of due) expect(dueDate(monthly.dueRule, p) <= today).toBe(true);
        const current = periodOf('monthly', today);
        expect(due.includes(current)).toBe(dueDate(monthly.dueRule, current) <= today);
      }),
    );
  });
});
