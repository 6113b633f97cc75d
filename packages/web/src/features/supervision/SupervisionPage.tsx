import { useState } from 'react';
import { Button, Card, Col, Form, Input, Row, Select, Space, Statistic, Switch, Table, Tag, Typography } from 'antd';
import { ReloadOutlined } from '@ant-design/icons';
import { supervisionClasses, supervisionClassLabels } from '@zhiben/core/src/draw/supervision-class.ts';
import { call } from '../../api/client.ts';
import type { QueryOf, ResponseOf } from '../../api/contract.ts';
import { feedback } from '../../app/feedback.ts';
import { FormModal } from '../../app/FormModal.tsx';
import { oneOf, text } from '../../app/hooks/urlFilters.ts';
import { useFormSubmit } from '../../app/hooks/useFormSubmit.ts';
import { useUrlFilters } from '../../app/hooks/useUrlFilters.ts';
import { ListError, ListToolbar } from '../../app/ListToolbar.tsx';
import { useQuery } from '../../app/useQuery.ts';

type Classes = ResponseOf<'/api/supervision-classes', 'get'>;
type Row = Classes['items'][number];
const classes = supervisionClasses;
const classColors: Record<(typeof classes)[number], string> = { A: 'red', B: 'gold', C: 'green' };
const classLabels = supervisionClassLabels;
const filtersSpec = { class: oneOf(classes), q: text(), belowMinimum: oneOf(['true'] as const), watched: oneOf(['true'] as const) };

const supervisionApi = {
  list: (query: QueryOf<'/api/supervision-classes', 'get'>, signal?: AbortSignal) => call('get', '/api/supervision-classes', { query, signal }),
  recompute: () => call('post', '/api/supervision-classes/recompute'),
  watch: (enterpriseId: string, reason: string) => call('put', '/api/watch-list/{enterpriseId}', { params: { enterpriseId }, body: { reason } }),
  unwatch: (enterpriseId: string) => call('delete', '/api/watch-list/{enterpriseId}', { params: { enterpriseId } }),
};

function WatchModal({ row, onClose, onDone }: { row: Row; onClose: () => void; onDone: () => void }) {
  const [form] = Form.useForm<{ reason?: string }>();
  const { submit, saving, error } = useFormSubmit(form, (v: { reason?: string }) => supervisionApi.watch(row.enterpriseId, (v.reason ?? '').trim()), { success: '已列入不放心企业名单', onSuccess: onDone });
  return (
    <FormModal open title={`列入不放心企业：${row.name}`} onClose={onClose} onSubmit={submit} saving={saving} error={error} okText="列入">
      <Form form={form} layout="vertical">
        <Form.Item label="列入理由" name="reason" rules={[{ required: true, whitespace: true, message: '请填写列入理由' }]} extra="列入后本月即为A类，双随机按A类加权抽取">
          <Input.TextArea rows={3} maxLength={500} data-testid="watch-reason" />
        </Form.Item>
      </Form>
    </FormModal>
  );
}

/**
 * 差异化监管: this month's class of every enterprise in scope with the reasons that make it, the inspections it had this
 * year against its class's minimum, and the 不放心企业 list (forces A). Counts per class filter the table.
 */
export default function SupervisionPage() {
  const urlFilters = useUrlFilters(filtersSpec);
  const { filters, set: update } = urlFilters;
  const list = useQuery(`supervision:${urlFilters.key}`, (signal) => supervisionApi.list({ ...urlFilters.query, page: urlFilters.page, pageSize: urlFilters.pageSize }, signal));
  const [watching, setWatching] = useState<Row | null>(null);
  const [busy, setBusy] = useState(false);
  const data = list.data;
  const recompute = async () => {
    setBusy(true);
    try {
      const r = await supervisionApi.recompute();
      feedback.success(`已重新计算：A类${r.counts.A}家，B类${r.counts.B}家，C类${r.counts.C}家`);
      list.reload();
    } catch (e) {
      feedback.error(e);
    } finally {
      setBusy(false);
    }
  };
  const unwatch = async (row: Row) => {
    try {
      await supervisionApi.unwatch(row.enterpriseId);
      feedback.success('已移出不放心企业名单');
      list.reload();
    } catch (e) {
      feedback.error(e);
    }
  };
  return (
    <Card
      title={`差异化监管${data ? `（${data.period}）` : ''}`}
      extra={
        <Button icon={<ReloadOutlined />} loading={busy} onClick={() => void recompute()}>
          按当前数据重新计算
        </Button>
      }
    >
      <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
        {classes.map((c) => (
          <Col key={c} xs={24} sm={8}>
            <Card size="small" hoverable onClick={() => update({ class: filters.class === c ? undefined : c })} data-testid={`class-count-${c}`} style={filters.class === c ? { borderColor: '#1f5fbf' } : undefined}>
              <Statistic title={classLabels[c]} value={data?.counts[c] ?? 0} suffix="家" />
              <Typography.Text type="secondary">{data ? `每年至少检查${data.minInspections[c]}次 · 双随机权重×${data.drawWeight[c]}` : ' '}</Typography.Text>
            </Card>
          </Col>
        ))}
      </Row>
      <ListToolbar search={{ value: filters.q, onSearch: (q) => update({ q }), placeholder: '企业名称' }} onReset={urlFilters.reset}>
        <Select allowClear placeholder="监管分类" style={{ width: 180 }} value={filters.class} onChange={(v: (typeof classes)[number] | undefined) => update({ class: v })} options={classes.map((c) => ({ value: c, label: classLabels[c] }))} />
        <Space>
          <Switch checked={filters.belowMinimum === 'true'} onChange={(on) => update({ belowMinimum: on ? 'true' : undefined })} data-testid="below-minimum" />
          今年检查次数不足
        </Space>
        <Space>
          <Switch checked={filters.watched === 'true'} onChange={(on) => update({ watched: on ? 'true' : undefined })} />
          仅不放心企业
        </Space>
      </ListToolbar>
      <ListError error={list.error} />
      <Table<Row>
        rowKey="enterpriseId"
        loading={list.loading}
        dataSource={data?.items ?? []}
        pagination={urlFilters.pagination(data?.total ?? 0, '家企业')}
        scroll={{ x: 1000 }}
        columns={[
          { title: '企业', dataIndex: 'name', width: 260 },
          { title: '分类', dataIndex: 'class', width: 140, render: (c: Row['class'], r) => <Tag color={classColors[c]}>{r.classLabel}</Tag> },
          { title: '计分', dataIndex: 'score', width: 70 },
          { title: '理由', dataIndex: 'reasons', render: (rs: string[], r) => [...(r.watchedReason ? [`不放心：${r.watchedReason}`] : []), ...rs.filter((x) => x !== '列入不放心企业名单')].join('；') },
          {
            title: '今年检查',
            width: 110,
            render: (_: unknown, r: Row) => <Typography.Text type={r.inspections < r.minInspections ? 'danger' : undefined}>{`${r.inspections} / ${r.minInspections}次`}</Typography.Text>,
          },
          {
            title: '',
            width: 120,
            render: (_: unknown, r: Row) =>
              r.watched ? (
                <Button size="small" onClick={() => void unwatch(r)}>
                  移出不放心
                </Button>
              ) : (
                <Button size="small" danger onClick={() => setWatching(r)} data-testid={`watch-${r.enterpriseId}`}>
                  列入不放心
                </Button>
              ),
          },
        ]}
      />
      {watching && (
        <WatchModal
          row={watching}
          onClose={() => setWatching(null)}
          onDone={() => {
            setWatching(null);
            list.reload();
          }}
        />
      )}
    </Card>
  );
}
