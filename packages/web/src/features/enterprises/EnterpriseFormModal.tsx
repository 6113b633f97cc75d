import { useEffect } from 'react';
import { Col, Divider, Form, Input, InputNumber, Row, Select } from 'antd';
import { useMe } from '../../app/auth.tsx';
import { FormModal } from '../../app/FormModal.tsx';
import { useFormSubmit } from '../../app/hooks/useFormSubmit.ts';
import { RegionCascader } from '../reference/RegionCascader.tsx';
import { useSectorSelect } from '../reference/useSectors.ts';
import { enterprisesApi, type Enterprise, type EnterpriseInput, type Person } from './api.ts';
import { scaleLabels, scales, statusLabels, statuses } from './labels.tsx';

export type EnterpriseFormMode = 'create' | 'edit' | 'contacts';

type FormValues = EnterpriseInput;

const emptyPerson: Person = { name: '', phone: '' };

const USCC_RE = /^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/;
const PHONE_RE = /^[0-9+\-() ]*$/;

function initialValues(e: Enterprise | undefined): Partial<FormValues> {
  if (!e) return { status: 'operating', sectors: [], principal: emptyPerson, controller: emptyPerson, safetyManager: emptyPerson };
  return {
    uscc: e.uscc,
    name: e.name,
    regionCode: e.regionCode,
    address: e.address,
    lat: e.lat,
    lng: e.lng,
    sectors: e.sectors,
    scale: e.scale,
    status: e.status,
    principal: { ...e.principal },
    controller: { ...e.controller },
    safetyManager: { ...e.safetyManager },
  };
}

function PersonFields({ field, label, required }: { field: keyof Pick<FormValues, 'principal' | 'controller' | 'safetyManager'>; label: string; required: boolean }) {
  return (
    <Row gutter={16}>
      <Col span={12}>
        <Form.Item
          label={`${label}姓名`}
          name={[field, 'name']}
          rules={required ? [{ required: true, whitespace: true, message: `请输入${label}姓名` }] : []}
        >
          <Input maxLength={32} />
        </Form.Item>
      </Col>
      <Col span={12}>
        <Form.Item
          label={`${label}电话`}
          name={[field, 'phone']}
          rules={[
            { pattern: PHONE_RE, message: `${label}电话格式不正确` },
          ]}
        >
          <Input maxLength={32} />
        </Form.Item>
      </Col>
    </Row>
  );
}

