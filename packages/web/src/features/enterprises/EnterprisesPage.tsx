import { useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { Alert, Button, Card, Drawer, Flex, Input, Select, Space, Table, Tag, Tooltip, Typography } from 'antd';
import type { TablePaginationConfig } from 'antd';
import { ExportOutlined, FlagOutlined, ImportOutlined, PlusOutlined, ReloadOutlined } from '@ant-design/icons';
import { errorMessage } from '../../api/client.ts';
import type { Id } from '../../api/types.ts';
import { useAuth, useMe } from '../../app/auth.tsx';
import { useQuery } from '../../app/useQuery.ts';
import { RegionCascader } from '../reference/RegionCascader.tsx';
import { useSectors } from '../reference/useSectors.ts';
import { enterprisesApi, type Enterprise, type EnterpriseFilters, type EnterpriseStatus } from './api.ts';
import { EnterpriseActions } from './EnterpriseActions.tsx';
import { EnterpriseDescriptions } from './EnterpriseDescriptions.tsx';
import { EnterpriseFormModal } from './EnterpriseFormModal.tsx';
import { ImportModal } from './ImportModal.tsx';
import { EscalationModal } from '../hazards/EscalationModal.tsx';
import { scaleLabels, statuses, statusLabels, StatusTag } from './labels.tsx';

const DEFAULT_PAGE_SIZE = 20;

function isStatus(v: string | null): v is EnterpriseStatus {
  return v !== null && (statuses as string[]).includes(v);
}

function readFilters(params: URLSearchParams): EnterpriseFilters & { page: number; pageSize: number } {
  const status = params.get('status');
  return {
    q: params.get('q') ?? undefined,
    regionCode: params.get('regionCode') ?? undefined,
    sector: params.get('sector') ?? undefined,
    status: isStatus(status) ? status : undefined,
    page: Math.max(1, Number(params.get('page') ?? '1') || 1),
    pageSize: Math.min(200, Math.max(1, Number(params.get('pageSize') ?? DEFAULT_PAGE_SIZE) || DEFAULT_PAGE_SIZE)),
  };
}

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
  const [params, setParams] = useSearchParams();
  const filters = readFilters(params);
  const { sectors, sectorName } = useSectors();
  const [qInput, setQInput] = useState(filters.q ?? '');
  const [creating, setCreating] = useState(false);
  const [importing, setImporting] = useState(false);

  const selectedId = params.get('id');
  const listKey = JSON.stringify(filters);
  const list = useQuery(listKey, (signal) => enterprisesApi.list(filters, signal));

  const update = (patch: Partial<Record<keyof ReturnType<typeof readFilters> | 'id', string | number | undefined>>, resetPage = true) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(patch)) {
      if (v === undefined || v === '') next.delete(k);
      else next.set(k, String(v));
    }
    if (resetPage && !('page' in patch)) next.delete('page');
    setParams(next, { replace: !('id' in patch) });
  };

  const onTableChange = (p: TablePaginationConfig) => {
    update({ page: p.current ?? 1, pageSize: p.pageSize ?? DEFAULT_PAGE_SIZE }, false);
  };

  const exportFilters: EnterpriseFilters = {
    q: filters.q,
    regionCode: filters.regionCode,
    sector: filters.sector,
    status: filters.status,
  };

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
          <Button icon={<ExportOutlined />} href={enterprisesApi.exportUrl(exportFilters)} download>
            导出
          </Button>
        </Space>
      }
    >
      <Flex wrap gap={12} style={{ marginBottom: 16 }}>
        <Input.Search
          allowClear
          placeholder="企业名称或统一社会信用代码"
          style={{ width: 300 }}
          value={qInput}
          onChange={(e) => setQInput(e.target.value)}
          onSearch={(v) => update({ q: v.trim() || undefined })}
          enterButton="搜索"
        />
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
          showSearch={{ optionFilterProp: 'label' }}
          options={sectors.map((s) => ({ value: s.code, label: s.name }))}
        />
        <Select
          allowClear
          placeholder="状态"
          style={{ width: 140 }}
          value={filters.status}
          onChange={(v: EnterpriseStatus | undefined) => update({ status: v })}
          options={statuses.map((s) => ({ value: s, label: statusLabels[s] }))}
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
      <Table<Enterprise>
        rowKey="id"
        className="zb-clickable-rows"
        loading={list.loading}
        dataSource={list.data?.items ?? []}
        onChange={onTableChange}
        onRow={(e) => ({ onClick: () => update({ id: String(e.id) }, false) })}
        scroll={{ x: 1250 }}
        pagination={{
          current: filters.page,
          pageSize: filters.pageSize,
          total: list.data?.total ?? 0,
          showSizeChanger: true,
          pageSizeOptions: [10, 20, 50, 100],
          showTotal: (t) => `共 ${t} 家企业`,
        }}
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
      <EnterpriseDrawer id={selectedId} onClose={() => update({ id: undefined }, false)} onChanged={list.reload} />
      <EnterpriseFormModal
        mode="create"
        open={creating}
        onClose={() => setCreating(false)}
        onSaved={(e) => {
          setCreating(false);
          list.reload();
          update({ id: String(e.id) }, false);
        }}
      />
      <ImportModal open={importing} onClose={() => setImporting(false)} onImported={list.reload} />
    </Card>
  );
}
