import { describe, expect, it } from 'vitest';
import dayjs from 'dayjs';
import { initialOf, issueBlocked, toFields, type Values } from './taskForm.ts';

const lead = '4f3c1c2e-8a43-4d8e-9d0e-3f1d2b7c9a10';
const base: Values = { code: ' (三)2 ', name: ' 燃气安全专项整治 ', kind: 'milestone', dueDate: dayjs('2026-12-31'), milestones: [] };
const sources = [{ key: 'stock_clearance_rate', direction: 'increase' as const, unit: '%' }];

describe('task form → request body', () => {
  it('trims, formats dates and drops half-filled milestones', () => {
    const fields = toFields({ ...base, milestones: [{ label: '摸底', due: dayjs('2026-06-30') }, { label: '  ', due: dayjs('2026-07-01') }, { label: '整治', due: null }] }, sources);
    expect(fields).toMatchObject({ code: '(三)2', name: '燃气安全专项整治', dueDate: '2026-12-31', leadOrgId: null, indicator: null, recurrence: null });
    expect(fields.milestones).toEqual([{ label: '摸底', due: '2026-06-30' }]);
  });

  it('an indicator read from the platform takes the source’s unit and direction; a manual one what was typed', () => {
    const platform = toFields({ ...base, kind: 'indicator', indicatorTarget: 1, indicatorSource: 'stock_clearance_rate', indicatorUnit: '项' }, sources);
    expect(platform.indicator).toEqual({ definition: '燃气安全专项整治', unit: '%', baseline: null, target: 1, direction: 'increase', dataSource: 'stock_clearance_rate' });
    const manual = toFields({ ...base, kind: 'indicator', indicatorTarget: 30, indicatorSource: 'manual', indicatorUnit: '个', indicatorDefinition: '建成充电站' }, sources);
    expect(manual.indicator).toMatchObject({ definition: '建成充电站', unit: '个', target: 30, dataSource: 'manual' });
  });

  it.each<[string, Values, string | null, string | null]>([
    ['no lead org', base, 'leadOrgId', '未指定牵头单位，不能下发'],
    ['no due date', { ...base, leadOrgId: lead, dueDate: null }, 'dueDate', '未设定完成时限，不能下发'],
    ['a milestone after the due date', { ...base, leadOrgId: lead, milestones: [{ label: '验收', due: dayjs('2027-01-15') }] }, 'milestones.0.due', '节点「验收」的时限晚于任务完成时限'],
    ['an indicator task without a target: shown on the target field', { ...base, leadOrgId: lead, kind: 'indicator' }, 'indicatorTarget', '指标任务须设定目标值'],
    ['a recurring duty without a cadence: shown on the cadence field', { ...base, leadOrgId: lead, kind: 'recurring' }, 'cadence', '常态化工作须设定频次'],
    ['complete', { ...base, leadOrgId: lead }, null, null],
  ])('issuing: %s', (_name, values, field, message) => {
    const blocked = issueBlocked(toFields(values, sources));
    expect(blocked?.field ?? null).toBe(field);
    expect(blocked?.message ?? null).toBe(message);
  });

  it('a task read back into the form makes the same body again', () => {
    const fields = toFields({ ...base, leadOrgId: lead, coOrgIds: [], milestones: [{ label: '摸底', due: dayjs('2026-06-30') }] }, sources);
    const view = {
      ...fields,
      actionName: '',
      leadOrg: { id: lead, name: '应急管理局' },
      coOrgs: [],
      leader: null,
      milestones: fields.milestones.map((m) => ({ ...m, doneOn: null, overdue: false })),
      indicator: null,
      recurrence: null,
    } as unknown as Parameters<typeof initialOf>[0];
    expect(toFields(initialOf(view), sources)).toEqual(fields);
  });
});
