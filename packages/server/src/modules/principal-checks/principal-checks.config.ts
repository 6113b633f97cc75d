import {
  DEFAULT_CHECK_BACKDATE_DAYS,
  DEFAULT_CHECK_REMINDER_DAYS_BEFORE,
  DEFAULT_MISSED_DETECTION_DAYS,
  DEFAULT_MISSED_PERIODS_THRESHOLD,
} from '@zhiben/core';

/**
 * The numbers the plans leave open for principal-led checks (MODULES A-2: "configurable"): when the ending reminder
 * goes out, how late a check may be recorded, the 查不出 window, and how many missed periods in a row put an
 * enterprise on 进展缓慢.
 */
export type PrincipalCheckSettings = { reminderDaysBefore: number; backdateDays: number; missedDetectionDays: number; missedPeriodsThreshold: number };

export const defaultPrincipalCheckSettings: PrincipalCheckSettings = {
  reminderDaysBefore: DEFAULT_CHECK_REMINDER_DAYS_BEFORE,
  backdateDays: DEFAULT_CHECK_BACKDATE_DAYS,
  missedDetectionDays: DEFAULT_MISSED_DETECTION_DAYS,
  missedPeriodsThreshold: DEFAULT_MISSED_PERIODS_THRESHOLD,
};

function int(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw.trim() === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > max) throw new Error(`${name} must be an integer from ${min} to ${max}`);
  return n;
}

/** CHECK_REMINDER_DAYS_BEFORE (7), CHECK_BACKDATE_DAYS (7), MISSED_DETECTION_DAYS (30), MISSED_PERIODS_THRESHOLD (2). */
export function loadPrincipalCheckSettings(env: NodeJS.ProcessEnv): PrincipalCheckSettings {
  return {
    reminderDaysBefore: int(env, 'CHECK_REMINDER_DAYS_BEFORE', DEFAULT_CHECK_REMINDER_DAYS_BEFORE, 1, 60),
    backdateDays: int(env, 'CHECK_BACKDATE_DAYS', DEFAULT_CHECK_BACKDATE_DAYS, 0, 90),
    missedDetectionDays: int(env, 'MISSED_DETECTION_DAYS', DEFAULT_MISSED_DETECTION_DAYS, 1, 365),
    missedPeriodsThreshold: int(env, 'MISSED_PERIODS_THRESHOLD', DEFAULT_MISSED_PERIODS_THRESHOLD, 1, 12),
  };
}
