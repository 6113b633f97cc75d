import { Form } from 'antd';
import { hazardStatusLabels } from '../../../app/labels.ts';
import { RemoteSelect, type RemoteOption } from '../../../app/RemoteSelect.tsx';
import { actionForm, optionalText } from '../../../app/workflow/actionForm.ts';
import type { Id } from '../../../api/types.ts';
import { hazardsApi, type Hazard } from '../api.ts';
import { NoteField, requiredChoice } from './fields.tsx';

type MergeValues = { intoHazardId?: Id; note?: string };

/** Candidates: open hazards of the same enterprise (the server checks again). */
async function mergeTargets(h: Hazard, q: string): Promise<RemoteOption[]> {
  const page = await hazardsApi.list({
    enterpriseId: h.enterprise.id,
    q: q || undefined,
    status: 'pending_confirmation,rectifying,pending_verification',
    page: 1,
    pageSize: 20,
  });
  return page.items.filter((c) => c.id !== h.id).map((c) => ({ value: c.id, label: `${c.hazardNo} ${c.title}（${hazardStatusLabels[c.status]}）` }));
}

/** 合并重复隐患. */
export const mergeForm = actionForm<MergeValues>()({
  Fields: ({ record: h }) => (
    <>
      <Form.Item
        label="合并到"
        name="intoHazardId"
        rules={requiredChoice('请选择要合并到的隐患')}
        extra="仅可合并到同一单位的未销号隐患；本隐患的来源并入目标隐患，统计时只计一次。"
      >
        <RemoteSelect placeholder="输入隐患编号或名称搜索" fetchOptions={(q) => mergeTargets(h, q)} />
      </Form.Item>
      <NoteField label="合并说明" />
    </>
  ),
  toBody: (v: MergeValues, _h: Hazard) => ({ intoHazardId: v.intoHazardId ?? '', note: optionalText(v.note) }),
});
