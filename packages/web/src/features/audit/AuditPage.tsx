import { useState } from 'react';
import { Alert, Button, Card, DatePicker, Select, Table, Typography } from 'antd';
import { SafetyCertificateOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { errorMessage } from '../../api/client.ts';
import { text } from '../../app/hooks/urlFilters.ts';
import { useUrlFilters } from '../../app/hooks/useUrlFilters.ts';
import { dateTimeFormat } from '../../app/labels.ts';
import { ListError, ListToolbar } from '../../app/ListToolbar.tsx';
import { useQuery } from '../../app/useQuery.ts';
import { auditApi, type AuditEntry, type VerifyResult } from './api.ts';

/** The log's filters, kept in the URL; `from`/`to` are ISO date-times. */
const auditFilters = { actor: text(), action: text(), from: text(), to: text() };

function DetailJson({ detail }: { detail: unknown }) {
  return <pre className="zb-json">{JSON.stringify(detail, null, 2)}</pre>;
}

function hasDetail(detail: unknown): boolean {
  if (detail === null || detail === undefined) return false;
  if (typeof detail === 'object') return Object.keys(detail).length > 0;
  return true;
}

function preview(detail: unknown): string {
  if (!hasDetail(detail)) return '—';
  const s = JSON.stringify(detail);
  return s.length > 60 ? `${s.slice(0, 60)}…` : s;
}

export default function AuditPage() {
  const urlFilters = useUrlFilters(auditFilters);
  const { filters, set: apply } = urlFilters;
  const [verifying, setVerifying] = useState(false);
  const [verify, setVerify] = useState<VerifyResult | { error: string } | null>(null);

  const actions = useQuery('audit-actions', () => auditApi.actions());
  const list = useQuery(`audit:${urlFilters.key}`, (signal) =>
    auditApi.list({ ...urlFilters.query, page: urlFilters.page, pageSize: urlFilters.pageSize }, signal),
  );

  const runVerify = async () => {
    setVerifying(true);
    try {
      setVerify(await auditApi.verify());
    } catch (err) {
      setVerify({ error: errorMessage(err) });
    } finally {
      setVerifying(false);
    }
  };

  return (
    <Card
      title="审计日志"
      extra={
        <Button icon={<SafetyCertificateOutlined />} loading={verifying} onClick={() => void runVerify()}>
          校验哈希链
        </Button>
      }
    >
      {verify &&
        ('error' in verify ? (
          <Alert type="error" showIcon closable title={`校验失败：${verify.error}`} style={{ marginBottom: 16 }} onClose={() => setVerify(null)} />
        ) : verify.ok ? (
          <Alert
            type="success"
            showIcon
            closable
            title={`哈希链完整：已校验 ${verify.checked} 条审计记录，未发现篡改。`}
            style={{ marginBottom: 16 }}
            onClose={() => setVerify(null)}
            data-testid="audit-verify"
          />
        ) : (
          <Alert
            type="error"
            showIcon
            closable
            title={`哈希链断裂：在 ID ${verify.brokenAtId ?? '未知'} 处校验失败（已校验 ${verify.checked} 条），该记录或其之前的记录可能被篡改。`}
            style={{ marginBottom: 16 }}
            onClose={() => setVerify(null)}
            data-testid="audit-verify"
          />
        ))}
      <ListToolbar search={{ value: filters.actor, onSearch: (actor) => apply({ actor }), placeholder: '操作人', width: 200 }} onReset={urlFilters.reset}>
        <Select
          allowClear
          showSearch
          placeholder="操作类型"
          style={{ width: 240 }}
          loading={actions.loading}
          value={filters.action}
          onChange={(v: string | undefined) => apply({ action: v })}
          options={(actions.data?.items ?? []).map((a) => ({ value: a, label: a }))}
        />
        <DatePicker.RangePicker
          showTime
          value={[filters.from ? dayjs(filters.from) : null, filters.to ? dayjs(filters.to) : null]}
          onChange={(r) => apply({ from: r?.[0]?.toISOString(), to: r?.[1]?.toISOString() })}
          placeholder={['开始时间', '结束时间']}
        />
      </ListToolbar>
      <ListError error={list.error} />
      <Table<AuditEntry>
        rowKey="id"
        size="middle"
        loading={list.loading}
        dataSource={list.data?.items ?? []}
        scroll={{ x: 1450 }}
        expandable={{
          expandedRowRender: (r) => <DetailJson detail={r.detail} />,
          rowExpandable: (r) => hasDetail(r.detail),
        }}
        pagination={urlFilters.pagination(list.data?.total ?? 0, '条')}
        columns={[
          { title: 'ID', dataIndex: 'id', width: 70 },
          { title: '时间', dataIndex: 'at', width: 170, render: (t: string) => dayjs(t).format(dateTimeFormat) },
          { title: '操作人', dataIndex: 'actorName', width: 180, render: (n: string | null) => n ?? '—' },
          { title: '来源IP', dataIndex: 'ip', width: 130, render: (ip: string | null) => ip ?? '—' },
          { title: '操作', dataIndex: 'action', width: 200, render: (a: string) => <Typography.Text code>{a}</Typography.Text> },
          { title: '对象类型', dataIndex: 'entityType', width: 110, render: (v: string | null) => v ?? '—' },
          {
            title: '对象ID',
            dataIndex: 'entityId',
            width: 150,
            ellipsis: true,
            render: (v: string | number | null) => (v === null ? '—' : <Typography.Text copyable={{ text: String(v) }}>{String(v)}</Typography.Text>),
          },
          {
            title: '详情',
            dataIndex: 'detail',
            width: 280,
            ellipsis: true,
            render: (d: unknown) => <Typography.Text type="secondary">{preview(d)}</Typography.Text>,
          },
        ]}
      />
    </Card>
  );
}
