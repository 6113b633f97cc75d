import { useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { Alert, Button, Card, DatePicker, Flex, Input, Select, Space, Switch, Table, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { ageingBucketLabels, ageingBuckets } from '@zhiben/core/src/stats/definitions.ts';
import type { TablePaginationConfig } from 'antd';
import { ExportOutlined, ImportOutlined, PlusOutlined, ReloadOutlined } from '@ant-design/icons';
import { errorMessage } from '../../api/client.ts';
import { useAuth, useMe } from '../../app/auth.tsx';
import {
  hazardLevelLabels,
  hazardSourceLabel,
  hazardSources,
  hazardStatusLabels,
  hazardStatuses,
  listingLevelLabels,
  type HazardLevel,
  type ListingLevel,
  type HazardSource,
  type HazardStatus,
} from '../../app/labels.ts';
import { useQuery } from '../../app/useQuery.ts';
import { RegionCascader } from '../reference/RegionCascader.tsx';
import { useSectors } from '../reference/useSectors.ts';
import { hazardsApi, type HazardFilters, type HazardListItem, type HazardPeriod } from './api.ts';
import { DeadlineText, HazardLevelTag, HazardStatusTag, ListingTag, periodLabels } from './labels.tsx';

const DEFAULT_PAGE_SIZE = 20;
const levels: HazardLevel[] = ['general', 'major'];
const periods: HazardPeriod[] = ['stock', 'increment'];
const listingLevels = Object.keys(listingLevelLabels) as ListingLevel[];
const isoDate = /^\d{4}-\d{2}-\d{2}$/;
const dateParam = (v: string | null) => (v !== null && isoDate.test(v) ? v : undefined);

type ListFilters = HazardFilters & { page: number; pageSize: number };

function oneOf<T extends string>(list: readonly T[], v: string | null): T | undefined {
  return v !== null && (list as readonly string[]).includes(v) ? (v as T) : undefined;
}

/** Filters live in the URL (shareable, survive reload and back navigation). */
function readFilters(params: URLSearchParams): ListFilters {
  const status = (params.get('status') ?? '')
    .split(',')
    .map((s) => oneOf(hazardStatuses, s))
    .filter((s): s is HazardStatus => s !== undefined);
  return {
    status: status.length > 0 ? status : undefined,
    level: oneOf(levels, params.get('level')),
    sector: params.get('sector') ?? undefined,
    source: oneOf(hazardSources, params.get('source')),
    regionCode: params.get('regionCode') ?? undefined,
    overdue: params.get('overdue') === 'true' ? true : undefined,
    listed: params.get('listed') === 'true' ? true : undefined,
    period: oneOf(periods, params.get('period')),
    ageing: oneOf(ageingBuckets, params.get('ageing')),
    longStanding: params.get('longStanding') === 'true' ? true : undefined,
    selfFound: params.get('selfFound') === 'true' ? true : undefined,
    foundFrom: dateParam(params.get('foundFrom')),
    foundTo: dateParam(params.get('foundTo')),
    listingLevel: oneOf(listingLevels, params.get('listingLevel')),
    enterpriseId: params.get('enterpriseId') ?? undefined,
    q: params.get('q') ?? undefined,
    page: Math.max(1, Number(params.get('page') ?? '1') || 1),
    pageSize: Math.min(200, Math.max(1, Number(params.get('pageSize') ?? DEFAULT_PAGE_SIZE) || DEFAULT_PAGE_SIZE)),
  };
}

type Patch = Partial<Record<keyof ListFilters, string | number | undefined>>;

export default function HazardsPage() {
  const me = useMe();
  const { can } = useAuth();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const filters = readFilters(params);
  const { sectors, sectorName } = useSectors();
  const [qInput, setQInput] = useState(filters.q ?? '');

  const list = useQuery(JSON.stringify(filters), (signal) => hazardsApi.list(filters, signal));

  const update = (patch: Patch, resetPage = true) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(patch)) {
      if (v === undefined || v === '') next.delete(k);
      else next.set(k, String(v));
    }
    if (resetPage && !('page' in patch)) next.delete('page');
    setParams(next, { replace: true });
  };

  const onTableChange = (p: TablePaginationConfig) => {
    update({ page: p.current ?? 1, pageSize: p.pageSize ?? DEFAULT_PAGE_SIZE }, false);
  };

  const { page: _page, pageSize: _pageSize, ...exportFilters } = filters;
  // Enterprise users never see the source "tip" (the server presents it as supervision).
  const sourceOptions = hazardSources.filter((s) => !(me.enterprise && s === 'tip'));
  const canCreate = can('hazards.register') || can('hazards.report');

  return (
    <Card
      title="隐患台账"
      extra={
        <Space wrap>
          {canCreate && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => void navigate('/hazards/new')}>
              {can('hazards.register') ? '登记隐患' : '上报隐患'}
            </Button>
          )}
          {can('hazards.import') && (
            <Button icon={<ImportOutlined />} onClick={() => void navigate('/hazards/import')}>
              导入
            </Button>
          )}
          <Button icon={<ExportOutlined />} href={hazardsApi.exportUrl(exportFilters)} download>
            导出
          </Button>
        </Space>
      }
    >
      <Flex wrap gap={12} style={{ marginBottom: 16 }} align="center">
        <Input.Search
          allowClear
          placeholder="隐患编号、名称或单位"
          style={{ width: 280 }}
          value={qInput}
          onChange={(e) => setQInput(e.target.value)}
          onSearch={(v) => update({ q: v.trim() || undefined })}
          enterButton="搜索"
        />
        <Select<HazardStatus[]>
          mode="multiple"
          allowClear
          placeholder="状态"
          style={{ minWidth: 200 }}
          maxTagCount="responsive"
          value={filters.status ?? []}
          onChange={(v) => update({ status: v.length > 0 ? v.join(',') : undefined })}
          options={hazardStatuses.map((s) => ({ value: s, label: hazardStatusLabels[s] }))}
          data-testid="filter-status"
        />
        <Select<HazardLevel>
          allowClear
          placeholder="隐患等级"
          style={{ width: 120 }}
          value={filters.level}
          onChange={(v) => update({ level: v })}
          options={levels.map((l) => ({ value: l, label: hazardLevelLabels[l] }))}
        />
        {!me.enterprise && (
          <RegionCascader
            rootCode={me.org?.regionCode ?? null}
            value={filters.regionCode ?? null}
            onChange={(code) => update({ regionCode: code })}
            placeholder="所在地区"
            style={{ width: 240 }}
          />
        )}
        <Select<string[]>
          mode="multiple"
          allowClear
          placeholder="行业领域"
          style={{ minWidth: 200 }}
          maxTagCount="responsive"
          value={filters.sector ? filters.sector.split(',') : []}
          onChange={(v) => update({ sector: v.length > 0 ? v.join(',') : undefined })}
          showSearch={{ optionFilterProp: 'label' }}
          options={sectors.map((s) => ({ value: s.code, label: s.name }))}
        />
        <Select<HazardSource>
          allowClear
          placeholder="隐患来源"
          style={{ width: 150 }}
          value={filters.source}
          onChange={(v) => update({ source: v })}
          options={sourceOptions.map((s) => ({ value: s, label: hazardSourceLabel(s) }))}
        />
        <Select<HazardPeriod>
          allowClear
          placeholder="存量/增量"
          style={{ width: 190 }}
          value={filters.period}
          onChange={(v) => update({ period: v })}
          options={periods.map((p) => ({ value: p, label: periodLabels[p] }))}
        />
        <Select
          allowClear
          placeholder="逾期账龄"
          style={{ width: 150 }}
          value={filters.ageing}
          onChange={(v: string | undefined) => update({ ageing: v })}
          options={ageingBuckets.map((b) => ({ value: b, label: ageingBucketLabels[b] }))}
          data-testid="filter-ageing"
        />
        <Select
          allowClear
          placeholder="挂牌级别"
          style={{ width: 130 }}
          value={filters.listingLevel}
          onChange={(v: string | undefined) => update({ listingLevel: v })}
          options={listingLevels.map((l) => ({ value: l, label: listingLevelLabels[l] }))}
          data-testid="filter-listing-level"
        />
        <DatePicker.RangePicker
          allowEmpty={[true, true]}
          placeholder={['发现日期起', '发现日期止']}
          style={{ width: 260 }}
          value={[filters.foundFrom ? dayjs(filters.foundFrom) : null, filters.foundTo ? dayjs(filters.foundTo) : null]}
          onChange={(range) => update({ foundFrom: range?.[0]?.format('YYYY-MM-DD'), foundTo: range?.[1]?.format('YYYY-MM-DD') })}
        />
        <Space size={6}>
          <Switch size="small" checked={filters.longStanding === true} onChange={(on) => update({ longStanding: on ? 'true' : undefined })} aria-label="仅看长期未整改" />
          <span>长期未整改</span>
        </Space>
        <Space size={6}>
          <Switch size="small" checked={filters.selfFound === true} onChange={(on) => update({ selfFound: on ? 'true' : undefined })} aria-label="仅看企业自查" />
          <span>企业自查</span>
        </Space>
        <Space size={6}>
          <Switch size="small" checked={filters.overdue === true} onChange={(on) => update({ overdue: on ? 'true' : undefined })} aria-label="仅看逾期" />
          <span>逾期</span>
        </Space>
        <Space size={6}>
          <Switch size="small" checked={filters.listed === true} onChange={(on) => update({ listed: on ? 'true' : undefined })} aria-label="仅看挂牌" />
          <span>挂牌督办</span>
        </Space>
        {filters.enterpriseId && (
          <Tag closable onClose={() => update({ enterpriseId: undefined })} data-testid="filter-enterprise">
            仅看指定单位
          </Tag>
        )}
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
      <Table<HazardListItem>
        rowKey="id"
        className="zb-clickable-rows"
        loading={list.loading}
        dataSource={list.data?.items ?? []}
        onChange={onTableChange}
        onRow={(h) => ({ onClick: () => void navigate(`/hazards/${encodeURIComponent(String(h.id))}`) })}
        scroll={{ x: 1500 }}
        pagination={{
          current: filters.page,
          pageSize: filters.pageSize,
          total: list.data?.total ?? 0,
          showSizeChanger: true,
          pageSizeOptions: [10, 20, 50, 100],
          showTotal: (t) => `共 ${t} 条隐患`,
        }}
        columns={[
          {
            title: '隐患编号',
            dataIndex: 'hazardNo',
            width: 170,
            fixed: 'start',
            render: (v: string) => <Typography.Link>{v}</Typography.Link>,
          },
          { title: '单位', dataIndex: 'enterpriseName', width: 220, ellipsis: true },
          { title: '所在地区', dataIndex: 'regionName', width: 130, ellipsis: true },
          { title: '行业', dataIndex: 'sector', width: 130, ellipsis: true, render: (s: string) => sectorName(s) },
          { title: '等级', dataIndex: 'level', width: 70, render: (l: HazardLevel) => <HazardLevelTag level={l} /> },
          { title: '来源', dataIndex: 'source', width: 110, render: (s: string) => hazardSourceLabel(s) },
          { title: '隐患名称', dataIndex: 'title', width: 260, ellipsis: true },
          { title: '发现日期', dataIndex: 'foundAt', width: 110 },
          {
            title: '整改期限',
            dataIndex: 'deadline',
            width: 200,
            render: (_: unknown, h) => <DeadlineText deadline={h.deadline} overdue={h.overdue} overdueDays={h.overdueDays} />,
          },
          { title: '状态', dataIndex: 'status', width: 90, render: (s: HazardStatus) => <HazardStatusTag status={s} /> },
          { title: '挂牌', dataIndex: 'listed', width: 100, render: (listed: boolean) => (listed ? <ListingTag level={null} /> : null) },
        ]}
      />
    </Card>
  );
}
