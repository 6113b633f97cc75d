import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { classifyEnterprise, classSampleRate, defaultSupervisionSettings, type SupervisionFacts } from './supervision-class.ts';

const none: SupervisionFacts = { highRisk: false, openMajor: 0, overdueMajor: 0, overdue: 0, missedChecks: 0, watched: false };

describe('classifyEnterprise', () => {
  it.each<[string, Partial<SupervisionFacts>, 'A' | 'B' | 'C', number, string]>([
    ['nothing on record', {}, 'C', 0, '无扣分事项'],
    ['high risk alone', { highRisk: true }, 'B', 3, '高危行业领域或高风险企业（+3）'],
    ['an open major hazard', { openMajor: 1 }, 'B', 4, '未销号重大事故隐患1项（+4）'],
    ['an overdue major hazard', { openMajor: 1, overdueMajor: 1 }, 'A', 8, '逾期未整改重大事故隐患1项（+4）'],
    ['one overdue general hazard', { overdue: 1 }, 'C', 1, '逾期未整改隐患1项（+1）'],
    ['missed checks, counted up to three', { missedChecks: 5 }, 'A', 6, '近12个月主要负责人带队检查缺5期（+6）'],
    ['high risk and a missed check', { highRisk: true, missedChecks: 1 }, 'B', 5, '缺1期（+2）'],
  ])('%s', (_, facts, cls, score, reason) => {
    const result = classifyEnterprise({ ...none, ...facts });
    expect(result).toMatchObject({ class: cls, score });
    expect(result.reasons.join('；')).toContain(reason);
  });

  it('puts a watched enterprise in A whatever its score, saying why first', () => {
    expect(classifyEnterprise({ ...none, watched: true })).toEqual({ class: 'A', score: 0, reasons: ['列入不放心企业名单'] });
  });

  it('never lowers the class when a fact gets worse', () => {
    const facts = fc.record({ highRisk: fc.boolean(), openMajor: fc.nat(6), overdueMajor: fc.nat(6), overdue: fc.nat(6), missedChecks: fc.nat(6), watched: fc.boolean() });
    const rank = { A: 2, B: 1, C: 0 } as const;
    fc.assert(
      fc.property(facts, fc.constantFrom('openMajor', 'overdueMajor', 'overdue', 'missedChecks'), (f, key) => {
        const worse = { ...f, [key]: f[key] + 1 };
        expect(rank[classifyEnterprise(worse).class]).toBeGreaterThanOrEqual(rank[classifyEnterprise(f).class]);
      }),
    );
  });

  it('weights a draw by class, at most 100%', () => {
    expect(classSampleRate(10, 'A')).toBe(30);
    expect(classSampleRate(10, 'C')).toBe(5);
    expect(classSampleRate(50, 'A')).toBe(100);
    expect(defaultSupervisionSettings.minInspections.A).toBeGreaterThan(defaultSupervisionSettings.minInspections.C);
  });
});
