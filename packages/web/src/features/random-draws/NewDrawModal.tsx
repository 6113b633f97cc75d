import { Alert, DatePicker, Flex, Form, Input, InputNumber, Radio, Select, Switch } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useAuth } from '../../app/auth.tsx';
import { FormModal } from '../../app/FormModal.tsx';
import { useFormSubmit } from '../../app/hooks/useFormSubmit.ts';
import { dateFormat } from '../../app/labels.ts';
import { useQuery } from '../../app/useQuery.ts';
import { checklistsApi } from '../checklists/api.ts';
import { useSectorSelect, useSectors } from '../reference/useSectors.ts';
import { drawsApi, strataByLabels, type DrawInput } from './api.ts';

type Values = {
  spotCheckItemId?: string;
  title?: string;
  inspectionKind: 'enforcement' | 'supervision';
  sectors: string[];
  strataBy: 'none' | 'township' | 'sector';
  sampleKind: 'rate' | 'count';
  percent?: number | null;
  count?: number | null;
  excludeInspectedDays?: number | null;
  avoidLastInspector: boolean;
  teamSize?: number | null;
  checklist?: string;
  drawOn?: Dayjs | null;
  publicInputLabel?: string;
  plannedOn?: Dayjs | null;
  dueOn?: Dayjs | null;
};

const day = (d: Dayjs | null | undefined) => (d ? d.format(dateFormat) : '');
const lotteryLabel = (d: Dayjs) => `${d.format('YYYY年M月D日')}中国福利彩票3D开奖号码`;

function toBody(v: Values): DrawInput {
  const checklist = v.checklist ?? '';
  return {
    title: (v.title ?? '').trim(),
    spotCheckItemId: v.spotCheckItemId ?? null,
    inspectionKind: v.inspectionKind,
    sectors: v.sectors,
    strataBy: v.strataBy,
    sample: v.sampleKind === 'rate' ? { kind: 'rate', percent: v.percent ?? 0 } : { kind: 'count', count: v.count ?? 0 },
    excludeInspectedDays: v.excludeInspectedDays ?? 0,
    avoidLastInspector: v.avoidLastInspector,
    teamSize: v.teamSize ?? 2,
    checklist: checklist.startsWith('sector:') ? { sector: checklist.slice(7) } : { checklistId: checklist },
    publicInputLabel: (v.publicInputLabel ?? '').trim(),
    drawOn: day(v.drawOn),
    plannedOn: day(v.plannedOn),
    dueOn: day(v.dueOn),
  };
}

/**
 * 发起双随机抽查: the pool, the strata and sample, the team and its avoidance rules, and the public random value of a
 * future date that the draw will mix in. The server checks everything (empty pool, too few inspectors, an enterprise
 * nobody may inspect) before it publishes the commitment; nothing about the draw can change afterwards.
 */
