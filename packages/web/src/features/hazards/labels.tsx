import { Tag, Typography } from 'antd';
import {
  hazardLevelLabels,
  hazardStatusLabels,
  listingLevelLabels,
  type HazardLevel,
  type HazardStatus,
  type ListingLevel,
} from '../../app/labels.ts';
import type { EvidenceKind, HazardPeriod } from './api.ts';
import type { PlanField } from '../../app/labels.ts';

const statusColors: Record<HazardStatus, string> = {
  pending_confirmation: 'orange',
  rectifying: 'processing',
  pending_verification: 'purple',
  closed: 'success',
  dismissed: 'default',
  merged: 'default',
};

export function HazardStatusTag({ status }: { status: HazardStatus }) {
  return <Tag color={statusColors[status] ?? 'default'}>{hazardStatusLabels[status] ?? status}</Tag>;
}

/** 重大 in red, 一般 plain. `short` drops the trailing 隐患. */
export function HazardLevelTag({ level, short = true }: { level: HazardLevel; short?: boolean }) {
  const label = hazardLevelLabels[level] ?? level;
  const text = short ? label.replace(/隐患$/, '') : label;
  return level === 'major' ? <Tag color="red">{text}</Tag> : <Tag>{text}</Tag>;
}

export function ListingTag({ level }: { level: ListingLevel | null | undefined }) {
  if (!level) return <Tag color="volcano">挂牌督办</Tag>;
  return <Tag color="volcano">{listingLevelLabels[level] ?? level}挂牌</Tag>;
}

/** 整改期限, red with 逾期N天 when overdue. */
export function DeadlineText({ deadline, overdue, overdueDays }: { deadline: string | null; overdue: boolean; overdueDays: number }) {
  if (!deadline) return <Typography.Text type="secondary">—</Typography.Text>;
  if (!overdue) return <span>{deadline}</span>;
  return (
    <Typography.Text type="danger" data-testid="overdue" style={{ whiteSpace: 'nowrap' }}>
      {deadline} 逾期{overdueDays}天
    </Typography.Text>
  );
}

export const evidenceKindLabels: Record<EvidenceKind, string> = {
  before: '整改前',
  after: '整改后',
  document: '文件',
  verification: '验收',
};
export const evidenceKinds: EvidenceKind[] = ['before', 'after', 'document', 'verification'];

export const periodLabels: Record<HazardPeriod, string> = { stock: '存量（2023年底前发现）', increment: '增量（2024年起发现）' };



export const channelLabels: Record<string, string> = { in_app: '站内', sms: '短信', email: '邮件' };

export const notificationStatusLabels: Record<string, string> = {
  pending: '待发送',
  sent: '已发送',
  delivered: '已送达',
  read: '已读',
  failed: '发送失败',
  skipped: '未发送',
};

export function NotificationStatusTag({ status }: { status: string }) {
  const color = status === 'failed' ? 'error' : status === 'sent' || status === 'delivered' || status === 'read' ? 'success' : 'default';
  return <Tag color={color}>{notificationStatusLabels[status] ?? status}</Tag>;
}

/** What each 五落实 field asks for. */
export const planFieldHints: Record<PlanField, string> = {
  responsible: '整改责任人',
  measures: '治理措施',
  fundsWanYuan: '治理资金（万元）',
  deadline: '完成时限',
  contingency: '应急预案',
};
