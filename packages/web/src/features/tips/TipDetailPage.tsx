import { useState, type ReactNode } from 'react';
import { Link, useParams } from 'react-router-dom';
import { Alert, Button, Card, Col, Descriptions, Empty, Flex, Image, Row, Space, Tag, Timeline, Typography } from 'antd';
import { EyeOutlined, FileOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { dateTimeFormat } from '../../app/labels.ts';
import { useQuery } from '../../app/useQuery.ts';
import { DocumentButtons } from '../../app/DocumentButtons.tsx';
import { RecordPage } from '../../app/workflow/RecordPage.tsx';
import { PlanInspectionButton } from '../inspections/PlanInspectionButton.tsx';
import { formatFileSize } from '@zhiben/core/src/files/file-types.ts';
import { useSectors } from '../reference/useSectors.ts';
import { tipWorkflow } from './actions/index.ts';
import { tipsApi, type TipDetail } from './api.ts';
import { RevealIdentityModal } from './RevealIdentityModal.tsx';
import {
  declineReasonLabels,
  RewardTag,
  rewardStatusLabels,
  SlaTag,
  tipActionLabels,
  tipCategoryLabels,
  tipChannelLabels,
  tipEventLabels,
  TipStatusTag,
  violationKindLabels,
  yuan,
} from './labels.tsx';

const fmt = (ts: string | null | undefined) => (ts ? dayjs(ts).format(dateTimeFormat) : '—');
const orDash = (v: ReactNode) => (v === null || v === undefined || v === '' ? <Typography.Text type="secondary">—</Typography.Text> : v);
const pre = (text: string) => <span style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word' }}>{text}</span>;

function TipFields({ tip: t }: { tip: TipDetail }) {
  const { sectorName } = useSectors();
  const items = [
    {
      key: 'target',
      label: '被举报单位',
      span: 2,
      children: (
        <Space wrap>
          <span>{t.targetName}</span>
          {t.enterpriseId === null ? <Tag>未匹配企业名录</Tag> : <Tag color="blue">企业名录</Tag>}
        </Space>
      ),
    },
    { key: 'category', label: '举报类别', children: tipCategoryLabels[t.category] },
    { key: 'channel', label: '举报渠道', children: tipChannelLabels[t.channel] },
    { key: 'region', label: '所在地区', children: orDash(t.regionName) },
    { key: 'sector', label: '行业领域', children: t.sector ? sectorName(t.sector) : orDash(null) },
    { key: 'address', label: '详细地址', span: 2, children: orDash(t.address) },
    {
      key: 'point',
      label: '位置坐标',
      span: 2,
      children: t.lat !== null && t.lng !== null ? `纬度 ${t.lat}，经度 ${t.lng}` : orDash(null),
    },
    { key: 'content', label: '举报内容', span: 2, children: <div data-testid="tip-content">{pre(t.content)}</div> },
    { key: 'receiving', label: '受理机关', children: t.receivingOrgName },
    { key: 'handling', label: '承办部门', children: orDash(t.handlingOrgName) },
    { key: 'receivedAt', label: '收到时间', children: fmt(t.receivedAt) },
    { key: 'dueAt', label: '受理时限', children: <Space>{fmt(t.dueAt)}<SlaTag state={t.slaState} dueAt={t.dueAt} /></Space> },
    { key: 'reporter', label: '举报人', children: t.anonymous ? '匿名' : t.hasIdentity ? '实名（身份信息加密保存）' : '实名' },
    { key: 'version', label: '版本', children: String(t.version) },
  ];
  if (t.routeSuggestion && (t.status === 'received' || t.status === 'accepted')) {
    items.push({
      key: 'suggestion',
      label: '建议承办部门',
      span: 2,
      children: (
        <span>
          {t.routeSuggestion.orgName}
          <Typography.Text type="secondary">（{t.routeSuggestion.reason}）</Typography.Text>
        </span>
      ),
    });
  }
  if (t.declineReason) {
    items.push({
      key: 'decline',
      label: '不予受理',
      span: 2,
      children: (
        <Space orientation="vertical" size={0}>
          <span>{declineReasonLabels[t.declineReason]}</span>
          {t.duplicateOf && (
            <span>
              重复于 <Link to={`/tips/${encodeURIComponent(String(t.duplicateOf.id))}`}>{t.duplicateOf.tipNo}</Link>
            </span>
          )}
          {t.declineNote && pre(t.declineNote)}
        </Space>
      ),
    });
  }
  return <Descriptions bordered size="middle" column={{ xs: 1, md: 2 }} items={items} data-testid="tip-fields" />;
}

function Attachments({ tip }: { tip: TipDetail }) {
  if (tip.attachments.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="无附件" />;
  const images = tip.attachments.filter((a) => a.type.startsWith('image/'));
  const files = tip.attachments.filter((a) => !a.type.startsWith('image/'));
  return (
    <Space orientation="vertical" style={{ width: '100%' }} data-testid="tip-attachments">
      {images.length > 0 && (
        <Image.PreviewGroup>
          <Flex wrap gap={12}>
            {images.map((a) => (
              <Image key={a.id} src={tipsApi.attachmentUrl(tip.id, a.id)} alt={a.name} width={120} height={90} style={{ objectFit: 'cover', borderRadius: 4 }} />
            ))}
          </Flex>
        </Image.PreviewGroup>
      )}
      {files.map((a) => (
        <Typography.Link key={a.id} href={tipsApi.attachmentUrl(tip.id, a.id)} target="_blank" rel="noreferrer">
          <FileOutlined /> {a.name}
          <Typography.Text type="secondary" style={{ marginInlineStart: 6, fontSize: 12 }}>
            {formatFileSize(a.size)}
          </Typography.Text>
        </Typography.Link>
      ))}
    </Space>
  );
}

function Investigation({ tip }: { tip: TipDetail }) {
  const inv = tip.investigation;
  if (!inv) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="尚未录入核查结果" />;
  return (
    <Descriptions
      bordered
      size="small"
      column={1}
      styles={{ label: { width: 96, whiteSpace: 'nowrap' } }}
      data-testid="tip-investigation"
      items={[
        { key: 'verified', label: '核查结论', children: inv.verified ? <Tag color="red">查实</Tag> : <Tag>未查实</Tag> },
        { key: 'kind', label: '问题性质', children: violationKindLabels[inv.violationKind] },
        { key: 'penalty', label: '罚没款', children: yuan(inv.penaltyYuan) },
        { key: 'findings', label: '核查情况', children: pre(inv.findings) },
        {
          key: 'hazard',
          label: '登记隐患',
          children: inv.hazardId ? <Link to={`/hazards/${encodeURIComponent(String(inv.hazardId))}`}>{inv.hazardNo ?? '查看隐患'}</Link> : orDash(null),
        },
      ]}
    />
  );
}

function Reward({ tip }: { tip: TipDetail }) {
  const r = tip.reward;
  if (!r) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="无奖励" />;
  return (
    <Descriptions
      bordered
      size="small"
      column={1}
      styles={{ label: { width: 96, whiteSpace: 'nowrap' } }}
      data-testid="tip-reward"
      items={[
        { key: 'status', label: '奖励状态', children: rewardStatusLabels[r.status] },
        { key: 'computed', label: '按规则计算', children: yuan(r.computedYuan) },
        { key: 'amount', label: '奖励金额', children: yuan(r.amountYuan) },
        { key: 'rule', label: '计算规则', children: pre(r.rule) },
        { key: 'approvedAt', label: '批准时间', children: fmt(r.approvedAt) },
        { key: 'paidAt', label: '发放日期', children: r.paidAt ? r.paidAt.slice(0, 10) : '—' },
        { key: 'voucher', label: '凭证号', children: orDash(r.voucherNo) },
      ]}
    />
  );
}

function Messages({ tip }: { tip: TipDetail }) {
  if (tip.messages.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="暂无往来消息" />;
  return (
    <Flex vertical gap={8} data-testid="tip-messages">
      {tip.messages.map((m, i) => (
        <div key={`${m.at}:${i}`} className={`zb-tip-message ${m.from === 'officer' ? 'zb-tip-message-officer' : 'zb-tip-message-reporter'}`}>
          <Typography.Text type="secondary" style={{ fontSize: 12, display: 'block' }}>
            {m.from === 'officer' ? '受理人员' : '举报人'} · {fmt(m.at)}
          </Typography.Text>
          {m.text}
        </div>
      ))}
    </Flex>
  );
}

function Events({ tip }: { tip: TipDetail }) {
  return (
    <Timeline
      data-testid="tip-events"
      items={tip.events.map((e, i) => ({
        key: `${e.at}:${i}`,
        content: (
          <>
            <Space size={8} wrap>
              <strong>{tipEventLabels[e.kind] ?? e.kind}</strong>
              <Typography.Text type="secondary">
                {e.actorName} · {fmt(e.at)}
              </Typography.Text>
            </Space>
            {e.note && <div style={{ whiteSpace: 'pre-wrap' }}>{e.note}</div>}
          </>
        ),
      }))}
    />
  );
}

/** 举报详情: everything but the reporter's identity; buttons only from the response's `actions`. */
export default function TipDetailPage() {
  const { id = '' } = useParams();
  const q = useQuery(`tip:${id}`, (signal) => tipsApi.get(id, signal));
  const [revealing, setRevealing] = useState(false);

  return (
    <>
      <RecordPage
        id={id}
        query={q}
        workflow={tipWorkflow}
        notFoundTitle="举报不存在或不在您的权限范围内"
        back={{ to: '/tips', label: '返回举报受理' }}
        testIdPrefix="tip"
        recordNo={(t) => t.tipNo}
        tags={(t) => (
          <>
            <TipStatusTag status={t.status} />
            <SlaTag state={t.slaState} dueAt={t.dueAt} />
            {t.anonymous ? <Tag>匿名</Tag> : <Tag color="cyan">实名</Tag>}
            <RewardTag status={t.rewardStatus} />
          </>
        )}
        title={(t) => t.targetName}
        titleTestId="tip-target"
        subtitle={(t) => `${tipCategoryLabels[t.category]} · ${tipChannelLabels[t.channel]} · ${t.regionName}`}
        extraButtons={(t) => (
          <>
            <PlanInspectionButton offer={t.inspectionTrigger} />
            {/* Letters only as the server offers them (tipDocuments in core). */}
            <DocumentButtons documents={t.documents} urlOf={(kind) => tipsApi.documentUrl(t.id, kind)} testIdPrefix="tip-document" />
            {t.actions.includes('reveal') && (
              <Button icon={<EyeOutlined />} onClick={() => setRevealing(true)} data-testid="reveal-button">
                {tipActionLabels.reveal}
              </Button>
            )}
          </>
        )}
        notices={(t) => t.closeHint && <Alert type="info" showIcon title={`暂不能办结：${t.closeHint}`} data-testid="tip-close-hint" />}
        sections={(t) => [
          { key: 'fields', title: '举报信息', content: <TipFields tip={t} /> },
          { key: 'attachments', title: `附件（${t.attachments.length}）`, content: <Attachments tip={t} /> },
          {
            key: 'outcome',
            content: (
              <Row gutter={[16, 16]}>
                <Col xs={24} xl={12}>
                  <Card title="核查结果" size="small">
                    <Investigation tip={t} />
                  </Card>
                </Col>
                <Col xs={24} xl={12}>
                  <Card title="举报奖励" size="small">
                    <Reward tip={t} />
                  </Card>
                </Col>
              </Row>
            ),
          },
          { key: 'messages', title: '与举报人往来', content: <Messages tip={t} /> },
          { key: 'events', title: '办理记录', content: <Events tip={t} /> },
        ]}
      />
      {q.data && <RevealIdentityModal tipId={q.data.id} tipNo={q.data.tipNo} open={revealing} onClose={() => setRevealing(false)} />}
    </>
  );
}
