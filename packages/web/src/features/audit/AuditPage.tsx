import { useState } from 'react';
import { Alert, Button, Card, Descriptions, Select, Table, Tabs, Typography } from 'antd';
import { useSearchParams } from 'react-router-dom';
import { SafetyCertificateOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { errorMessage } from '../../api/client.ts';
import { text } from '../../app/hooks/urlFilters.ts';
import { useUrlFilters } from '../../app/hooks/useUrlFilters.ts';
import { dateTimeFormat } from '../../app/labels.ts';
import { ListError, ListToolbar } from '../../app/ListToolbar.tsx';
import { fetchedOptions } from '../../app/forms.ts';
import { useQuery } from '../../app/useQuery.ts';
import { TimeRangeFilter } from './TimeRangeFilter.tsx';
import { auditApi, type AuditEntry, type VerifyResult } from './api.ts';
import { BusinessEventsTab } from './BusinessEventsTab.tsx';

/** The log's filters, kept in the URL; `from`/`to` are ISO date-times. */
const auditFilters = { tab: text(), actor: text(), action: text(), from: text(), to: text() };

/** The detail as the server labelled it: one 「标签：值」 line each. */
function DetailLines({ lines }: { lines: AuditEntry['detailLines'] }) {
  return (
    <Descriptions size="small" column={1} bordered>
      {lines.map((l, i) => (
        <Descriptions.Item key={`${l.label}-${i}`} label={l.label}>
          {l.value}
        </Descriptions.Item>
      ))}
    </Descriptions>
  );
}

function preview(lines: AuditEntry['detailLines']): string {
  if (lines.length === 0) return '—';
  const s = lines.map((l) => `${l.label}：${l.value}`).join('；');
  return s.length > 60 ? `${s.slice(0, 60)}…` : s;
}

/** 审计日志: 业务操作 (the workflow timelines' decisions) and 系统日志 (sign-ins, administration, exports). */
export default function AuditPage() {
  const [params, setParams] = useSearchParams();
  const tab = params.get('tab') === 'system' ? 'system' : 'business';
  const [verifying, setVerifying] = useState(false);
  const [verify, setVerify] = useState<VerifyResult | { error: string } | null>(null);

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
      <Tabs
        activeKey={tab}
        destroyOnHidden
        onChange={(key) => setParams(key === 'system' ? { tab: 'system' } : {}, { replace: true })}
        items={[
          { key: 'business', label: '业务操作', children: <BusinessEventsTab /> },
          { key: 'system', label: '系统日志', children: <SystemLogTab /> },
        ]}
      />
    </Card>
  );
}

/** 系统日志: the audit_log rows, labelled in Chinese. */
function SystemLogTab() {
  const urlFilters = useUrlFilters(auditFilters);
  const { filters, set: apply } = urlFilters;
  const actions = useQuery('audit-actions', () => auditApi.actions());
  const { tab: _tab, ...query } = urlFilters.query;
  const list = useQuery(`audit:${urlFilters.key}`, (signal) => auditApi.list({ ...query, page: urlFilters.page, pageSize: urlFilters.pageSize }, signal));

  return (
    <>
      <ListToolbar search={{ value: filters.actor, onSearch: (actor) => apply({ actor }), placeholder: '操作人', width: 200 }} onReset={() => apply({ actor: undefined, action: undefined, from: undefined, to: undefined })}>
        <Select
          allowClear
          showSearch
          placeholder="操作类型"
          style={{ width: 240 }}
          {...fetchedOptions(actions, (list) => list.items.map((a) => ({ value: a.value, label: a.label })))}
          value={filters.action}
          onChange={(v: string | undefined) => apply({ action: v })}
        />
        <TimeRangeFilter from={filters.from} to={filters.to} onChange={apply} />
      </ListToolbar>
      <ListError error={list.error} />
      <Table<AuditEntry>
        rowKey="id"
        size="middle"
        loading={list.loading}
        dataSource={list.data?.items ?? []}
        scroll={{ x: 1450 }}
        expandable={{
          expandedRowRender: (r) => <DetailLines lines={r.detailLines} />,
          rowExpandable: (r) => r.detailLines.length > 0,
        }}
        pagination={urlFilters.pagination(list.data?.total ?? 0, '条')}
        columns={[
          { title: 'ID', dataIndex: 'id', width: 70 },
          { title: '时间', dataIndex: 'at', width: 170, render: (t: string) => dayjs(t).format(dateTimeFormat) },
          { title: '操作人', dataIndex: 'actorName', width: 180, render: (n: string | null) => n ?? '—' },
          { title: '来源IP', dataIndex: 'ip', width: 130, render: (ip: string | null) => ip ?? '—' },
          { title: '操作', dataIndex: 'actionLabel', width: 200, render: (a: string, r) => <span title={r.action}>{a}</span> },
          { title: '对象类型', dataIndex: 'entityTypeLabel', width: 110, render: (v: string | null) => v ?? '—' },
          {
            title: '对象ID',
            dataIndex: 'entityId',
            width: 150,
            ellipsis: true,
            render: (v: string | number | null) => (v === null ? '—' : <Typography.Text copyable={{ text: String(v) }}>{String(v)}</Typography.Text>),
          },
          {
            title: '详情',
            dataIndex: 'detailLines',
            width: 280,
            ellipsis: true,
            render: (lines: AuditEntry['detailLines']) => <Typography.Text type="secondary">{preview(lines)}</Typography.Text>,
          },
        ]}
      />
    </>
  );
}
