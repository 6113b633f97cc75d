import type { ReactNode } from 'react';
import { Flex, Space, Tag, Timeline, Typography } from 'antd';
import { ArrowRightOutlined, CheckCircleOutlined, CloseCircleOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { Link } from 'react-router-dom';
import {
  dateTimeFormat,
  hazardActionLabels,
  hazardLevelLabels,
  hazardSourceLabel,
  hazardStatuses,
  listingLevelLabels,
  notificationTemplateLabel,
  planFieldLabels,
  planFields,
  type HazardStatus,
} from '../../app/labels.ts';
import { escalationKindLabels } from '../escalations/api.ts';
import type { Evidence, TimelineEvent } from './api.ts';
import { EvidenceLink } from './EvidenceUpload.tsx';
import {
  channelLabels,
  evidenceKindLabels,
  HazardStatusTag,
  NotificationStatusTag,
} from './labels.tsx';

/** Event kinds besides the lifecycle actions. */
const extraKindLabels: Record<string, string> = {
  report: '上报隐患',
  reported: '上报隐患',
  register: '登记隐患',
  registered: '登记隐患',
  created: '登记隐患',
  linked_report: '关联新发现',
  escalation: '督办措施',
  escalated: '督办措施',
  imported: '导入',
  import: '导入',
  notified: '发送通知',
  notification: '发送通知',
  merged_from: '并入重复隐患',
};

export function eventKindLabel(kind: string): string {
  return (hazardActionLabels as Record<string, string>)[kind] ?? extraKindLabels[kind] ?? kind;
}

const payloadLabels: Record<string, string> = {
  title: '隐患名称',
  description: '描述',
  location: '位置',
  source: '来源',
  level: '隐患等级',
  criterionIds: '判定依据',
  deadline: '整改期限',
  foundAt: '发现日期',
  fixedOnSite: '立查立改',
  note: '说明',
  reason: '理由',
  plan: '治理方案',
  interimControls: '临时管控措施',
  newDeadline: '新整改期限',
  oldDeadline: '原整改期限',
  previousDeadline: '原整改期限',
  approve: '审批结果',
  approved: '审批结果',
  docNo: '文号',
  listingLevel: '挂牌级别',
  orgName: '单位',
  intoHazardId: '合并至',
  intoHazardNo: '合并至',
  mergedFrom: '合并来源',
  hazardNo: '隐患编号',
  listing: '原挂牌信息',
  listedAt: '挂牌时间',
  kind: '类型',
  evidence: '佐证材料',
  channel: '渠道',
  recipient: '接收人',
  template: '通知内容',
  status: '发送状态',
  tipNo: '来源举报',
  inspection: '来源检查',
  sourceRow: '台账行号',
  fileSha256: '台账文件指纹（SHA-256）',
  originalHazardNo: '台账原编号',
  closedAt: '销号时间',
  ledger: '台账其他栏目',
};

/** Payload keys not worth showing (ids duplicated by readable fields, internal bookkeeping). */
const hiddenKeys = new Set(['version', 'enterpriseId', 'regionCode', 'sector', 'orgId', 'userId', 'actorId', 'hazardId', 'levelChanged', 'notificationId', 'tipId']);

function isEvidenceList(v: unknown): v is Evidence[] {
  return Array.isArray(v) && v.every((e) => typeof e === 'object' && e !== null && 'sha256' in e);
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function plain(v: unknown): string {
  if (v === null || v === undefined || v === '') return '—';
  if (typeof v === 'boolean') return v ? '是' : '否';
  if (typeof v === 'string' || typeof v === 'number') return String(v);
  if (Array.isArray(v)) return v.map(plain).join('、');
  return JSON.stringify(v);
}

function renderValue(key: string, v: unknown, labels: Record<string, string> | undefined): ReactNode {
  if (key === 'evidence' && isEvidenceList(v)) {
    if (v.length === 0) return '—';
    return (
      <Flex vertical gap={2}>
        {v.map((e) => (
          <span key={e.sha256}>
            {e.kind && <Tag style={{ marginInlineEnd: 4 }}>{evidenceKindLabels[e.kind] ?? e.kind}</Tag>}
            <EvidenceLink evidence={e} />
          </span>
        ))}
      </Flex>
    );
  }
  if (key === 'plan' && isRecord(v)) {
    return (
      <Flex vertical gap={0}>
        {planFields.map((f) => (
          <span key={f}>
            {planFieldLabels[f]}：{f === 'fundsWanYuan' && typeof v[f] === 'number' ? `${v[f]} 万元` : plain(v[f])}
          </span>
        ))}
      </Flex>
    );
  }
  if ((key === 'approve' || key === 'approved') && typeof v === 'boolean') {
    return v ? <Tag color="success">同意</Tag> : <Tag color="error">不同意</Tag>;
  }
  // `level` is the hazard level, or in a listing event the listing level.
  if (key === 'level' && typeof v === 'string')
    return (hazardLevelLabels as Record<string, string>)[v] ?? (listingLevelLabels as Record<string, string>)[v] ?? v;
  if (key === 'listing' && isRecord(v)) {
    const level = typeof v.level === 'string' ? ((listingLevelLabels as Record<string, string>)[v.level] ?? v.level) : '';
    return [level, plain(v.orgName), v.docNo ? `文号 ${plain(v.docNo)}` : ''].filter((x) => x && x !== '—').join(' · ');
  }
  if (key === 'channel' && typeof v === 'string') return channelLabels[v] ?? v;
  if (key === 'template' && typeof v === 'string') return notificationTemplateLabel(v);
  if (key === 'status' && typeof v === 'string') return <NotificationStatusTag status={v} />;
  if ((key === 'listedAt' || key === 'at' || key === 'closedAt') && typeof v === 'string') return dayjs(v).format(dateTimeFormat);
  // The inspection whose 不符合 item raised the hazard (its number is null while the inspection is still a draft).
  if (key === 'inspection' && isRecord(v) && typeof v.inspectionId === 'string') {
    const item = typeof v.itemSeq === 'number' ? ` 第 ${v.itemSeq} 项` : '';
    return <Link to={`/inspections/${v.inspectionId}`}>{`${typeof v.inspectionNo === 'string' ? v.inspectionNo : '检查记录'}${item}`}</Link>;
  }
  if (key === 'ledger' && isRecord(v)) {
    return (
      <Flex vertical gap={0}>
        {Object.entries(v).map(([field, value]) => (
          <span key={field}>
            {labels?.[field] ?? field}：{plain(value)}
          </span>
        ))}
      </Flex>
    );
  }
  if (key === 'source' && typeof v === 'string') return hazardSourceLabel(v);
  if (key === 'listingLevel' && typeof v === 'string') return (listingLevelLabels as Record<string, string>)[v] ?? v;
  if (key === 'kind' && typeof v === 'string') return (escalationKindLabels as Record<string, string>)[v] ?? v;
  return plain(v);
}

/** Labels that differ by event kind. */
const kindPayloadLabels: Record<string, Record<string, string>> = {
  list: { level: '挂牌级别', deadline: '督办期限', orgName: '挂牌单位' },
  merged_from: { hazardNo: '被合并隐患', title: '其隐患名称', source: '其来源', foundAt: '其发现日期' },
  escalation: { kind: '措施类型', orgName: '督办单位' },
  decide_extension: { newDeadline: '批准的新期限' },
};

/** `labels`: the server's labels of payload entries the web cannot know (an imported row's ledger headers). */
export function EventPayload({ payload, kind = '', labels }: { payload: Record<string, unknown> | null; kind?: string; labels?: Record<string, string> }) {
  if (!payload) return null;
  const entries = Object.entries(payload).filter(
    ([k, v]) => !hiddenKeys.has(k) && v !== null && v !== undefined && v !== '' && !(Array.isArray(v) && v.length === 0),
  );
  if (entries.length === 0) return null;
  // Prefer the readable hazard number over the id of a merge target.
  const shown = entries.filter(([k]) => !(k === 'intoHazardId' && 'intoHazardNo' in payload));
  return (
    <dl className="zb-timeline-payload">
      {shown.map(([k, v]) => (
        <div key={k}>
          <dt>{kindPayloadLabels[kind]?.[k] ?? payloadLabels[k] ?? k}</dt>
          <dd>{renderValue(k, v, labels)}</dd>
        </div>
      ))}
    </dl>
  );
}

/** The timeline's statuses are plain strings on the wire (one event schema for every stream). */
const asStatus = (s: string | null): HazardStatus | null => (hazardStatuses as readonly string[]).includes(s ?? '') ? (s as HazardStatus) : null;

function StatusChange({ from: fromRaw, to: toRaw }: { from: string | null; to: string }) {
  const from = asStatus(fromRaw);
  const to = asStatus(toRaw);
  if (to === null) return <Tag>{toRaw}</Tag>;
  if (from === null || from === to) return <HazardStatusTag status={to} />;
  return (
    <Space size={4}>
      <HazardStatusTag status={from} />
      <ArrowRightOutlined style={{ fontSize: 11, color: '#999' }} />
      <HazardStatusTag status={to} />
    </Space>
  );
}

/** The hash-chained timeline, oldest first, with the server's verification of the chain. */
export function HazardTimeline({ events, verified }: { events: TimelineEvent[]; verified: boolean }) {
  const sorted = [...events].sort((a, b) => a.seq - b.seq);
  return (
    <>
      <div style={{ marginBottom: 16 }} data-testid="timeline-verified">
        {verified ? (
          <Tag icon={<CheckCircleOutlined />} color="success">
            时间线哈希校验通过
          </Tag>
        ) : (
          <Tag icon={<CloseCircleOutlined />} color="error">
            时间线哈希校验失败
          </Tag>
        )}
      </div>
      <Timeline
        data-testid="hazard-timeline"
        items={sorted.map((e) => ({
          key: e.seq,
          color: e.toStatus === 'closed' ? 'green' : e.toStatus === 'dismissed' ? 'gray' : 'blue',
          content: (
            <div>
              <Flex gap={8} wrap align="center">
                <Typography.Text strong>{eventKindLabel(e.kind)}</Typography.Text>
                <StatusChange from={e.fromStatus} to={e.toStatus} />
              </Flex>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {dayjs(e.at).format(dateTimeFormat)} · {e.actorName || '系统'} · #{e.seq}
              </Typography.Text>
              <EventPayload payload={e.payload} kind={e.kind} labels={e.payloadLabels} />
            </div>
          ),
        }))}
      />
    </>
  );
}
