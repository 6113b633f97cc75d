import { Select, Table, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { oneOf, text } from '../../app/hooks/urlFilters.ts';
import { useUrlFilters } from '../../app/hooks/useUrlFilters.ts';
import { dateTimeFormat } from '../../app/labels.ts';
import { ListError, ListToolbar } from '../../app/ListToolbar.tsx';
import { useQuery } from '../../app/useQuery.ts';
import { TimeRangeFilter } from './TimeRangeFilter.tsx';
import { businessEventsApi, type BusinessEvent } from './api.ts';

const streams = ['hazard', 'tip'] as const;
const streamLabels: Record<(typeof streams)[number], string> = { hazard: '隐患', tip: '举报' };
/** Filters in the URL; `from`/`to` are ISO date-times (the server defaults to the last 30 days). */
const businessFilters = { tab: text(), stream: oneOf(streams), kind: text(), actor: text(), from: text(), to: text() };

/**
 * 业务操作: the decisions on hazards and tips (认定, 销号, 作废, 挂牌/摘牌, 审批延期, 受理, 转办, 奖励 …) as the
 * workflow timelines hold them — record number, step, who, when and a readable summary, never a description or
 * anything of a reporter.
 */
export function BusinessEventsTab() {
  const urlFilters = useUrlFilters(businessFilters);
  const { filters, set: apply } = urlFilters;
  const kinds = useQuery('audit-business-kinds', () => businessEventsApi.kinds());
  const { tab: _tab, ...query } = urlFilters.query;
  const list = useQuery(`audit-business:${urlFilters.key}`, (signal) => businessEventsApi.list({ ...query, page: urlFilters.page, pageSize: urlFilters.pageSize }, signal));
  const kindOptions = (kinds.data?.items ?? []).filter((k) => !filters.stream || k.stream === filters.stream).map((k) => ({ value: k.value, label: `${streamLabels[k.stream]} · ${k.label}` }));
  return (
    <>
      <ListToolbar search={{ value: filters.actor, onSearch: (actor) => apply({ actor }), placeholder: '操作人', width: 180 }} onReset={() => apply({ stream: undefined, kind: undefined, actor: undefined, from: undefined, to: undefined })}>
        <Select
          allowClear
          placeholder="业务"
          style={{ width: 110 }}
          value={filters.stream}
          onChange={(stream) => apply({ stream, kind: undefined })}
          options={streams.map((s) => ({ value: s, label: streamLabels[s] }))}
          data-testid="audit-business-stream"
        />
        <Select allowClear showSearch={{ optionFilterProp: 'label' }} placeholder="操作" style={{ width: 200 }} value={filters.kind} onChange={(kind: string | undefined) => apply({ kind })} options={kindOptions} data-testid="audit-business-kind" />
        <TimeRangeFilter from={filters.from} to={filters.to} onChange={apply} />
      </ListToolbar>
      {list.data && (
        <Typography.Paragraph type="secondary">
          {dayjs(list.data.from).format(dateTimeFormat)} 至 {dayjs(list.data.to).format(dateTimeFormat)}，共 {list.data.total} 条（未选时间时为近30天）
        </Typography.Paragraph>
      )}
      <ListError error={list.error} />
      <Table<BusinessEvent>
        rowKey="id"
        size="middle"
        loading={list.loading}
        dataSource={list.data?.items ?? []}
        pagination={urlFilters.pagination(list.data?.total ?? 0, '条')}
        data-testid="audit-business-table"
        columns={[
          { title: '时间', dataIndex: 'at', width: 170, render: (t: string) => dayjs(t).format(dateTimeFormat) },
          { title: '业务', dataIndex: 'streamLabel', width: 70, render: (s: string) => <Tag>{s}</Tag> },
          { title: '编号', dataIndex: 'recordNo', width: 190 },
          { title: '操作', dataIndex: 'actionLabel', width: 120 },
          { title: '操作人', dataIndex: 'actorName', width: 130 },
          { title: '单位', dataIndex: 'orgName', width: 200, render: (n: string | null) => n ?? '—' },
          { title: '摘要', dataIndex: 'summary' },
        ]}
      />
    </>
  );
}
