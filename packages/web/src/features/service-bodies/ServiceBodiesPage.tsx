import { useState } from 'react';
import { Button, Card, Select, Space, Tag } from 'antd';
import { BarChartOutlined, ExperimentOutlined, PlusOutlined } from '@ant-design/icons';
import { Link, useNavigate } from 'react-router-dom';
import { useAuth } from '../../app/auth.tsx';
import { oneOf, text } from '../../app/hooks/urlFilters.ts';
import { useUrlFilters } from '../../app/hooks/useUrlFilters.ts';
import { ListError, ListToolbar } from '../../app/ListToolbar.tsx';
import { ResponsiveTable } from '../../app/ResponsiveTable.tsx';
import { useQuery } from '../../app/useQuery.ts';
import { BodyModal } from './BodyModal.tsx';
import { licenceStateColors, serviceBodiesApi, serviceBodyStatuses, serviceBodyStatusLabels, serviceBodyTypeLabels, serviceBodyTypes, statusColors, type ServiceBody } from './api.ts';

const licenceFilters = ['attention', 'expired', 'expiring'] as const;
const licenceFilterLabels: Record<(typeof licenceFilters)[number], string> = { attention: '资质过期或30日内到期', expired: '资质已过期', expiring: '资质30日内到期' };
const filtersSpec = { type: oneOf(serviceBodyTypes), status: oneOf(serviceBodyStatuses), licence: oneOf(licenceFilters), q: text() };

/** 第三方服务机构名录: the register in scope, filtered by type, status and licence expiry (kept in the URL). */
export default function ServiceBodiesPage() {
  const { can } = useAuth();
  const navigate = useNavigate();
  const urlFilters = useUrlFilters(filtersSpec);
  const { filters, set: update } = urlFilters;
  const list = useQuery(`service-bodies:${urlFilters.key}`, (signal) => serviceBodiesApi.list({ ...urlFilters.query, page: urlFilters.page, pageSize: urlFilters.pageSize }, signal));
  const [creating, setCreating] = useState(false);
  return (
    <Card
      title="第三方服务机构"
      extra={
        <Space wrap>
          <Link to="/service-bodies/reviews">
            <Button icon={<ExperimentOutlined />}>复核抽样</Button>
          </Link>
          <Link to="/service-bodies/ranking">
            <Button icon={<BarChartOutlined />}>机构排名</Button>
          </Link>
          {can('service_bodies.manage') && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="body-new">
              登记机构
            </Button>
          )}
        </Space>
      }
    >
      <ListToolbar search={{ value: filters.q, onSearch: (q) => update({ q }), placeholder: '机构名称或信用代码' }} onReset={urlFilters.reset}>
        <Select allowClear placeholder="机构类型" style={{ width: 140 }} value={filters.type} onChange={(v: ServiceBody['type'] | undefined) => update({ type: v })} options={serviceBodyTypes.map((t) => ({ value: t, label: serviceBodyTypeLabels[t] }))} />
        <Select allowClear placeholder="状态" style={{ width: 120 }} value={filters.status} onChange={(v: ServiceBody['status'] | undefined) => update({ status: v })} options={serviceBodyStatuses.map((s) => ({ value: s, label: serviceBodyStatusLabels[s] }))} />
        <Select allowClear placeholder="资质有效期" style={{ width: 200 }} value={filters.licence} onChange={(v: (typeof licenceFilters)[number] | undefined) => update({ licence: v })} options={licenceFilters.map((l) => ({ value: l, label: licenceFilterLabels[l] }))} />
      </ListToolbar>
      <ListError error={list.error} />
      <ResponsiveTable<ServiceBody>
        rowKey="id"
        loading={list.loading}
        dataSource={list.data?.items ?? []}
        pagination={urlFilters.pagination(list.data?.total ?? 0, '家机构')}
        onRow={(r) => ({ onClick: () => void navigate(`/service-bodies/${r.id}`), style: { cursor: 'pointer' } })}
        columns={[
          { title: '机构名称', dataIndex: 'name', render: (n: string, r) => <Link to={`/service-bodies/${r.id}`}>{n}</Link> },
          { title: '统一社会信用代码', dataIndex: 'uscc', width: 190 },
          { title: '类型', dataIndex: 'typeLabel', width: 100 },
          { title: '状态', dataIndex: 'status', width: 90, render: (s: ServiceBody['status'], r) => <Tag color={statusColors[s]}>{r.statusLabel}</Tag> },
          { title: '资质', dataIndex: 'licenceState', width: 170, render: (s: ServiceBody['licenceState'], r) => <Tag color={licenceStateColors[s]}>{r.nextExpiry ? `${r.licenceStateLabel}（${r.nextExpiry}）` : '未登记资质'}</Tag> },
          { title: '名录单位', dataIndex: 'orgName', width: 200 },
        ]}
      />
      {creating && (
        <BodyModal
          body={null}
          onClose={() => setCreating(false)}
          onDone={(id) => {
            setCreating(false);
            void navigate(`/service-bodies/${id}`);
          }}
        />
      )}
    </Card>
  );
}
