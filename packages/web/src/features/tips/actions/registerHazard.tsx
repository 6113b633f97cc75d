import { Alert, DatePicker, Form, Input, Radio } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type { Id } from '../../../api/types.ts';
import { dateFormat, hazardLevelLabels, hazardSourceLabels, visibleHazardSource, type HazardLevel } from '../../../app/labels.ts';
import { actionForm, trimmed } from '../../../app/workflow/actionForm.ts';
import { CriterionPicker } from '../../hazards/CriterionPicker.tsx';
import { CriterionSuggestions } from '../../grading/CriterionSuggestions.tsx';
import { useSectors } from '../../reference/useSectors.ts';
import type { TipDetail } from '../api.ts';
import { EnterprisePicker } from './EnterprisePicker.tsx';

const { TextArea } = Input;

type RegisterValues = {
  enterpriseId?: Id;
  level?: HazardLevel;
  criterionIds?: string[];
  title?: string;
  description?: string;
  location?: string;
  foundAt?: Dayjs | null;
  deadline?: Dayjs | null;
};

const day = (d: Dayjs | null | undefined): string => (d ? d.format(dateFormat) : '');

/** Names the source the enterprise is actually shown, from core's 举报人保护 mapping (not a second copy of it). */
export const tipSourceNotice = `登记后隐患进入隐患数据库，来源为「${hazardSourceLabels.tip}」；企业端只显示「${hazardSourceLabels[visibleHazardSource('tip', 'enterprise')]}」，不显示举报信息。`;

/**
 * 登记隐患 from a verified tip (source 群众举报查实). Whether a major hazard needs a criterion, and the date bounds,
 * are the server's requirements `register_hazard.*`.
 */
export const registerHazardForm = actionForm<RegisterValues>()({
  initial: (tip: TipDetail) => ({
    level: tip.investigation?.violationKind === 'major_hazard' || tip.category === 'major_hazard' ? 'major' : 'general',
    criterionIds: [],
    title: '',
    description: tip.investigation?.findings || tip.content,
    location: tip.address,
    foundAt: dayjs(),
  }),
  Fields: ({ record: tip, form, req }) => {
    const { sectors } = useSectors();
    const foundAt = Form.useWatch('foundAt', form);
    const title = Form.useWatch('title', form) ?? '';
    const description = Form.useWatch('description', form) ?? '';
    const criterionIds = Form.useWatch('criterionIds', form);
    const criteria = req('criterionIds', '判定依据');
    const found = req('foundAt', '发现日期');
    const deadline = req('deadline', '整改期限');
    return (
      <>
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          title={tipSourceNotice}
        />
        {tip.enterpriseId === null && <EnterprisePicker required />}
        <Form.Item label="隐患等级" name="level" rules={[{ required: true, message: '请选择隐患等级' }]}>
          <Radio.Group optionType="button" options={(['general', 'major'] as const).map((l) => ({ value: l, label: hazardLevelLabels[l] }))} />
        </Form.Item>
        <Form.Item label="判定依据" name="criterionIds" required={criteria.required} rules={criteria.rules} extra={criteria.extra}>
          <CriterionPicker
            at={foundAt ? foundAt.format(dateFormat) : undefined}
            preferredStandards={sectors.find((s) => s.code === tip.sector)?.standards ?? []}
          />
        </Form.Item>
        <Form.Item label="隐患名称" name="title" rules={[{ required: true, whitespace: true, message: '请填写隐患名称' }]}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item label="隐患描述" name="description">
          <TextArea rows={3} maxLength={4000} />
        </Form.Item>
        <CriterionSuggestions
          description={[title, description].filter(Boolean).join('。')}
          foundAt={foundAt ? foundAt.format(dateFormat) : undefined}
          enterpriseId={tip.enterpriseId ?? undefined}
          sector={tip.sector ?? undefined}
          selected={criterionIds}
          onPick={(id) => form.setFieldValue('criterionIds', [...new Set([...(criterionIds ?? []), id])])}
        />
        <Form.Item label="隐患位置" name="location">
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item label="发现日期" name="foundAt" rules={found.rules} extra={found.extra}>
          <DatePicker style={{ width: 200 }} disabledDate={found.disabledDate} />
        </Form.Item>
        <Form.Item label="整改期限" name="deadline" rules={[{ required: true, message: '请选择整改期限' }, ...deadline.rules]} extra={deadline.extra}>
          <DatePicker style={{ width: 200 }} disabledDate={deadline.disabledDate} />
        </Form.Item>
      </>
    );
  },
  toBody: (v: RegisterValues, tip: TipDetail) => ({
    enterpriseId: tip.enterpriseId === null ? v.enterpriseId : undefined,
    level: v.level ?? 'general',
    criterionIds: v.criterionIds ?? [],
    title: trimmed(v.title),
    description: trimmed(v.description),
    location: trimmed(v.location),
    foundAt: day(v.foundAt) || undefined,
    deadline: day(v.deadline),
  }),
  wide: true,
});
