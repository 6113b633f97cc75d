import fs from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import {
  defaultWorkCalendar,
  defaultRewardRules,
  explainRewardRulesError,
  workCalendar,
  type RewardRules,
  type WorkCalendar,
} from '@zhiben/core';

/** Tip settings: the identity key (never in the database), acceptance SLA, reward rules, working calendar. */
export type TipSettings = {
  identityKey: Buffer;
  acceptWorkingDays: number;
  rewardRules: RewardRules;
  calendar: WorkCalendar;
  /** Per-IP limits on the public endpoints (in-memory, per process). */
  rateLimits: { windowMs: number; submitPerWindow: number; lookupPerWindow: number };
};

const HEX_KEY = /^[0-9a-fA-F]{64,}$/;

/**
 * The identity key: ZHIBEN_TIP_KEY (hex, ≥ 32 bytes) or the key file (TIP_KEY_FILE, default
 * <DATA_DIR>/keys/tip-identity.key), created with mode 0600 on first start. Losing it makes identities unreadable.
 */
export function loadTipKey(env: NodeJS.ProcessEnv, dataDir: string): Buffer {
  const fromEnv = env.ZHIBEN_TIP_KEY?.trim();
  if (fromEnv) {
    if (!HEX_KEY.test(fromEnv) || fromEnv.length % 2 !== 0) throw new Error('ZHIBEN_TIP_KEY must be at least 64 hex characters');
    return Buffer.from(fromEnv, 'hex');
  }
  const file = path.resolve(env.TIP_KEY_FILE ?? path.join(dataDir, 'keys', 'tip-identity.key'));
  if (!fs.existsSync(file)) {
    fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
    // 'wx' fails if another process created it meanwhile; then we read theirs.
    try {
      fs.writeFileSync(file, `${randomBytes(32).toString('hex')}\n`, { mode: 0o600, flag: 'wx' });
    } catch (error) {
      if ((error as { code?: string }).code !== 'EEXIST') throw error;
    }
  }
  const mode = fs.statSync(file).mode & 0o777;
  if ((mode & 0o077) !== 0) throw new Error(`${file} must not be readable by group or others (chmod 600)`);
  const hex = fs.readFileSync(file, 'utf8').trim();
  if (!HEX_KEY.test(hex) || hex.length % 2 !== 0) throw new Error(`${file} must hold at least 64 hex characters`);
  return Buffer.from(hex, 'hex');
}

function positiveInt(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined || value.trim() === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new Error(`${name} must be a non-negative integer`);
  return n;
}

export function loadTipSettings(env: NodeJS.ProcessEnv, dataDir: string): TipSettings {
  const rewardRules: RewardRules = {
    ...defaultRewardRules,
    percent: Number(env.TIP_REWARD_PERCENT ?? defaultRewardRules.percent),
    minYuan: positiveInt(env.TIP_REWARD_MIN_YUAN, defaultRewardRules.minYuan, 'TIP_REWARD_MIN_YUAN'),
    maxYuan: positiveInt(env.TIP_REWARD_MAX_YUAN, defaultRewardRules.maxYuan, 'TIP_REWARD_MAX_YUAN'),
  };
  const ruleError = explainRewardRulesError(rewardRules);
  if (ruleError) throw new Error(`TIP_REWARD_*: ${ruleError}`);
  let calendar = defaultWorkCalendar;
  if (env.TIP_CALENDAR_FILE) {
    const parsed = JSON.parse(fs.readFileSync(env.TIP_CALENDAR_FILE, 'utf8')) as { holidays?: unknown; workdays?: unknown };
    const dates = (v: unknown) => (Array.isArray(v) ? v.filter((d): d is string => typeof d === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(d)) : []);
    calendar = workCalendar(dates(parsed.holidays), dates(parsed.workdays));
  }
  return {
    identityKey: loadTipKey(env, dataDir),
    acceptWorkingDays: positiveInt(env.TIP_ACCEPT_WORKING_DAYS, 5, 'TIP_ACCEPT_WORKING_DAYS'),
    rewardRules,
    calendar,
    rateLimits: {
      windowMs: 60 * 60 * 1000,
      submitPerWindow: positiveInt(env.TIP_SUBMIT_PER_HOUR, 10, 'TIP_SUBMIT_PER_HOUR'),
      lookupPerWindow: positiveInt(env.TIP_LOOKUP_PER_HOUR, 30, 'TIP_LOOKUP_PER_HOUR'),
    },
  };
}

/** Settings for tests: a fixed, obviously-test key (never used outside tests). */
export const testTipSettings = (): TipSettings => ({
  identityKey: Buffer.from('7e57'.repeat(16), 'hex'),
  acceptWorkingDays: 5,
  rewardRules: defaultRewardRules,
  calendar: defaultWorkCalendar,
  rateLimits: { windowMs: 60 * 60 * 1000, submitPerWindow: 200, lookupPerWindow: 500 },
});

/** When an app is built without settings (scripts, browser tests): a random key that lives as long as the process. */
export const ephemeralTipSettings = (): TipSettings => ({ ...testTipSettings(), identityKey: randomBytes(32) });
