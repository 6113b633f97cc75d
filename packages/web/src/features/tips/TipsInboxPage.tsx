import { useNavigate } from 'react-router-dom';
import { Alert, Button, Card, Select, Space, Switch, Table, Tag, Typography } from 'antd';
import { ExportOutlined, PlusOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { useAuth, useMe } from '../../app/auth.tsx';
import { flag, manyOf, oneOf, text } from '../../app/hooks/urlFilters.ts';
import { useUrlFilters } from '../../app/hooks/useUrlFilters.ts';
import { ListError, ListToolbar } from '../../app/ListToolbar.tsx';
import { useColumnChooser } from '../../app/useColumnChooser.tsx';
import { useQuery } from '../../app/useQuery.ts';
import { RegionCascader } from '../reference/RegionCascader.tsx';
import { useSectorSelect, useSectors } from '../reference/useSectors.ts';
import { tipChannels, tipRewardStatuses, tipSlaStates, tipStatuses, tipsApi, type RewardStatus, type SlaState, type TipChannel, type TipListItem, type TipStatus } from './api.ts';
import { RewardTag, rewardStatusLabels, SlaTag, slaStateLabels, tipCategoryLabels, tipChannelLabels, tipStatusLabels, TipStatusTag } from './labels.tsx';

/** The inbox's filters, kept in the URL. */
const tipFilters = {
  q: text(),
  status: manyOf(tipStatuses),
  channel: oneOf(tipChannels),
  regionCode: text(),
  sector: text(),
  sla: oneOf(tipSlaStates),
  reward: oneOf(tipRewardStatuses),
  /** Handed to my own department to investigate (the 待办 转本部门待核查 links here). */
  mine: flag(),
};

/** 举报受理: the inbox, oldest due first, with SLA clocks. */
export default function TipsInboxPage() {
  const me = useMe();
  const { can } = useAuth();
  const navigate = useNavigate();
  const urlFilters = useUrlFilters(tipFilters);
  const { filters, set: update } = urlFilters;
  const { sectorName } = useSectors();
  const sectorSelect = useSectorSelect();
  // At 1440 px the default columns fit without sideways scrolling; 列设置 adds the others.
  const table = useColumnChooser<TipListItem>(
    'tips',
    [
      { key: 'tipNo', title: '举报编号', dataIndex: 'tipNo', width: 170, fixed: 'start', render: (v: string) => <Typography.Link>{v}</Typography.Link> },
      { key: 'slaState', title: '受理时限', dataIndex: 'slaState', width: 110, render: (_: unknown, t: TipListItem) => <SlaTag state={t.slaState} dueAt={t.dueAt} /> },
      { key: 'status', title: '状态', dataIndex: 'status', width: 90, render: (v: TipStatus) => <TipStatusTag status={v} /> },
      { key: 'targetName', title: '被举报单位', dataIndex: 'targetName', width: 220, ellipsis: true },
      { key: 'category', title: '类别', dataIndex: 'category', width: 130, ellipsis: true, render: (c: TipListItem['category']) => tipCategoryLabels[c] },
      { key: 'channel', title: '渠道', dataIndex: 'channel', width: 110, render: (c: TipChannel) => tipChannelLabels[c] },
      { key: 'regionName', title: '所在地区', dataIndex: 'regionName', width: 130, ellipsis: true },
      { key: 'sector', title: '行业', dataIndex: 'sector', width: 120, ellipsis: true, render: (v: string | null) => (v ? sectorName(v) : '—') },
      { key: 'handlingOrgName', title: '承办部门', dataIndex: 'handlingOrgName', width: 160, ellipsis: true, render: (v: string | null) => v ?? '—' },
      { key: 'receivedAt', title: '收到时间', dataIndex: 'receivedAt', width: 150, render: (v: string) => dayjs(v).format('YYYY-MM-DD HH:mm') },
      {
        key: 'flags',
        title: '标记',
        width: 130,
        render: (_: unknown, t: TipListItem) => (
          <Space size={4}>
            {t.anonymous ? <Tag>匿名</Tag> : <Tag color="cyan">实名</Tag>}
            <RewardTag status={t.rewardStatus} />
          </Space>
        ),
      },
    ],
    ['channel', 'regionName', 'sector', 'receivedAt'],
  );
  const list = useQuery(`tips:${urlFilters.key}`, (signal) =>
    tipsApi.list({ ...urlFilters.query, page: urlFilters.page, pageSize: urlFilters.pageSize }, signal),
  );

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
          <Button icon={<ExportOutlined />} href={tipsApi.exportUrl(urlFilters.query)} download>
            导出
          </Button>
          {table.chooser}
        </Space>
      }
    >
      <ListToolbar search={{ value: filters.q, onSearch: (q) => update({ q }), placeholder: '举报编号或被举报单位', width: 260 }} onReset={urlFilters.reset}>
        <Select<TipStatus[]>
          mode="multiple"
          allowClear
          placeholder="状态"
          style={{ minWidth: 180 }}
          maxTagCount="responsive"
          value={filters.status}
          onChange={(status) => update({ status })}
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
        <Select<RewardStatus>
          allowClear
          placeholder="奖励"
          style={{ width: 120 }}
          value={filters.reward}
          onChange={(v) => update({ reward: v })}
          options={tipRewardStatuses.filter((s) => s !== 'none').map((s) => ({ value: s, label: `奖励${rewardStatusLabels[s]}` }))}
          data-testid="filter-reward"
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
          {...sectorSelect}
        />
        {me.org && (
          <Space size={6}>
            <Switch size="small" checked={filters.mine} onChange={(on) => update({ mine: on })} aria-label="仅看转本部门的" data-testid="filter-mine" />
            <span>转本部门的</span>
          </Space>
        )}
      </ListToolbar>
      <ListError error={list.error} />
      {list.data?.calendarNotice && <Alert type="info" showIcon style={{ marginBottom: 12 }} title={list.data.calendarNotice} data-testid="tips-calendar-notice" />}
      <Table<TipListItem>
        rowKey="id"
        className="zb-clickable-rows"
        loading={list.loading}
        dataSource={list.data?.items ?? []}
        onRow={(t) => ({ onClick: () => void navigate(`/tips/${encodeURIComponent(String(t.id))}`) })}
        scroll={{ x: table.width }}
        pagination={urlFilters.pagination(list.data?.total ?? 0, '件举报')}
        data-testid="tips-table"
        columns={table.columns}
      />
    </Card>
  );
}