export function EnterpriseFormModal({
  mode,
  enterprise,
  open,
  onClose,
  onSaved,
  onReload,
}: {
  mode: EnterpriseFormMode;
  enterprise?: Enterprise;
  open: boolean;
  onClose: () => void;
  onSaved: (e: Enterprise) => void;
  /** Called after a version conflict so the parent can fetch the latest record. */
  onReload?: () => void;
}) {
  const me = useMe();
  const sectorSelect = useSectorSelect();
  const [form] = Form.useForm<FormValues>();
  const contactsOnly = mode === 'contacts';
  const title = mode === 'create' ? '新增企业' : contactsOnly ? `编辑联系人信息 · ${enterprise?.name ?? ''}` : `编辑企业 · ${enterprise?.name ?? ''}`;

  const { submit, saving, error, clearError } = useFormSubmit(
    form,
    async (values: FormValues): Promise<Enterprise> => {
      if (mode === 'create') return enterprisesApi.create({ ...values, lat: values.lat ?? null, lng: values.lng ?? null });
      if (!enterprise) throw new Error('未选择企业');
      const body = contactsOnly
        ? { principal: values.principal, controller: values.controller, safetyManager: values.safetyManager, address: values.address }
        : (({ uscc: _uscc, ...rest }: FormValues) => ({ ...rest, lat: rest.lat ?? null, lng: rest.lng ?? null }))(values);
      return enterprisesApi.update(enterprise.id, { ...body, version: enterprise.version });
    },
    { success: mode === 'create' ? '企业已创建' : '已保存', onSuccess: onSaved },
  );

  useEffect(() => {
    if (open) clearError();
  }, [open, enterprise, clearError]);

  return (
    <FormModal
      open={open}
      title={title}
      width={760}
      onClose={onClose}
      onSubmit={submit}
      saving={saving}
      error={error}
      errorTestId="form-error"
      onReload={onReload}
      reloadLabel="加载最新数据"
    >
      <Form<FormValues>
        // Remount with fresh initial values when the record changes (e.g. after reloading on a conflict).
        key={enterprise ? `${enterprise.id}:${enterprise.version}` : 'new'}
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={initialValues(enterprise)}
      >
        {!contactsOnly && (
          <>
            <Row gutter={16}>
              <Col span={12}>
                <Form.Item
                  label="统一社会信用代码"
                  name="uscc"
                  normalize={(v: string | undefined) => v?.toUpperCase().trim()}
                  rules={[
                    { required: true, message: '请输入统一社会信用代码' },
                    { pattern: USCC_RE, message: '统一社会信用代码应为 18 位数字或大写字母' },
                  ]}
                >
                  <Input maxLength={18} disabled={mode === 'edit'} />
                </Form.Item>
              </Col>
              <Col span={12}>
                <Form.Item label="企业名称" name="name" rules={[{ required: true, whitespace: true, message: '请输入企业名称' }]}>
                  <Input maxLength={100} />
                </Form.Item>
              </Col>
            </Row>
            <Row gutter={16}>
              <Col span={12}>
                <Form.Item label="所在地区" name="regionCode" rules={[{ required: true, message: '请选择所在地区' }]}>
                  <RegionCascader rootCode={me.org?.regionCode ?? null} placeholder="选择所在地区（可选到村/社区）" />
                </Form.Item>
              </Col>
              <Col span={12}>
                <Form.Item label="行业领域" name="sectors" rules={[{ required: true, type: 'array', min: 1, message: '请选择行业领域' }]}>
                  <Select
                    mode="multiple"
                    {...sectorSelect}
                    placeholder="可多选"
                  />
                </Form.Item>
              </Col>
            </Row>
            <Row gutter={16}>
              <Col span={12}>
                <Form.Item label="规模" name="scale" rules={[{ required: true, message: '请选择规模' }]}>
                  <Select options={scales.map((s) => ({ value: s, label: scaleLabels[s] }))} />
                </Form.Item>
              </Col>
              <Col span={12}>
                <Form.Item label="状态" name="status" rules={[{ required: true, message: '请选择状态' }]}>
                  <Select options={statuses.map((s) => ({ value: s, label: statusLabels[s] }))} />
                </Form.Item>
              </Col>
            </Row>
          </>
        )}
        <Form.Item label="详细地址" name="address">
          <Input maxLength={200} />
        </Form.Item>
        {!contactsOnly && (
          <Row gutter={16}>
            <Col span={12}>
              {/* Bounds as rules, not as InputNumber min/max: a typo is refused with a reason, never silently clamped. */}
              <Form.Item label="经度" name="lng" rules={[{ type: 'number', min: 73, max: 136, message: '经度应在 73 至 136 之间（我国境内）' }]}>
                <InputNumber step={0.000001} style={{ width: '100%' }} placeholder="如 116.2178" />
              </Form.Item>
            </Col>
            <Col span={12}>
              <Form.Item label="纬度" name="lat" rules={[{ type: 'number', min: 3, max: 54, message: '纬度应在 3 至 54 之间（我国境内）' }]}>
                <InputNumber step={0.000001} style={{ width: '100%' }} placeholder="如 33.5123" />
              </Form.Item>
            </Col>
          </Row>
        )}
        <Divider titlePlacement="start" plain>
          联系人
        </Divider>
        <PersonFields field="principal" label="主要负责人" required />
        <PersonFields field="controller" label="实际控制人" required={false} />
        <PersonFields field="safetyManager" label="安全管理人员" required={false} />
      </Form>
    </FormModal>
  );
}
