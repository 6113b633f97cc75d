import { Button, DatePicker, Form, Input, Select, Space } from 'antd';
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { FormModal } from '../../app/FormModal.tsx';
import { useFormSubmit } from '../../app/hooks/useFormSubmit.ts';
import { serviceBodiesApi, serviceBodyTypeLabels, serviceBodyTypes, type ServiceBody } from './api.ts';

type LicenceValues = { name?: string; number?: string; scope?: string; expiresOn?: Dayjs | null };
type Values = { uscc?: string; name?: string; type?: ServiceBody['type']; contact?: string; phone?: string; licences: LicenceValues[] };

/** 登记 / 修改 a 第三方服务机构 with its licences (资质证书: name, number, scope, expiry). */
export function BodyModal({ body, onClose, onDone }: { body: ServiceBody | null; onClose: () => void; onDone: (id: string) => void }) {
  const [form] = Form.useForm<Values>();
  const { submit, saving, error } = useFormSubmit(
    form,
    (v: Values) => {
      const licences = v.licences.map((l) => ({ name: (l.name ?? '').trim(), number: (l.number ?? '').trim(), scope: (l.scope ?? '').trim(), expiresOn: l.expiresOn ? l.expiresOn.format('YYYY-MM-DD') : '' }));
      const common = { name: (v.name ?? '').trim(), type: v.type ?? 'safety_assessment', contact: (v.contact ?? '').trim(), phone: (v.phone ?? '').trim(), licences };
      return body ? serviceBodiesApi.update(body.id, { ...common, version: body.version }) : serviceBodiesApi.create({ ...common, uscc: (v.uscc ?? '').trim() });
    },
    { success: '已保存', onSuccess: (saved) => onDone(saved.id) },
  );
  const initial: Values = body
    ? { uscc: body.uscc, name: body.name, type: body.type, contact: body.contact, phone: body.phone, licences: body.licences.map((l) => ({ ...l, expiresOn: dayjs(l.expiresOn) })) }
    : { type: 'safety_assessment', licences: [{}] };
  return (
    <FormModal open title={body ? '修改服务机构' : '登记服务机构'} onClose={onClose} onSubmit={submit} saving={saving} error={error} width={760}>
      <Form<Values> form={form} layout="vertical" initialValues={initial}>
        <Form.Item label="统一社会信用代码" name="uscc" rules={[{ required: true, whitespace: true, message: '请填写统一社会信用代码' }]}>
          <Input maxLength={18} disabled={body !== null} data-testid="body-uscc" />
        </Form.Item>
        <Form.Item label="机构名称" name="name" rules={[{ required: true, whitespace: true, message: '请填写机构名称' }]}>
          <Input maxLength={200} data-testid="body-name" />
        </Form.Item>
        <Form.Item label="机构类型" name="type" rules={[{ required: true, message: '请选择机构类型' }]}>
          <Select options={serviceBodyTypes.map((t) => ({ value: t, label: serviceBodyTypeLabels[t] }))} />
        </Form.Item>
        <Space wrap>
          <Form.Item label="联系人" name="contact">
            <Input maxLength={50} />
          </Form.Item>
          <Form.Item label="联系电话" name="phone">
            <Input maxLength={40} />
          </Form.Item>
        </Space>
        <Form.List name="licences">
          {(fields, { add, remove }) => (
            <>
              {fields.map((f, i) => (
                <Space key={f.key} wrap align="start">
                  <Form.Item label={i === 0 ? '资质证书名称' : undefined} name={[f.name, 'name']} rules={[{ required: true, whitespace: true, message: '请填写证书名称' }]}>
                    <Input maxLength={100} style={{ width: 180 }} />
                  </Form.Item>
                  <Form.Item label={i === 0 ? '证书编号' : undefined} name={[f.name, 'number']} rules={[{ required: true, whitespace: true, message: '请填写证书编号' }]}>
                    <Input maxLength={100} style={{ width: 150 }} />
                  </Form.Item>
                  <Form.Item label={i === 0 ? '业务范围' : undefined} name={[f.name, 'scope']}>
                    <Input maxLength={500} style={{ width: 150 }} />
                  </Form.Item>
                  <Form.Item label={i === 0 ? '有效期至' : undefined} name={[f.name, 'expiresOn']} rules={[{ required: true, message: '请选择有效期' }]}>
                    <DatePicker />
                  </Form.Item>
                  <Button type="text" icon={<MinusCircleOutlined />} onClick={() => remove(f.name)} aria-label="删除证书" style={{ marginTop: i === 0 ? 30 : 0 }} />
                </Space>
              ))}
              <Button icon={<PlusOutlined />} onClick={() => add({})}>
                添加资质证书
              </Button>
            </>
          )}
        </Form.List>
      </Form>
    </FormModal>
  );
}
