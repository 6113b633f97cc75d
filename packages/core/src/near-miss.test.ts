import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { didYouMean, editDistance, nearestValue } from './near-miss.ts';

const sectors = ['危险化学品', '烟花爆竹', '工贸', '矿山', '城镇燃气', '消防安全', '特种设备'];
const statuses = ['整改中', '待验收', '已销号', '已作废', '待认定'];

describe('editDistance', () => {
  it.each([
    ['', '', 0], ['危险化学', '危险化学品', 1], ['危险化学品', '危险化学品', 0], ['整改中', '整改终', 1], ['abc', 'cba', 2], ['', '矿山', 2],
  ])('%s → %s: %i', (a, b, d) => expect(editDistance(a, b)).toBe(d));

  it('is a metric: symmetric, zero only for equal strings, the triangle inequality', () => {
    const text = fc.string({ unit: fc.constantFrom('危', '险', '化', '学', '品', '矿', '山', 'a'), maxLength: 8 });
    fc.assert(
      fc.property(text, text, text, (a, b, c) => {
        expect(editDistance(a, b)).toBe(editDistance(b, a));
        expect(editDistance(a, b) === 0).toBe(a === b);
        expect(editDistance(a, c)).toBeLessThanOrEqual(editDistance(a, b) + editDistance(b, c));
      }),
    );
  });
});

describe('nearestValue', () => {
  it.each<[string, readonly string[], string | null]>([
    ['危险化学', sectors, '危险化学品'],
    ['危险化学品类', sectors, '危险化学品'],
    ['烟花爆仗', sectors, '烟花爆竹'],
    ['消防', sectors, null], // two characters off 消防安全: too far for a two-character value
    ['整改终', statuses, '整改中'],
    ['已消号', statuses, '已销号'],
    ['完全不相干的话', statuses, null],
    ['', statuses, null],
    ['待验', ['待验收', '待验证'], null], // equally near: no guess
  ])('%s → %s', (text, candidates, expected) => expect(nearestValue(text, candidates)).toBe(expected));

  it('never suggests a value further away than one slip in three characters', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 10 }), fc.array(fc.string({ maxLength: 10 }), { maxLength: 6 }), (text, candidates) => {
        const nearest = nearestValue(text, candidates);
        if (nearest !== null) expect(editDistance(text.trim(), nearest)).toBeLessThanOrEqual(Math.max(1, Math.floor([...text.trim()].length / 3)));
      }),
    );
  });

  it('reads as a question after a message', () => {
    expect(didYouMean('危险化学', sectors)).toBe('，您是否指“危险化学品”？');
    expect(didYouMean('水泥', sectors)).toBe('');
  });
});
