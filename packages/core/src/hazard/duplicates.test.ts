import { describe, expect, it } from 'vitest';
import { duplicateScore, jaccard, textFingerprint } from './duplicates.ts';

describe('duplicate detection', () => {
  it.each([
    ['粉尘爆炸危险场所设置在非框架结构的多层建筑物内', '粉尘爆炸危险场所设在非框架结构多层建筑内', true],
    ['除尘系统未采取泄爆、惰化、抑爆措施', '除尘系统未采取泄爆惰化抑爆等措施', true],
    ['液氨储罐区未设置紧急切断装置', '消防通道被货物堵塞', false],
    ['配电箱未接地', '员工宿舍设置在仓库内', false],
  ])('"%s" vs "%s" → duplicate %s', (a, b, expected) => {
    const result = duplicateScore(
      { fingerprint: textFingerprint(a), criterionIds: [], location: '' },
      { fingerprint: textFingerprint(b), criterionIds: [], location: '' },
    );
    expect(result !== null).toBe(expected);
  });

  it.each([
    // The walk's case: the same room, unrelated defects (bigram similarity 15 %).
    ['消防通道堆放杂物', '配电室未设置挡鼠板', false],
    ['配电室电缆沟未封堵', '配电室电缆沟盖板缺失', true],
  ])('the same location with "%s" vs "%s" → duplicate %s', (a, b, expected) => {
    const result = duplicateScore(
      { fingerprint: textFingerprint(a), criterionIds: [], location: '配电室' },
      { fingerprint: textFingerprint(b), criterionIds: [], location: '配电室' },
    );
    expect(result !== null).toBe(expected);
    if (result) expect(result.reasons).toContain('隐患部位相同');
  });

  it('a shared criterion is a reason on its own, and the location then shows beside it', () => {
    const result = duplicateScore(
      { fingerprint: textFingerprint('一号车间问题'), criterionIds: ['GM10-11-3'], location: '一号车间' },
      { fingerprint: textFingerprint('完全不同的文字描述'), criterionIds: ['GM10-11-3'], location: ' 一号车间 ' },
    );
    expect(result?.reasons).toEqual(['判定依据条款相同', '隐患部位相同']);
    expect(result?.score).toBeCloseTo(0.4, 1);
  });

  it('fingerprints ignore punctuation and spacing and are stable', () => {
    expect(textFingerprint('液氨 储罐，未设置！')).toEqual(textFingerprint('液氨储罐未设置'));
    expect(jaccard(textFingerprint('abc'), textFingerprint('abc'))).toBe(1);
    expect(jaccard([], textFingerprint('abc'))).toBe(0);
  });
});
