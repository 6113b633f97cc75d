// Pure pieces of the monthly circular (月通报): which day a month's figures are taken on, and how numbers are
// written in the document, the workbook and the web preview, so all three read the same.

import { monthEnd } from './definitions.ts';

/** A month as the circular takes it: yyyy-mm with a month 01–12. */
export const MONTH_PATTERN = /^\d{4}-(0[1-9]|1[0-2])$/;

/** First day of the month after a yyyy-mm month. */
export function nextMonthStart(month: string): string {
  const year = Number(month.slice(0, 4));
  const monthIndex = Number(month.slice(5, 7));
  return new Date(Date.UTC(year, monthIndex, 1)).toISOString().slice(0, 10);
}

/**
 * The as-of date of a month's circular: the month's last day, or today while the month is still running.
 * Null for a month after today's (nothing to report yet).
 */
export function circularAsOf(month: string, today: string): string | null {
  if (month > today.slice(0, 7)) return null;
  const end = monthEnd(month);
  return end > today ? today : end;
}

/** 2026-10 → 2026年10月 */
export const monthLabel = (month: string): string => `${month.slice(0, 4)}年${Number(month.slice(5, 7))}月`;

/** 2026-10-31 → 2026年10月31日 */
export const dateLabel = (date: string): string => `${date.slice(0, 4)}年${Number(date.slice(5, 7))}月${Number(date.slice(8, 10))}日`;

/** A §5 rate (0–1) as a percentage with one decimal; "—" when it has no denominator. */
export const formatRate = (value: number | null): string => (value === null ? '—' : `${(value * 100).toFixed(1)}%`);

/** Days to close in whole days (an official document does not write 「36.2天」; a percentile between two days rounds), "—" when nothing closed. */
export const formatDays = (value: number | null): string => (value === null ? '—' : String(Math.round(value)));

/** A rank change since last month: ↑2 (moved up), ↓1, 持平, or 新增 when there was no rank last month. */
export function formatRankChange(rank: number | null, rankDelta: number | null): string {
  if (rank === null) return '—';
  if (rankDelta === null) return '新增';
  if (rankDelta === 0) return '持平';
  return rankDelta > 0 ? `↑${rankDelta}` : `↓${-rankDelta}`;
}

/** A year-on-year change in prose: 增加3项（+50.0%）, 减少2项（−40.0%）, 持平, or 增加3项 when last year had none. */
export function formatYearOnYear(delta: number, ratio: number | null): string {
  if (delta === 0) return '持平';
  const word = delta > 0 ? `增加${delta}项` : `减少${-delta}项`;
  if (ratio === null) return word;
  const sign = ratio > 0 ? '+' : '−';
  return `${word}（${sign}${Math.abs(ratio * 100).toFixed(1)}%）`;
}

/** The circular's title, e.g. 亳州市安全生产治本攻坚三年行动重大事故隐患动态清零工作情况通报（2026年10月）. */
export const circularTitle = (regionName: string, month: string): string =>
  `${regionName}安全生产治本攻坚三年行动重大事故隐患动态清零工作情况通报（${monthLabel(month)}）`;
