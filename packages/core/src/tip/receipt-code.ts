// Receipt codes (举报查询码): the only key a reporter holds. 20 symbols from a 31-letter alphabet without 0/O,
// 1/I/L are ~99 bits from the OS CSPRNG, so guessing one is hopeless even without the rate limit.
import { randomInt } from 'node:crypto';

export const RECEIPT_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
export const RECEIPT_LENGTH = 20;

/** A fresh code, shown grouped by four with dashes (the dashes are not part of the code). */
export function generateReceiptCode(length: number = RECEIPT_LENGTH): string {
  if (length < 16) throw new RangeError('receipt codes have at least 16 characters');
  let code = '';
  for (let i = 0; i < length; i++) code += RECEIPT_ALPHABET[randomInt(RECEIPT_ALPHABET.length)];
  return formatReceiptCode(code);
}

export const formatReceiptCode = (code: string): string => code.match(/.{1,4}/g)?.join('-') ?? code;

/** Canonical form of what a person typed: upper case, separators dropped; null when it cannot be a code. */
export function normalizeReceiptCode(input: string): string | null {
  const code = input.toUpperCase().replace(/[\s\-_]/g, '');
  if (code.length < 16 || code.length > 40) return null;
  for (const ch of code) if (!RECEIPT_ALPHABET.includes(ch)) return null;
  return code;
}

export function explainReceiptCodeError(input: string): string | null {
  const code = input.toUpperCase().replace(/[\s\-_]/g, '');
  if (code.length < 16) return '查询码至少16位';
  if (code.length > 40) return '查询码过长';
  const bad = [...code].find((ch) => !RECEIPT_ALPHABET.includes(ch));
  if (bad !== undefined) return `查询码含无效字符「${bad}」（查询码不含 0、1、I、L、O）`;
  return null;
}
