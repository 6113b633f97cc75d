import { useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { Alert, Button, Card, Flex, Input, Select, Space, Table, Tag, Typography } from 'antd';
import type { TablePaginationConfig } from 'antd';
import { ExportOutlined, PlusOutlined, ReloadOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { errorMessage } from '../../api/client.ts';
import { useAuth, useMe } from '../../app/auth.tsx';
import { useQuery } from '../../app/useQuery.ts';
import { RegionCascader } from '../reference/RegionCascader.tsx';
import { useSectors } from '../reference/useSectors.ts';
import { tipChannels, tipSlaStates, tipStatuses, tipsApi, type SlaState, type TipChannel, type TipFilters, type TipListItem, type TipStatus } from './api.ts';
import { RewardTag, SlaTag, slaStateLabels, tipCategoryLabels, tipChannelLabels, tipStatusLabels, TipStatusTag } from './labels.tsx';

const DEFAULT_PAGE_SIZE = 20;

type ListFilters = TipFilters & { page: number; pageSize: number };

function oneOf<T extends string>(list: readonly T[], v: string | null): T | undefined {
  return v !== null && (list as readonly string[]).includes(v) ? (v as T) : undefined;
}

/** Filters live in the URL (shareable, survive reload and back navigation). */
function readFilters(params: URLSearchParams): ListFilters {
  const status = (params.get('status') ?? '')
    .split(',')
    .map((s) => oneOf(tipStatuses, s))
    .filter((s): s is TipStatus => s !== undefined);
  return {
    status: status.length > 0 ? status : undefined,
    channel: oneOf(tipChannels, params.get('channel')),
    regionCode: params.get('regionCode') ?? undefined,
    sector: params.get('sector') ?? undefined,
    sla: oneOf(tipSlaStates, params.get('sla')),
    q: params.get('q') ?? undefined,
    page: Math.max(1, Number(params.get('page') ?? '1') || 1),
    pageSize: Math.min(200, Math.max(1, Number(params.get('pageSize') ?? DEFAULT_PAGE_SIZE) || DEFAULT_PAGE_SIZE)),
  };
}

type Patch = Partial<Record<keyof ListFilters, string | number | undefined>>;

/** 举报受理: the inbox, oldest due first, with SLA clocks. */
export default function TipsInboxPage() {
  const me = useMe();
  const { can } = useAuth();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const filters = readFilters(params);
  const { sectors, sectorName } = useSectors();
  const [qInput, setQInput] = useState(filters.q ?? '');
  const list = useQuery(`tips:${JSON.stringify(filters)}`, (signal) => tipsApi.list(filters, signal));

  const update = (patch: Patch, resetPage = true) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(patch)) {
      if (v === undefined || v === '') next.delete(k);
      else next.set(k, String(v));
    }
    if (resetPage && !('page' in patch)) next.delete('page');
    setParams(next, { replace: true });
  };

  const onTableChange = (p: TablePaginationConfig) => update({ page: p.current ?? 1, pageSize: p.pageSize ?? DEFAULT_PAGE_SIZE }, false);
  const { page: _page, pageSize: _pageSize, ...exportFilters } = filters;

  return (
    <Card
      title="举报受理"
      extra={
        <Space wrap>
          {can('tips.handle') && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => void navigate('/tips/new')}>
              录入举报
            </Button>
          )}
          <Button icon={<ExportOutlined />} href={tipsApi.exportUrl(exportFilters)} download>
            导出
          </Button>
        </Space>
      }
    >
      <Flex wrap gap={12} style={{ marginBottom: 16 }} align="center">
        <Input.Search
          allowClear
          placeholder="举报编号或被举报单位"
          style={{ width: 260 }}
          value={qInput}
          onChange={(e) => setQInput(e.target.value)}
          onSearch={(v) => update({ q: v.trim() || undefined })}
          enterButton="搜索"
        />
        <Select<TipStatus[]>
          mode="multiple"
          allowClear
          placeholder="状态"
          style={{ minWidth: 180 }}
          maxTagCount="responsive"
          value={filters.status ?? []}
          onChange={(v) => update({ status: v.length > 0 ? v.join(',') : undefined })}
          options={tipStatuses.map((s) => ({ value: s, label: tipStatusLabels[s] }))}
          data-testid="filter-status"
        />
        <Select<TipChannel>
          allowClear
          placeholder="渠道"
          style={{ width: 140 }}
          value={filters.channel}
          onChange={(v) => update({ channel: v })}
          options={tipChannels.map((c) => ({ value: c, label: tipChannelLabels[c] }))}
        />
        <Select<SlaState>
          allowClear
          placeholder="受理时限"
          style={{ width: 130 }}
          value={filters.sla}
          onChange={(v) => update({ sla: v })}
          options={tipSlaStates.map((s) => ({ value: s, label: slaStateLabels[s] }))}
          data-testid="filter-sla"
        />
        <RegionCascader
          rootCode={me.org?.regionCode ?? null}
          value={filters.regionCode ?? null}
          onChange={(code) => update({ regionCode: code })}
          placeholder="所在地区"
          style={{ width: 220 }}
        />
        <Select
          allowClear
          placeholder="行业领域"
          style={{ width: 180 }}
          value={filters.sector}
          onChange={(v: string | undefined) => update({ sector: v })}
          showSearch={{ optionFilterProp: 'label' }}
          options={sectors.map((s) => ({ value: s.code, label: s.name }))}
        />
        <Button
          icon={<ReloadOutlined />}
          onClick={() => {
            setQInput('');
            setParams(new URLSearchParams(), { replace: true });
          }}
        >
          重置
        </Button>
      </Flex>
      {list.error !== undefined && <Alert type="error" showIcon title={errorMessage(list.error)} style={{ marginBottom: 16 }} />}
      <Table<TipListItem>
        rowKey="id"
        className="zb-clickable-rows"
        loading={list.loading}
        dataSource={list.data?.items ?? []}
        onChange={onTableChange}
        onRow={(t) => ({ onClick: () => void navigate(`/tips/${encodeURIComponent(String(t.id))}`) })}
        scroll={{ x: 1300 }}
        pagination={{
          current: filters.page,
          pageSize: filters.pageSize,
          total: list.data?.total ?? 0,
          showSizeChanger: true,
          pageSizeOptions: [10, 20, 50, 100],
          showTotal: (t) => `共 ${t} 件举报`,
        }}
        data-testid="tips-table"
        columns={[
          { title: '举报编号', dataIndex: 'tipNo', width: 170, fixed: 'start', render: (v: string) => <Typography.Link>{v}</Typography.Link> },
          { title: '受理时限', dataIndex: 'slaState', width: 110, render: (_: unknown, t) => <SlaTag state={t.slaState} dueAt={t.dueAt} /> },
          { title: '状态', dataIndex: 'status', width: 90, render: (s: TipStatus) => <TipStatusTag status={s} /> },
          { title: '被举报单位', dataIndex: 'targetName', width: 220, ellipsis: true },
          { title: '类别', dataIndex: 'category', width: 150, ellipsis: true, render: (c: TipListItem['category']) => tipCategoryLabels[c] },
          { title: '渠道', dataIndex: 'channel', width: 110, render: (c: TipChannel) => tipChannelLabels[c] },
          { title: '所在地区', dataIndex: 'regionName', width: 130, ellipsis: true },
          { title: '行业', dataIndex: 'sector', width: 120, ellipsis: true, render: (s: string | null) => (s ? sectorName(s) : '—') },
          { title: '承办部门', dataIndex: 'handlingOrgName', width: 160, ellipsis: true, render: (v: string | null) => v ?? '—' },
          { title: '收到时间', dataIndex: 'receivedAt', width: 150, render: (v: string) => dayjs(v).format('YYYY-MM-DD HH:mm') },
          {
            title: '',
            key: 'flags',
            width: 150,
            render: (_: unknown, t) => (
              <Space size={4}>
                {t.anonymous ? <Tag>匿名</Tag> : <Tag color="cyan">实名</Tag>}
                <RewardTag status={t.rewardStatus} />
              </Space>
            ),
          },
        ]}
      />
    </Card>
  );
}
