import { useRef, useState } from 'react';
import { Button, DatePicker, Form, Input, Select, Space } from 'antd';
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { call } from '../../api/client.ts';
import { useMe } from '../../app/auth.tsx';
import { FormModal } from '../../app/FormModal.tsx';
import { useFormSubmit } from '../../app/hooks/useFormSubmit.ts';
import { dateFormat } from '../../app/labels.ts';
import { RegionCascader } from '../reference/RegionCascader.tsx';
import { useSectorSelect } from '../reference/useSectors.ts';
import { expertsApi, type Expert } from './api.ts';
import { expertSourceLabels, expertSources, expertStatusLabels, expertStatuses, expertTopicLabels, expertTopics, type ExpertSource, type ExpertStatus, type ExpertTopic } from './labels.ts';

type Values = {
  name?: string;
  phone?: string;
  idNumber?: string;
  employer?: string;
  title?: string;
  source?: ExpertSource;
  sectors?: string[];
  topics?: ExpertTopic[];
  qualifications?: { name?: string; number?: string; expiresOn?: Dayjs | null }[];
  regionServed?: string | null;
  availability?: string;
  conflictEnterpriseIds?: string[];
  username?: string;
  status?: ExpertStatus;
  statusReason?: string;
};

type Option = { value: string; label: string };

/** Enterprises to avoid (回避): a multiple select searching the enterprise register as one types. */
function EnterprisesSelect({ value, onChange, initial }: { value?: string[]; onChange?: (v: string[]) => void; initial: Option[] }) {
  const [options, setOptions] = useState<Option[]>(initial);
  const timer = useRef<number | undefined>(undefined);
  const search = (q: string) => {
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => {
      void call('get', '/api/enterprises', { query: { q, pageSize: 20 } }).then((r) => {
        const found = r.items.map((e) => ({ value: e.id, label: e.name }));
        setOptions((old) => [...old.filter((o) => value?.includes(o.value)), ...found.filter((f) => !value?.includes(f.value))]);
      });
    }, 300);
  };
  return <Select mode="multiple" showSearch={{ filterOption: false, onSearch: search }} value={value} onChange={onChange} options={options} placeholder="输入企业名称搜索" data-testid="expert-conflicts" />;
}

