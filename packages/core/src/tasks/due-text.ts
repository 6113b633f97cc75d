// Deadlines as plans print them: 「2024年底前」 → 2024-12-31, 「2025年6月底前」 → 2025-06-30, 「2月28日前」 (year from
// context), 「2025年上半年」, 「2026年第三季度」, or an ISO / slashed date as a 任务清单 spreadsheet holds it.

import { monthEnd } from '../stats/definitions.ts';

const CHINESE_DIGITS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4 };
const pad2 = (n: number) => String(n).padStart(2, '0');

/** yyyy-mm-dd when the calendar has that day, else null (2025-02-30 is not a date). */
export function validDate(year: number, month: number, day: number): string | null {
  if (!Number.isInteger(year) || year < 1900 || year > 2100 || month < 1 || month > 12 || day < 1) return null;
  const iso = `${year}-${pad2(month)}-${pad2(day)}`;
  return day <= Number(monthEnd(`${year}-${pad2(month)}`).slice(8, 10)) ? iso : null;
}

type Rule = { pattern: RegExp; date: (m: RegExpExecArray, defaultYear: number | null) => string | null };

// Most specific first; each pattern is anchored to the whole (trimmed) text with an optional 前/以前/之前.
const BEFORE = '(?:前|以前|之前)?';
const rules: Rule[] = [
  { pattern: /^(\d{4})-(\d{1,2})-(\d{1,2})$/, date: (m) => validDate(Number(m[1]), Number(m[2]), Number(m[3])) },
  { pattern: /^(\d{4})[/.](\d{1,2})[/.](\d{1,2})$/, date: (m) => validDate(Number(m[1]), Number(m[2]), Number(m[3])) },
  { pattern: new RegExp(`^(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日${BEFORE}$`), date: (m) => validDate(Number(m[1]), Number(m[2]), Number(m[3])) },
  { pattern: new RegExp(`^(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月(?:底|末|份)?${BEFORE}$`), date: (m) => (validDate(Number(m[1]), Number(m[2]), 1) ? monthEnd(`${m[1]}-${pad2(Number(m[2]))}`) : null) },
  { pattern: new RegExp(`^(\\d{4})\\s*年\\s*(上|下)半年(?:底|末)?${BEFORE}$`), date: (m) => `${m[1]}-${m[2] === '上' ? '06-30' : '12-31'}` },
  {
    pattern: new RegExp(`^(\\d{4})\\s*年\\s*第?([一二三四1-4])季度(?:底|末)?${BEFORE}$`),
    date: (m) => {
      const q = CHINESE_DIGITS[m[2] ?? ''] ?? Number(m[2]);
      return monthEnd(`${m[1]}-${pad2(q * 3)}`);
    },
  },
  { pattern: new RegExp(`^(\\d{4})\\s*年(?:年)?(?:底|末|内|度)?${BEFORE}$`), date: (m) => `${m[1]}-12-31` },
  { pattern: new RegExp(`^(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日${BEFORE}$`), date: (m, year) => (year === null ? null : validDate(year, Number(m[1]), Number(m[2]))) },
  { pattern: new RegExp(`^(\\d{1,2})\\s*月(?:底|末)${BEFORE}$`), date: (m, year) => (year === null || !validDate(year, Number(m[1]), 1) ? null : monthEnd(`${year}-${pad2(Number(m[1]))}`)) },
];

/**
 * The due date a deadline phrase means, or null when it is not one (e.g. 「长期坚持」). `defaultYear` dates a
 * phrase without a year (「2月28日前」 in a plan issued that year).
 */
export function parseDueText(text: string, defaultYear: number | null = null): string | null {
  const trimmed = text.trim().replace(/^(?:于|在|到|至)/, '').replace(/[，,。；;]$/, '');
  for (const rule of rules) {
    const match = rule.pattern.exec(trimmed);
    if (match) return rule.date(match, defaultYear);
  }
  return null;
}

/** Every dated deadline in a plan's sentence, in order: 「2024年底前…2025年底前…2026年底」 → three dates. */
export function dueDatesIn(text: string): { phrase: string; date: string }[] {
  const phrase = /\d{4}\s*年\s*(?:\d{1,2}\s*月\s*(?:\d{1,2}\s*日|底|末)?|[上下]半年|第?[一二三四]季度|年?底|末)?(?:前|以前|之前)?/g;
  const out: { phrase: string; date: string }[] = [];
  for (const match of text.matchAll(phrase)) {
    const date = parseDueText(match[0]);
    if (date) out.push({ phrase: match[0], date });
  }
  return out;
}
