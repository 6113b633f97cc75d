// Leaders' meetings (I9) and the plans' cadence rules: the top leader hears progress at least once a quarter
// (亳州 「每季度至少组织研究一次」, 000 「每季度至少听取一次」), deputies at least once a month (「每月要调度一次」, 「每月至少研究一次」).
// Checked per leader and period; a period still running is not yet missed.

import { rate } from '../stats/definitions.ts';
import { periodBounds, periodLabel, periodOf, periodsBetween, type Cadence, type PeriodKey } from './periods.ts';

export const meetingKinds = ['special', 'hearing', 'study', 'dispatch', 'consultation'] as const;
export type MeetingKind = (typeof meetingKinds)[number];
export const meetingKindLabels: Record<MeetingKind, string> = {
  special: '专题会议',
  hearing: '听取汇报',
  study: '研究部署',
  dispatch: '调度会',
  consultation: '会商研判',
};

export const leaderRoles = ['top', 'deputy', 'member_head'] as const;
export type LeaderRole = (typeof leaderRoles)[number];
export const leaderRoleLabels: Record<LeaderRole, string> = { top: '主要负责同志', deputy: '分管负责同志', member_head: '成员单位负责同志' };

export type MeetingCadenceRule = { role: LeaderRole; cadence: Cadence; min: number; kinds: readonly MeetingKind[]; basis: string };

/** The seeds' rules; member-unit heads report to their deputy monthly, which is a return (B-2), not a meeting they chair. */
export const defaultMeetingCadenceRules: readonly MeetingCadenceRule[] = [
  { role: 'top', cadence: 'quarterly', min: 1, kinds: ['special', 'hearing', 'study', 'dispatch'], basis: '主要负责同志每季度至少组织研究一次安全生产治本攻坚有关工作，听取进展情况汇报' },
  { role: 'deputy', cadence: 'monthly', min: 1, kinds: ['special', 'hearing', 'study', 'dispatch', 'consultation'], basis: '分管负责同志每月要调度一次安全生产治本攻坚有关工作' },
];

export const cadenceRuleFor = (role: LeaderRole, rules: readonly MeetingCadenceRule[] = defaultMeetingCadenceRules): MeetingCadenceRule | null =>
  rules.find((r) => r.role === role) ?? null;

export const cadencePeriodStates = ['met', 'missed', 'running'] as const;
export type CadencePeriodState = (typeof cadencePeriodStates)[number];
export const cadencePeriodStateLabels: Record<CadencePeriodState, string> = { met: '已达到', missed: '未达到', running: '进行中' };

export type CadencePeriod = { period: PeriodKey; label: string; count: number; required: number; state: CadencePeriodState };
export type LeaderCompliance = { periods: CadencePeriod[]; met: number; missed: number; rate: number | null };

/**
 * One leader's compliance over [from, to]: meetings of the rule's kinds that the leader chaired, counted per
 * period. A period that has ended below the minimum is missed; one that has not ended yet is running (met as
 * soon as the minimum is reached). The rate is met over ended-or-met periods.
 */
export function leaderCompliance(
  rule: MeetingCadenceRule,
  meetings: readonly { date: string; kind: MeetingKind }[],
  from: string,
  to: string,
  today: string,
): LeaderCompliance {
  const counts = new Map<PeriodKey, number>();
  for (const m of meetings) {
    if (!rule.kinds.includes(m.kind) || m.date < from || m.date > to) continue;
    const key = periodOf(rule.cadence, m.date);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const periods = periodsBetween(rule.cadence, from, to > today ? today : to).map((period): CadencePeriod => {
    const count = counts.get(period) ?? 0;
    const ended = periodBounds(period).end < today;
    const state: CadencePeriodState = count >= rule.min ? 'met' : ended ? 'missed' : 'running';
    return { period, label: periodLabel(period), count, required: rule.min, state };
  });
  const met = periods.filter((p) => p.state === 'met').length;
  const missed = periods.filter((p) => p.state === 'missed').length;
  return { periods, met, missed, rate: rate(met, met + missed) };
}
