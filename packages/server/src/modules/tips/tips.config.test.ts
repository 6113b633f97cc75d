import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createTipCrypto } from './tip-crypto.ts';
import { loadTipKey, loadTipSettings, testTipSettings } from './tips.config.ts';

const dirs: string[] = [];
const tempDir = () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhiben-tipkey-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

describe('tip identity key', () => {
  it('creates the key file with mode 0600 on first start and reuses it', () => {
    const dir = tempDir();
    const key = loadTipKey({}, dir);
    const file = path.join(dir, 'keys', 'tip-identity.key');
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    expect(key).toHaveLength(32);
    expect(loadTipKey({}, dir).equals(key)).toBe(true);
  });
  it('takes ZHIBEN_TIP_KEY (hex) before any file, and TIP_KEY_FILE for the path', () => {
    const dir = tempDir();
    expect(loadTipKey({ ZHIBEN_TIP_KEY: 'ab'.repeat(32) }, dir).toString('hex')).toBe('ab'.repeat(32));
    expect(fs.existsSync(path.join(dir, 'keys'))).toBe(false);
    const custom = path.join(dir, 'elsewhere', 'k.key');
    loadTipKey({ TIP_KEY_FILE: custom }, dir);
    expect(fs.existsSync(custom)).toBe(true);
  });
  it('refuses short keys and a key file others can read', () => {
    const dir = tempDir();
    expect(() => loadTipKey({ ZHIBEN_TIP_KEY: 'abcd' }, dir)).toThrow('64 hex');
    const file = path.join(dir, 'open.key');
    fs.writeFileSync(file, 'cd'.repeat(32), { mode: 0o644 });
    fs.chmodSync(file, 0o644);
    expect(() => loadTipKey({ TIP_KEY_FILE: file }, dir)).toThrow('chmod 600');
  });
  it('reads SLA days, reward rules and a calendar file', () => {
    const dir = tempDir();
    const calendar = path.join(dir, 'calendar.json');
    fs.writeFileSync(calendar, JSON.stringify({ holidays: ['2027-01-01'], workdays: ['2027-01-02'] }));
    const settings = loadTipSettings({ TIP_ACCEPT_WORKING_DAYS: '7', TIP_REWARD_PERCENT: '10', TIP_REWARD_MIN_YUAN: '1000', TIP_REWARD_MAX_YUAN: '200000', TIP_CALENDAR_FILE: calendar }, dir);
    expect(settings.acceptWorkingDays).toBe(7);
    expect(settings.rewardRules).toMatchObject({ percent: 10, minYuan: 1000, maxYuan: 200000 });
    expect(settings.calendar.holidays.has('2027-01-01')).toBe(true);
    expect(() => loadTipSettings({ TIP_REWARD_MIN_YUAN: '9000', TIP_REWARD_MAX_YUAN: '100' }, dir)).toThrow('最高奖励');
  });
});

describe('field sealing (SM4-CTR + HMAC-SM3)', () => {
  const crypto = createTipCrypto(testTipSettings().identityKey);
  it('round-trips, uses a fresh IV per seal and hides the plaintext', () => {
    const a = crypto.seal('演示举报人张三', 'tip:1:name');
    const b = crypto.seal('演示举报人张三', 'tip:1:name');
    expect(a).not.toBe(b);
    expect(a).not.toContain('张三');
    expect(crypto.open(a, 'tip:1:name')).toBe('演示举报人张三');
  });
  it('rejects another context, a flipped bit and another key', () => {
    const sealed = crypto.seal('13900000000', 'tip:1:phone');
    expect(() => crypto.open(sealed, 'tip:2:phone')).toThrow('authentication');
    const bytes = Buffer.from(sealed.slice(3), 'base64');
    bytes[20] = (bytes[20] ?? 0) ^ 1;
    expect(() => crypto.open(`v1.${bytes.toString('base64')}`, 'tip:1:phone')).toThrow('authentication');
    expect(() => createTipCrypto(Buffer.alloc(32, 9)).open(sealed, 'tip:1:phone')).toThrow('authentication');
  });
  it('lookup hashes are keyed and per purpose', () => {
    expect(crypto.lookupHash('receipt', 'X')).toBe(crypto.lookupHash('receipt', 'X'));
    expect(crypto.lookupHash('receipt', 'X')).not.toBe(crypto.lookupHash('ip', 'X'));
    expect(createTipCrypto(Buffer.alloc(32, 9)).lookupHash('receipt', 'X')).not.toBe(crypto.lookupHash('receipt', 'X'));
  });
});
