import type { ReactElement } from 'react';
import { Col, Form, Input, InputNumber, Radio, Row, Space, Typography } from 'antd';
import type { FormRule, UploadFile } from 'antd';
import { explainIdCardError } from '@zhiben/core/src/idcard.ts';
import type { Id } from '../../api/types.ts';
import { tipCategories, type PublicEnterprise, type Reporter, type TipCategory, type TipInput } from './api.ts';
import { EnterpriseAutoComplete } from './EnterpriseAutoComplete.tsx';
import { tipCategoryHints, tipCategoryLabels } from './labels.tsx';
import { TipFilesInput } from './TipFilesInput.tsx';

const { TextArea } = Input;

export type TipFormValues = {
  targetName: string;
  targetEnterpriseId?: Id;
  regionCode?: string;
  address?: string;
  lat?: number | null;
  lng?: number | null;
  category: TipCategory;
  content: string;
  anonymous: boolean;
  reporter?: Partial<Reporter>;
  consent?: boolean;
  files?: UploadFile[];
};

const trim = (s: string | undefined): string => (s ?? '').trim();

/** The request's JSON part; identity fields are sent only for a real-name tip. */
export function toTipInput(v: TipFormValues): Omit<TipInput, 'consent'> {
  const reporter: Reporter | undefined = v.anonymous
    ? undefined
    : {
        name: trim(v.reporter?.name),
        phone: trim(v.reporter?.phone),
        idNumber: trim(v.reporter?.idNumber).toUpperCase() || undefined,
        bankAccount: trim(v.reporter?.bankAccount).replace(/\s+/g, '') || undefined,
        bankName: trim(v.reporter?.bankName) || undefined,
      };
  return {
    targetEnterpriseId: v.targetEnterpriseId,
    targetName: trim(v.targetName),
    regionCode: v.regionCode ?? '',
    address: trim(v.address) || undefined,
    lat: typeof v.lat === 'number' ? v.lat : undefined,
    lng: typeof v.lng === 'number' ? v.lng : undefined,
    category: v.category,
    content: trim(v.content),
    anonymous: v.anonymous,
    reporter,
  };
}

const PHONE = /^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8})$/;

const idNumberRule: FormRule = {
  validator: (_: unknown, value: unknown) => {
    const id = typeof value === 'string' ? value.trim() : '';
    if (id === '') return Promise.resolve();
    const why = explainIdCardError(id);
    return why ? Promise.reject(new Error(why)) : Promise.resolve();
  },
};

const bankAccountRule: FormRule = {
  validator: (_: unknown, value: unknown) => {
    const digits = typeof value === 'string' ? value.replace(/\s+/g, '') : '';
    if (digits === '' || /^\d{12,30}$/.test(digits)) return Promise.resolve();
    return Promise.reject(new Error('银行账号应为 12–30 位数字'));
  },
};

/**
 * The fields of a tip, shared by the public portal and the officer's 录入举报 page. `regionPicker` is the
 * region control to use (it differs with and without a session). Render inside the <Form>, which owns submission.
 */
