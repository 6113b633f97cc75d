import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { cadenceRuleFor, leaderCompliance, meetingKinds, type MeetingKind } from './meeting-cadence.ts';

const top = cadenceRuleFor('top');
const deputy = cadenceRuleFor('deputy');
if (!top || !deputy) throw new Error('default rules missing');

describe('leaderCompliance: top leader quarterly, deputies monthly', () => {
  it('the top leader met Q1 and Q3, missed Q2; Q4 is still running', () => {
    const meetings = [
      { date: '2025-02-10', kind: 'special' as const },
      { date: '2025-08-01', kind: 'hearing' as const },
      // a consultation does not count for the top leader's rule
      { date: '2025-05-20', kind: 'consultation' as const },
    ];
    const result = leaderCompliance(top, meetings, '2025-01-01', '2025-12-31', '2025-11-15');
    expect(result.periods.map((p) => [p.period, p.count, p.state])).toEqual([
      ['2025-Q1', 1, 'met'],
      ['2025-Q2', 0, 'missed'],
      ['2025-Q3', 1, 'met'],
      ['2025-Q4', 0, 'running'],
    ]);
    expect(result.rate).toBeCloseTo(2 / 3);
  });

  it('a running period counts as met as soon as the minimum is reached', () => {
    const result = leaderCompliance(deputy, [{ date: '2025-11-03', kind: 'dispatch' }], '2025-11-01', '2025-11-30', '2025-11-15');
    expect(result.periods).toEqual([{ period: '2025-11', label: '2025年11月', count: 1, required: 1, state: 'met' }]);
    expect(result.rate).toBe(1);
  });

  it('meetings outside the range are ignored; no period ended and none met → no rate', () => {
    const result = leaderCompliance(deputy, [{ date: '2024-12-31', kind: 'dispatch' }], '2025-01-01', '2025-01-31', '2025-01-20');
    expect(result.periods[0]?.state).toBe('running');
    expect(result.rate).toBeNull();
  });

  it('property: met + missed + running = periods, and more meetings never lower compliance', () => {
    const date = fc.date({ min: new Date('2024-01-01T00:00:00Z'), max: new Date('2026-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
    const meeting = fc.record({ date, kind: fc.constantFrom<MeetingKind>(...meetingKinds) });
    fc.assert(
      fc.property(fc.array(meeting, { maxLength: 30 }), meeting, date, (meetings, extra, today) => {
        const before = leaderCompliance(deputy, meetings, '2024-01-01', '2026-12-31', today);
        const after = leaderCompliance(deputy, [...meetings, extra], '2024-01-01', '2026-12-31', today);
        const running = before.periods.filter((p) => p.state === 'running').length;
        expect(before.met + before.missed + running).toBe(before.periods.length);
        expect(after.met).toBeGreaterThanOrEqual(before.met);
        expect(after.missed).toBeLessThanOrEqual(before.missed);
      }),
    );
  });
});
