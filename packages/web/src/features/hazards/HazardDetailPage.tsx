import { useState, type ReactNode } from 'react';
import { Link, useParams } from 'react-router-dom';
import { Alert, Button, Descriptions, Empty, Flex, Image, Space, Table, Tag, Typography } from 'antd';
import { FlagOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { useAuth } from '../../app/auth.tsx';
import { DocumentButtons } from '../../app/DocumentButtons.tsx';
import { RecordPage } from '../../app/workflow/RecordPage.tsx';
import { PlanInspectionButton } from '../inspections/PlanInspectionButton.tsx';
import {
  dateTimeFormat,
  hazardLevelLabels,
  hazardSourceLabel,
  notificationTemplateLabel,
  planFieldLabels,
  planFields,
  type PlanField,
} from '../../app/labels.ts';
import { useQuery } from '../../app/useQuery.ts';
import { useSectors } from '../reference/useSectors.ts';
import { hazardsApi, type Hazard, type HazardNotification } from './api.ts';
import { criterionText } from './CriterionPicker.tsx';
import { EscalationModal } from '../escalations/EscalationModal.tsx';
import { EvidenceLink, isImage } from './EvidenceUpload.tsx';
import { hazardWorkflow } from './actions/index.ts';
import { HazardTimeline } from './HazardTimeline.tsx';
import { BlockedActionsNote } from './BlockedActionsNote.tsx';
import { channelLabels, DeadlineText, planFieldHints, evidenceKindLabels, HazardLevelTag, HazardStatusTag, ListingTag, NotificationStatusTag } from './labels.tsx';

const fmt = (ts: string | null | undefined) => (ts ? dayjs(ts).format(dateTimeFormat) : '—');
/** A field over the whole row: both columns from md up, the one column on a phone. */
const fullRow = { xs: 1, md: 2 };
const orDash = (v: ReactNode) => (v === null || v === undefined || v === '' ? <Typography.Text type="secondary">—</Typography.Text> : v);

function isMissing(h: Hazard, f: PlanField): boolean {
  return h.planMissing.includes(f) || h.planMissing.includes(planFieldLabels[f]);
}

function PlanView({ hazard: h }: { hazard: Hazard }) {
  const plan = h.plan;
  return (
    <Space orientation="vertical" style={{ width: '100%' }} size={8}>
      {h.planMissing.length > 0 && (
        <Alert
          type="warning"
          showIcon
          data-testid="plan-missing"
          title={`五落实缺项：${h.planMissing.map((m) => (planFieldLabels as Record<string, string>)[m] ?? m).join('、')}`}
        />
      )}
      <Descriptions
        size="small"
        bordered
        column={1}
        items={planFields.map((f) => {
          const missing = isMissing(h, f);
          const raw = plan?.[f];
          const value = f === 'fundsWanYuan' && typeof raw === 'number' ? `${raw} 万元` : raw;
          return {
            key: f,
            label: `${planFieldLabels[f]} · ${planFieldHints[f]}`,
            className: missing ? 'zb-plan-missing' : undefined,
            children:
              value === null || value === undefined || value === '' ? (
                <Typography.Text type={missing ? 'danger' : 'secondary'}>{missing ? '未落实' : '—'}</Typography.Text>
              ) : (
                <span style={{ whiteSpace: 'pre-wrap' }}>{value}</span>
              ),
          };
        })}
      />
    </Space>
  );
}

function HazardFields({ hazard: h }: { hazard: Hazard }) {
  const { sectorName } = useSectors();
  const foundBy = [h.foundBy.orgName, h.foundBy.userName].filter(Boolean).join(' · ') || (h.foundBy.enterprise ? '企业' : '—');
  const items = [
    { key: 'enterprise', label: '单位', children: <span>{h.enterprise.name} <Typography.Text type="secondary">{h.enterprise.uscc}</Typography.Text></span>, span: fullRow },
    { key: 'region', label: '所在地区', children: orDash(h.regionName || h.regionCode) },
    { key: 'sector', label: '行业领域', children: sectorName(h.sector) },
    { key: 'level', label: '隐患等级', children: <HazardLevelTag level={h.level} short={false} /> },
    { key: 'source', label: '隐患来源', children: hazardSourceLabel(h.source) },
    { key: 'title', label: '隐患名称', children: h.title, span: fullRow },
    { key: 'description', label: '隐患描述', children: <span style={{ whiteSpace: 'pre-wrap' }}>{orDash(h.description)}</span>, span: fullRow },
    { key: 'location', label: '隐患位置', children: orDash(h.location), span: fullRow },
    {
      key: 'criteria',
      label: '判定依据',
      span: fullRow,
      children:
        h.criteria.length === 0 ? (
          <Typography.Text type="secondary">未选择判定条款</Typography.Text>
        ) : (
          <ol style={{ margin: 0, paddingInlineStart: 20 }} data-testid="hazard-criteria">
            {h.criteria.map((c) => (
              <li key={c.id}>
                <Tag color="blue">{c.id}</Tag>
                {criterionText(c)}
              </li>
            ))}
          </ol>
        ),
    },
    { key: 'foundAt', label: '发现日期', children: h.foundAt },
    { key: 'foundBy', label: '发现单位/人', children: foundBy },
    { key: 'deadline', label: '整改期限', children: <DeadlineText deadline={h.deadline} overdue={h.overdue} overdueDays={h.overdueDays} /> },
    { key: 'fixedOnSite', label: '立查立改', children: h.fixedOnSite ? '是' : '否' },
    { key: 'plan', label: '治理方案（五落实）', span: fullRow, children: <PlanView hazard={h} /> },
    { key: 'interim', label: '临时管控措施', span: fullRow, children: <span style={{ whiteSpace: 'pre-wrap' }}>{orDash(h.interimControls)}</span> },
    {
      key: 'listing',
      label: '挂牌督办',
      span: fullRow,
      children: h.listing ? (
        <Space wrap>
          <ListingTag level={h.listing.level} />
          <span>{h.listing.orgName}</span>
          <span>文号：{h.listing.docNo || '—'}</span>
          <span>督办期限：{h.listing.deadline ?? '—'}</span>
          <Typography.Text type="secondary">挂牌于 {fmt(h.listing.listedAt)}</Typography.Text>
        </Space>
      ) : (
        <Typography.Text type="secondary">未挂牌</Typography.Text>
      ),
    },
  ];
  if (h.pendingExtension) {
    items.push({
      key: 'extension',
      label: '待审批延期',
      span: fullRow,
      children: (
        <Space orientation="vertical" size={0}>
          <span>申请延期至 {h.pendingExtension.newDeadline}（{fmt(h.pendingExtension.requestedAt)} 申请）</span>
          <span>理由：{h.pendingExtension.reason}</span>
          <span>临时管控措施：{h.pendingExtension.interimControls}</span>
        </Space>
      ),
    });
  }
  if (h.mergedInto) {
    items.push({
      key: 'merged',
      label: '已合并至',
      span: fullRow,
      children: <Link to={`/hazards/${encodeURIComponent(String(h.mergedInto.id))}`}>{h.mergedInto.hazardNo}</Link>,
    });
  }
  items.push(
    { key: 'closedAt', label: '销号时间', children: fmt(h.closedAt) },
    { key: 'version', label: '版本', children: String(h.version) },
    { key: 'createdAt', label: '登记时间', children: fmt(h.createdAt) },
    { key: 'updatedAt', label: '更新时间', children: fmt(h.updatedAt) },
  );
  return <Descriptions bordered size="middle" column={{ xs: 1, md: 2 }} items={items} data-testid="hazard-fields" />;
}

function Attachments({ hazard: h }: { hazard: Hazard }) {
  if (h.attachments.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="暂无附件" />;
  const images = h.attachments.filter((a) => isImage(a.mime));
  const files = h.attachments.filter((a) => !isImage(a.mime));
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      {images.length > 0 && (
        <Image.PreviewGroup>
          <Flex wrap gap={12}>
            {images.map((a) => (
              <Flex key={`${a.seq}:${a.sha256}`} vertical gap={2} align="flex-start">
                <EvidenceLink evidence={a} thumbnail />
                <Tag>{evidenceKindLabels[a.kind] ?? a.kind}</Tag>
              </Flex>
            ))}
          </Flex>
        </Image.PreviewGroup>
      )}
      {files.map((a) => (
        <div key={`${a.seq}:${a.sha256}`}>
          <Tag>{evidenceKindLabels[a.kind] ?? a.kind}</Tag>
          <EvidenceLink evidence={a} />
        </div>
      ))}
    </Space>
  );
}

function Notifications({ items }: { items: HazardNotification[] }) {
  return (
    <Table<HazardNotification>
      size="small"
      rowKey="id"
      dataSource={items}
      pagination={items.length > 10 ? { pageSize: 10 } : false}
      locale={{ emptyText: '暂无通知记录' }}
      columns={[
        { title: '渠道', dataIndex: 'channel', width: 80, render: (c: string) => channelLabels[c] ?? c },
        { title: '接收人', dataIndex: 'recipientName', width: 160 },
        { title: '内容', dataIndex: 'template', ellipsis: true, render: (t: string) => notificationTemplateLabel(t) },
        { title: '状态', dataIndex: 'status', width: 100, render: (s: string) => <NotificationStatusTag status={s} /> },
        { title: '生成时间', dataIndex: 'createdAt', width: 170, render: (t: string) => fmt(t) },
        { title: '发送时间', dataIndex: 'sentAt', width: 170, render: (t: string | null) => fmt(t) },
      ]}
    />
  );
}

/** 隐患详情: the record, its attachments, timeline and notifications; buttons only from the response's `actions`. */
export default function HazardDetailPage() {
  const { id = '' } = useParams();
  const { can } = useAuth();
  const q = useQuery(`hazard:${id}`, (signal) => hazardsApi.get(id, signal));
  const [escalating, setEscalating] = useState(false);

  return (
    <>
      <RecordPage
        id={id}
        query={q}
        workflow={hazardWorkflow}
        notFoundTitle="隐患不存在或不在您的权限范围内"
        back={{ to: '/hazards', label: '返回隐患台账' }}
        testIdPrefix="hazard"
        recordNo={(h) => h.hazardNo}
        tags={(h) => (
          <>
            <HazardStatusTag status={h.status} />
            <HazardLevelTag level={h.level} />
            {h.overdue && <Tag color="error">逾期{h.overdueDays}天</Tag>}
            {h.listing && <ListingTag level={h.listing.level} />}
            {h.pendingExtension && <Tag color="gold">延期待审批</Tag>}
          </>
        )}
        title={(h) => h.title}
        subtitle={(h) => `${h.enterprise.name} · ${hazardLevelLabels[h.level]} · ${hazardSourceLabel(h.source)}`}
        extraButtons={(h) => (
          <>
            <PlanInspectionButton offer={h.inspectionTrigger} />
            {/* Documents only as the server offers them (hazardDocuments in core). */}
            <DocumentButtons documents={h.documents} urlOf={(kind) => hazardsApi.documentUrl(h.id, kind)} testIdPrefix="hazard-document" />
            {can('escalations.write') && (
              <Button icon={<FlagOutlined />} onClick={() => setEscalating(true)}>
                记录督办措施
              </Button>
            )}
          </>
        )}
        notices={(h) => <BlockedActionsNote blocked={h.blockedActions} />}
        sections={(h) => [
          { key: 'fields', title: '隐患信息', content: <HazardFields hazard={h} /> },
          { key: 'attachments', title: `附件（${h.attachments.length}）`, content: <Attachments hazard={h} /> },
          { key: 'timeline', title: '处理时间线', content: <HazardTimeline events={h.timeline} verified={h.timelineVerified} /> },
          { key: 'notifications', title: '通知记录', content: <Notifications items={h.notifications} /> },
        ]}
      />
      {q.data && (
        <EscalationModal
          target={{ hazardId: q.data.id, label: q.data.hazardNo }}
          open={escalating}
          onClose={() => setEscalating(false)}
          onSaved={() => {
            setEscalating(false);
            q.reload();
          }}
        />
      )}
    </>
  );
}
