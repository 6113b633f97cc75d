import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { explainUsccError, isValidUscc, usccCharset, usccCheckChar } from './uscc.ts';

// Publicly circulated codes, each checked against the GB 32100 algorithm before inclusion
// (911100007109329615, suggested as an example, fails the checksum and is deliberately absent).
const validCodes = [
  '91350100M000100Y43', // the example used in GB 32100 explanations; 1640 mod 31 = 28 → 31-28 = 3
  '91110000802100433B',
  '91440300708461136T',
  '91110108551385082Q',
  '914403001922038216',
  '91110000100010433L',
  '91330100716105852F',
  '91110000710935732K',
  '913416000000000040', // sum 434 = 14×31, so 31 - 0 = 31 → '0' (the wrap-around case)
  '91341600000000023Y', // highest check value (30)
];

describe('isValidUscc', () => {
  it.each(validCodes)('accepts %s', (code) => {
    expect(isValidUscc(code)).toBe(true);
    expect(explainUsccError(code)).toBeNull();
  });

  it.each([
    ['wrong check char', '91350100M000100Y44'],
    ['wrong check char (zero case)', '913416000000000041'],
    ['transposed digits', '91530100M000100Y43'],
    ['lowercase letter', '91350100m000100Y43'],
    ['lowercase check char', '91110000802100433b'],
    ['letter I', '91350100I000100Y43'],
    ['letter O', '91350100O000100Y43'],
    ['letter Z', '91350100Z000100Y43'],
    ['letter S', '91350100S000100Y43'],
    ['letter V', '91350100V000100Y43'],
    ['length 17', '91350100M000100Y4'],
    ['length 19', '91350100M000100Y430'],
    ['empty', ''],
    ['full-width digit', '９1350100M000100Y43'],
    ['surrounding space', ' 91350100M000100Y4'],
  ])('rejects %s: %s', (_why, code) => {
    expect(isValidUscc(code)).toBe(false);
  });
});

describe('usccCheckChar', () => {
  it.each([
    ['91350100M000100Y4', '3'],
    ['91110000802100433', 'B'],
    ['91341600000000004', '0'],
    ['91341600000000023', 'Y'],
  ])('%s → %s', (first17, expected) => {
    expect(usccCheckChar(first17)).toBe(expected);
  });

  it.each([
    ['16 chars', '91350100M000100Y'],
    ['18 chars', '91350100M000100Y43'],
    ['illegal char', '91350100I000100Y4'],
  ])('returns null for %s', (_why, input) => {
    expect(usccCheckChar(input)).toBeNull();
  });
});

describe('explainUsccError', () => {
  it.each([
    ['91350100M000100Y4', '长度应为18位'],
    ['91350100M000100Y430', '长度应为18位'],
    ['91350100m000100Y43', '含非法字符'],
    ['91350100O000100Y43', '含非法字符'],
    ['91350100M000100Y44', '校验位错误'],
  ])('%s → %s', (code, reason) => {
    expect(explainUsccError(code)).toContain(reason);
  });

  it('names the expected check character', () => {
    expect(explainUsccError('91350100M000100Y44')).toContain('第18位应为 3');
  });

  it('lists each illegal character once', () => {
    const reason = explainUsccError('9135010ii000100O43');
    expect(reason).toContain('含非法字符：i、O');
    expect(reason).not.toContain('i、i');
  });
});

describe('checksum properties', () => {
  const usccChar = fc.constantFrom(...usccCharset);
  const first17 = fc.array(usccChar, { minLength: 17, maxLength: 17 }).map((chars) => chars.join(''));

  it('a body plus its check char is always valid', () => {
    fc.assert(fc.property(first17, (body) => isValidUscc(body + String(usccCheckChar(body)))));
  });

  it('changing any single character is always detected', () => {
    // Holds because 31 is prime and no weight is a multiple of 31.
    fc.assert(
      fc.property(first17, fc.nat(17), usccChar, (body, position, replacement) => {
        const code = body + String(usccCheckChar(body));
        fc.pre(code.charAt(position) !== replacement);
        const altered = code.slice(0, position) + replacement + code.slice(position + 1);
        return !isValidUscc(altered);
      }),
    );
  });
});
