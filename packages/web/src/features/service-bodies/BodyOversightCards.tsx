import { useState } from 'react';
import { Button, Card, DatePicker, Descriptions, Form, Input, InputNumber, Radio, Select, Space, Table, Tag, Typography } from 'antd';
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import type { Dayjs } from 'dayjs';
import { Link } from 'react-router-dom';
import { FormModal } from '../../app/FormModal.tsx';
import { useFormSubmit } from '../../app/hooks/useFormSubmit.ts';
import { ListError } from '../../app/ListToolbar.tsx';
import { RemoteSelect, type RemoteOption } from '../../app/RemoteSelect.tsx';
import { useQuery } from '../../app/useQuery.ts';
import { enterprisesApi } from '../enterprises/api.ts';
import { bodyCheckActionLabels, bodyCheckActions, bodyCheckKindLabels, bodyCheckKinds, reviewResultLabels, serviceBodiesApi, yuan, type BodyCheck, type Policy, type ServiceBodyDetail } from './api.ts';

// The body page's 投保企业 (insurers only: 安责险 policies and prevention visits per policy year) and 监督检查
// (资质保持/过程控制/执业行为 checks) sections.

const searchEnterprises = async (q: string): Promise<RemoteOption[]> => {
  const page = await enterprisesApi.list({ q: q || undefined, page: 1, pageSize: 20 });
  return page.items.map((e) => ({ value: e.id, label: `${e.name}（${e.uscc}）` }));
};
const day = (d: Dayjs | null | undefined) => (d ? d.format('YYYY-MM-DD') : '');

type PolicyValues = { enterpriseId?: string; policyNo?: string; periodFrom?: Dayjs | null; periodTo?: Dayjs | null; premiumYuan?: number | null };
function PolicyModal({ bodyId, onClose, onDone }: { bodyId: string; onClose: () => void; onDone: () => void }) {
  const [form] = Form.useForm<PolicyValues>();
  const { submit, saving, error } = useFormSubmit(
    form,
    (v: PolicyValues) =>
      serviceBodiesApi.addPolicy(bodyId, {
        enterpriseId: v.enterpriseId ?? '',
        policyNo: (v.policyNo ?? '').trim(),
        periodFrom: day(v.periodFrom),
        periodTo: day(v.periodTo),
        premiumFen: v.premiumYuan === null || v.premiumYuan === undefined ? null : Math.round(v.premiumYuan * 100),
      }),
    { success: '已登记投保企业', onSuccess: onDone },
  );
  return (
    <FormModal open title="登记投保企业（安责险）" onClose={onClose} onSubmit={submit} saving={saving} error={error}>
      <Form<PolicyValues> form={form} layout="vertical">
        <Form.Item label="投保企业" name="enterpriseId" rules={[{ required: true, message: '请选择投保企业' }]}>
          <RemoteSelect placeholder="输入企业名称或统一社会信用代码搜索" fetchOptions={searchEnterprises} />
        </Form.Item>
        <Form.Item label="保单号" name="policyNo" rules={[{ required: true, whitespace: true, message: '请填写保单号' }]}>
          <Input maxLength={100} />
        </Form.Item>
        <Space wrap>
          <Form.Item label="保险期起" name="periodFrom" rules={[{ required: true, message: '请选择' }]}>
            <DatePicker />
          </Form.Item>
          <Form.Item label="保险期止" name="periodTo" rules={[{ required: true, message: '请选择' }]}>
            <DatePicker />
          </Form.Item>
          <Form.Item label="保费（元）" name="premiumYuan">
            <InputNumber min={0} precision={2} style={{ width: 160 }} />
          </Form.Item>
        </Space>
      </Form>
    </FormModal>
  );
}

