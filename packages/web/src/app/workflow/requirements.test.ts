import { describe, expect, it } from 'vitest';
import dayjs from 'dayjs';
import type { FormInstance, FormRule } from 'antd';
import { boundViolation, isEmptyValue, isRequired, requirementsToRules, valueAt, type FormRequirements } from './requirements.ts';

/** Runs a field's antd rules the way antd does (rule functions get the form; validators reject with a message). */
async function validate(rules: FormRule[], value: unknown, formValues: Record<string, unknown>): Promise<string[]> {
  const form = { getFieldsValue: () => formValues, getFieldValue: (name: string) => formValues[name] } as unknown as FormInstance;
  const errors: string[] = [];
  for (const rule of rules) {
    const object = typeof rule === 'function' ? rule(form) : rule;
    if (!object.validator) throw new Error('the adapter only emits validator rules');
    try {
      await object.validator({}, value, () => undefined);
    } catch (err) {
      errors.push((err as Error).message);
    }
  }
  return errors;
}

const plan: FormRequirements = {
  'plan.responsible': { required: true, hint: '整改责任人姓名与职务' },
  'plan.fundsWanYuan': { required: true, min: 0, max: 1000000 },
  'plan.contingency': { required: false },
  'plan.deadline': { required: true, min: '2026-12-01', max: '2027-06-30' },
};
const intake: FormRequirements = {
  criterionIds: { required: { whenField: 'level', equals: 'major' }, hint: '重大事故隐患须选择判定依据' },
  source: { required: false, options: ['self_inspection', 'worker_report'] },
  fixedOnSite: { required: false },
  evidence: { required: { whenField: 'fixedOnSite', equals: true } },
};

describe('requirementsToRules', () => {
  it('without requirements there is no client rule (the server decides)', async () => {
    const field = requirementsToRules(undefined, {})('plan.responsible', '整改责任人');
    expect(field).toMatchObject({ rules: [], required: false, extra: undefined, disabledDate: undefined });
    expect(field.options(['a', 'b'] as const)).toEqual(['a', 'b']);
    const unknown = requirementsToRules(plan, {})('note', '说明');
    expect(unknown.rules).toEqual([]);
  });

  it.each([
    ['plan.responsible', '', ['请填写整改责任人']],
    ['plan.responsible', '   ', ['请填写整改责任人']],
    ['plan.responsible', '张三', []],
    ['plan.contingency', '', []],
    ['plan.fundsWanYuan', null, ['请填写整改责任人']],
    ['plan.fundsWanYuan', 0, []],
    ['plan.fundsWanYuan', -1, ['整改责任人不能小于 0']],
    ['plan.fundsWanYuan', 2000000, ['整改责任人不能大于 1000000']],
  ] as const)('%s = %j → %j', async (field, value, expected) => {
    const rules = requirementsToRules(plan, {})(field, '整改责任人').rules;
    await expect(validate(rules, value, {})).resolves.toEqual(expected);
  });

  it('marks and validates fixed requirements, with the hint as extra', () => {
    const field = requirementsToRules(plan, {})('plan.responsible', '整改责任人');
    expect(field.required).toBe(true);
    expect(field.extra).toBe('整改责任人姓名与职务');
  });

  it('conditional required follows another field of the form (asterisk from the values given, validation from live values)', async () => {
    const general = requirementsToRules(intake, { level: 'general' })('criterionIds', '判定依据');
    const major = requirementsToRules(intake, { level: 'major' })('criterionIds', '判定依据');
    expect(general.required).toBe(false);
    expect(major.required).toBe(true);
    // The live form decides at validation time, whatever the snapshot said.
    await expect(validate(general.rules, [], { level: 'major' })).resolves.toEqual(['请填写判定依据']);
    await expect(validate(major.rules, [], { level: 'general' })).resolves.toEqual([]);
    await expect(validate(major.rules, ['GB-1'], { level: 'major' })).resolves.toEqual([]);
    const evidence = requirementsToRules(intake, { fixedOnSite: true })('evidence', '佐证材料');
    expect(evidence.required).toBe(true);
    await expect(validate(evidence.rules, [], { fixedOnSite: true })).resolves.toEqual(['请填写佐证材料']);
    await expect(validate(evidence.rules, [], { fixedOnSite: false })).resolves.toEqual([]);
  });

  it('date bounds become disabledDate and a rule, for dayjs values and strings alike', async () => {
    const field = requirementsToRules(plan, {})('plan.deadline', '完成时限');
    expect(field.disabledDate?.(dayjs('2026-11-30'))).toBe(true);
    expect(field.disabledDate?.(dayjs('2026-12-01'))).toBe(false);
    expect(field.disabledDate?.(dayjs('2027-06-30'))).toBe(false);
    expect(field.disabledDate?.(dayjs('2027-07-01'))).toBe(true);
    await expect(validate(field.rules, dayjs('2026-11-30'), {})).resolves.toEqual(['完成时限不能早于 2026-12-01']);
    await expect(validate(field.rules, '2027-07-01', {})).resolves.toEqual(['完成时限不能晚于 2027-06-30']);
    await expect(validate(field.rules, dayjs('2027-01-15'), {})).resolves.toEqual([]);
    // Numeric bounds do not disable days.
    expect(requirementsToRules(plan, {})('plan.fundsWanYuan', '资金').disabledDate).toBeUndefined();
  });

  it('options filter a select and refuse other values', async () => {
    const field = requirementsToRules(intake, {})('source', '隐患来源');
    expect(field.options(['self_inspection', 'supervision', 'tip', 'worker_report'] as const)).toEqual(['self_inspection', 'worker_report']);
    await expect(validate(field.rules, 'tip', {})).resolves.toEqual(['隐患来源的取值不在允许范围内']);
    await expect(validate(field.rules, 'worker_report', {})).resolves.toEqual([]);
    await expect(validate(field.rules, undefined, {})).resolves.toEqual([]);
  });
});

describe('requirement helpers', () => {
  it('reads dotted paths', () => {
    expect(valueAt({ plan: { deadline: '2026-12-01' } }, 'plan.deadline')).toBe('2026-12-01');
    expect(valueAt({ plan: null }, 'plan.deadline')).toBeUndefined();
    expect(valueAt(undefined, 'level')).toBeUndefined();
  });

  it.each([
    [undefined, true],
    [null, true],
    ['', true],
    [' \n', true],
    [[], true],
    [0, false],
    [false, false],
    ['x', false],
    [['a'], false],
  ])('isEmptyValue(%j) = %s', (value, expected) => {
    expect(isEmptyValue(value)).toBe(expected);
  });

  it('isRequired compares the other field strictly', () => {
    const req = { required: { whenField: 'approve', equals: true } };
    expect(isRequired(req, { approve: true })).toBe(true);
    expect(isRequired(req, { approve: 'true' })).toBe(false);
    expect(isRequired(undefined, {})).toBe(false);
  });

  it('a bound of another type than the value is not applied', () => {
    expect(boundViolation({ required: false, min: 5 }, '3', '数量')).toBeNull();
    expect(boundViolation({ required: false, min: '2026-01-01' }, 3, '日期')).toBeNull();
  });
});
