import { useParams, Link } from 'react-router-dom';
import { Alert, Button, Descriptions, Flex, Image, Table, Tag, Timeline, Typography } from 'antd';
import { FileWordOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { dateTimeFormat } from '../../app/labels.ts';
import { useQuery } from '../../app/useQuery.ts';
import { FiveListsView } from './FiveLists.tsx';
import { RecordPage } from '../../app/workflow/RecordPage.tsx';
import { useSectors } from '../reference/useSectors.ts';
import { inspectionWorkflow } from './actions/index.ts';
import { inspectionsApi, type Inspection, type InspectionItem } from './api.ts';
import {
  inspectionActionLabels,
  inspectionKindLabels,
  inspectionMethodLabels,
  inspectionStatusLabels,
  inspectionTriggerLabels,
  itemResultLabels,
  memberRoleLabels,
  subjectKindLabels,
  InspectionStatusTag,
  type InspectionStatus,
  type MemberRole,
} from './labels.tsx';

const fmt = (ts: string | null | undefined) => (ts ? dayjs(ts).format(dateTimeFormat) : '—');
const resultColor = { pass: 'green', fail: 'red', na: 'default' } as const;
const eventLabel = (kind: string): string => (inspectionActionLabels as Record<string, string>)[kind] ?? ({ plan: '安排检查', submit: '提交带队检查' } as Record<string, string>)[kind] ?? kind;

function Photos({ inspection, photos }: { inspection: Inspection; photos: InspectionItem['photos'] }) {
  if (photos.length === 0) return null;
  return (
    <Image.PreviewGroup>
      <Flex wrap gap={6}>
        {photos.map((p) => (
          <Image key={p.sha256} src={inspectionsApi.photoUrl(inspection.id, p.sha256)} width={64} height={64} style={{ objectFit: 'cover', borderRadius: 4 }} alt={`拍摄于 ${fmt(p.takenAt)}`} />
        ))}
      </Flex>
    </Image.PreviewGroup>
  );
}

function Fields({ inspection: i }: { inspection: Inspection }) {
  const { sectorName } = useSectors();
  return (
    <Descriptions
      size="small"
      bordered
      column={{ xs: 1, md: 2 }}
      items={[
        { key: 'subject', label: subjectKindLabels[i.subjectKind], children: i.subjectKind === 'enterprise' ? <Link to={`/enterprises?q=${encodeURIComponent(i.subject.name)}`}>{i.subject.name}</Link> : <Link to={`/premises/${i.subject.id}`}>{i.subject.name}</Link> },
        { key: 'region', label: '所在地区', children: i.regionName || i.regionCode },
        { key: 'kind', label: '检查类型', children: inspectionKindLabels[i.kind] },
        { key: 'methods', label: '检查方式', children: i.methods.length ? i.methods.map((m) => <Tag key={m}>{inspectionMethodLabels[m]}</Tag>) : '—' },
        { key: 'org', label: '检查单位', children: [i.orgName, ...i.jointOrgs].filter(Boolean).join('、') || '—' },
        { key: 'leader', label: '带队负责人', children: i.leaderName || '—' },
        { key: 'trigger', label: '检查来由', children: `${inspectionTriggerLabels[i.trigger]}${i.triggerRef?.no ? `（${i.triggerRef.no}）` : ''}` },
        { key: 'sectors', label: '行业领域', children: i.sectors.map(sectorName).join('、') || '—' },
        { key: 'planned', label: '计划日期', children: i.plannedOn ?? '—' },
        { key: 'check', label: '检查日期', children: i.checkDate ?? '—' },
        { key: 'started', label: '开始时间', children: i.startedAt ? `${fmt(i.startedAt)}${i.start.lat !== null ? `（${i.start.lat?.toFixed(5)}, ${i.start.lng?.toFixed(5)}）` : ''}` : '—' },
        { key: 'ended', label: '结束时间', children: fmt(i.endedAt) },
        { key: 'checklist', label: '检查表', children: i.checklist.title || i.checklist.ref, span: 2 },
        { key: 'findings', label: '发现问题', children: `${i.findings} 项（其中重大事故隐患 ${i.majorFindings} 项）` },
        { key: 'released', label: '向企业公开', children: i.methods.includes('unannounced') ? (i.unreleased ? '未公开（暗访）' : fmt(i.releasedAt)) : '—' },
        ...(i.conclusion ? [{ key: 'conclusion', label: '检查结论', children: <span style={{ whiteSpace: 'pre-wrap' }}>{i.conclusion}</span>, span: 2 }] : []),
        ...(i.start.photos.length ? [{ key: 'start-photos', label: '现场照片', children: <Photos inspection={i} photos={i.start.photos} />, span: 2 }] : []),
      ]}
    />
  );
}

function Items({ inspection: i }: { inspection: Inspection }) {
  return (
    <Table<InspectionItem>
      rowKey="seq"
      size="small"
      pagination={false}
      dataSource={i.items}
      scroll={{ x: 900 }}
      data-testid="inspection-items"
      columns={[
        { title: '序号', dataIndex: 'seq', width: 60 },
        { title: '检查内容', dataIndex: 'text', render: (t: string, it) => <span>{it.major && <Tag color="red">重大</Tag>}{t}</span> },
        { title: '结果', dataIndex: 'result', width: 90, render: (r: InspectionItem['result']) => (r ? <Tag color={resultColor[r]}>{itemResultLabels[r]}</Tag> : <Typography.Text type="secondary">未填写</Typography.Text>) },
        { title: '说明', dataIndex: 'note', width: 200, ellipsis: true },
        { title: '照片', key: 'photos', width: 160, render: (_: unknown, it) => <Photos inspection={i} photos={it.photos} /> },
        {
          title: '隐患',
          key: 'hazard',
          width: 200,
          render: (_: unknown, it) =>
            it.hazard ? (
              <Link to={`/hazards/${it.hazard.id}`} data-testid="item-hazard">
                {it.hazard.hazardNo}
                {it.hazard.level === 'major' && <Tag color="red" style={{ marginInlineStart: 4 }}>重大</Tag>}
              </Link>
            ) : null,
        },
      ]}
    />
  );
}

export default function InspectionDetailPage() {
  const { id = '' } = useParams();
  const query = useQuery(`inspection:${id}`, (signal) => inspectionsApi.get(id, signal));
  return (
    <RecordPage
      id={id}
      query={query}
      workflow={inspectionWorkflow}
      notFoundTitle="检查不存在或不在您的权限范围内"
      back={{ to: '/inspections', label: '返回检查列表' }}
      recordNo={(i) => i.inspectionNo}
      testIdPrefix="inspection"
      tags={(i) => (
        <>
          <InspectionStatusTag status={i.status as InspectionStatus} />
          <Tag>{inspectionKindLabels[i.kind]}</Tag>
          {i.ledByPrincipal && <Tag color="purple">主要负责人带队</Tag>}
          {i.unreleased && <Tag color="gold">暗访未公开</Tag>}
        </>
      )}
      title={(i) => i.subject.name}
      subtitle={(i) => `${inspectionStatusLabels[i.status]} · ${i.leaderName || '—'}`}
      extraButtons={(i) => (
        <>
          <Button icon={<FileWordOutlined />} href={inspectionsApi.recordDocxUrl(i.id)} download data-testid="record-docx">
            检查记录
          </Button>
        </>
      )}
      notices={(i) => (i.hashIntact === false ? <Alert type="error" showIcon title="该带队检查记录与提交时的摘要不一致，可能已被改动" /> : null)}
      sections={(i) => [
        { key: 'fields', title: '检查信息', content: <Fields inspection={i} /> },
        {
          key: 'team',
          title: '检查组',
          content: (
            <Flex wrap gap={8}>
              {i.members.length === 0 && <Typography.Text type="secondary">—</Typography.Text>}
              {i.members.map((m) => (
                <Tag key={m.seq} className="zb-wrap-tag" color={m.role === 'leader' ? 'blue' : undefined}>
                  {m.name} · {memberRoleLabels[m.role as MemberRole]}
                  {m.orgName ? ` · ${m.orgName}` : ''}
                </Tag>
              ))}
              {i.attendance.map((a) => (
                <Tag key={`a-${a.name}`} className="zb-wrap-tag">{a.name}{a.post ? ` · ${a.post}` : ''}</Tag>
              ))}
            </Flex>
          ),
        },
        { key: 'items', title: `检查项（${i.items.filter((it) => it.result !== null).length}/${i.items.length}）`, content: <Items inspection={i} /> },
        ...(i.tests.length > 0
          ? [
              {
                key: 'tests',
                title: `现场询问和测试（${i.tests.length}人）`,
                content: (
                  <Table
                    rowKey="seq"
                    size="small"
                    pagination={false}
                    dataSource={i.tests}
                    data-testid="inspection-tests"
                    columns={[
                      { title: '被询问人', dataIndex: 'personName', width: 120 },
                      { title: '岗位', dataIndex: 'post', width: 140, render: (p: string) => p || '—' },
                      { title: '询问内容', dataIndex: 'questions' },
                      { title: '答对/题数', key: 'score', width: 110, render: (_: unknown, t) => `${t.correct}/${t.total}${t.correct < t.total ? '' : ' ✓'}` },
                      { title: '备注', dataIndex: 'note', width: 180, render: (n: string) => n || '—' },
                    ]}
                  />
                ),
              },
            ]
          : []),
        { key: 'lists', title: '五个清单', content: <FiveListsView inspectionId={i.id} version={i.version} /> },
        {
          key: 'timeline',
          title: '办理记录',
          extra: i.timelineVerified ? <Tag color="green">记录链校验通过</Tag> : <Tag color="red">记录链校验未通过</Tag>,
          content: (
            <Timeline
              items={i.timeline.map((e) => ({
                key: e.seq,
                content: (
                  <span>
                    <Typography.Text strong>{eventLabel(e.kind)}</Typography.Text> · {e.actorName} · <Typography.Text type="secondary">{fmt(e.at)}</Typography.Text>
                  </span>
                ),
              }))}
            />
          ),
        },
      ]}
    />
  );
}