/** 专家入库 / 修改: fields, sectors and topics, qualifications with expiry, 回避企业, the login account; on edit also 状态. */
export function ExpertFormModal({ expert, onClose, onSaved }: { expert?: Expert; onClose: () => void; onSaved: (id: string) => void }) {
  const me = useMe();
  const sectorSelect = useSectorSelect();
  const [form] = Form.useForm<Values>();
  const status = Form.useWatch('status', form);
  const { submit, saving, error } = useFormSubmit(
    form,
    (v: Values) => {
      const common = {
        name: (v.name ?? '').trim(),
        phone: v.phone?.trim() ?? '',
        employer: v.employer?.trim() ?? '',
        title: v.title?.trim() ?? '',
        source: v.source ?? 'sector_expert',
        sectors: v.sectors ?? [],
        topics: v.topics ?? [],
        qualifications: (v.qualifications ?? []).map((q) => ({ name: q.name?.trim() ?? '', number: q.number?.trim() ?? '', expiresOn: q.expiresOn ? q.expiresOn.format(dateFormat) : null })),
        availability: v.availability?.trim() ?? '',
        conflictEnterpriseIds: v.conflictEnterpriseIds ?? [],
        ...(v.regionServed ? { regionServed: v.regionServed } : {}),
        ...(v.idNumber?.trim() ? { idNumber: v.idNumber.trim() } : {}),
      };
      const username = v.username?.trim() ?? '';
      if (!expert) return expertsApi.create({ ...common, ...(username ? { username } : {}) });
      return expertsApi.update(expert.id, { ...common, version: expert.version, username, status: v.status, statusReason: v.statusReason?.trim() ?? '' });
    },
    { success: expert ? '已保存' : '已入库', onSuccess: (saved) => onSaved(saved.id) },
  );
  return (
    <FormModal open title={expert ? `修改专家：${expert.name}` : '专家入库'} width={760} onClose={onClose} onSubmit={submit} saving={saving} error={error} errorTestId="expert-form-error">
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={
          expert
            ? {
                name: expert.name,
                phone: expert.phone,
                employer: expert.employer,
                title: expert.title,
                source: expert.source,
                sectors: expert.sectors,
                topics: expert.topics,
                qualifications: expert.qualifications.map((q) => ({ name: q.name, number: q.number, expiresOn: q.expiresOn ? dayjs(q.expiresOn) : null })),
                regionServed: expert.regionServed,
                availability: expert.availability,
                conflictEnterpriseIds: expert.conflicts.map((c) => c.id),
                username: expert.user?.username ?? '',
                status: expert.status,
                statusReason: expert.statusReason,
              }
            : { source: 'sector_expert', sectors: [], topics: [], qualifications: [], conflictEnterpriseIds: [] }
        }
      >
        <Space wrap size="large" align="start">
          <Form.Item label="姓名" name="name" rules={[{ required: true, whitespace: true, message: '请填写姓名' }]}>
            <Input maxLength={32} style={{ width: 160 }} data-testid="expert-name" />
          </Form.Item>
          <Form.Item label="联系电话" name="phone">
            <Input maxLength={32} style={{ width: 160 }} />
          </Form.Item>
          <Form.Item label="身份证号" name="idNumber" extra={expert?.idNumberMasked ? `已登记：${expert.idNumberMasked}（加密保存，填写则替换）` : '加密保存，列表只显示部分号码'}>
            <Input maxLength={18} style={{ width: 200 }} data-testid="expert-id-number" />
          </Form.Item>
        </Space>
        <Space wrap size="large" align="start">
          <Form.Item label="工作单位" name="employer">
            <Input maxLength={100} style={{ width: 280 }} />
          </Form.Item>
          <Form.Item label="职称/职务" name="title">
            <Input maxLength={60} style={{ width: 160 }} />
          </Form.Item>
          <Form.Item label="专家来源" name="source" rules={[{ required: true, message: '请选择专家来源' }]}>
            <Select style={{ width: 200 }} options={expertSources.map((s) => ({ value: s, label: expertSourceLabels[s] }))} />
          </Form.Item>
        </Space>
        <Form.Item label="行业领域" name="sectors" rules={[{ required: true, message: '至少选择一个行业领域' }]}>
          <Select mode="multiple" {...sectorSelect} data-testid="expert-sectors" />
        </Form.Item>
        <Form.Item label="专业方向" name="topics">
          <Select mode="multiple" options={expertTopics.map((t) => ({ value: t, label: expertTopicLabels[t] }))} />
        </Form.Item>
        <Form.Item label="资格证书">
          <Form.List name="qualifications">
            {(fields, { add, remove }) => (
              <>
                {fields.map((f) => (
                  <Space key={f.key} wrap align="baseline">
                    <Form.Item name={[f.name, 'name']} rules={[{ required: true, whitespace: true, message: '请填写证书名称' }]}>
                      <Input placeholder="证书名称，如 注册安全工程师" maxLength={60} style={{ width: 240 }} />
                    </Form.Item>
                    <Form.Item name={[f.name, 'number']} rules={[{ required: true, whitespace: true, message: '请填写证书编号' }]}>
                      <Input placeholder="证书编号" maxLength={60} style={{ width: 180 }} />
                    </Form.Item>
                    <Form.Item name={[f.name, 'expiresOn']}>
                      <DatePicker placeholder="有效期至" />
                    </Form.Item>
                    <MinusCircleOutlined onClick={() => remove(f.name)} aria-label="删除证书" />
                  </Space>
                ))}
                <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({})}>
                  增加证书
                </Button>
              </>
            )}
          </Form.List>
        </Form.Item>
        <Space wrap size="large" align="start">
          <Form.Item label="服务区域" name="regionServed" extra="默认为本专家库所属地区">
            <RegionCascader rootCode={me.org?.regionCode ?? null} placeholder="服务区域" style={{ width: 240 }} />
          </Form.Item>
          <Form.Item label="可服务时间" name="availability">
            <Input maxLength={200} style={{ width: 240 }} placeholder="如 工作日可预约" />
          </Form.Item>
        </Space>
        <Form.Item label="回避企业" name="conflictEnterpriseIds" extra="专家任职、兼职或提供咨询服务的企业，不会被指派到这些企业">
          <EnterprisesSelect initial={expert?.conflicts.map((c) => ({ value: c.id, label: c.name })) ?? []} />
        </Form.Item>
        <Form.Item label="登录账号" name="username" extra="专家本人的账号（角色为「专家」，由系统管理员开设），关联后专家可登录查看指派给他的检查和服务">
          <Input maxLength={64} style={{ width: 240 }} data-testid="expert-username" />
        </Form.Item>
        {expert && (
          <Space wrap size="large" align="start">
            <Form.Item label="状态" name="status">
              <Select style={{ width: 140 }} options={expertStatuses.map((s) => ({ value: s, label: expertStatusLabels[s] }))} data-testid="expert-status" />
            </Form.Item>
            {status !== 'active' && (
              <Form.Item label="暂停或退出原因" name="statusReason" rules={[{ required: true, whitespace: true, message: '请填写原因' }]}>
                <Input maxLength={200} style={{ width: 360 }} />
              </Form.Item>
            )}
          </Space>
        )}
      </Form>
    </FormModal>
  );
}
