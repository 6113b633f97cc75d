import { useEffect } from 'react';
import { Card, Segmented, Space, Table, Tag } from 'antd';
import { ListError } from '../../app/ListToolbar.tsx';
import { usePaging } from '../../app/usePaging.ts';
import { useQuery } from '../../app/useQuery.ts';
import { principalChecksApi } from '../inspections/api.ts';
import { PeriodStateTag, periodStateLabels } from '../inspections/labels.tsx';

type State = keyof typeof periodStateLabels;
type Query = { asOf?: string | undefined; regionCode?: string | undefined; sector?: string | undefined; period?: string | undefined };

const isState = (value: string | undefined): value is State => value !== undefined && value in periodStateLabels;

/**
 * The enterprises behind the figures: each with its periods in the window and how many it missed in a row, filtered
 * by state (`state` in the URL: the 待办 「本季度带队检查未开展」 opens it with state=missed).
 */
export function ComplianceEnterprises({ query, state, onStateChange }: { query: Query; state: string | undefined; onStateChange: (state: string | undefined) => void }) {
  const { page, pageSize, setPage, pagination } = usePaging('家企业');
  const shown = isState(state) ? state : undefined;
  const key = JSON.stringify({ ...query, shown });
  useEffect(() => setPage(1), [key, setPage]);
  const list = useQuery(`pc-enterprises:${key}:${page}:${pageSize}`, (signal) => principalChecksApi.enterprises({ ...query, state: shown, page, pageSize }, signal));
  return (
    <Card
      size="small"
      title="企业明细"
      style={{ marginTop: 16 }}
      data-testid="compliance-enterprises"
      extra={
        <Segmented
          size="small"
          value={shown ?? 'all'}
          options={[{ value: 'all', label: '全部' }, ...(Object.keys(periodStateLabels) as State[]).map((s) => ({ value: s, label: periodStateLabels[s] }))]}
          onChange={(v) => onStateChange(v === 'all' ? undefined : String(v))}
        />
      }
    >
      <ListError error={list.error} />
      <Table
        rowKey="enterpriseId"
        size="small"
        loading={list.loading}
        dataSource={list.data?.items ?? []}
        pagination={pagination(list.data?.total ?? 0)}
        scroll={{ x: 'max-content' }}
        columns={[
          { title: '企业', dataIndex: 'name' },
          { title: '所在地区', dataIndex: 'regionName' },
          {
            title: '各期情况',
            key: 'periods',
            render: (_: unknown, r) => (
              <Space size={4} wrap>
                {r.periods.map((p) => (
                  <span key={p.key}>
                    {p.label} <PeriodStateTag state={p.state} />
                  </span>
                ))}
              </Space>
            ),
          },
          { title: '连续未开展', dataIndex: 'missedInARow', render: (n: number) => (n >= 2 ? <Tag color="red">{n} 期</Tag> : n > 0 ? `${n} 期` : '—') },
        ]}
      />
    </Card>
  );
}
