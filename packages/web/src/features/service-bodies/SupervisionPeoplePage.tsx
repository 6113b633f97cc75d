import { useState } from 'react';
import { Button, Card, DatePicker, Form, Input, Select, Space, Tabs, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { useAuth } from '../../app/auth.tsx';
import { FormModal } from '../../app/FormModal.tsx';
import { oneOf, text } from '../../app/hooks/urlFilters.ts';
import { useFormSubmit } from '../../app/hooks/useFormSubmit.ts';
import { useUrlFilters } from '../../app/hooks/useUrlFilters.ts';
import { ListError, ListToolbar } from '../../app/ListToolbar.tsx';
import { ResponsiveTable } from '../../app/ResponsiveTable.tsx';
import { useQuery } from '../../app/useQuery.ts';
import { serviceBodiesApi, supervisionPersonKindLabels, supervisionPersonKinds, supervisionPersonStatuses, supervisionPersonStatusLabels, type SupervisionPerson } from './api.ts';

const filtersSpec = { kind: oneOf(supervisionPersonKinds), status: oneOf(supervisionPersonStatuses), q: text() };
const termColors: Record<SupervisionPerson['termState'], string> = { active: 'green', expired: 'orange', ended: 'default' };

type Values = {
  kind?: SupervisionPerson['kind'];
  name?: string;
  phone?: string;
  idNumber?: string;
  employer?: string;
  certName?: string;
  certNumber?: string;
  certExpiresOn?: Dayjs | null;
  termFrom?: Dayjs | null;
  termTo?: Dayjs | null;
  status?: SupervisionPerson['status'];
};

function PersonModal({ person, kind, onClose, onDone }: { person: SupervisionPerson | null; kind: SupervisionPerson['kind']; onClose: () => void; onDone: () => void }) {
  const [form] = Form.useForm<Values>();
  const { submit, saving, error } = useFormSubmit(
    form,
    (v: Values) => {
      const certificate = v.certName?.trim() ? { name: v.certName.trim(), number: (v.certNumber ?? '').trim(), expiresOn: v.certExpiresOn ? v.certExpiresOn.format('YYYY-MM-DD') : null } : null;
      const idNumber = v.idNumber?.trim() || undefined;
      const common = {
        name: (v.name ?? '').trim(),
        phone: (v.phone ?? '').trim(),
        employer: (v.employer ?? '').trim(),
        certificate,
        termFrom: v.termFrom ? v.termFrom.format('YYYY-MM-DD') : '',
        termTo: v.termTo ? v.termTo.format('YYYY-MM-DD') : '',
        ...(idNumber ? { idNumber } : {}),
      };
      return person ? serviceBodiesApi.updatePerson(person.id, { ...common, status: v.status ?? person.status, version: person.version }) : serviceBodiesApi.addPerson({ ...common, kind: v.kind ?? kind });
    },
    { success: '已保存', onSuccess: onDone },
  );
  const initial: Values = person
    ? {
        kind: person.kind,
        name: person.name,
        phone: person.phone,
        employer: person.employer,
        certName: person.certificate?.name,
        certNumber: person.certificate?.number,
        certExpiresOn: person.certificate?.expiresOn ? dayjs(person.certificate.expiresOn) : null,
        termFrom: dayjs(person.termFrom),
        termTo: dayjs(person.termTo),
        status: person.status,
      }
    : { kind };
  return (
    <FormModal open title={person ? `修改${person.kindLabel}` : '登记人员'} onClose={onClose} onSubmit={submit} saving={saving} error={error} width={640}>
      <Form<Values> form={form} layout="vertical" initialValues={initial}>
        <Space wrap>
          <Form.Item label="类别" name="kind" rules={[{ required: true, message: '请选择类别' }]}>
            <Select disabled={person !== null} style={{ width: 180 }} options={supervisionPersonKinds.map((k) => ({ value: k, label: supervisionPersonKindLabels[k] }))} />
          </Form.Item>
          <Form.Item label="姓名" name="name" rules={[{ required: true, whitespace: true, message: '请填写姓名' }]}>
            <Input maxLength={50} />
          </Form.Item>
          <Form.Item label="联系电话" name="phone">
            <Input maxLength={40} />
          </Form.Item>
        </Space>
        <Form.Item label="身份证号" name="idNumber" extra={person?.idNumberMasked ? `已登记：${person.idNumberMasked}（加密保存；留空不修改）` : '加密保存，页面仅显示脱敏号码'}>
          <Input maxLength={18} autoComplete="off" />
        </Form.Item>
        <Form.Item label="工作单位" name="employer">
          <Input maxLength={200} />
        </Form.Item>
        <Space wrap>
          <Form.Item label="证书" name="certName">
            <Input maxLength={100} placeholder="如：注册安全工程师" />
          </Form.Item>
          <Form.Item label="证书编号" name="certNumber">
            <Input maxLength={100} />
          </Form.Item>
          <Form.Item label="证书有效期至" name="certExpiresOn">
            <DatePicker />
          </Form.Item>
        </Space>
        <Space wrap>
          <Form.Item label="聘期起" name="termFrom" rules={[{ required: true, message: '请选择' }]}>
            <DatePicker />
          </Form.Item>
          <Form.Item label="聘期止" name="termTo" rules={[{ required: true, message: '请选择' }]}>
            <DatePicker />
          </Form.Item>
          {person && (
            <Form.Item label="状态" name="status">
              <Select style={{ width: 120 }} options={supervisionPersonStatuses.map((s) => ({ value: s, label: supervisionPersonStatusLabels[s] }))} />
            </Form.Item>
          )}
        </Space>
      </Form>
    </FormModal>
  );
}

/** 执法技术检查员 and 社会监督员 (D14, M5): the registers in scope, by kind (tabs), status and name; the owner org edits. */
export default function SupervisionPeoplePage() {
  const { can } = useAuth();
  const urlFilters = useUrlFilters(filtersSpec);
  const { filters, set: update } = urlFilters;
  const list = useQuery(`supervision-people:${urlFilters.key}`, (signal) => serviceBodiesApi.people({ ...urlFilters.query, page: urlFilters.page, pageSize: urlFilters.pageSize }, signal));
  const [editing, setEditing] = useState<SupervisionPerson | 'new' | null>(null);
  const kind = filters.kind ?? 'technical_inspector';
  return (
    <Card
      title="技术检查员与社会监督员"
      extra={
        can('service_bodies.manage') && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')} data-testid="person-new">
            登记人员
          </Button>
        )
      }
    >
      <Tabs
        activeKey={filters.kind ?? 'all'}
        onChange={(k) => update({ kind: k === 'all' ? undefined : (supervisionPersonKinds.find((x) => x === k) ?? undefined) })}
        items={[{ key: 'all', label: '全部' }, ...supervisionPersonKinds.map((k) => ({ key: k, label: supervisionPersonKindLabels[k] }))]}
      />
      <ListToolbar search={{ value: filters.q, onSearch: (q) => update({ q }), placeholder: '姓名或工作单位' }} onReset={urlFilters.reset}>
        <Select allowClear placeholder="状态" style={{ width: 120 }} value={filters.status} onChange={(v: SupervisionPerson['status'] | undefined) => update({ status: v })} options={supervisionPersonStatuses.map((s) => ({ value: s, label: supervisionPersonStatusLabels[s] }))} />
      </ListToolbar>
      <ListError error={list.error} />
      <ResponsiveTable<SupervisionPerson>
        rowKey="id"
        loading={list.loading}
        dataSource={list.data?.items ?? []}
        pagination={urlFilters.pagination(list.data?.total ?? 0, '人')}
        columns={[
          { title: '姓名', dataIndex: 'name', render: (n: string, p) => (p.mine && can('service_bodies.manage') ? <Typography.Link onClick={() => setEditing(p)}>{n}</Typography.Link> : n) },
          { title: '类别', dataIndex: 'kindLabel', width: 130 },
          { title: '身份证号', dataIndex: 'idNumberMasked', width: 190, render: (m: string) => m || '—' },
          { title: '工作单位', dataIndex: 'employer', render: (e: string) => e || '—' },
          { title: '证书', dataIndex: 'certificate', render: (c: SupervisionPerson['certificate']) => (c ? `${c.name} ${c.number}${c.expiresOn ? `（至${c.expiresOn}）` : ''}` : '—') },
          { title: '聘期', width: 210, render: (_: unknown, p: SupervisionPerson) => `${p.termFrom} 至 ${p.termTo}` },
          { title: '状态', dataIndex: 'termState', width: 100, render: (s: SupervisionPerson['termState'], p) => <Tag color={termColors[s]}>{p.termStateLabel}</Tag> },
          { title: '聘任单位', dataIndex: 'orgName', width: 200 },
        ]}
      />
      {editing && (
        <PersonModal
          person={editing === 'new' ? null : editing}
          kind={kind}
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
