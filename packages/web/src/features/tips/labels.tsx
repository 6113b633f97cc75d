import { Tag, Tooltip } from 'antd';
import dayjs from 'dayjs';
import {
  tipActionLabels,
  tipSlaStateLabels as slaStateLabels,
  tipStatusLabels,
  tipRewardStatusLabels,
} from '@zhiben/core/src/tip/tip-vocabulary.ts';
import type { RewardStatus, SlaState, TipCategory, TipStatus } from './api.ts';

// Labels of the vocabulary come from core (shared with the server); only UI-specific texts live here.
export {
  tipActionLabels,
  tipCategoryLabels,
  tipChannelLabels,
  tipDeclineReasonLabels as declineReasonLabels,
  tipRewardStatusLabels as rewardStatusLabels,
  tipSlaStateLabels as slaStateLabels,
  tipStatusLabels,
  tipViolationKindLabels as violationKindLabels,
  workerReportOutcomeLabels,
  workerReportStatusLabels,
} from '@zhiben/core/src/tip/tip-vocabulary.ts';

const statusColors: Record<TipStatus, string> = {
  received: 'orange',
  accepted: 'processing',
  investigating: 'purple',
  verified: 'red',
  unfounded: 'default',
  declined: 'default',
  closed: 'success',
};

export function TipStatusTag({ status, label }: { status: TipStatus; label?: string }) {
  return (
    <Tag color={statusColors[status] ?? 'default'} data-testid="tip-status">
      {label ?? tipStatusLabels[status] ?? status}
    </Tag>
  );
}

export const tipCategoryHints: Record<TipCategory, string> = {
  major_hazard: '可能导致群死群伤的严重隐患，如非法储存危化品、关闭报警装置等',
  illegal_act: '如无证生产经营、超能力超强度超定员组织生产等',
  general_hazard: '其他安全隐患',
};

const slaColors: Record<SlaState, string> = { ok: 'blue', due_soon: 'gold', overdue: 'red', met: 'green', missed: 'volcano' };

/** SLA clock: the state's colour and, while running, the time left (or past) to the due time. */
export function SlaTag({ state, dueAt }: { state: SlaState; dueAt: string | null }) {
  const running = state === 'ok' || state === 'due_soon' || state === 'overdue';
  let text = slaStateLabels[state] ?? state;
  if (running && dueAt) {
    const hours = dayjs(dueAt).diff(dayjs(), 'hour');
    const abs = Math.abs(hours);
    const span = abs >= 48 ? `${Math.floor(abs / 24)}天` : `${abs}小时`;
    text = hours >= 0 ? `剩 ${span}` : `超 ${span}`;
  }
  return (
    <Tooltip title={dueAt ? `${slaStateLabels[state]}，受理时限 ${dayjs(dueAt).format('YYYY-MM-DD HH:mm')}` : slaStateLabels[state]}>
      <Tag color={slaColors[state] ?? 'default'} data-testid="sla-tag" data-sla={state}>
        {text}
      </Tag>
    </Tooltip>
  );
}

const rewardColors: Record<RewardStatus, string> = { none: 'default', proposed: 'gold', approved: 'blue', paid: 'green' };

export function RewardTag({ status }: { status: RewardStatus }) {
  if (status === 'none') return null;
  return <Tag color={rewardColors[status]}>奖励{tipRewardStatusLabels[status]}</Tag>;
}

/** Event kinds of a tip's history: the actions plus what the system records by itself. */
export const tipEventLabels: Record<string, string> = {
  ...tipActionLabels,
  received: '收到举报',
  created: '收到举报',
  merged: '重复提交已合并',
  followup: '举报人补充信息',
  reveal: '查看举报人身份',
};

export const yuan = (v: number | null | undefined): string =>
  v === null || v === undefined ? '—' : `${v.toLocaleString('zh-CN', { maximumFractionDigits: 2 })} 元`;
