import { describe, expect, it } from 'vitest';
import type { FormInstance, FormRule } from 'antd';
import { thresholdRules } from './thresholdRules.ts';

/** Runs a field's antd rules the way antd does and collects the messages. */
async function messages(rules: FormRule[], value: unknown): Promise<string[]> {
  const form = { getFieldsValue: () => ({}), getFieldValue: () => undefined } as unknown as FormInstance;
  const out: string[] = [];
  for (const rule of rules) {
    const object = typeof rule === 'function' ? rule(form) : rule;
    try {
      await object.validator?.({}, value, () => undefined);
    } catch (err) {
      out.push((err as Error).message);
    }
  }
  return out;
}

describe('进展缓慢 threshold rules', () => {
  it.each([
    ['overdueSharePercent', '逾期占比', 150, ['逾期占比不能大于 100']],
    ['overdueSharePercent', '逾期占比', -3, ['逾期占比不能小于 0']],
    ['overdueSharePercent', '逾期占比', 30, []],
    ['overdueSharePercent', '逾期占比', 0, []],
    ['overdueSharePercent', '逾期占比', null, ['请填写逾期占比']],
    ['longStanding', '长期未整改条数', 0, ['长期未整改条数不能小于 1']],
    ['longStanding', '长期未整改条数', -3, ['长期未整改条数不能小于 1']],
    ['longStanding', '长期未整改条数', 100_001, ['长期未整改条数不能大于 100000']],
    ['longStanding', '长期未整改条数', 5, []],
  ] as const)('%s (%s) = %s → %j', async (field, label, value, expected) => {
    expect(await messages(thresholdRules(field, label).rules, value)).toEqual(expected);
  });
});
