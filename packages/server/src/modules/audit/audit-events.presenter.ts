// One readable line per business event for the auditor, from the event's structured fields only: the status
// change, deadlines, level, listing, amounts. Free text (reasons, notes, findings) and anything of a reporter stay
// on the record's own timeline, which the auditor cannot open.
import {
  hazardActionLabels,
  hazardLevelLabels,
  hazardStatusLabels,
  listingLevelLabels,
  tipActionLabels,
  tipStatusLabels,
  type HazardAction,
  type HazardLevel,
  type HazardStatus,
  type ListingLevel,
  type TipAction,
  type TipStatus,
} from '@zhiben/core';
import { auditedHazardKinds, auditedTipKinds, type BusinessEventRow, type BusinessEventStream } from './audit-events.repository.ts';

const streamLabels: Record<BusinessEventStream, string> = { hazard: '隐患', tip: '举报' };
const str = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : null);
const num = (v: unknown): number | null => (typeof v === 'number' ? v : null);

const hazardKindLabel = (kind: string) => (kind === 'register' ? '登记隐患' : (hazardActionLabels[kind as HazardAction] ?? kind));
const tipKindLabel = (kind: string) => tipActionLabels[kind as TipAction] ?? kind;

function statusChange(row: BusinessEventRow): string {
  const label = (s: string) => (row.stream === 'hazard' ? hazardStatusLabels[s as HazardStatus] : tipStatusLabels[s as TipStatus]) ?? s;
  if (row.from_status === null) return `状态：${label(row.to_status)}`;
  return row.from_status === row.to_status ? `状态不变（${label(row.to_status)}）` : `${label(row.from_status)} → ${label(row.to_status)}`;
}

function hazardDetail(row: BusinessEventRow): string | null {
  const p = row.payload;
  switch (row.kind) {
    case 'confirm': {
      const level = str(p.level);
      return [level ? `认定为${hazardLevelLabels[level as HazardLevel] ?? level}` : null, str(p.deadline) ? `整改期限 ${str(p.deadline)}` : null].filter(Boolean).join('，') || null;
    }
    case 'decide_extension':
      return p.approve === true ? `同意延期：${str(p.previousDeadline) ?? '—'} → ${str(p.newDeadline) ?? '—'}` : `不同意延期，期限仍为 ${str(p.previousDeadline) ?? '—'}`;
    case 'list': {
      const level = str(p.level);
      return [`${level ? (listingLevelLabels[level as ListingLevel] ?? level) : ''}挂牌督办`, str(p.docNo) ? `文号 ${str(p.docNo)}` : null, str(p.deadline) ? `督办期限 ${str(p.deadline)}` : null].filter(Boolean).join('，');
    }
    case 'delist':
      return str(p.docNo) ? `摘牌文号 ${str(p.docNo)}` : null;
    case 'merge':
      return str(p.intoHazardNo) ? `合并到 ${str(p.intoHazardNo)}` : null;
    default:
      return null;
  }
}

function tipDetail(row: BusinessEventRow): string | null {
  const amount = num(row.payload.amountYuan);
  if (row.kind === 'investigate') return row.payload.verified === true ? '核查属实' : row.payload.verified === false ? '核查不属实' : null;
  return amount === null ? null : `金额 ${amount.toLocaleString('zh-CN')} 元`;
}

export type BusinessEvent = {
  id: string;
  at: string;
  stream: BusinessEventStream;
  streamLabel: string;
  recordNo: string;
  kind: string;
  actionLabel: string;
  actorName: string;
  orgName: string | null;
  summary: string;
};

export function presentBusinessEvent(row: BusinessEventRow): BusinessEvent {
  const detail = row.stream === 'hazard' ? hazardDetail(row) : tipDetail(row);
  return {
    id: `${row.stream}:${row.id}`,
    at: new Date(row.at).toISOString(),
    stream: row.stream,
    streamLabel: streamLabels[row.stream],
    recordNo: row.record_no,
    kind: row.kind,
    actionLabel: row.stream === 'hazard' ? hazardKindLabel(row.kind) : tipKindLabel(row.kind),
    actorName: row.actor_name,
    orgName: row.org_name,
    summary: [statusChange(row), detail].filter(Boolean).join('；'),
  };
}

/** The filter's choices: each stream's audited steps with their Chinese names. */
export const businessEventKinds = [
  ...auditedHazardKinds.map((value) => ({ stream: 'hazard' as const, value, label: hazardKindLabel(value) })),
  ...auditedTipKinds.map((value) => ({ stream: 'tip' as const, value, label: tipKindLabel(value) })),
];
