import { useState } from 'react';
import { Alert, Button, Card, DatePicker, Descriptions, Form, Input, InputNumber, Select, Space, Switch, Table, Tag, Typography } from 'antd';
import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import type { Dayjs } from 'dayjs';
import { useParams } from 'react-router-dom';
import { feedback } from '../../app/feedback.ts';
import { FormModal } from '../../app/FormModal.tsx';
import { useFormSubmit } from '../../app/hooks/useFormSubmit.ts';
import { ListError } from '../../app/ListToolbar.tsx';
import { RemoteSelect, type RemoteOption } from '../../app/RemoteSelect.tsx';
import { useQuery } from '../../app/useQuery.ts';
import { enterprisesApi } from '../enterprises/api.ts';
import { BodyModal } from './BodyModal.tsx';
import { ChecksCard, PoliciesCard } from './BodyOversightCards.tsx';
import { licenceStateColors, serviceBodiesApi, serviceBodyStatusLabels, statusColors, yuan, type Contract, type ServiceBodyDetail } from './api.ts';

type Staff = ServiceBodyDetail['staff'][number];
type Report = ServiceBodyDetail['reports'][number];
type Licence = ServiceBodyDetail['licences'][number];

const searchEnterprises = async (q: string): Promise<RemoteOption[]> => {
  const page = await enterprisesApi.list({ q: q || undefined, page: 1, pageSize: 20 });
  return page.items.map((e) => ({ value: e.id, label: `${e.name}（${e.uscc}）` }));
};

function StatusModal({ body, status, onClose, onDone }: { body: ServiceBodyDetail; status: ServiceBodyDetail['status']; onClose: () => void; onDone: () => void }) {
  const [form] = Form.useForm<{ reason?: string }>();
  const { submit, saving, error } = useFormSubmit(form, (v: { reason?: string }) => serviceBodiesApi.update(body.id, { version: body.version, status, statusReason: (v.reason ?? '').trim() }), { success: '已更新状态', onSuccess: onDone });
  return (
    <FormModal open title={`设为「${serviceBodyStatusLabels[status]}」：${body.name}`} onClose={onClose} onSubmit={submit} saving={saving} error={error} okText="确定">
      <Form form={form} layout="vertical">
        <Form.Item label="原因" name="reason" rules={status === 'listed' ? [] : [{ required: true, whitespace: true, message: '请填写原因' }]}>
          <Input.TextArea rows={3} maxLength={500} data-testid="status-reason" />
        </Form.Item>
      </Form>
    </FormModal>
  );
}

type StaffValues = { name?: string; phone?: string; idNumber?: string; certName?: string; certNumber?: string; certExpiresOn?: Dayjs | null };
function StaffModal({ bodyId, staff, onClose, onDone }: { bodyId: string; staff: Staff | null; onClose: () => void; onDone: () => void }) {
  const [form] = Form.useForm<StaffValues>();
  const { submit, saving, error } = useFormSubmit(
    form,
    (v: StaffValues) => {
      const certificate = v.certName?.trim() ? { name: v.certName.trim(), number: (v.certNumber ?? '').trim(), expiresOn: v.certExpiresOn ? v.certExpiresOn.format('YYYY-MM-DD') : null } : null;
      const idNumber = v.idNumber?.trim() || undefined;
      const common = { name: (v.name ?? '').trim(), phone: (v.phone ?? '').trim(), certificate, ...(idNumber ? { idNumber } : {}) };
      return staff ? serviceBodiesApi.updateStaff(bodyId, staff.id, { ...common, version: staff.version }) : serviceBodiesApi.addStaff(bodyId, common);
    },
    { success: '已保存', onSuccess: onDone },
  );
  const initial: StaffValues = staff ? { name: staff.name, phone: staff.phone, certName: staff.certificate?.name, certNumber: staff.certificate?.number } : {};
  return (
    <FormModal open title={staff ? '修改从业人员' : '新增从业人员'} onClose={onClose} onSubmit={submit} saving={saving} error={error}>
      <Form<StaffValues> form={form} layout="vertical" initialValues={initial}>
        <Form.Item label="姓名" name="name" rules={[{ required: true, whitespace: true, message: '请填写姓名' }]}>
          <Input maxLength={50} />
        </Form.Item>
        <Form.Item label="联系电话" name="phone">
          <Input maxLength={40} />
        </Form.Item>
        <Form.Item label="身份证号" name="idNumber" extra={staff?.idNumberMasked ? `已登记：${staff.idNumberMasked}（加密保存；留空不修改）` : '加密保存，页面仅显示脱敏号码'}>
          <Input maxLength={18} autoComplete="off" />
        </Form.Item>
        <Space wrap>
          <Form.Item label="执业证书" name="certName">
            <Input maxLength={100} placeholder="如：安全评价师" />
          </Form.Item>
          <Form.Item label="证书编号" name="certNumber">
            <Input maxLength={100} />
          </Form.Item>
          <Form.Item label="有效期至" name="certExpiresOn">
            <DatePicker />
          </Form.Item>
        </Space>
      </Form>
    </FormModal>
  );
}

