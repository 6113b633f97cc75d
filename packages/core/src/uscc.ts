// 统一社会信用代码 (GB 32100-2015): 18 characters; the last one is a mod-31 check character over the first 17.
// Only the checksum and character set are validated: registration-authority and organisation-type codes
// change over time and are not needed to reject typos.

const USCC_CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;
const USCC_LENGTH = 18;

/** The character set of a USCC, in checksum value order (I, O, Z, S, V are excluded). */
export const usccCharset = USCC_CHARSET;

/** The check character for the first 17 characters, or null if they are not 17 valid USCC characters. */
export function usccCheckChar(first17: string): string | null {
  if (first17.length !== USCC_WEIGHTS.length) return null;
  let sum = 0;
  for (let i = 0; i < USCC_WEIGHTS.length; i++) {
    const value = USCC_CHARSET.indexOf(first17.charAt(i));
    if (value < 0) return null;
    sum += value * USCC_WEIGHTS[i]!;
  }
  // 31 - (sum mod 31) is 31 when the sum is a multiple of 31; the standard maps that to '0'.
  return USCC_CHARSET.charAt((31 - (sum % 31)) % 31);
}

/** Why the code is not a valid USCC (zh-CN), or null when it is valid. Lowercase letters count as illegal. */
export function explainUsccError(code: string): string | null {
  if (code.length !== USCC_LENGTH) return `统一社会信用代码长度应为18位（当前${code.length}位）`;
  const illegal = [...code].filter((char) => !USCC_CHARSET.includes(char));
  if (illegal.length > 0) {
    return `统一社会信用代码含非法字符：${[...new Set(illegal)].join('、')}（不得含小写字母及 I、O、Z、S、V）`;
  }
  const expected = usccCheckChar(code.slice(0, 17));
  if (expected !== code.charAt(17)) return `统一社会信用代码校验位错误（第18位应为 ${expected}）`;
  return null;
}

export function isValidUscc(code: string): boolean {
  return explainUsccError(code) === null;
}
