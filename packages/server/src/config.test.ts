import { describe, expect, it } from 'vitest';
import { loadConfig, parseMinSample, parseTrustProxy } from './config.ts';
import { parseDeadlineHorizon } from './lib/limits.ts';

describe('TRUST_PROXY', () => {
  it.each([
    [undefined, false],
    ['', false],
    ['false', false],
    ['FALSE', false],
    ['true', true],
    ['10.0.0.5', ['10.0.0.5']],
    ['10.0.0.5, 172.16.0.0/12,::1', ['10.0.0.5', '172.16.0.0/12', '::1']],
    ['loopback,fd00::/8', ['loopback', 'fd00::/8']],
  ] as const)('%j → %j', (raw, expected) => {
    expect(parseTrustProxy(raw)).toEqual(expected);
  });

  it.each(['proxy.example', '10.0.0.0/33', '10.0.0.5/8/1', '1.2.3'])('refuses %j with a message naming the entry', (raw) => {
    expect(() => parseTrustProxy(raw)).toThrow(`「${raw}」`);
  });

  it('refuses a hop count (Fastify 5.12 trusts no hop for it, which would look configured but is not)', () => {
    expect(() => parseTrustProxy('1')).toThrow('不支持跳数');
  });

  it('is off unless set', () => {
    expect(loadConfig({}).trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: '127.0.0.1' }).trustProxy).toEqual(['127.0.0.1']);
  });
});

describe('RANKING_MIN_SAMPLE', () => {
  it.each<[string | undefined, number]>([
    [undefined, 10],
    ['', 10],
    ['0', 0],
    ['25', 25],
  ])('%j → %i', (raw, expected) => expect(parseMinSample(raw)).toBe(expected));

  it.each(['-1', '2.5', 'abc'])('refuses %j with the variable named', (raw) => {
    expect(() => parseMinSample(raw)).toThrow(`RANKING_MIN_SAMPLE 应为不小于 0 的整数，当前为「${raw}」`);
  });
});

describe('demo mode and the safe defaults', () => {
  it('npm start (--demo) loads the demo region and listens on every interface; otherwise neither, unless told', () => {
    expect(loadConfig({}, { demo: true })).toMatchObject({ demoMode: true, seedDemo: true, host: '0.0.0.0' });
    expect(loadConfig({})).toMatchObject({ demoMode: false, seedDemo: false, host: '127.0.0.1' });
    expect(loadConfig({ SEED_DEMO: 'true', HOST: '0.0.0.0' })).toMatchObject({ seedDemo: true, host: '0.0.0.0' });
    expect(loadConfig({ SEED_DEMO: 'false' }, { demo: true }).seedDemo).toBe(false);
  });
});

describe('HAZARD_DEADLINE_HORIZON_DAYS', () => {
  it.each<[string | undefined, number]>([
    [undefined, 730],
    ['365', 365],
  ])('%j → %i', (raw, days) => expect(parseDeadlineHorizon(raw)).toBe(days));
  it.each(['10', '99999', 'abc', '1.5'])('refuses %j', (raw) => expect(() => parseDeadlineHorizon(raw)).toThrow('HAZARD_DEADLINE_HORIZON_DAYS'));
});