/** 投保企业: the insurer's policies and, per policy year, enterprises insured, visited (保险机构事故预防服务) and hazards found. */
export function PoliciesCard({ body }: { body: ServiceBodyDetail }) {
  const policies = useQuery(`service-body-policies:${body.id}`, (signal) => serviceBodiesApi.policies(body.id, signal));
  const [adding, setAdding] = useState(false);
  return (
    <Card
      title="投保企业（安责险）"
      size="small"
      extra={
        body.mine && (
          <Button size="small" icon={<PlusOutlined />} onClick={() => setAdding(true)}>
            登记投保企业
          </Button>
        )
      }
    >
      <ListError error={policies.error} />
      {(policies.data?.years ?? []).length > 0 && (
        <Descriptions size="small" column={1} style={{ marginBottom: 12 }}>
          {(policies.data?.years ?? []).map((y) => (
            <Descriptions.Item key={y.policyYear} label={`${y.policyYear}保单年度`}>
              <span data-testid={`policy-year-${y.policyYear}`}>{`投保企业${y.insured}家，已开展事故预防服务${y.visited}家，发现隐患${y.hazards}项`}</span>
            </Descriptions.Item>
          ))}
        </Descriptions>
      )}
      <Table<Policy>
        rowKey="id"
        size="small"
        loading={policies.loading}
        dataSource={policies.data?.items ?? []}
        pagination={{ pageSize: 10 }}
        scroll={{ x: 700 }}
        columns={[
          { title: '投保企业', dataIndex: 'enterpriseName' },
          { title: '保单号', dataIndex: 'policyNo', width: 180 },
          { title: '保险期间', width: 220, render: (_: unknown, p: Policy) => `${p.periodFrom} 至 ${p.periodTo}` },
          { title: '保费', dataIndex: 'premiumFen', width: 140, render: (f: number | null) => (f === null ? '—' : yuan(f)) },
        ]}
      />
      {adding && (
        <PolicyModal
          bodyId={body.id}
          onClose={() => setAdding(false)}
          onDone={() => {
            setAdding(false);
            policies.reload();
          }}
        />
      )}
    </Card>
  );
}

type CheckValues = { kind?: BodyCheck['kind']; checkedOn?: Dayjs | null; result?: BodyCheck['result']; findings: string[]; action?: BodyCheck['action'] };
function CheckModal({ bodyId, onClose, onDone }: { bodyId: string; onClose: () => void; onDone: () => void }) {
  const [form] = Form.useForm<CheckValues>();
  const result = Form.useWatch('result', form);
  const { submit, saving, error } = useFormSubmit(
    form,
    (v: CheckValues) =>
      serviceBodiesApi.addCheck(bodyId, {
        kind: v.kind ?? 'qualification',
        checkedOn: day(v.checkedOn),
        result: v.result ?? 'pass',
        findings: v.findings.map((f) => f.trim()).filter((f) => f.length > 0),
        action: v.action ?? 'none',
      }),
    { success: '已录入检查', onSuccess: onDone },
  );
  return (
    <FormModal open title="录入监督检查" onClose={onClose} onSubmit={submit} saving={saving} error={error} width={600}>
      <Form<CheckValues> form={form} layout="vertical" initialValues={{ kind: 'qualification', result: 'pass', findings: [''], action: 'none' }}>
        <Space wrap>
          <Form.Item label="检查类别" name="kind" rules={[{ required: true, message: '请选择' }]}>
            <Radio.Group options={bodyCheckKinds.map((k) => ({ value: k, label: bodyCheckKindLabels[k] }))} />
          </Form.Item>
          <Form.Item label="检查日期" name="checkedOn" rules={[{ required: true, message: '请选择检查日期' }]}>
            <DatePicker />
          </Form.Item>
          <Form.Item label="结论" name="result" rules={[{ required: true, message: '请选择' }]}>
            <Radio.Group options={(['pass', 'fail'] as const).map((r) => ({ value: r, label: reviewResultLabels[r] }))} />
          </Form.Item>
        </Space>
        {result === 'fail' && (
          <>
            <Form.List name="findings">
              {(fields, { add, remove }) => (
                <Form.Item label="发现问题" required>
                  {fields.map((f, i) => (
                    <Space key={f.key} style={{ display: 'flex', marginBottom: 8 }}>
                      <Form.Item name={f.name} noStyle rules={i === 0 ? [{ required: true, whitespace: true, message: '不合格须至少填写一项问题' }] : []}>
                        <Input maxLength={500} style={{ width: 440 }} data-testid={`check-finding-${i}`} />
                      </Form.Item>
                      {fields.length > 1 && <MinusCircleOutlined onClick={() => remove(f.name)} />}
                    </Space>
                  ))}
                  <Button type="dashed" size="small" icon={<PlusOutlined />} onClick={() => add('')}>
                    增加一项
                  </Button>
                </Form.Item>
              )}
            </Form.List>
            <Form.Item label="处理措施" name="action" extra="仅作记录；暂停或移出名录请在机构页面变更状态">
              <Select style={{ width: 160 }} options={bodyCheckActions.map((a) => ({ value: a, label: bodyCheckActionLabels[a] }))} />
            </Form.Item>
          </>
        )}
      </Form>
    </FormModal>
  );
}

