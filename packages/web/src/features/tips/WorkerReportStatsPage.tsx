import { useState } from 'react';
import { Alert, Card, Space, Table } from 'antd';
import { errorMessage } from '../../api/client.ts';
import { useMe } from '../../app/auth.tsx';
import { useQuery } from '../../app/useQuery.ts';
import { RegionCascader } from '../reference/RegionCascader.tsx';
import { workerReportsApi, type WorkerReportStatsRow } from './api.ts';
import { yuan } from './labels.tsx';

/** 内部报告情况 (regulators): per-enterprise aggregates only, never the reports themselves. */
export default function WorkerReportStatsPage() {
  const me = useMe();
  const [regionCode, setRegionCode] = useState<string | undefined>(undefined);
  const stats = useQuery(`worker-report-stats:${regionCode ?? ''}`, (signal) => workerReportsApi.stats({ regionCode }, signal));
  const rows = stats.data?.items ?? [];
  return (
    <Card
      title="从业人员内部报告情况"
      extra={
        <RegionCascader rootCode={me.org?.regionCode ?? null} value={regionCode ?? null} onChange={setRegionCode} placeholder="全部地区" style={{ width: 220 }} />
      }
    >
      <Space orientation="vertical" style={{ width: '100%' }}>
        {stats.error !== undefined && <Alert type="error" showIcon title={errorMessage(stats.error)} />}
        <Table<WorkerReportStatsRow>
          rowKey="enterpriseId"
          size="small"
          loading={stats.loading}
          dataSource={rows}
          pagination={{ pageSize: 20, showTotal: (t) => `共 ${t} 家企业` }}
          data-testid="worker-report-stats"
          columns={[
            { title: '企业', dataIndex: 'enterpriseName', ellipsis: true },
            { title: '所在地区', dataIndex: 'regionName', width: 140 },
            { title: '收到报告', dataIndex: 'received', width: 100, align: 'right', sorter: (a, b) => a.received - b.received },
            { title: '已处理', dataIndex: 'handled', width: 90, align: 'right' },
            {
              title: '未处理',
              key: 'open',
              width: 90,
              align: 'right',
              sorter: (a, b) => a.received - a.handled - (b.received - b.handled),
              render: (_: unknown, r) => r.received - r.handled,
            },
            { title: '查实隐患', dataIndex: 'hazardFound', width: 100, align: 'right' },
            { title: '内部奖励', dataIndex: 'rewardYuan', width: 120, align: 'right', render: (v: number) => yuan(v) },
          ]}
        />
      </Space>
    </Card>
  );
}
