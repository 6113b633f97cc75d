import { useNavigate } from 'react-router-dom';
import { Button, Card, DatePicker, Select, Space, Switch, Tag, Typography } from 'antd';
import { ageingBucketLabels, ageingBuckets } from '@zhiben/core/src/stats/definitions.ts';
import { ExportOutlined, ImportOutlined, PlusOutlined } from '@ant-design/icons';
import { useAuth, useMe } from '../../app/auth.tsx';
import { date, flag, manyOf, oneOf, text, urlDay } from '../../app/hooks/urlFilters.ts';
import { useUrlFilters } from '../../app/hooks/useUrlFilters.ts';
import { ListError, ListToolbar } from '../../app/ListToolbar.tsx';
import {
  dateFormat,
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
import { useSectorSelect, useSectors } from '../reference/useSectors.ts';
import { hazardsApi, type AgeingBucket, type HazardListItem, type HazardPeriod } from './api.ts';
import { DeadlineText, HazardLevelTag, HazardStatusTag, ListingTag, periodLabels } from './labels.tsx';
import { ResponsiveTable } from '../../app/ResponsiveTable.tsx';
import { useColumnChooser } from '../../app/useColumnChooser.tsx';

const levels: HazardLevel[] = ['general', 'major'];
const periods: HazardPeriod[] = ['stock', 'increment'];
const listingLevels = Object.keys(listingLevelLabels) as ListingLevel[];

/** The list's filters, kept in the URL (the statistics pages link here with them). */
const hazardFilters = {
  q: text(),
  status: manyOf(hazardStatuses),
  level: oneOf(levels),
  sector: text(),
  source: oneOf(hazardSources),
  regionCode: text(),
  overdue: flag(),
  listed: flag(),
  period: oneOf(periods),
  ageing: oneOf(ageingBuckets),
  longStanding: flag(),
  selfFound: flag(),
  foundFrom: date(),
  foundTo: date(),
  listingLevel: oneOf(listingLevels),
  enterpriseId: text(),
  // The 待办 home links here with these (server: hazards.todos.ts).
  dueSoon: flag(),
  extension: oneOf(['pending']),
  returned: flag(),
};

export default function HazardsPage() {
  const me = useMe();
  const { can } = useAuth();
  const navigate = useNavigate();
  const urlFilters = useUrlFilters(hazardFilters);
  const { filters, set: update } = urlFilters;
  const { sectorName } = useSectors();
  const sectorSelect = useSectorSelect();

  const list = useQuery(`hazards:${urlFilters.key}`, (signal) =>
    hazardsApi.list({ ...urlFilters.query, page: urlFilters.page, pageSize: urlFilters.pageSize }, signal),
  );

  const canCreate = can('hazards.register') || can('hazards.report');
  // At 1440 px the default columns fit without sideways scrolling; 列设置 adds the others.
  const table = useColumnChooser<HazardListItem>(
    'hazards',
    [
      { key: 'hazardNo', title: '隐患编号', dataIndex: 'hazardNo', width: 190, fixed: 'start', render: (v: string) => <Typography.Link style={{ whiteSpace: 'nowrap' }}>{v}</Typography.Link> },
      { key: 'enterpriseName', title: '单位', dataIndex: 'enterpriseName', width: 200, ellipsis: true },
      { key: 'regionName', title: '所在地区', dataIndex: 'regionName', width: 130, ellipsis: true },
      { key: 'sector', title: '行业', dataIndex: 'sector', width: 130, ellipsis: true, render: (s: string) => sectorName(s) },
      { key: 'level', title: '等级', dataIndex: 'level', width: 70, render: (l: HazardLevel) => <HazardLevelTag level={l} /> },
      { key: 'source', title: '来源', dataIndex: 'source', width: 110, render: (s: string) => hazardSourceLabel(s) },
      { key: 'title', title: '隐患名称', dataIndex: 'title', width: 230, ellipsis: true },
      { key: 'foundAt', title: '发现日期', dataIndex: 'foundAt', width: 110 },
      {
        key: 'deadline',
        title: '整改期限',
        dataIndex: 'deadline',
        width: 180,
        render: (_: unknown, h: HazardListItem) => <DeadlineText deadline={h.deadline} overdue={h.overdue} overdueDays={h.overdueDays} />,
      },
      { key: 'status', title: '状态', dataIndex: 'status', width: 90, render: (v: HazardStatus) => <HazardStatusTag status={v} /> },
      { key: 'listed', title: '挂牌', dataIndex: 'listed', width: 90, render: (listed: boolean) => (listed ? <ListingTag level={null} /> : null) },
    ],
    ['regionName', 'sector', 'source', 'listed'],
  );

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
          <Button icon={<ExportOutlined />} href={hazardsApi.exportUrl(urlFilters.query)} download>
            导出
          </Button>
          {table.chooser}
        </Space>
      }
    >
      <ListToolbar search={{ value: filters.q, onSearch: (q) => update({ q }), placeholder: '隐患编号、名称或单位', width: 280 }} onReset={urlFilters.reset}>
        <Select<HazardStatus[]>
          mode="multiple"
          allowClear
          placeholder="状态"
          style={{ minWidth: 200 }}
          maxTagCount="responsive"
          value={filters.status}
          onChange={(status) => update({ status })}
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
          onChange={(v) => update({ sector: v.join(',') })}
          {...sectorSelect}
        />
        <Select<HazardSource>
          allowClear
          placeholder="隐患来源"
          style={{ width: 150 }}
          value={filters.source}
          onChange={(v) => update({ source: v })}
          options={hazardSources.map((s) => ({ value: s, label: hazardSourceLabel(s) }))}
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
          onChange={(ageing: AgeingBucket | undefined) => update({ ageing })}
          options={ageingBuckets.map((b) => ({ value: b, label: ageingBucketLabels[b] }))}
          data-testid="filter-ageing"
        />
        <Select
          allowClear
          placeholder="挂牌级别"
          style={{ width: 130 }}
          value={filters.listingLevel}
          onChange={(listingLevel: ListingLevel | undefined) => update({ listingLevel })}
          options={listingLevels.map((l) => ({ value: l, label: listingLevelLabels[l] }))}
          data-testid="filter-listing-level"
        />
        <DatePicker.RangePicker
          allowEmpty={[true, true]}
          placeholder={['发现日期起', '发现日期止']}
          style={{ width: 260 }}
          value={[urlDay(filters.foundFrom), urlDay(filters.foundTo)]}
          onChange={(range) => update({ foundFrom: range?.[0]?.format(dateFormat), foundTo: range?.[1]?.format(dateFormat) })}
        />
        <Space size={6}>
          <Switch size="small" checked={filters.longStanding} onChange={(on) => update({ longStanding: on })} aria-label="仅看长期未整改" />
          <span>长期未整改</span>
        </Space>
        <Space size={6}>
          <Switch size="small" checked={filters.selfFound} onChange={(on) => update({ selfFound: on })} aria-label="仅看企业自查" />
          <span>企业自查</span>
        </Space>
        <Space size={6}>
          <Switch size="small" checked={filters.overdue} onChange={(on) => update({ overdue: on })} aria-label="仅看逾期" />
          <span>逾期</span>
        </Space>
        <Space size={6}>
          <Switch size="small" checked={filters.listed} onChange={(on) => update({ listed: on })} aria-label="仅看挂牌" />
          <span>挂牌督办</span>
        </Space>
        {filters.enterpriseId && (
          <Tag closable onClose={() => update({ enterpriseId: undefined })} data-testid="filter-enterprise">
            仅看指定单位
          </Tag>
        )}
      </ListToolbar>
      <ListError error={list.error} />
      <ResponsiveTable<HazardListItem>
        rowKey="id"
        className="zb-clickable-rows"
        loading={list.loading}
        dataSource={list.data?.items ?? []}
        onRow={(h) => ({ onClick: () => void navigate(`/hazards/${encodeURIComponent(String(h.id))}`) })}
        scroll={{ x: table.width }}
        pagination={urlFilters.pagination(list.data?.total ?? 0, '条隐患')}
        columns={table.columns}
      />
    </Card>
  );
}