/** 监督检查: 资质保持/过程控制 checks and 执业行为 violations of the body. */
export function ChecksCard({ body, onChange }: { body: ServiceBodyDetail; onChange?: () => void }) {
  const checks = useQuery(`service-body-checks:${body.id}`, (signal) => serviceBodiesApi.checks(body.id, signal));
  const [adding, setAdding] = useState(false);
  return (
    <Card
      title="监督检查（资质保持、过程控制、执业行为）"
      size="small"
      extra={
        body.mine && (
          <Button size="small" icon={<PlusOutlined />} onClick={() => setAdding(true)}>
            录入检查
          </Button>
        )
      }
    >
      <ListError error={checks.error} />
      <Table<BodyCheck>
        rowKey="id"
        size="small"
        loading={checks.loading}
        dataSource={checks.data?.items ?? []}
        pagination={{ pageSize: 10 }}
        scroll={{ x: 700 }}
        columns={[
          { title: '检查日期', dataIndex: 'checkedOn', width: 110 },
          { title: '类别', dataIndex: 'kindLabel', width: 100 },
          { title: '结论', dataIndex: 'resultLabel', width: 90, render: (l: string, c: BodyCheck) => <Tag color={c.result === 'pass' ? 'green' : 'red'}>{l}</Tag> },
          { title: '发现问题', dataIndex: 'findings', render: (f: string[]) => (f.length > 0 ? f.join('；') : '—') },
          { title: '处理措施', dataIndex: 'actionLabel', width: 100 },
        ]}
      />
      {adding && (
        <CheckModal
          bodyId={body.id}
          onClose={() => setAdding(false)}
          onDone={() => {
            setAdding(false);
            checks.reload();
            onChange?.();
          }}
        />
      )}
    </Card>
  );
}

/** The quarter's reproducible sample of the org's listed bodies for 资质保持 checks (seeded like the 复核 draw). */
export function CheckSampleCard({ quarter, drawn }: { quarter: string; drawn: boolean }) {
  const sample = useQuery(`service-check-sample:${quarter}:${String(drawn)}`, (signal) => serviceBodiesApi.checkSample(quarter, signal));
  const data = sample.data;
  return (
    <Card title="资质保持检查抽取机构" size="small">
      <ListError error={sample.error} />
      {data && (
        <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
          {`本单位名录在册机构${data.listed}家，按${data.ratePercent}%抽取${data.items.length}家（至少1家）；种子${data.seedSource === 'review_draw' ? '取自本季度复核抽样' : '由本单位和季度确定'}，可复算：`}
          <Typography.Text code copyable>
            {data.seed}
          </Typography.Text>
        </Typography.Paragraph>
      )}
      <Table
        rowKey="bodyId"
        size="small"
        loading={sample.loading}
        pagination={false}
        dataSource={data?.items ?? []}
        columns={[
          { title: '机构', dataIndex: 'name', render: (n: string, r: { bodyId: string }) => <Link to={`/service-bodies/${r.bodyId}`}>{n}</Link> },
          { title: '类型', dataIndex: 'typeLabel', width: 120 },
        ]}
      />
    </Card>
  );
}
