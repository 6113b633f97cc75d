import { useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { Alert, Button, Card, Form, InputNumber, Space, Table, Tabs, Tag, Tooltip, Typography } from 'antd';
import type { ColumnType } from 'antd/es/table';
import { errorMessage } from '../../api/client.ts';
import { useAuth } from '../../app/auth.tsx';
import { useColumnChooser } from '../../app/useColumnChooser.tsx';
import { useQuery } from '../../app/useQuery.ts';
import { escalationKindLabels } from '../escalations/api.ts';
import { EscalationModal, type EscalationTarget } from '../escalations/EscalationModal.tsx';
import { percent, statsApi, type SlowProgressItem } from './api.ts';
import { StatsToolbar } from './StatsToolbar.tsx';
import { thresholdRules } from './thresholdRules.ts';
import { useStatsParams } from './useStatsParams.ts';

const kindColors = { letter: 'gold', circular: 'orange', interview: 'volcano', exposure: 'red' } as const;
const subjectLabels = { region: '下级地区', department: '部门', enterprise: '企业' } as const;

const numberParam = (v: string | null): number | undefined => (v === null || v === '' || Number.isNaN(Number(v)) ? undefined : Number(v));

/** Month-end history, newest first: a filled dot when the subject crossed a threshold that month. */
function History({ item }: { item: SlowProgressItem }) {
  return (
    <Space size={2}>
      {item.history.map((h) => (
        <Tooltip key={h.asOf} title={`${h.asOf}：逾期占比 ${percent(h.overdueShare)}，长期未整改 ${h.longStanding} 条`}>
          <span style={{ color: h.crossed ? '#cf1322' : '#d9d9d9', fontSize: 14 }}>{h.crossed ? '●' : '○'}</span>
        </Tooltip>
      ))}
    </Space>
  );
}

type Selected = { item: SlowProgressItem; target: EscalationTarget };

function targetOf(item: SlowProgressItem): EscalationTarget {
  const label = `${subjectLabels[item.subjectKind]} · ${item.name}`;
  switch (item.subjectKind) {
    case 'region':
      return { regionCode: item.subjectId, label };
    case 'department':
      return { departmentId: item.subjectId, label };
    case 'enterprise':
      return { enterpriseId: item.subjectId, label };
  }
}

/** 进展缓慢: sub-regions, departments and enterprises crossing the thresholds, with a suggested escalation each. */
export default function StatsSlowProgressPage() {
  const { asOf, regionCode, update } = useStatsParams();
  const [searchParams] = useSearchParams();
  const { can } = useAuth();
  const overdueShare = numberParam(searchParams.get('overdueShare'));
  const longStanding = numberParam(searchParams.get('longStanding'));
  const params = { asOf, regionCode, overdueShare, longStanding };
  const { data, error, loading, reload } = useQuery(`stats-slow:${JSON.stringify(params)}`, (signal) => statsApi.slowProgress(params, signal));
  const [form] = Form.useForm<{ overdueSharePercent: number; longStanding: number }>();
  const [selected, setSelected] = useState<Selected | null>(null);
  const tab = searchParams.get('subject') ?? 'regions';

  const allColumns: (ColumnType<SlowProgressItem> & { key: string })[] = [
    {
      key: 'name',
      title: '对象',
      dataIndex: 'name',
      fixed: 'left',
      width: 200,
      render: (name: string, item) => (
        <Space orientation="vertical" size={0}>
          <span>{name}</span>
          {item.regionName && <Typography.Text type="secondary">{item.regionName}</Typography.Text>}
        </Space>
      ),
    },
    { key: 'open', title: '在治', dataIndex: 'open', align: 'right', width: 70, render: (n: number, item) => (item.link ? <Link to={`/hazards?${item.link}`}>{n}</Link> : n) },
    { key: 'overdue', title: '逾期', dataIndex: 'overdue', align: 'right', width: 70 },
    {
      key: 'overdueShare',
      title: '逾期占比',
      dataIndex: 'overdueShare',
      align: 'right',
      width: 100,
      render: (v: number | null, item) => <Typography.Text type={item.crossed.includes('overdueShare') ? 'danger' : undefined}>{percent(v)}</Typography.Text>,
    },
    {
      key: 'longStanding',
      title: '长期未整改',
      dataIndex: 'longStanding',
      align: 'right',
      width: 100,
      render: (v: number, item) => <Typography.Text type={item.crossed.includes('longStanding') ? 'danger' : undefined}>{v}</Typography.Text>,
    },
    { key: 'consecutiveMonths', title: '连续月数', dataIndex: 'consecutiveMonths', align: 'right', width: 90 },
    { title: '近6个月末（新→旧）', key: 'history', width: 150, render: (_: unknown, item) => <History item={item} /> },
    {
      title: '本轮已采取',
      key: 'recorded',
      width: 190,
      render: (_: unknown, item) =>
        item.recorded.length === 0 ? (
          <Typography.Text type="secondary">—</Typography.Text>
        ) : (
          <Space orientation="vertical" size={2} data-testid="slow-recorded">
            {item.recorded.map((r) => (
              <span key={r.id}>
                <Tag color={kindColors[r.kind]}>{escalationKindLabels[r.kind]}</Tag>
                {r.docNo || '（无文号）'} · {r.createdAt.slice(0, 10)}
              </span>
            ))}
          </Space>
        ),
    },
    {
      title: '建议措施',
      key: 'suggestion',
      width: 250,
      render: (_: unknown, item) => (
        <Space orientation="vertical" size={2}>
          <Tag color={kindColors[item.suggestion.kind]}>{item.suggestion.label}</Tag>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {item.suggestion.reason}
          </Typography.Text>
        </Space>
      ),
    },
    ...(can('escalations.write')
      ? [
          {
            title: '操作',
            key: 'action',
            fixed: 'right' as const,
            width: 110,
            render: (_: unknown, item: SlowProgressItem) => (
              <Button size="small" type="primary" danger onClick={() => setSelected({ item, target: targetOf(item) })} data-testid="slow-escalate">
                一键督办
              </Button>
            ),
          },
        ]
      : []),
  ];
  // At 1440 px the default columns (建议措施 among them) fit without sideways scrolling; 列设置 adds the others.
  const chosen = useColumnChooser('slow-progress', allColumns, ['consecutiveMonths', 'history']);

  const table = (items: SlowProgressItem[] | undefined, testId: string) => (
    <Table<SlowProgressItem>
      rowKey="subjectId"
      size="small"
      bordered
      loading={loading}
      columns={chosen.columns}
      dataSource={items ?? []}
      pagination={{ pageSize: 20, hideOnSinglePage: true }}
      scroll={{ x: chosen.width }}
      data-testid={testId}
      locale={{ emptyText: '没有超过阈值的对象' }}
    />
  );

  const thresholds = data?.thresholds;
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={4} style={{ margin: 0 }}>
        进展缓慢{data ? ` · ${data.region.name}` : ''}
      </Typography.Title>
      <StatsToolbar asOf={asOf} effectiveAsOf={data?.asOf} breadcrumb={data?.breadcrumb ?? []} live={undefined} showSector={false} onChange={update} />
      {thresholds && (
        <Card size="small" title="阈值（逾期占比或长期未整改条数达到任一项即列入）">
          <Form
            key={`${thresholds.overdueShare}-${thresholds.longStanding}`}
            form={form}
            layout="inline"
            initialValues={{ overdueSharePercent: Math.round(thresholds.overdueShare * 1000) / 10, longStanding: thresholds.longStanding }}
            onFinish={(v) => update({ overdueShare: String(v.overdueSharePercent / 100), longStanding: String(v.longStanding) })}
          >
            {/* No InputNumber min/max: an out-of-range value gets the rule's message instead of being clamped. */}
            <Form.Item label="逾期占比 ≥" name="overdueSharePercent" rules={thresholdRules('overdueSharePercent', '逾期占比').rules}>
              <InputNumber step={5} suffix="%" style={{ width: 120 }} data-testid="threshold-share" />
            </Form.Item>
            <Form.Item label="长期未整改 ≥" name="longStanding" rules={thresholdRules('longStanding', '长期未整改条数').rules}>
              <InputNumber precision={0} suffix="条" style={{ width: 120 }} data-testid="threshold-long" />
            </Form.Item>
            <Form.Item>
              <Space>
                <Button type="primary" htmlType="submit">
                  应用
                </Button>
                <Button onClick={() => update({ overdueShare: undefined, longStanding: undefined })}>
                  恢复默认（{percent(data.defaults.overdueShare)} / {data.defaults.longStanding} 条）
                </Button>
              </Space>
            </Form.Item>
          </Form>
          <Typography.Paragraph type="secondary" style={{ margin: '8px 0 0' }}>
            建议措施按连续超过阈值的月数逐级加重：函告 → 通报 → 约谈 → 曝光；本轮已采取的措施之后至少再加重一级。
          </Typography.Paragraph>
        </Card>
      )}
      {error !== undefined && <Alert type="error" showIcon title={errorMessage(error)} />}
      <Tabs
        tabBarExtraContent={chosen.chooser}
        activeKey={tab}
        onChange={(key) => update({ subject: key === 'regions' ? undefined : key })}
        items={[
          { key: 'regions', label: `下级地区（${data?.regions.length ?? 0}）`, children: table(data?.regions, 'slow-regions') },
          { key: 'departments', label: `部门（${data?.departments.length ?? 0}）`, children: table(data?.departments, 'slow-departments') },
          { key: 'enterprises', label: `企业（${data?.enterprises.length ?? 0}）`, children: table(data?.enterprises, 'slow-enterprises') },
        ]}
      />
      {selected && (
        <EscalationModal
          open
          target={selected.target}
          initial={{ kind: selected.item.suggestion.kind, docNo: '', note: `进展缓慢：${selected.item.suggestion.reason}` }}
          onClose={() => setSelected(null)}
          onSaved={() => {
            setSelected(null);
            reload();
          }}
        />
      )}
    </Space>
  );
}
