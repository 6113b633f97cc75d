// Deployment limits read once at start (like the other settings in config.ts, but needed deep inside services that
// every workflow shares). A bad value stops the start with its reason.
import { DEFAULT_DEADLINE_HORIZON_DAYS } from '@zhiben/core';

/** HAZARD_DEADLINE_HORIZON_DAYS: how far after the 发现日期 a 整改期限 may lie (default 730 days). */
export function parseDeadlineHorizon(raw: string | undefined): number {
  if (raw === undefined || raw.trim() === '') return DEFAULT_DEADLINE_HORIZON_DAYS;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 30 || value > 3650) throw new Error(`HAZARD_DEADLINE_HORIZON_DAYS 应为 30 到 3650 之间的整数（天），当前为「${raw}」`);
  return value;
}

export const deadlineHorizonDays = parseDeadlineHorizon(process.env.HAZARD_DEADLINE_HORIZON_DAYS);
