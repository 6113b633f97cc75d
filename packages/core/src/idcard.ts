// 公民身份号码 (GB 11643-1999): 6-digit area code, 8-digit birth date, 3-digit sequence, ISO 7064 MOD 11-2
// check character. Only the province part of the area code is checked: county codes are renamed and
// merged over the years while old ID numbers stay valid for life.

const ID_CARD_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const ID_CARD_CHECK_CHARS = '10X98765432';

// Province-level codes of GB/T 2260, including 台湾 (71), 香港 (81) and 澳门 (82).
const PROVINCE_CODES = new Set([
  '11', '12', '13', '14', '15',
  '21', '22', '23',
  '31', '32', '33', '34', '35', '36', '37',
  '41', '42', '43', '44', '45', '46',
  '50', '51', '52', '53', '54',
  '61', '62', '63', '64', '65',
  '71', '81', '82',
]);

/** The check character for the first 17 digits, or null if they are not 17 digits. */
export function idCardCheckChar(first17: string): string | null {
  if (!/^\d{17}$/.test(first17)) return null;
  let sum = 0;
  for (let i = 0; i < ID_CARD_WEIGHTS.length; i++) sum += Number(first17.charAt(i)) * ID_CARD_WEIGHTS[i]!;
  return ID_CARD_CHECK_CHARS.charAt(sum % 11);
}

/** Local calendar date as YYYYMMDD, so it compares with the birth date as a string. */
function toDateDigits(date: Date): string {
  const month = String(date.getMonth() + 1).padStart(2, '0');
  const day = String(date.getDate()).padStart(2, '0');
  return `${String(date.getFullYear()).padStart(4, '0')}${month}${day}`;
}

function isCalendarDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  // Day 0 of the next month is the last day of this month; UTC avoids DST edge cases.
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= daysInMonth;
}

/** Why the ID number is invalid (zh-CN), or null when valid. A lowercase x check character is accepted. */
export function explainIdCardError(id: string, today: Date = new Date()): string | null {
  if (id.length !== 18) return `身份证号长度应为18位（当前${id.length}位）`;
  if (!/^\d{17}[\dXx]$/.test(id)) return '身份证号含非法字符（前17位应为数字，第18位为数字或X）';
  const provinceCode = id.slice(0, 2);
  if (!PROVINCE_CODES.has(provinceCode)) return `身份证号地址码无效（省级代码 ${provinceCode} 不存在）`;
  const birth = id.slice(6, 14);
  const year = Number(birth.slice(0, 4));
  const month = Number(birth.slice(4, 6));
  const day = Number(birth.slice(6, 8));
  if (!isCalendarDate(year, month, day)) return `身份证号出生日期无效（${birth} 不是真实日期）`;
  if (birth > toDateDigits(today)) return `身份证号出生日期无效（${birth} 晚于今天）`;
  const expected = idCardCheckChar(id.slice(0, 17));
  if (expected !== id.charAt(17).toUpperCase()) return `身份证号校验位错误（第18位应为 ${expected}）`;
  return null;
}

export function isValidIdCard(id: string, today: Date = new Date()): boolean {
  return explainIdCardError(id, today) === null;
}
