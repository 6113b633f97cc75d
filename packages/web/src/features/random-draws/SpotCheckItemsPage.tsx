import { useState } from 'react';
import { Button, Card, Form, Input, InputNumber, Select, Switch, Table, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useAuth } from '../../app/auth.tsx';
import { feedback } from '../../app/feedback.ts';
import { FormModal } from '../../app/FormModal.tsx';
import { useFormSubmit } from '../../app/hooks/useFormSubmit.ts';
import { ListError } from '../../app/ListToolbar.tsx';
import { useQuery } from '../../app/useQuery.ts';
import { useSectors } from '../reference/useSectors.ts';
import { drawsApi, type SpotCheckItem } from './api.ts';

type Values = { title?: string; basis?: string; sectors: string[]; checklistSector?: string; ratioPercent?: number | null; frequencyPerYear?: number | null };

function ItemModal({ item, onClose, onDone }: { item: SpotCheckItem | null; onClose: () => void; onDone: () => void }) {
  const [form] = Form.useForm<Values>();
  const { me } = useAuth();
  const { sectors, sectorName } = useSectors();
  const own = me?.org?.sectors ?? [];
  const options = (own.length > 0 ? own : sectors.map((s) => s.code)).map((code) => ({ value: code, label: sectorName(code) }));
  const { submit, saving, error } = useFormSubmit(
    form,
    (v: Values) => {
      const body = { title: (v.title ?? '').trim(), basis: (v.basis ?? '').trim(), sectors: v.sectors, checklist: { sector: v.checklistSector ?? '' }, ratioPercent: v.ratioPercent ?? 0, frequencyPerYear: v.frequencyPerYear ?? 0 };
      return item ? drawsApi.updateItem(item.id, { ...body, version: item.version }) : drawsApi.createItem(body);
    },
    { success: '已保存', onSuccess: onDone },
  );
  const initial: Values = item
    ? { title: item.title, basis: item.basis, sectors: item.sectors, checklistSector: 'sector' in item.checklist ? item.checklist.sector : undefined, ratioPercent: item.ratioPercent, frequencyPerYear: item.frequencyPerYear }
    : { sectors: [], ...(own[0] ? { checklistSector: own[0] } : {}), ratioPercent: 10, frequencyPerYear: 2 };
  return (
    <FormModal open title={item ? '修改抽查事项' : '新增抽查事项'} onClose={onClose} onSubmit={submit} saving={saving} error={error} width={640}>
      <Form<Values> form={form} layout="vertical" initialValues={initial}>
        <Form.Item label="抽查事项" name="title" rules={[{ required: true, whitespace: true, message: '请填写抽查事项' }]}>
          <Input maxLength={100} placeholder="如：危险化学品企业安全生产条件执法检查" />
        </Form.Item>
        <Form.Item label="检查依据" name="basis">
          <Input.TextArea rows={2} maxLength={500} />
        </Form.Item>
        <Form.Item label="行业领域" name="sectors" extra="不选为本单位监管的全部行业">
          <Select mode="multiple" options={options} showSearch={{ optionFilterProp: 'label' }} />
        </Form.Item>
        <Form.Item label="检查表（行业判定标准）" name="checklistSector" rules={[{ required: true, message: '请选择检查表' }]}>
          <Select options={options} showSearch={{ optionFilterProp: 'label' }} />
        </Form.Item>
        <Form.Item label="抽查比例（%）" name="ratioPercent" rules={[{ required: true, message: '请填写抽查比例' }]}>
          <InputNumber min={0.1} max={100} style={{ width: 160 }} />
        </Form.Item>
        <Form.Item label="每年抽查次数" name="frequencyPerYear" rules={[{ required: true, message: '请填写每年抽查次数' }]}>
          <InputNumber min={1} max={52} precision={0} style={{ width: 160 }} />
        </Form.Item>
      </Form>
    </FormModal>
  );
}

/** 抽查事项清单: what the org checks by 双随机, the share drawn and how often; this year's draws against the frequency. */
export default function SpotCheckItemsPage() {
  const { can } = useAuth();
  const { sectorName } = useSectors();
  const list = useQuery('spot-check-items', (signal) => drawsApi.items({}, signal));
  const [editing, setEditing] = useState<SpotCheckItem | 'new' | null>(null);
  const toggle = async (item: SpotCheckItem, active: boolean) => {
    try {
      await drawsApi.updateItem(item.id, { version: item.version, active });
      feedback.success(active ? '已启用' : '已停用');
    } catch (e) {
      feedback.error(e);
    }
    list.reload();
  };
  return (
    <Card
      title="抽查事项清单"
      extra={
        can('inspections.plan') && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
            新增抽查事项
          </Button>
        )
      }
    >
      <ListError error={list.error} />
      <Table<SpotCheckItem>
        rowKey="id"
        loading={list.loading}
        dataSource={list.data?.items ?? []}
        pagination={false}
        scroll={{ x: 960 }}
        columns={[
          { title: '抽查事项', dataIndex: 'title', render: (t: string, i) => (i.mine ? <Typography.Link onClick={() => setEditing(i)}>{t}</Typography.Link> : t) },
          { title: '制定单位', dataIndex: 'orgName', width: 180 },
          { title: '行业领域', dataIndex: 'sectors', width: 180, render: (ss: string[]) => (ss.length === 0 ? '全部' : ss.map((s) => <Tag key={s}>{sectorName(s)}</Tag>)) },
          { title: '比例', dataIndex: 'ratioPercent', width: 80, render: (p: number) => `${p}%` },
          { title: '今年已抽/频次', width: 120, render: (_: unknown, i: SpotCheckItem) => <Typography.Text type={i.drawsThisYear < i.frequencyPerYear ? 'warning' : undefined}>{`${i.drawsThisYear} / ${i.frequencyPerYear}次`}</Typography.Text> },
          { title: '启用', dataIndex: 'active', width: 80, render: (a: boolean, i) => <Switch size="small" checked={a} disabled={!i.mine} onChange={(on) => void toggle(i, on)} /> },
        ]}
      />
      {editing && (
        <ItemModal
          item={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
          onDone={() => {
            setEditing(null);
            list.reload();
          }}
        />
      )}
    </Card>
  );
}
