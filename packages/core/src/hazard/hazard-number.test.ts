import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatHazardNo, parseHazardNo } from './hazard-number.ts';

describe('formatHazardNo', () => {
  it.each<[string, number, number, string]>([
    ['341621100201', 2026, 123, '341621-2026-000123'],
    ['341621000000', 2026, 1, '341621-2026-000001'],
    ['341602100000', 2024, 999999, '341602-2024-999999'],
    ['341602100000', 2024, 1000000, '341602-2024-1000000'],
    ['441900003000', 2025, 42, '441900-2025-000042'], // 东莞: no county level, the city's 6 digits
  ])('%s %d #%d → %s', (region, year, seq, expected) => {
    expect(formatHazardNo(region, year, seq)).toBe(expected);
  });

  it.each<[string, number, number, string]>([
    ['341621', 2026, 1, '行政区划代码无效'],
    ['34162110020a', 2026, 1, '行政区划代码无效'],
    ['341621100201', 26, 1, '年份无效'],
    ['341621100201', 2026.5, 1, '年份无效'],
    ['341621100201', 2026, 0, '隐患序号无效'],
    ['341621100201', 2026, -3, '隐患序号无效'],
    ['341621100201', 2026, 1.5, '隐患序号无效'],
    ['341621100201', 2026, Number.MAX_SAFE_INTEGER + 1, '隐患序号无效'],
  ])('rejects %j %d #%d', (region, year, seq, message) => {
    expect(() => formatHazardNo(region, year, seq)).toThrow(message);
  });
});

describe('parseHazardNo', () => {
  it('reads the parts back', () => {
    expect(parseHazardNo('341621-2026-000123')).toEqual({ countyCode: '341621', year: 2026, seq: 123 });
    expect(parseHazardNo('341621-2026-1234567')).toEqual({ countyCode: '341621', year: 2026, seq: 1234567 });
  });

  it.each([
    '',
    '341621-2026-00123', // too short
    '341621-2026-0001234', // long sequence with a leading zero: a second spelling of 001234
    '341621-2026-000000',
    '34162-2026-000123',
    '341621-26-000123',
    '341621-0999-000123',
    '341621_2026_000123',
    ' 341621-2026-000123',
    '341621-2026-000123 ',
    '341621-2026-99999999999999999999',
  ])('rejects %j', (text) => {
    expect(parseHazardNo(text)).toBeNull();
  });

  it('round-trips every number formatHazardNo produces, and distinct inputs give distinct numbers', () => {
    const region = fc.stringMatching(/^\d{12}$/);
    const year = fc.integer({ min: 1000, max: 9999 });
    const seq = fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER });
    fc.assert(
      fc.property(region, year, seq, seq, (r, y, s1, s2) => {
        const text = formatHazardNo(r, y, s1);
        expect(parseHazardNo(text)).toEqual({ countyCode: r.slice(0, 6), year: y, seq: s1 });
        expect(formatHazardNo(r, y, s2) === text).toBe(s1 === s2);
      }),
    );
  });
});
