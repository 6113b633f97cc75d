import { DatePicker, Form, Radio } from 'antd';
import type { Dayjs } from 'dayjs';
import { hazardLevelLabels, type HazardLevel } from '../../../app/labels.ts';
import { actionForm, optionalText } from '../../../app/workflow/actionForm.ts';
import { useSectors } from '../../reference/useSectors.ts';
import type { Hazard } from '../api.ts';
import { CriterionPicker } from '../CriterionPicker.tsx';
import { day, NoteField, parseDay, requiredChoice } from './fields.tsx';

type ConfirmValues = { level?: HazardLevel; criterionIds?: string[]; deadline?: Dayjs | null; note?: string };

/** 认定: level, criteria (required for a major hazard: the server's `confirm.criterionIds`), deadline. */
export const confirmForm = actionForm<ConfirmValues>()({
  initial: (h: Hazard) => ({ level: h.level, criterionIds: h.criterionIds, deadline: parseDay(h.deadline) }),
  Fields: ({ record: h, req }) => {
    const { sectors } = useSectors();
    const criteria = req('criterionIds', '判定依据');
    const deadline = req('deadline', '整改期限');
    return (
      <>
        <Form.Item label="隐患等级" name="level" rules={requiredChoice('请选择隐患等级')}>
          <Radio.Group optionType="button" options={(['general', 'major'] as const).map((l) => ({ value: l, label: hazardLevelLabels[l] }))} />
        </Form.Item>
        <Form.Item label="判定依据" name="criterionIds" required={criteria.required} rules={criteria.rules} extra={criteria.extra}>
          <CriterionPicker
            at={h.foundAt}
            initialCriteria={h.criteria}
            preferredStandards={sectors.find((s) => s.code === h.sector)?.standards ?? []}
          />
        </Form.Item>
        <Form.Item label="整改期限" name="deadline" validateFirst rules={[...requiredChoice('请选择整改期限'), ...deadline.rules]} extra={deadline.extra}>
          <DatePicker style={{ width: 200 }} disabledDate={deadline.disabledDate} />
        </Form.Item>
        <NoteField label="认定意见" />
      </>
    );
  },
  toBody: (v: ConfirmValues, _h: Hazard) => ({ level: v.level, criterionIds: v.criterionIds ?? [], deadline: day(v.deadline), note: optionalText(v.note) }),
  wide: true,
});
