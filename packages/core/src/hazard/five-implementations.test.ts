import { describe, expect, it } from 'vitest';
import type { HazardStatus } from './hazard-machine.ts';
import { isPlanComplete, missingPlanFields, owedPlanFields, planOwed, type Plan } from './five-implementations.ts';

const fullPlan: Plan = {
  responsible: '张三（安全副总）',
  measures: '更换储罐区可燃气体检测报警仪并接入DCS',
  fundsWanYuan: 12.5,
  deadline: '2026-06-30',
  contingency: '储罐区泄漏专项应急预案',
};
const emptyPlan: Plan = { responsible: '', measures: '', fundsWanYuan: null, deadline: null, contingency: '' };

describe('missingPlanFields', () => {
  it('a complete plan misses nothing at either level', () => {
    expect(missingPlanFields(fullPlan, 'major')).toEqual([]);
    expect(missingPlanFields(fullPlan, 'general')).toEqual([]);
    expect(isPlanComplete(fullPlan, 'major')).toBe(true);
  });

  it('an empty plan lists the required fields in 五落实 order', () => {
    expect(missingPlanFields(emptyPlan, 'major')).toEqual(['责任', '措施', '资金', '时限', '预案']);
    expect(missingPlanFields(emptyPlan, 'general')).toEqual(['责任', '措施', '时限']);
    expect(isPlanComplete(emptyPlan, 'general')).toBe(false);
  });

  it.each<[string, Partial<Plan>, string[], string[]]>([
    ['blank responsible', { responsible: '  ' }, ['责任'], ['责任']],
    ['blank measures', { measures: '\n' }, ['措施'], ['措施']],
    ['no funds', { fundsWanYuan: null }, ['资金'], []],
    ['negative funds', { fundsWanYuan: -1 }, ['资金'], []],
    ['NaN funds', { fundsWanYuan: Number.NaN }, ['资金'], []],
    ['infinite funds', { fundsWanYuan: Number.POSITIVE_INFINITY }, ['资金'], []],
    ['zero funds are an answer', { fundsWanYuan: 0 }, [], []],
    ['no deadline', { deadline: null }, ['时限'], ['时限']],
    ['impossible date', { deadline: '2026-02-30' }, ['时限'], ['时限']],
    ['not yyyy-mm-dd', { deadline: '2026/06/30' }, ['时限'], ['时限']],
    ['leap day', { deadline: '2028-02-29' }, [], []],
    ['blank contingency', { contingency: '' }, ['预案'], []],
  ])('%s → major %j, general %j', (_name, change, major, general) => {
    const plan = { ...fullPlan, ...change };
    expect(missingPlanFields(plan, 'major')).toEqual(major);
    expect(missingPlanFields(plan, 'general')).toEqual(general);
  });
});

describe('planOwed / owedPlanFields', () => {
  const cases: [HazardStatus, boolean, boolean][] = [
    ['pending_confirmation', false, true],
    ['rectifying', false, true],
    ['pending_verification', false, true],
    ['pending_verification', true, false], // 立查立改: fixed on the spot, no plan was ever due
    ['rectifying', true, false],
    ['closed', false, false],
    ['dismissed', false, false],
    ['merged', false, false],
  ];
  it.each(cases)('%s, fixed on site %s: owed %s', (status, fixedOnSite, owed) => {
    expect(planOwed({ status, fixedOnSite })).toBe(owed);
    expect(owedPlanFields({ status, fixedOnSite, level: 'general', plan: null })).toEqual(owed ? ['责任', '措施', '时限'] : []);
    expect(owedPlanFields({ status, fixedOnSite, level: 'major', plan: fullPlan })).toEqual([]);
  });
});
