import { Link, useParams } from 'react-router-dom';
import { Alert, Descriptions, Table, Tag, Typography } from 'antd';
import { useQuery } from '../../app/useQuery.ts';
import { RecordPage, type RecordSection } from '../../app/workflow/RecordPage.tsx';
import { RecordTimeline } from '../plans/moduleB.tsx';
import { drawWorkflow } from './actions.tsx';
import { drawsApi, drawStatusColors, strataByLabels, type DrawView } from './api.ts';

type Pick = NonNullable<DrawView['result']>[number];

const hash = (h: string | null) => (h ? <Typography.Text code copyable style={{ wordBreak: 'break-all' }}>{h}</Typography.Text> : '—');

function sections(d: DrawView): RecordSection[] {
  const sample = d.definition.sample.kind === 'rate' ? `每层${d.definition.sample.percent}%` : `每层${d.definition.sample.count}家`;
  return [
    {
      key: 'definition',
      title: '抽查计划',
      content: (
        <Descriptions size="small" column={{ xs: 1, md: 2 }}>
          <Descriptions.Item label="组织单位">{d.orgName}</Descriptions.Item>
          <Descriptions.Item label="抽查事项">{d.definition.spotCheckItem?.title ?? '—'}</Descriptions.Item>
          <Descriptions.Item label="检查类别">{d.inspectionKind === 'enforcement' ? '执法检查' : '督导检查'}</Descriptions.Item>
          <Descriptions.Item label="抽查对象库">{`${d.candidateCount}家在营企业`}</Descriptions.Item>
          <Descriptions.Item label="分层与抽取">{`${strataByLabels[d.definition.strataBy as keyof typeof strataByLabels] ?? d.definition.strataBy}，${sample}，共抽取${d.sampleSize}家`}</Descriptions.Item>
          <Descriptions.Item label="检查人员库">{`${d.inspectorCount}人，每组${d.teamSize}人`}</Descriptions.Item>
          <Descriptions.Item label="回避">{[d.definition.avoidLastInspector ? '上次检查该企业的人员' : null, '登记的利害关系'].filter(Boolean).join('、')}</Descriptions.Item>
          <Descriptions.Item label="排除">{d.definition.excludeInspectedDays > 0 ? `${d.definition.excludeInspectedDays}天内本单位已检查的企业` : '不排除'}</Descriptions.Item>
          <Descriptions.Item label="检查时间">{`${d.definition.plannedOn} 至 ${d.definition.dueOn}`}</Descriptions.Item>
        </Descriptions>
      ),
    },
    {
      key: 'commitment',
      title: '公告与复算',
      extra: (
        <Link to={d.publicUrl} target="_blank" data-testid="draw-public-link">
          公开复算页面
        </Link>
      ),
      content: (
        <Descriptions size="small" column={1} data-testid="draw-commitment">
          <Descriptions.Item label="输入清单哈希（SM3）">{hash(d.inputsHash)}</Descriptions.Item>
          <Descriptions.Item label="种子哈希（SM3）">{hash(d.seedHash)}</Descriptions.Item>
          <Descriptions.Item label="公开随机数">{`${d.publicInputLabel}（${d.drawOn}）：${d.publicValue ?? '待抽取日期公布'}`}</Descriptions.Item>
          <Descriptions.Item label="种子">{d.seed ? hash(d.seed) : '抽取时公开'}</Descriptions.Item>
          <Descriptions.Item label="结果哈希（SM3）">{hash(d.resultHash)}</Descriptions.Item>
        </Descriptions>
      ),
    },
    {
      key: 'strata',
      title: '分层',
      content: (
        <Table
          size="small"
          rowKey="key"
          pagination={false}
          dataSource={d.strata}
          columns={[
            { title: '层', dataIndex: 'label' },
            { title: '企业数', dataIndex: 'size', width: 100 },
            { title: '抽取数', dataIndex: 'sampleSize', width: 100 },
          ]}
        />
      ),
    },
    ...(d.result
      ? [
          {
            key: 'result',
            title: `抽取结果（${d.result.length}家）`,
            content: (
              <Table<Pick>
                size="small"
                rowKey="order"
                pagination={d.result.length > 50 ? { pageSize: 50 } : false}
                dataSource={d.result}
                data-testid="draw-result"
                scroll={{ x: 760 }}
                columns={[
                  { title: '序号', dataIndex: 'order', width: 60 },
                  { title: '企业', dataIndex: 'name' },
                  { title: '层', dataIndex: 'stratum', width: 150, render: (s: string) => d.strata.find((x) => x.key === s)?.label ?? s },
                  { title: '检查组', dataIndex: 'team', width: 240, render: (team: Pick['team']) => team.map((m, i) => `${m.name}${i === 0 ? '（组长）' : ''}`).join('、') },
                  {
                    title: '检查',
                    width: 200,
                    render: (_: unknown, p: Pick) =>
                      p.inspectionId ? (
                        <Link to={`/inspections/${p.inspectionId}`}>
                          {p.inspectionNo}
                          {p.hazards ? ` · 隐患${p.hazards}项` : ''}
                        </Link>
                      ) : (
                        '审核通过后下达'
                      ),
                  },
                ]}
              />
            ),
          },
        ]
      : []),
    { key: 'timeline', title: '记录', content: <RecordTimeline entries={d.timeline} verified={d.timelineVerified} /> },
  ];
}

/** One draw: the plan, the published commitment, the result and its inspections, and its actions. */
export default function DrawDetailPage() {
  const { id = '' } = useParams();
  const query = useQuery(`draw:${id}`, (signal) => drawsApi.get(id, signal));
  return (
    <RecordPage
      id={id}
      query={query}
      workflow={drawWorkflow}
      notFoundTitle="抽查不存在或不在您的权限范围内"
      back={{ to: '/random-draws', label: '返回双随机抽查' }}
      recordNo={(d) => d.drawNo}
      tags={(d) => (
        <>
          <Tag color={drawStatusColors[d.status]} data-testid="draw-status">
            {d.statusLabel}
          </Tag>
          <Tag>{d.noticeLabel}</Tag>
        </>
      )}
      title={(d) => d.title}
      notices={(d) => (
        <>
          {d.status === 'committed' && <Alert type="info" showIcon title={`抽取日期 ${d.drawOn}：届时填入「${d.publicInputLabel}」后抽取。公告后抽查范围不能再改，抽取日期前可以作废。`} />}
          {d.status === 'drawn' && <Alert type="warning" showIcon title="抽取结果须由发起和抽取以外的另一名工作人员审核，审核通过后为每家企业下达检查任务。" />}
          {d.resultsDueOn && <Alert type="warning" showIcon title={`检查已全部完成，请于 ${d.resultsDueOn} 前公示抽查结果。`} />}
          {d.cancelReason && <Alert type="error" showIcon title={`已作废：${d.cancelReason}`} />}
        </>
      )}
      sections={sections}
      testIdPrefix="draw"
    />
  );
}
