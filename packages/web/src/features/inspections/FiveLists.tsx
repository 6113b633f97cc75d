import { Link } from 'react-router-dom';
import { Alert, Skeleton, Table, Tabs, Tag, Typography } from 'antd';
import { hazardLevelLabels } from '../../app/labels.ts';
import { errorMessage } from '../../api/client.ts';
import { useQuery } from '../../app/useQuery.ts';
import { inspectionsApi, type FiveLists } from './api.ts';

// Every list is a small, unpaged table keyed by the checklist item's number.
const listTable = { size: 'small', rowKey: 'seq', pagination: false, scroll: { x: 600 } } as const;

/**
 * 五个清单 of one inspection (检查清单、问题清单、整改销号清单、责任清单、执法清单), as the server assembles them; reloaded
 * whenever the inspection changes (its version is part of the key).
 */
export function FiveListsView({ inspectionId, version }: { inspectionId: string; version: number }) {
  const query = useQuery(`inspection-lists:${inspectionId}:${version}`, (signal) => inspectionsApi.lists(inspectionId, signal));
  if (query.error) return <Alert type="error" showIcon title={errorMessage(query.error)} />;
  if (!query.data) return <Skeleton active />;
  const lists: FiveLists = query.data;
  const count = (n: number) => (n > 0 ? `（${n}）` : '');
  return (
    <Tabs
      data-testid="five-lists"
      items={[
        {
          key: 'checklist',
          label: `检查清单${count(lists.checklist.length)}`,
          children: (
            <Table
              {...listTable}
              dataSource={lists.checklist}
              columns={[
                { title: '序号', dataIndex: 'code', width: 70 },
                { title: '检查内容', dataIndex: 'text' },
                { title: '结果', dataIndex: 'result', width: 90 },
                { title: '说明', dataIndex: 'note', width: 220 },
              ]}
            />
          ),
        },
        {
          key: 'problems',
          label: `问题清单${count(lists.problems.length)}`,
          children: (
            <Table
              {...listTable}
              dataSource={lists.problems}
              locale={{ emptyText: '本次检查未发现问题' }}
              columns={[
                { title: '序号', dataIndex: 'code', width: 70 },
                { title: '检查内容', dataIndex: 'text' },
                { title: '问题描述', dataIndex: 'note', width: 240 },
                { title: '性质', width: 130, render: (_: unknown, p) => (p.major ? <Tag color="red">重大事故隐患</Tag> : <Tag>一般隐患</Tag>) },
                { title: '判定依据', width: 140, render: (_: unknown, p) => p.criterionIds.join('、') || '—' },
              ]}
            />
          ),
        },
        {
          key: 'rectification',
          label: `整改销号清单${count(lists.rectification.length)}`,
          children: (
            <Table
              {...listTable}
              dataSource={lists.rectification}
              locale={{ emptyText: '无需整改的隐患' }}
              columns={[
                { title: '隐患编号', width: 190, render: (_: unknown, r) => <Link to={`/hazards/${r.hazardId}`}>{r.hazardNo}</Link> },
                { title: '隐患', dataIndex: 'title' },
                { title: '等级', width: 90, render: (_: unknown, r) => hazardLevelLabels[r.level as keyof typeof hazardLevelLabels] ?? r.level },
                { title: '整改期限', dataIndex: 'deadline', width: 110 },
                { title: '状态', dataIndex: 'statusLabel', width: 100 },
                { title: '来源', width: 100, render: (_: unknown, r) => (r.link === 'raised' ? '本次检查登记' : '关联已有隐患') },
              ]}
            />
          ),
        },
        {
          key: 'responsibility',
          label: `责任清单${count(lists.responsibility.length)}`,
          children: (
            <Table
              {...listTable}
              dataSource={lists.responsibility}
              locale={{ emptyText: '无' }}
              columns={[
                { title: '隐患编号', width: 190, render: (_: unknown, r) => r.hazardNo ?? '—' },
                { title: '责任人', dataIndex: 'responsible', width: 200 },
                { title: '整改措施', render: (_: unknown, r) => r.measures || '—' },
              ]}
            />
          ),
        },
        {
          key: 'enforcement',
          label: `执法清单${count(lists.enforcement.cases.length)}`,
          children: (
            <div>
              {lists.enforcement.cases.length > 0 ? (
                <ul>
                  {lists.enforcement.cases.map((c) => (
                    <li key={c.id}>{c.no}</li>
                  ))}
                </ul>
              ) : (
                <Typography.Paragraph type="secondary">未立案</Typography.Paragraph>
              )}
              {lists.enforcement.noCaseReason && <Typography.Paragraph>不予立案理由：{lists.enforcement.noCaseReason}</Typography.Paragraph>}
              <Typography.Paragraph type="secondary">{lists.enforcement.note}</Typography.Paragraph>
            </div>
          ),
        },
      ]}
    />
  );
}
