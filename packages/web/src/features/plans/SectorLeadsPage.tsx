import { useState } from 'react';
import { Button, Card, Form, Input, Select, Table, Typography } from 'antd';
import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import { call } from '../../api/client.ts';
import type { BodyOf, ResponseOf } from '../../api/contract.ts';
import { FormModal } from '../../app/FormModal.tsx';
import { ListError } from '../../app/ListToolbar.tsx';
import { useAuth } from '../../app/auth.tsx';
import { useFormSubmit } from '../../app/hooks/useFormSubmit.ts';
import { useQuery } from '../../app/useQuery.ts';
import { useSectorSelect } from '../reference/useSectors.ts';
import { planOrgOptions } from './api.ts';
import { fetchedOptions } from '../../app/forms.ts';

type SectorLead = ResponseOf<'/api/sector-leads', 'get'>['items'][number];
type Values = { sector?: string; domainName?: string; leadOrgId?: string; coOrgIds?: string[]; basis?: string };

function SectorLeadFormModal({ lead, onClose, onSaved }: { lead: SectorLead | null; onClose: () => void; onSaved: () => void }) {
  const [form] = Form.useForm<Values>();
  const orgs = useQuery('plan-orgs', (signal) => planOrgOptions(signal));
  const sectorSelect = useSectorSelect();
  const { submit, saving, error, conflict } = useFormSubmit(
    form,
    (v: Values) => {
      const body: BodyOf<'/api/sector-leads', 'post'> = {
        sector: v.sector ?? null,
        domainName: (v.domainName ?? '').trim(),
        leadOrgId: v.leadOrgId ?? '',
        coOrgIds: v.coOrgIds ?? [],
        basis: (v.basis ?? '').trim(),
      };
      return lead ? call('patch', '/api/sector-leads/{id}', { params: { id: lead.id }, body: { ...body, version: lead.version } }) : call('post', '/api/sector-leads', { body });
    },
    { success: '已保存，举报件按此分送', onSuccess: onSaved },
  );
  const initial: Values = lead ? { sector: lead.sector ?? undefined, domainName: lead.domainName, leadOrgId: lead.leadOrgId, coOrgIds: lead.coOrgs.map((o) => o.id), basis: lead.basis } : {};
  return (
    <FormModal open title={lead ? '修改牵头部门' : '新增牵头部门设置'} onClose={onClose} onSubmit={submit} saving={saving} error={error} onReload={conflict ? onClose : undefined} width={640}>
      <Form form={form} layout="vertical" initialValues={initial} preserve={false}>
        <Form.Item label="行业领域" name="sector" extra="目录中的行业；目录以外的「一件事」填写下方名称">
          <Select allowClear {...sectorSelect} />
        </Form.Item>
        <Form.Item label="一件事名称" name="domainName">
          <Input maxLength={64} placeholder="如 电动自行车全链条安全" />
        </Form.Item>
        <Form.Item label="牵头部门" name="leadOrgId" rules={[{ required: true, message: '请选择牵头部门' }]}>
          <Select showSearch={{ optionFilterProp: 'label' }} {...fetchedOptions(orgs)} data-testid="sector-lead-org" />
        </Form.Item>
        <Form.Item label="配合部门" name="coOrgIds">
          <Select mode="multiple" allowClear showSearch={{ optionFilterProp: 'label' }} {...fetchedOptions(orgs)} />
        </Form.Item>
        <Form.Item label="依据" name="basis">
          <Input.TextArea rows={3} maxLength={1000} placeholder="如 本级安委会文件文号" />
        </Form.Item>
      </Form>
    </FormModal>
  );
}

/** 行业领域牵头部门（一件事）: the region's overrides of the sector catalogue, which tip routing follows. */
export default function SectorLeadsPage() {
  const { me } = useAuth();
  const canManage = me?.capabilities.includes('plans.manage') ?? false;
  const query = useQuery('sector-leads', (signal) => call('get', '/api/sector-leads', { signal }));
  const [editing, setEditing] = useState<SectorLead | 'new' | null>(null);
  return (
    <Card
      title="行业领域牵头部门（一件事）"
      extra={
        canManage && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')} data-testid="sector-lead-add">
            新增
          </Button>
        )
      }
    >
      <Typography.Paragraph type="secondary">本地对行业领域目录牵头部门的调整，举报件分送和任务分解按此执行；未设置的行业按目录。</Typography.Paragraph>
      <ListError error={query.error} />
      <Table<SectorLead>
        rowKey="id"
        size="middle"
        loading={query.loading}
        dataSource={query.data?.items ?? []}
        pagination={false}
        scroll={{ x: 860 }}
        data-testid="sector-leads-table"
        columns={[
          { title: '行业领域', width: 200, render: (_: unknown, s) => s.sectorName ?? s.domainName },
          { title: '地区', dataIndex: 'regionName', width: 110 },
          { title: '牵头部门', dataIndex: 'leadOrgName', width: 180 },
          { title: '目录牵头', dataIndex: 'catalogueLead', width: 160, render: (v: string | null) => v ?? '—' },
          { title: '配合部门', render: (_: unknown, s) => s.coOrgs.map((o) => o.name).join('、') || '—' },
          { title: '', width: 60, render: (_: unknown, s) => s.editable && <Button size="small" type="link" icon={<EditOutlined />} onClick={() => setEditing(s)} aria-label="修改" /> },
        ]}
      />
      {editing && (
        <SectorLeadFormModal
          lead={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            query.reload();
          }}
        />
      )}
    </Card>
  );
}