type ReportValues = { enterpriseId?: string; type?: string; reportDate?: Dayjs | null; conclusion?: string };
function ReportModal({ bodyId, onClose, onDone }: { bodyId: string; onClose: () => void; onDone: () => void }) {
  const [form] = Form.useForm<ReportValues>();
  const { submit, saving, error } = useFormSubmit(
    form,
    (v: ReportValues) => serviceBodiesApi.addReport(bodyId, { enterpriseId: v.enterpriseId ?? '', type: (v.type ?? '').trim(), reportDate: v.reportDate ? v.reportDate.format('YYYY-MM-DD') : '', conclusion: (v.conclusion ?? '').trim(), fileId: null }),
    { success: '已登记报告', onSuccess: onDone },
  );
  return (
    <FormModal open title="登记服务报告" onClose={onClose} onSubmit={submit} saving={saving} error={error}>
      <Form<ReportValues> form={form} layout="vertical">
        <Form.Item label="委托企业" name="enterpriseId" rules={[{ required: true, message: '请选择委托企业' }]}>
          <RemoteSelect placeholder="输入企业名称或统一社会信用代码搜索" fetchOptions={searchEnterprises} />
        </Form.Item>
        <Form.Item label="报告类型" name="type" rules={[{ required: true, whitespace: true, message: '请填写报告类型' }]}>
          <Input maxLength={100} placeholder="如：安全现状评价报告" />
        </Form.Item>
        <Form.Item label="出具日期" name="reportDate" rules={[{ required: true, message: '请选择出具日期' }]}>
          <DatePicker />
        </Form.Item>
        <Form.Item label="报告结论" name="conclusion">
          <Input.TextArea rows={3} maxLength={2000} />
        </Form.Item>
      </Form>
    </FormModal>
  );
}

type ContractValues = { scope?: string; enterpriseIds: string[]; periodFrom?: Dayjs | null; periodTo?: Dayjs | null; amountYuan?: number | null; inspectionsContracted?: number | null };
function ContractModal({ bodyId, onClose, onDone }: { bodyId: string; onClose: () => void; onDone: () => void }) {
  const [form] = Form.useForm<ContractValues>();
  const { submit, saving, error } = useFormSubmit(
    form,
    (v: ContractValues) =>
      serviceBodiesApi.addContract({
        bodyId,
        scope: (v.scope ?? '').trim(),
        enterpriseIds: v.enterpriseIds,
        periodFrom: v.periodFrom ? v.periodFrom.format('YYYY-MM-DD') : '',
        periodTo: v.periodTo ? v.periodTo.format('YYYY-MM-DD') : '',
        amountFen: Math.round((v.amountYuan ?? 0) * 100),
        inspectionsContracted: v.inspectionsContracted ?? 0,
      }),
    { success: '已登记合同', onSuccess: onDone },
  );
  const [options, setOptions] = useState<RemoteOption[]>([]);
  return (
    <FormModal open title="登记政府购买服务合同" onClose={onClose} onSubmit={submit} saving={saving} error={error} width={640}>
      <Form<ContractValues> form={form} layout="vertical" initialValues={{ enterpriseIds: [] }}>
        <Form.Item label="服务内容" name="scope" rules={[{ required: true, whitespace: true, message: '请填写服务内容' }]}>
          <Input.TextArea rows={2} maxLength={1000} />
        </Form.Item>
        <Form.Item label="服务企业" name="enterpriseIds" extra="不选表示辖区内不限企业">
          <Select mode="multiple" filterOption={false} options={options} onSearch={(q) => void searchEnterprises(q).then(setOptions)} placeholder="输入企业名称搜索" />
        </Form.Item>
        <Space wrap>
          <Form.Item label="服务期起" name="periodFrom" rules={[{ required: true, message: '请选择' }]}>
            <DatePicker />
          </Form.Item>
          <Form.Item label="服务期止" name="periodTo" rules={[{ required: true, message: '请选择' }]}>
            <DatePicker />
          </Form.Item>
          <Form.Item label="金额（元）" name="amountYuan" rules={[{ required: true, message: '请填写金额' }]}>
            <InputNumber min={0} precision={2} style={{ width: 160 }} />
          </Form.Item>
          <Form.Item label="约定检查次数" name="inspectionsContracted" rules={[{ required: true, message: '请填写次数' }]}>
            <InputNumber min={0} precision={0} style={{ width: 140 }} />
          </Form.Item>
        </Space>
      </Form>
    </FormModal>
  );
}