export function NewDrawModal({ onClose, onDone }: { onClose: () => void; onDone: (id: string) => void }) {
  const [form] = Form.useForm<Values>();
  const { me } = useAuth();
  const { sectorName } = useSectors();
  const own = me?.org?.sectors ?? [];
  const sectorSelect = useSectorSelect({ only: own.length > 0 ? own : null });
  const lists = useQuery('draw-checklists', (signal) => checklistsApi.list({ ownerKind: 'department' }, signal));
  const items = useQuery('draw-spot-check-items', (signal) => drawsApi.items({ active: 'true' }, signal));
  const mine = (items.data?.items ?? []).filter((i) => i.mine);
  const chosenSectors = Form.useWatch('sectors', form) ?? [];
  const sampleKind = Form.useWatch('sampleKind', form);
  const checklistOptions = [
    ...(chosenSectors.length > 0 ? chosenSectors : own).map((code) => ({ value: `sector:${code}`, label: `行业判定标准：${sectorName(code)}` })),
    ...(lists.data?.items ?? []).map((c) => ({ value: c.id, label: `${c.title}（第${c.version}版）` })),
  ];
  const { submit, saving, error } = useFormSubmit(form, (v: Values) => drawsApi.create(toBody(v)), { success: '已公告抽查计划和承诺值', onSuccess: (d) => onDone(d.id) });
  const drawOn = dayjs().add(3, 'day');
  const initialValues: Values = {
    inspectionKind: 'enforcement',
    sectors: [],
    strataBy: 'township',
    sampleKind: 'rate',
    percent: 10,
    count: 1,
    excludeInspectedDays: 90,
    avoidLastInspector: true,
    teamSize: 2,
    ...(own[0] ? { checklist: `sector:${own[0]}` } : {}),
    drawOn,
    publicInputLabel: lotteryLabel(drawOn),
    plannedOn: drawOn.add(4, 'day'),
    dueOn: drawOn.add(34, 'day'),
  };
  return (
    <FormModal open title="发起双随机抽查" onClose={onClose} onSubmit={submit} saving={saving} error={error} okText="公告抽查计划" width={820}>
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 16 }}
        title="公告后抽查对象库、检查人员库和分层即固定，并公开其SM3哈希和随机种子的哈希；到抽取日期填入当日公开随机数后抽取，任何人都可用公告的数据复算结果。"
      />
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={initialValues}
        data-testid="draw-form"
        onValuesChange={(changed: Partial<Values>) => {
          if (changed.drawOn) form.setFieldsValue({ publicInputLabel: lotteryLabel(changed.drawOn) });
          // An 抽查事项 fills in its sectors, checklist and ratio; the officer may still change them.
          const item = changed.spotCheckItemId ? mine.find((i) => i.id === changed.spotCheckItemId) : undefined;
          if (item) {
            form.setFieldsValue({
              title: form.getFieldValue('title') || item.title,
              sectors: item.sectors,
              checklist: 'sector' in item.checklist ? `sector:${item.checklist.sector}` : item.checklist.checklistId,
              sampleKind: 'rate',
              percent: item.ratioPercent,
            });
          }
        }}
      >
        {mine.length > 0 && (
          <Form.Item label="抽查事项" name="spotCheckItemId" extra="从本单位抽查事项清单选择，带出行业领域、检查表和抽查比例">
            <Select allowClear showSearch={{ optionFilterProp: 'label' }} options={mine.map((i) => ({ value: i.id, label: `${i.title}（${i.ratioPercent}%，今年已抽${i.drawsThisYear}/${i.frequencyPerYear}次）` }))} data-testid="draw-spot-check-item" />
          </Form.Item>
        )}
        <Form.Item label="抽查名称" name="title" rules={[{ required: true, whitespace: true, message: '请填写抽查名称' }]}>
          <Input maxLength={100} placeholder="如：2026年12月危险化学品企业双随机执法检查" />
        </Form.Item>
        <Flex gap={16} wrap>
          <Form.Item label="检查类别" name="inspectionKind">
            <Radio.Group options={[{ value: 'enforcement', label: '执法检查' }, { value: 'supervision', label: '督导检查' }]} />
          </Form.Item>
          <Form.Item label="行业领域" name="sectors" extra="不选为本单位监管的全部行业" style={{ minWidth: 280, flex: 1 }}>
            <Select mode="multiple" {...sectorSelect} data-testid="draw-sectors" />
          </Form.Item>
        </Flex>
        <Flex gap={16} wrap>
          <Form.Item label="分层" name="strataBy">
            <Select style={{ width: 200 }} options={Object.entries(strataByLabels).map(([value, label]) => ({ value, label }))} />
          </Form.Item>
          <Form.Item label="每层抽取" name="sampleKind" extra="按比例时每层向上取整，有企业的层至少抽1家">
            <Radio.Group options={[{ value: 'rate', label: '按比例' }, { value: 'count', label: '按数量' }]} />
          </Form.Item>
          {sampleKind === 'count' ? (
            <Form.Item label="每层家数" name="count" rules={[{ required: true, message: '请填写每层抽取家数' }]}>
              <InputNumber min={1} max={100000} precision={0} style={{ width: 140 }} />
            </Form.Item>
          ) : (
            <Form.Item label="抽取比例（%）" name="percent" rules={[{ required: true, message: '请填写抽取比例' }]}>
              <InputNumber min={0.1} max={100} style={{ width: 140 }} />
            </Form.Item>
          )}
        </Flex>
        <Flex gap={16} wrap>
          <Form.Item label="排除近期已检查（天）" name="excludeInspectedDays" extra="0 为不排除">
            <InputNumber min={0} max={730} precision={0} style={{ width: 160 }} />
          </Form.Item>
          <Form.Item label="每组检查人员" name="teamSize" rules={[{ required: true, message: '请填写每组人数' }]}>
            <InputNumber min={2} max={10} precision={0} style={{ width: 120 }} suffix="人" />
          </Form.Item>
          <Form.Item label="回避上次检查该企业的人员" name="avoidLastInspector" valuePropName="checked">
            <Switch />
          </Form.Item>
        </Flex>
        <Form.Item label="抽查事项（检查表）" name="checklist" rules={[{ required: true, message: '请选择抽查事项' }]}>
          <Select options={checklistOptions} showSearch={{ optionFilterProp: 'label' }} data-testid="draw-checklist" />
        </Form.Item>
        <Flex gap={16} wrap>
          <Form.Item label="抽取日期" name="drawOn" rules={[{ required: true, message: '请选择抽取日期' }]}>
            <DatePicker style={{ width: 160 }} disabledDate={(d) => d.isBefore(dayjs().add(1, 'day'), 'day')} />
          </Form.Item>
          <Form.Item label="公开随机数来源" name="publicInputLabel" rules={[{ required: true, whitespace: true, message: '请填写公开随机数的来源' }]} style={{ flex: 1, minWidth: 280 }} extra="抽取日期当天任何人都能查到、公告时无人能预知的数值">
            <Input maxLength={100} />
          </Form.Item>
        </Flex>
        <Flex gap={16} wrap>
          <Form.Item label="计划检查日期" name="plannedOn" rules={[{ required: true, message: '请选择计划检查日期' }]}>
            <DatePicker style={{ width: 160 }} />
          </Form.Item>
          <Form.Item label="完成期限" name="dueOn" rules={[{ required: true, message: '请选择完成期限' }]}>
            <DatePicker style={{ width: 160 }} />
          </Form.Item>
        </Flex>
      </Form>
    </FormModal>
  );
}
