import { useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { Button, Card, DatePicker, Form, Input, Select, Space, Table, Tag } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import { FormModal } from '../../app/FormModal.tsx';
import { ListError, ListToolbar } from '../../app/ListToolbar.tsx';
import { useAuth } from '../../app/auth.tsx';
import { useFormSubmit } from '../../app/hooks/useFormSubmit.ts';
import { oneOf } from '../../app/hooks/urlFilters.ts';
import { useUrlFilters } from '../../app/hooks/useUrlFilters.ts';
import { useQuery } from '../../app/useQuery.ts';
import { DispatchDocumentCard } from './DispatchDocumentCard.tsx';
import { dispatchApi, type RoundListItem, type RoundView } from './api.ts';

const years = ['2024', '2025', '2026'] as const;
const filterSpec = { year: oneOf(years) };
const statusColors: Record<RoundListItem['status'], string> = { open: 'processing', held: 'warning', closed: 'success' };

function OpenRoundModal({ open, onClose, onOpened }: { open: boolean; onClose: () => void; onOpened: (r: RoundView) => void }) {
  const [form] = Form.useForm<{ month?: Dayjs; name?: string }>();
  const { submit, saving, error } = useFormSubmit(form, (v) => dispatchApi.open({ month: (v.month ?? dayjs()).format('YYYY-MM'), planId: null, name: (v.name ?? '').trim() }), {
    success: '已开启本月调度',
    onSuccess: onOpened,
  });
  return (
    <FormModal open={open} title="开启月度调度" onClose={onClose} onSubmit={submit} saving={saving} error={error} okText="开启" errorTestId="open-round-error">
      <Form form={form} layout="vertical" initialValues={{ month: dayjs() }} preserve={false}>
        <Form.Item label="调度月份" name="month" rules={[{ required: true, message: '请选择调度月份' }]}>
          <DatePicker picker="month" style={{ width: '100%' }} data-testid="round-month" />
        </Form.Item>
        <Form.Item label="名称" name="name" extra="不填则为「某年某月调度」">
          <Input maxLength={200} />
        </Form.Item>
      </Form>
    </FormModal>
  );
}

/** 调度: the monthly dispatch rounds of the caller's 安委办, opening a round, and the dispatch documents. */
export default function DispatchRoundsPage() {
  const { me } = useAuth();
  const navigate = useNavigate();
  const canManage = me?.capabilities.includes('plans.manage') ?? false;
  const f = useUrlFilters(filterSpec, { pageSize: 24 });
  const [opening, setOpening] = useState(false);
  const query = useQuery(f.key, (signal) => dispatchApi.list({ year: f.query.year ? Number(f.query.year) : undefined, page: f.page, pageSize: f.pageSize }, signal));
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Card
        title="月度调度"
        extra={
          canManage && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setOpening(true)} data-testid="open-round">
              开启调度
            </Button>
          )
        }
      >
        <ListToolbar onReset={f.reset}>
          <Select allowClear placeholder="年度" style={{ width: 120 }} value={f.filters.year} options={years.map((y) => ({ value: y, label: `${y}年` }))} onChange={(year) => f.set({ year })} />
        </ListToolbar>
        <ListError error={query.error} />
        <Table<RoundListItem>
          rowKey="id"
          size="middle"
          loading={query.loading}
          dataSource={query.data?.items ?? []}
          pagination={f.pagination(query.data?.total ?? 0, '轮调度')}
          scroll={{ x: 760 }}
          columns={[
            { title: '月份', dataIndex: 'monthLabel', render: (v: string, r) => <Link to={`/dispatch/${r.id}`}>{v}</Link> },
            { title: '名称', dataIndex: 'name' },
            { title: '状态', dataIndex: 'statusLabel', render: (v: string, r) => <Tag color={statusColors[r.status]}>{v}</Tag> },
            { title: '问题', dataIndex: 'problemCount', align: 'right' },
            { title: '交办事项', dataIndex: 'decisionCount', align: 'right' },
            { title: '通报文号', dataIndex: 'docNo' },
            { title: '结束日期', dataIndex: 'closedOn', render: (v: string | null) => v ?? '—' },
          ]}
        />
      </Card>
      {canManage && <DispatchDocumentCard />}
      <OpenRoundModal open={opening} onClose={() => setOpening(false)} onOpened={(r) => void navigate(`/dispatch/${r.id}`)} />
    </Space>
  );
}
