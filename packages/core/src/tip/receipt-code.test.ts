import { describe, expect, it } from 'vitest';
import { RECEIPT_ALPHABET, explainReceiptCodeError, formatReceiptCode, generateReceiptCode, normalizeReceiptCode } from './receipt-code.ts';

describe('receipt codes', () => {
  it('are 20 symbols from the unambiguous alphabet, grouped by four', () => {
    const code = generateReceiptCode();
    expect(code).toMatch(/^([2-9A-HJKMNP-Z]{4}-){4}[2-9A-HJKMNP-Z]{4}$/);
    expect(normalizeReceiptCode(code)).toHaveLength(20);
    for (const ambiguous of '01ILO') expect(RECEIPT_ALPHABET).not.toContain(ambiguous);
  });
  it('do not repeat and use the whole alphabet', () => {
    const codes = new Set(Array.from({ length: 2000 }, () => generateReceiptCode()));
    expect(codes.size).toBe(2000);
    const seen = new Set([...codes].join('').replace(/-/g, ''));
    expect(seen.size).toBe(RECEIPT_ALPHABET.length);
  });
  it('refuse fewer than 16 characters', () => expect(() => generateReceiptCode(12)).toThrow(RangeError));
  it.each([
    ['abcd-efgh-jkmn-pqrs-tuvw', 'ABCDEFGHJKMNPQRSTUVW'],
    [' 2345 6789 ABCD EFGH ', '23456789ABCDEFGH'],
    ['2345-6789-ABCD-EFG', null],
    ['2345-6789-ABCD-EFGO', null],
    ['2345-6789-ABCD-EFG1', null],
  ])('normalize %j → %j', (input, expected) => expect(normalizeReceiptCode(input)).toBe(expected));
  it.each([
    ['2345', '至少16位'],
    ['2345-6789-ABCD-EFGO', '「O」'],
    ['2345-6789-ABCD-EFGH', null],
  ])('explain %j', (input, expected) => {
    const message = explainReceiptCodeError(input);
    if (expected === null) expect(message).toBeNull();
    else expect(message).toContain(expected);
  });
  it('format groups by four', () => expect(formatReceiptCode('ABCDEFGHJK')).toBe('ABCD-EFGH-JK'));
});
