import { useState } from 'react';
import { Button, Card, DatePicker, Form, Input, Select, Table, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useAuth } from '../../app/auth.tsx';
import { FormModal } from '../../app/FormModal.tsx';
import { useFormSubmit } from '../../app/hooks/useFormSubmit.ts';
import { dateFormat } from '../../app/labels.ts';
import { ListError } from '../../app/ListToolbar.tsx';
import { useQuery } from '../../app/useQuery.ts';
import { enterprisesApi } from '../enterprises/api.ts';
import { drawsApi, type Inspector } from './api.ts';

type Values = { certificateNo?: string; expiresOn?: Dayjs | null; conflictEnterpriseIds: string[]; note?: string };

/** Enterprises to avoid, searched by name as typed (the org's own scope answers). */
function EnterprisesPicker({ value, onChange, initial }: { value?: string[]; onChange?: (v: string[]) => void; initial: { id: string; name: string }[] }) {
  const [options, setOptions] = useState(initial.map((e) => ({ value: e.id, label: e.name })));
  const search = async (q: string) => {
    const page = await enterprisesApi.list({ q: q || undefined, page: 1, pageSize: 20 });
    const found = page.items.map((e) => ({ value: String(e.id), label: e.name }));
    setOptions((current) => [...current.filter((o) => value?.includes(o.value)), ...found.filter((f) => !value?.includes(f.value))]);
  };
  return <Select mode="multiple" value={value} onChange={onChange} options={options} filterOption={false} onSearch={(q) => void search(q)} placeholder="输入企业名称搜索" showSearch />;
}

function EditInspectorModal({ inspector, onClose, onSaved }: { inspector: Inspector; onClose: () => void; onSaved: () => void }) {
  const [form] = Form.useForm<Values>();
  const { submit, saving, error } = useFormSubmit(
    form,
    (v: Values) =>
      drawsApi.saveInspector(inspector.userId, {
        certificateNo: (v.certificateNo ?? '').trim(),
        expiresOn: v.expiresOn ? v.expiresOn.format(dateFormat) : '',
        conflictEnterpriseIds: v.conflictEnterpriseIds,
        note: (v.note ?? '').trim(),
        version: inspector.version,
      }),
    { success: '已保存', onSuccess: onSaved },
  );
  return (
    <FormModal open title={`执法证件与回避：${inspector.name}`} onClose={onClose} onSubmit={submit} saving={saving} error={error} width={640}>
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ certificateNo: inspector.certificateNo ?? '', expiresOn: inspector.expiresOn ? dayjs(inspector.expiresOn) : null, conflictEnterpriseIds: inspector.conflicts.map((c) => c.id), note: inspector.note }}
      >
        <Form.Item label="执法证件号" name="certificateNo" rules={[{ required: true, whitespace: true, message: '请填写执法证件号' }]}>
          <Input maxLength={50} data-testid="inspector-certificate" />
        </Form.Item>
        <Form.Item label="有效期至" name="expiresOn" rules={[{ required: true, message: '请选择证件有效期' }]}>
          <DatePicker style={{ width: 200 }} />
        </Form.Item>
        <Form.Item label="须回避的企业" name="conflictEnterpriseIds" extra="近亲属任职、曾任职或提供咨询服务等有利害关系的企业，抽查时不会派往">
          <EnterprisesPicker initial={inspector.conflicts} />
        </Form.Item>
        <Form.Item label="备注" name="note">
          <Input.TextArea rows={2} maxLength={500} />
        </Form.Item>
      </Form>
    </FormModal>
  );
}

/** 执法检查人员名录库: the org's officers, their enforcement certificates and avoidances; only valid ones are drawn. */
export default function InspectorsPage() {
  const { can } = useAuth();
  const list = useQuery('inspectors', (signal) => drawsApi.inspectors(signal));
  const [editing, setEditing] = useState<Inspector | null>(null);
  return (
    <Card title="执法检查人员名录库">
      <Typography.Paragraph type="secondary">本单位工作人员持有效执法证件的进入双随机抽查的检查人员库；证件过期或未登记的不会被抽中。</Typography.Paragraph>
      <ListError error={list.error} />
      <Table<Inspector>
        rowKey="userId"
        loading={list.loading}
        dataSource={list.data?.items ?? []}
        pagination={false}
        scroll={{ x: 820 }}
        columns={[
          { title: '姓名', dataIndex: 'name', width: 200 },
          { title: '执法证件号', dataIndex: 'certificateNo', width: 220, render: (c: string | null) => c ?? '未登记' },
          { title: '有效期至', dataIndex: 'expiresOn', width: 120, render: (d: string | null) => d ?? '—' },
          { title: '状态', dataIndex: 'valid', width: 100, render: (v: boolean, i) => (v ? <Tag color="success">可抽取</Tag> : <Tag>{i.certificateNo ? '证件过期' : '未登记'}</Tag>) },
          { title: '回避企业', dataIndex: 'conflicts', render: (cs: Inspector['conflicts']) => (cs.length === 0 ? '—' : cs.map((c) => c.name).join('、')) },
          ...(can('inspections.plan')
            ? [
                {
                  title: '',
                  width: 90,
                  render: (_: unknown, i: Inspector) => (
                    <Button size="small" onClick={() => setEditing(i)} data-testid={`inspector-edit-${i.name}`}>
                      登记
                    </Button>
                  ),
                },
              ]
            : []),
        ]}
      />
      {editing && (
        <EditInspectorModal
          inspector={editing}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            list.reload();
          }}
        />
      )}
    </Card>
  );
}
