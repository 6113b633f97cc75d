import { Form, Input, Radio, Select, Typography } from 'antd';
import type { Id } from '../../../api/types.ts';
import { actionForm, trimmed } from '../../../app/workflow/actionForm.ts';
import { useSectorSelect } from '../../reference/useSectors.ts';
import type { TipDetail } from '../api.ts';
import { EnterprisePicker } from './EnterprisePicker.tsx';

const { TextArea } = Input;

type RouteValues = { sector?: string; routeTo?: 'suggested' | 'other'; orgId?: Id; enterpriseId?: Id; note?: string };

/** 转办 to the lead department of the sector (一件事): the server's suggestion, or one of the tip's `routeOptions`. */
export const routeForm = actionForm<RouteValues>()({
  initial: (tip: TipDetail) => ({ sector: tip.routeSuggestion?.sector ?? tip.sector ?? undefined, routeTo: tip.routeSuggestion ? 'suggested' : 'other' }),
  Fields: ({ record: tip, form }) => {
    const sectorSelect = useSectorSelect({ label: (s) => `${s.name}（牵头：${s.lead}）` });
    const routeTo = Form.useWatch('routeTo', form);
    const sector = Form.useWatch('sector', form);
    return (
      <>
        <Form.Item label="行业领域" name="sector" rules={[{ required: true, message: '请选择行业领域' }]} extra="按行业领域和属地确定牵头负责部门（一件事）">
          <Select {...sectorSelect} />
        </Form.Item>
        <Form.Item label="承办部门" name="routeTo" rules={[{ required: true, message: '请选择承办部门' }]}>
          <Radio.Group>
            {tip.routeSuggestion && (
              <Radio value="suggested" style={{ display: 'flex', marginBottom: 6 }}>
                建议：{tip.routeSuggestion.orgName}
                <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
                  {tip.routeSuggestion.reason}
                </Typography.Text>
              </Radio>
            )}
            <Radio value="other" style={{ display: 'flex' }}>
              {tip.routeSuggestion ? '指定其他部门' : '指定部门（不选则按行业和属地自动确定）'}
            </Radio>
          </Radio.Group>
        </Form.Item>
        {routeTo === 'other' && (
          <Form.Item
            label="部门"
            name="orgId"
            rules={tip.routeSuggestion ? [{ required: true, message: '请选择承办部门' }] : []}
            extra="举报所在县、市、省的监管部门（须监管所选行业领域）和安委办"
          >
            <Select
              showSearch={{ optionFilterProp: 'label' }}
              placeholder="选择承办部门"
              data-testid="route-org-select"
              options={tip.routeOptions
                .filter((o) => o.kind === 'committee' || sector === undefined || o.sectors.includes(sector))
                .map((o) => ({ value: o.id, label: `${o.name}${o.id === tip.routeSuggestion?.orgId ? '（建议）' : ''}` }))}
            />
          </Form.Item>
        )}
        {tip.enterpriseId === null && <EnterprisePicker required={false} />}
        <Form.Item label="转办说明" name="note">
          <TextArea rows={3} maxLength={1000} />
        </Form.Item>
      </>
    );
  },
  toBody: (v: RouteValues, tip: TipDetail) => ({
    sector: v.sector ?? '',
    orgId: v.routeTo === 'other' ? v.orgId : undefined,
    enterpriseId: tip.enterpriseId === null ? v.enterpriseId : undefined,
    note: trimmed(v.note),
  }),
});
