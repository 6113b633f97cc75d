// 第三方服务机构, continued (MODULES A-6, E3/E4, D14, M5): 安责险 policies of insurers, 资质保持/过程控制/执业行为
// checks and the quarter's sample of bodies for them, and the registers of 执法技术检查员 and 社会监督员. No I/O.
import { fromHex, hmacSm3, toHex, utf8 } from '../draw/sm3.ts';
import { reviewSampleSize } from './service-bodies.ts';

export const bodyCheckKinds = ['qualification', 'process', 'conduct'] as const;
export type BodyCheckKind = (typeof bodyCheckKinds)[number];
export const bodyCheckKindLabels: Record<BodyCheckKind, string> = { qualification: '资质保持', process: '过程控制', conduct: '执业行为' };

export const bodyCheckActions = ['none', 'rectify', 'suspend', 'remove'] as const;
export type BodyCheckAction = (typeof bodyCheckActions)[number];
export const bodyCheckActionLabels: Record<BodyCheckAction, string> = { none: '无', rectify: '责令整改', suspend: '暂停', remove: '移出' };

export const supervisionPersonKinds = ['technical_inspector', 'social_supervisor'] as const;
export type SupervisionPersonKind = (typeof supervisionPersonKinds)[number];
export const supervisionPersonKindLabels: Record<SupervisionPersonKind, string> = { technical_inspector: '执法技术检查员', social_supervisor: '社会监督员' };

export const supervisionPersonStatuses = ['active', 'ended'] as const;
export type SupervisionPersonStatus = (typeof supervisionPersonStatuses)[number];
export const supervisionPersonStatusLabels: Record<SupervisionPersonStatus, string> = { active: '在任', ended: '已解聘' };

/** What the register shows: ended by the org, 已届满 once the term is past, else 在任. */
export const termStates = ['active', 'expired', 'ended'] as const;
export type TermState = (typeof termStates)[number];
export const termStateLabels: Record<TermState, string> = { active: '在任', expired: '已届满', ended: '已解聘' };

export function termState(status: SupervisionPersonStatus, termTo: string, today: string): TermState {
  switch (status) {
    case 'ended':
      return 'ended';
    case 'active':
      return termTo < today ? 'expired' : 'active';
  }
}

/** Why a period is refused, or null: its end may not come before its start. */
export function explainPeriodError(from: string, to: string, labels: { from: string; to: string }): string | null {
  return to < from ? `「${labels.to}」不能早于「${labels.from}」` : null;
}

export type Period = { from: string; to: string };
/** Two inclusive date periods share at least one day. */
export const periodsOverlap = (a: Period, b: Period): boolean => a.from <= b.to && b.from <= a.to;

/** Why a check result is refused, or null: a 不合格 needs at least one finding. */
export function explainCheckResultError(result: 'pass' | 'fail', findings: readonly string[]): string | null {
  switch (result) {
    case 'pass':
      return null;
    case 'fail':
      return findings.some((f) => f.trim().length > 0) ? null : '检查结论为「不合格」时须至少填写一项问题';
  }
}

/** The seed of a quarter's body-check sample when no 复核 draw gave one: HMAC-SM3 keyed by the org id. */
export const checkSampleSeed = (orgId: string, quarter: string): string => toHex(hmacSm3(utf8(`service-body-check|${orgId}`), utf8(quarter)));

/**
 * The quarter's sample of bodies for 资质保持 checks: each body scored HMAC-SM3(seed, "check|quarter|bodyId"), the
 * smallest drawn, `ratePercent` of them rounded up and at least one. Same seed, same sample in any input order.
 */
export function drawCheckSample(seedHex: string, quarter: string, bodyIds: readonly string[], ratePercent: number): string[] {
  const key = fromHex(seedHex);
  if (key === null || key.length === 0) throw new Error('seed must be non-empty hex');
  const unique = [...new Set(bodyIds)];
  const scored = unique.map((id) => ({ id, score: toHex(hmacSm3(key, utf8(`check|${quarter}|${id}`))) }));
  scored.sort((a, b) => (a.score < b.score ? -1 : a.score > b.score ? 1 : a.id < b.id ? -1 : 1));
  return scored.slice(0, reviewSampleSize(unique.length, ratePercent)).map((s) => s.id);
}

/** The policy year a date falls in: the policy (of those given) whose period contains it. */
export const policyCovering = <P extends Period>(policies: readonly P[], day: string): P | null => policies.find((p) => p.from <= day && day <= p.to) ?? null;