export function TipFormFields({
  regionPicker,
  rewardNote = true,
  withFiles = true,
}: {
  regionPicker: ReactElement;
  /** Explain that rewards need a real name and a bank account (public form). */
  rewardNote?: boolean;
  /** Photos/documents travel with the public submission only (the officer's entry is JSON). */
  withFiles?: boolean;
}) {
  const form = Form.useFormInstance<TipFormValues>();
  const anonymous = Form.useWatch('anonymous', form);
  const bankAccount = Form.useWatch(['reporter', 'bankAccount'], form);

  const onPick = (e: PublicEnterprise | null) => {
    form.setFieldValue('targetEnterpriseId', e?.id);
    if (e) form.setFieldValue('regionCode', e.regionCode);
  };

  return (
    <>
      <Form.Item name="targetEnterpriseId" hidden>
        <Input />
      </Form.Item>
      <Form.Item
        label="被举报单位"
        name="targetName"
        rules={[{ required: true, whitespace: true, message: '请填写被举报的单位名称或场所' }]}
        extra="不清楚全称时，填写招牌名称或场所描述即可"
      >
        <EnterpriseAutoComplete onPick={onPick} />
      </Form.Item>
      <Form.Item label="所在地区" name="regionCode" rules={[{ required: true, message: '请选择所在地区' }]}>
        {regionPicker}
      </Form.Item>
      <Form.Item label="详细地址" name="address">
        <Input maxLength={200} placeholder="如：某某镇某某路 88 号院内东侧仓库" />
      </Form.Item>
      <Form.Item label="位置坐标（选填）" extra="可填写手机地图中显示的经纬度，便于核查人员找到现场">
        <Space.Compact block>
          <Form.Item name="lat" noStyle rules={[{ type: 'number', min: -90, max: 90, message: '纬度应在 -90 至 90 之间' }]}>
            <InputNumber placeholder="纬度，如 33.51" style={{ width: '50%' }} step={0.0001} aria-label="纬度" />
          </Form.Item>
          <Form.Item name="lng" noStyle rules={[{ type: 'number', min: -180, max: 180, message: '经度应在 -180 至 180 之间' }]}>
            <InputNumber placeholder="经度，如 116.19" style={{ width: '50%' }} step={0.0001} aria-label="经度" />
          </Form.Item>
        </Space.Compact>
      </Form.Item>
      <Form.Item label="举报类别" name="category" rules={[{ required: true, message: '请选择举报类别' }]}>
        <Radio.Group style={{ width: '100%' }}>
          <Space orientation="vertical">
            {tipCategories.map((c) => (
              <Radio key={c} value={c}>
                {tipCategoryLabels[c]}
                <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
                  {tipCategoryHints[c]}
                </Typography.Text>
              </Radio>
            ))}
          </Space>
        </Radio.Group>
      </Form.Item>
      <Form.Item
        label="举报内容"
        name="content"
        rules={[
          { required: true, whitespace: true, message: '请描述举报的问题' },
          { min: 10, message: '请至少用 10 个字描述问题：什么问题、在什么位置、什么时间发现' },
        ]}
      >
        <TextArea rows={5} maxLength={4000} showCount placeholder="请写明：什么问题、在什么具体位置、什么时间发现、是否仍在持续" />
      </Form.Item>
      {withFiles && (
        <Form.Item label="照片或文件" name="files">
          <TipFilesInput />
        </Form.Item>
      )}
      <Form.Item label="举报方式" name="anonymous" rules={[{ required: true, message: '请选择匿名或实名举报' }]}>
        <Radio.Group
          optionType="button"
          buttonStyle="solid"
          options={[
            { value: false, label: '实名举报' },
            { value: true, label: '匿名举报' },
          ]}
        />
      </Form.Item>
      {anonymous === true && rewardNote && (
        <Typography.Paragraph type="secondary" style={{ marginTop: -12 }}>
          匿名举报同样受理，凭查询码查看办理结果。匿名举报无法发放举报奖励。
        </Typography.Paragraph>
      )}
      {anonymous === false && (
        <>
          {rewardNote && (
            <Typography.Paragraph type="secondary" style={{ marginTop: -12 }}>
              实名信息单独加密保存，只有受理机关的举报受理人员在必要时可以查看，被举报单位无从得知。填写身份证号和银行账户后，查实可依规发放奖励。
            </Typography.Paragraph>
          )}
          <Row gutter={12}>
            <Col xs={24} sm={12}>
              <Form.Item label="姓名" name={['reporter', 'name']} rules={[{ required: true, whitespace: true, message: '实名举报请填写姓名' }]}>
                <Input maxLength={50} autoComplete="off" />
              </Form.Item>
            </Col>
            <Col xs={24} sm={12}>
              <Form.Item
                label="联系电话"
                name={['reporter', 'phone']}
                rules={[
                  { required: true, whitespace: true, message: '实名举报请填写联系电话' },
                  { pattern: PHONE, message: '请填写 11 位手机号或带区号的固定电话' },
                ]}
              >
                <Input maxLength={20} inputMode="tel" autoComplete="off" />
              </Form.Item>
            </Col>
          </Row>
          <Form.Item label="身份证号（领取奖励需要）" name={['reporter', 'idNumber']} rules={[idNumberRule]}>
            <Input maxLength={18} autoComplete="off" />
          </Form.Item>
          <Row gutter={12}>
            <Col xs={24} sm={12}>
              <Form.Item label="银行账号（领取奖励需要）" name={['reporter', 'bankAccount']} rules={[bankAccountRule]}>
                <Input maxLength={40} inputMode="numeric" autoComplete="off" />
              </Form.Item>
            </Col>
            <Col xs={24} sm={12}>
              <Form.Item
                label="开户银行"
                name={['reporter', 'bankName']}
                dependencies={[['reporter', 'bankAccount']]}
                rules={[{ required: trim(typeof bankAccount === 'string' ? bankAccount : '') !== '', whitespace: true, message: '填写银行账号时请填写开户银行' }]}
              >
                <Input maxLength={60} placeholder="如：中国农业银行亳州分行" autoComplete="off" />
              </Form.Item>
            </Col>
          </Row>
        </>
      )}
    </>
  );
}
