import { Col, Form, Input, InputNumber, Row, Select } from 'antd';
import { useMe } from '../../app/auth.tsx';
import { FormModal } from '../../app/FormModal.tsx';
import { useFormSubmit } from '../../app/hooks/useFormSubmit.ts';
import { RegionCascader } from '../reference/RegionCascader.tsx';
import { premisesKindLabels, premisesKinds, premisesStatusLabels, premisesStatuses, type PremisesKind, type PremisesStatus } from '../inspections/labels.tsx';
import { premisesApi, type Premises } from './api.ts';

type Values = {
  kind?: PremisesKind;
  name?: string;
  address?: string;
  regionCode?: string;
  lat?: number | null;
  lng?: number | null;
  ownerName?: string;
  ownerPhone?: string;
  ownerIdNumber?: string;
  userName?: string;
  userPhone?: string;
  grid?: string;
  status?: PremisesStatus;
  note?: string;
};

const t = (s: string | undefined) => (s ?? '').trim();

/** 场所 create or edit (the owner's ID number is write-only: sealed, shown only through 查看身份证号 with a purpose). */
export function PremisesFormModal({ open, premises, onClose, onSaved }: { open: boolean; premises: Premises | null; onClose: () => void; onSaved: (p: Premises) => void }) {
  const me = useMe();
  const [form] = Form.useForm<Values>();
  const { submit, saving, error } = useFormSubmit(
    form,
    (v: Values) => {
      const common = {
        kind: v.kind ?? 'other',
        name: t(v.name),
        address: t(v.address),
        regionCode: v.regionCode ?? '',
        lat: v.lat ?? null,
        lng: v.lng ?? null,
        owner: { name: t(v.ownerName), phone: t(v.ownerPhone), ...(t(v.ownerIdNumber) ? { idNumber: t(v.ownerIdNumber) } : {}) },
        user: { name: t(v.userName), phone: t(v.userPhone) },
        grid: t(v.grid),
        status: v.status ?? 'in_use',
        note: t(v.note),
      };
      return premises ? premisesApi.update(premises.id, { ...common, version: premises.version }) : premisesApi.create(common);
    },
    { success: premises ? '场所信息已保存' : '场所已登记', onSuccess: onSaved },
  );
  const initial: Values = premises
    ? {
        kind: premises.kind,
        name: premises.name,
        address: premises.address,
        regionCode: premises.regionCode,
        lat: premises.lat,
        lng: premises.lng,
        ownerName: premises.owner.name,
        ownerPhone: premises.owner.phone,
        userName: premises.user.name,
        userPhone: premises.user.phone,
        grid: premises.grid,
        status: premises.status,
        note: premises.note,
      }
    : { kind: 'rental_house', status: 'in_use' };
  return (
    <FormModal open={open} title={premises ? `编辑场所 · ${premises.name}` : '登记场所'} onClose={onClose} onSubmit={submit} saving={saving} error={error} width={720}>
      <Form<Values> form={form} layout="vertical" preserve={false} initialValues={initial}>
        <Row gutter={12}>
          <Col xs={24} md={12}>
            <Form.Item label="场所类型" name="kind" rules={[{ required: true, message: '请选择场所类型' }]}>
              <Select options={premisesKinds.map((k) => ({ value: k, label: premisesKindLabels[k] }))} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item label="状态" name="status">
              <Select options={premisesStatuses.map((s) => ({ value: s, label: premisesStatusLabels[s] }))} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item label="场所名称" name="name" rules={[{ required: true, whitespace: true, min: 2, message: '请填写场所名称（至少2个字）' }]}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item label="所在地区" name="regionCode" rules={[{ required: true, message: '请选择所在地区' }]}>
          <RegionCascader rootCode={me.org?.regionCode ?? null} />
        </Form.Item>
        <Form.Item label="地址" name="address">
          <Input maxLength={200} />
        </Form.Item>
        <Row gutter={12}>
          <Col span={12}>
            <Form.Item label="纬度" name="lat" rules={[{ type: 'number', min: -90, max: 90, message: '纬度应在 -90 至 90 之间' }]}>
              <InputNumber style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item label="经度" name="lng" rules={[{ type: 'number', min: -180, max: 180, message: '经度应在 -180 至 180 之间' }]}>
              <InputNumber style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item label="产权人" name="ownerName">
              <Input maxLength={32} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item label="产权人电话" name="ownerPhone">
              <Input maxLength={32} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item label="产权人身份证号" name="ownerIdNumber" extra={premises?.owner.idNumberRecorded ? '已登记；留空则不变' : undefined}>
              <Input maxLength={18} autoComplete="off" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item label="使用人" name="userName">
              <Input maxLength={32} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item label="使用人电话" name="userPhone">
              <Input maxLength={32} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item label="所属网格" name="grid">
          <Input maxLength={60} />
        </Form.Item>
        <Form.Item label="备注" name="note">
          <Input.TextArea rows={2} maxLength={1000} />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