/** A body's page: licences with their expiry, staff (ID masked), reports with their 复核 result, contracts, 安责险 policies (insurers), checks. */
export default function ServiceBodyDetailPage() {
  const { id = '' } = useParams();
  const detail = useQuery(`service-body:${id}`, (signal) => serviceBodiesApi.get(id, signal));
  const contracts = useQuery(`service-contracts:${id}`, (signal) => serviceBodiesApi.contracts({ bodyId: id }, signal));
  const [editing, setEditing] = useState(false);
  const [statusTo, setStatusTo] = useState<ServiceBodyDetail['status'] | null>(null);
  const [staffEditing, setStaffEditing] = useState<Staff | 'new' | null>(null);
  const [addingReport, setAddingReport] = useState(false);
  const [addingContract, setAddingContract] = useState(false);
  const b = detail.data;
  const reload = () => {
    detail.reload();
    contracts.reload();
  };
  if (!b) return <Card loading={detail.loading}><ListError error={detail.error} /></Card>;
  const manage = b.mine;
  const toggleStaff = async (s: Staff, active: boolean) => {
    try {
      await serviceBodiesApi.updateStaff(b.id, s.id, { version: s.version, active });
      feedback.success(active ? '已设为在岗' : '已设为离岗');
    } catch (e) {
      feedback.error(e);
    }
    detail.reload();
  };
  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Card
        title={b.name}
        extra={
          manage && (
            <Space wrap>
              <Button icon={<EditOutlined />} onClick={() => setEditing(true)}>
                修改
              </Button>
              {b.status !== 'suspended' && <Button onClick={() => setStatusTo('suspended')}>暂停</Button>}
              {b.status !== 'removed' && (
                <Button danger onClick={() => setStatusTo('removed')}>
                  移出名录
                </Button>
              )}
              {b.status !== 'listed' && <Button onClick={() => setStatusTo('listed')}>恢复在册</Button>}
            </Space>
          )
        }
      >
        {b.licenceState !== 'valid' && <Alert type={b.licenceState === 'expired' ? 'error' : 'warning'} showIcon style={{ marginBottom: 16 }} title={b.licenceState === 'expired' ? '有资质证书已过期' : `有资质证书将于30日内到期（${b.nextExpiry ?? ''}）`} />}
        <Descriptions column={{ xs: 1, md: 2 }} size="small">
          <Descriptions.Item label="统一社会信用代码">{b.uscc}</Descriptions.Item>
          <Descriptions.Item label="类型">{b.typeLabel}</Descriptions.Item>
          <Descriptions.Item label="状态">
            <Tag color={statusColors[b.status]} data-testid="body-status">
              {b.statusLabel}
            </Tag>
            {b.statusReason && <Typography.Text type="secondary">{b.statusReason}</Typography.Text>}
          </Descriptions.Item>
          <Descriptions.Item label="名录单位">{b.orgName}</Descriptions.Item>
          <Descriptions.Item label="联系人">{b.contact || '—'}</Descriptions.Item>
          <Descriptions.Item label="联系电话">{b.phone || '—'}</Descriptions.Item>
        </Descriptions>
      </Card>
      <Card title="资质证书" size="small">
        <Table<Licence>
          rowKey="number"
          size="small"
          pagination={false}
          dataSource={b.licences}
          scroll={{ x: 700 }}
          columns={[
            { title: '证书名称', dataIndex: 'name' },
            { title: '编号', dataIndex: 'number', width: 180 },
            { title: '业务范围', dataIndex: 'scope' },
            { title: '有效期至', dataIndex: 'expiresOn', width: 200, render: (d: string, l) => <Space>{d}<Tag color={licenceStateColors[l.state]}>{l.stateLabel}</Tag></Space> },
          ]}
        />
      </Card>
      <Card
        title="从业人员"
        size="small"
        extra={
          manage && (
            <Button size="small" icon={<PlusOutlined />} onClick={() => setStaffEditing('new')}>
              新增人员
            </Button>
          )
        }
      >
        <Table<Staff>
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={b.staff}
          scroll={{ x: 700 }}
          columns={[
            { title: '姓名', dataIndex: 'name', render: (n: string, s) => (manage ? <Typography.Link onClick={() => setStaffEditing(s)}>{n}</Typography.Link> : n) },
            { title: '身份证号', dataIndex: 'idNumberMasked', width: 200, render: (m: string) => m || '—' },
            { title: '联系电话', dataIndex: 'phone', width: 140 },
            { title: '执业证书', dataIndex: 'certificate', render: (c: Staff['certificate']) => (c ? `${c.name} ${c.number}${c.expiresOn ? `（至${c.expiresOn}）` : ''}` : '—') },
            { title: '在岗', dataIndex: 'active', width: 80, render: (a: boolean, s) => <Switch size="small" checked={a} disabled={!manage} onChange={(on) => void toggleStaff(s, on)} /> },
          ]}
        />
      </Card>
      <Card
        title="服务报告及复核"
        size="small"
        extra={
          manage && (
            <Button size="small" icon={<PlusOutlined />} onClick={() => setAddingReport(true)}>
              登记报告
            </Button>
          )
        }
      >
        <Table<Report>
          rowKey="id"
          size="small"
          dataSource={b.reports}
          pagination={{ pageSize: 10 }}
          scroll={{ x: 800 }}
          columns={[
            { title: '出具日期', dataIndex: 'reportDate', width: 110 },
            { title: '委托企业', dataIndex: 'enterpriseName' },
            { title: '报告类型', dataIndex: 'type', width: 160 },
            { title: '结论', dataIndex: 'conclusion', ellipsis: true },
            {
              title: '复核',
              dataIndex: 'review',
              width: 220,
              render: (r: Report['review']) =>
                r === null ? (
                  '—'
                ) : r.result === null ? (
                  <Tag color="processing">{`${r.quarter} 待复核`}</Tag>
                ) : (
                  <span>
                    <Tag color={r.result === 'pass' ? 'green' : 'red'}>{`${r.quarter} ${r.resultLabel ?? ''}`}</Tag>
                    {r.defects.join('；')}
                  </span>
                ),
            },
          ]}
        />
      </Card>
      <Card
        title="政府购买服务"
        size="small"
        extra={
          manage && (
            <Button size="small" icon={<PlusOutlined />} onClick={() => setAddingContract(true)}>
              登记合同
            </Button>
          )
        }
      >
        <ListError error={contracts.error} />
        <Table<Contract>
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={contracts.data?.items ?? []}
          scroll={{ x: 800 }}
          columns={[
            { title: '服务内容', dataIndex: 'scope' },
            { title: '服务期', width: 200, render: (_: unknown, c: Contract) => `${c.periodFrom} 至 ${c.periodTo}` },
            { title: '金额', dataIndex: 'amountFen', width: 140, render: (f: number) => yuan(f) },
            { title: '企业', dataIndex: 'enterpriseIds', width: 80, render: (ids: string[]) => (ids.length === 0 ? '不限' : `${ids.length}家`) },
            { title: '第三方检查（完成/约定）', width: 180, render: (_: unknown, c: Contract) => <Typography.Text type={c.inspectionsDone < c.inspectionsContracted ? 'warning' : 'success'}>{`${c.inspectionsDone} / ${c.inspectionsContracted}次`}</Typography.Text> },
          ]}
        />
      </Card>
      {b.type === 'insurer' && <PoliciesCard body={b} />}
      <ChecksCard body={b} />
      {editing && (
        <BodyModal
          body={b}
          onClose={() => setEditing(false)}
          onDone={() => {
            setEditing(false);
            reload();
          }}
        />
      )}
      {statusTo && (
        <StatusModal
          body={b}
          status={statusTo}
          onClose={() => setStatusTo(null)}
          onDone={() => {
            setStatusTo(null);
            reload();
          }}
        />
      )}
      {staffEditing && (
        <StaffModal
          bodyId={b.id}
          staff={staffEditing === 'new' ? null : staffEditing}
          onClose={() => setStaffEditing(null)}
          onDone={() => {
            setStaffEditing(null);
            reload();
          }}
        />
      )}
      {addingReport && (
        <ReportModal
          bodyId={b.id}
          onClose={() => setAddingReport(false)}
          onDone={() => {
            setAddingReport(false);
            reload();
          }}
        />
      )}
      {addingContract && (
        <ContractModal
          bodyId={b.id}
          onClose={() => setAddingContract(false)}
          onDone={() => {
            setAddingContract(false);
            reload();
          }}
        />
      )}
    </Space>
  );
}
