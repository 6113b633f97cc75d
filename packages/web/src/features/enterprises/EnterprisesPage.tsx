import { useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { Alert, Button, Card, Drawer, Select, Space, Switch, Table, Tag, Tooltip, Typography } from 'antd';
import { ExportOutlined, FlagOutlined, ImportOutlined, PlusOutlined } from '@ant-design/icons';
import { errorMessage } from '../../api/client.ts';
import type { Id } from '../../api/types.ts';
import { useAuth, useMe } from '../../app/auth.tsx';
import { oneOf, text } from '../../app/hooks/urlFilters.ts';
import { useUrlFilters } from '../../app/hooks/useUrlFilters.ts';
import { ListError, ListToolbar } from '../../app/ListToolbar.tsx';
import { useQuery } from '../../app/useQuery.ts';
import { RegionCascader } from '../reference/RegionCascader.tsx';
import { useSectorSelect, useSectors } from '../reference/useSectors.ts';
import { enterprisesApi, type Enterprise, type EnterpriseStatus } from './api.ts';
import { EnterpriseActions } from './EnterpriseActions.tsx';
import { EnterpriseDescriptions } from './EnterpriseDescriptions.tsx';
import { EnterpriseFormModal } from './EnterpriseFormModal.tsx';
import { ImportModal } from './ImportModal.tsx';
import { EscalationModal } from '../escalations/EscalationModal.tsx';
import { supervisionClasses, supervisionClassLabels } from '@zhiben/core/src/draw/supervision-class.ts';
import { scaleLabels, statuses, statusLabels, StatusTag } from './labels.tsx';

/** The register's filters, kept in the URL (`id`, the open drawer, is kept beside them). */
const enterpriseFilters = { q: text(), regionCode: text(), sector: text(), status: oneOf(statuses), highRisk: oneOf(['true', 'false'] as const), class: oneOf(supervisionClasses), watched: oneOf(['true'] as const) };

function EnterpriseDrawer({ id, onClose, onChanged }: { id: Id | null; onClose: () => void; onChanged: () => void }) {
  const { can } = useAuth();
  const [escalating, setEscalating] = useState(false);
  const detail = useQuery(id === null ? null : `enterprise:${id}`, (signal) => enterprisesApi.get(id ?? '', signal));
  const e = detail.data && id !== null && String(detail.data.id) === String(id) ? detail.data : undefined;
  return (
    <Drawer
      open={id !== null}
      onClose={onClose}
      size={760}
      title={e ? e.name : '企业详情'}
      loading={detail.loading && !e}
      extra={
        e && (
          <Space>
            {can('escalations.write') && (
              <Button icon={<FlagOutlined />} onClick={() => setEscalating(true)}>
                记录督办措施
              </Button>
            )}
            <EnterpriseActions
              enterprise={e}
              onSaved={(saved) => {
                detail.setData(saved);
                onChanged();
              }}
              onReload={detail.reload}
            />
          </Space>
        )
      }
    >
      {e && (
        <EscalationModal
          target={{ enterpriseId: String(e.id), label: e.name }}
          open={escalating}
          onClose={() => setEscalating(false)}
          onSaved={() => setEscalating(false)}
        />
      )}
      {detail.error !== undefined && <Alert type="error" showIcon title={errorMessage(detail.error)} />}
      {e && <EnterpriseDescriptions enterprise={e} />}
    </Drawer>
  );
}

export default function EnterprisesPage() {
  const me = useMe();
  const { can } = useAuth();
  const urlFilters = useUrlFilters(enterpriseFilters);
  const { filters, set: update } = urlFilters;
  const [params, setParams] = useSearchParams();
  const { sectorName } = useSectors();
  const sectorSelect = useSectorSelect();
  const [creating, setCreating] = useState(false);
  const [importing, setImporting] = useState(false);

  const selectedId = params.get('id');
  /** Opening a record is a history entry (back closes the drawer); the page and filters stay. */
  const select = (id: string | undefined) =>
    setParams((p) => {
      const next = new URLSearchParams(p);
      if (id === undefined) next.delete('id');
      else next.set('id', id);
      return next;
    });
  const list = useQuery(`enterprises:${urlFilters.key}`, (signal) =>
    enterprisesApi.list({ ...urlFilters.query, page: urlFilters.page, pageSize: urlFilters.pageSize }, signal),
  );

  return (
    <Card
      title="企业管理"
      extra={
        <Space wrap>
          {can('enterprises.write') && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
              新增企业
            </Button>
          )}
          {can('enterprises.import') && (
            <Button icon={<ImportOutlined />} onClick={() => setImporting(true)}>
              导入
            </Button>
          )}
          <Button icon={<ExportOutlined />} href={enterprisesApi.exportUrl(urlFilters.query)} download>
            导出
          </Button>
        </Space>
      }
    >
      <ListToolbar search={{ value: filters.q, onSearch: (q) => update({ q }), placeholder: '企业名称或统一社会信用代码', width: 300 }} onReset={urlFilters.reset}>
        <RegionCascader
          rootCode={me.org?.regionCode ?? me.enterprise?.regionCode ?? null}
          value={filters.regionCode ?? null}
          onChange={(code) => update({ regionCode: code })}
          placeholder="所在地区"
          style={{ width: 260 }}
        />
        <Select
          allowClear
          placeholder="行业领域"
          style={{ width: 220 }}
          value={filters.sector}
          onChange={(v: string | undefined) => update({ sector: v })}
          {...sectorSelect}
        />
        <Select
          allowClear
          placeholder="状态"
          style={{ width: 140 }}
          value={filters.status}
          onChange={(status: EnterpriseStatus | undefined) => update({ status })}
          options={statuses.map((s) => ({ value: s, label: statusLabels[s] }))}
        />
        {me.org && (
          <>
            <Select
              allowClear
              placeholder="高危/风险"
              style={{ width: 140 }}
              value={filters.highRisk}
              onChange={(highRisk: 'true' | 'false' | undefined) => update({ highRisk })}
              options={[
                { value: 'true', label: '高危行业或高风险' },
                { value: 'false', label: '非高危' },
              ]}
              data-testid="filter-high-risk"
            />
            <Select
              allowClear
              placeholder="监管分类（本月）"
              style={{ width: 170 }}
              value={filters.class}
              onChange={(cls: (typeof supervisionClasses)[number] | undefined) => update({ class: cls })}
              options={supervisionClasses.map((c) => ({ value: c, label: supervisionClassLabels[c] }))}
              data-testid="filter-class"
            />
            <Space>
              <Switch checked={filters.watched === 'true'} onChange={(on) => update({ watched: on ? 'true' : undefined })} />
              不放心企业
            </Space>
          </>
        )}
      </ListToolbar>
      <ListError error={list.error} />
      <Table<Enterprise>
        rowKey="id"
        className="zb-clickable-rows"
        loading={list.loading}
        dataSource={list.data?.items ?? []}
        onRow={(e) => ({ onClick: () => select(e.id) })}
        scroll={{ x: 1250 }}
        pagination={urlFilters.pagination(list.data?.total ?? 0, '家企业')}
        columns={[
          { title: '统一社会信用代码', dataIndex: 'uscc', width: 190, render: (v: string) => <Typography.Text code>{v}</Typography.Text> },
          {
            title: '企业名称',
            dataIndex: 'name',
            width: 300,
            render: (name: string, e) => (
              <>
                <Typography.Link>{name}</Typography.Link>
                {e.highRisk && (
                  <Tag color="red" style={{ marginInlineStart: 6 }}>
                    高危
                  </Tag>
                )}
              </>
            ),
          },
          { title: '所在地区', dataIndex: 'regionName', width: 150 },
          {
            title: '行业领域',
            dataIndex: 'sectors',
            width: 240,
            ellipsis: true,
            render: (list: string[]) => (
              <Tooltip title={list.map(sectorName).join('、')}>
                {list.map((s) => (
                  <Tag key={s}>{sectorName(s)}</Tag>
                ))}
              </Tooltip>
            ),
          },
          { title: '规模', dataIndex: 'scale', width: 70, render: (s: Enterprise['scale']) => scaleLabels[s] ?? s },
          { title: '状态', dataIndex: 'status', width: 100, render: (s: EnterpriseStatus) => <StatusTag status={s} /> },
          { title: '主要负责人', dataIndex: ['principal', 'name'], width: 110 },
        ]}
      />
      <EnterpriseDrawer id={selectedId} onClose={() => select(undefined)} onChanged={list.reload} />
      <EnterpriseFormModal
        mode="create"
        open={creating}
        onClose={() => setCreating(false)}
        onSaved={(e) => {
          setCreating(false);
          list.reload();
          select(e.id);
        }}
      />
      <ImportModal open={importing} onClose={() => setImporting(false)} onImported={list.reload} />
    </Card>
  );
}
