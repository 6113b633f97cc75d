import { describe, expect, it } from 'vitest';
import { isValidUscc } from '@zhiben/core';
import { generateDemoEnterprises, type DemoEnterpriseOptions } from './demo-data.ts';

const townships = [
  { code: '341602001000', name: '花戏楼街道' },
  { code: '341602100000', name: '古井镇' },
  { code: '341621003000', name: '星园街道' },
  { code: '341621103000', name: '西阳镇' },
  { code: '341622002000', name: '庄周街道' },
  { code: '341623112000', name: '马店孜镇' },
];
const sectors = [
  'school', 'construction', 'city_gas', 'hazchem', 'fireworks', 'industry_trade', 'mining', 'fire',
  'special_equipment', 'road_transport', 'commerce',
];
const highRiskSectors = ['construction', 'city_gas', 'hazchem', 'fireworks', 'mining', 'road_transport'];
const baseOptions: DemoEnterpriseOptions = { seed: 2024, count: 500, townships, sectors, highRiskSectors };
const enterprises = generateDemoEnterprises(baseOptions);
const share = (predicate: (e: (typeof enterprises)[number]) => boolean) =>
  enterprises.filter(predicate).length / enterprises.length;

describe('generateDemoEnterprises', () => {
  it('returns exactly count enterprises', () => {
    expect(enterprises).toHaveLength(500);
    expect(generateDemoEnterprises({ ...baseOptions, count: 0 })).toEqual([]);
  });

  it('is deterministic for a seed and differs between seeds', () => {
    expect(generateDemoEnterprises(baseOptions)).toEqual(enterprises);
    const other = generateDemoEnterprises({ ...baseOptions, seed: 2025 });
    expect(other.map((e) => e.uscc)).not.toEqual(enterprises.map((e) => e.uscc));
  });

  it('gives every enterprise a valid, unique credit code starting with 91 and its county code', () => {
    const invalid = enterprises.filter((e) => !isValidUscc(e.uscc) || e.uscc.slice(0, 8) !== `91${e.regionCode.slice(0, 6)}`);
    expect(invalid).toEqual([]);
    expect(new Set(enterprises.map((e) => e.uscc)).size).toBe(enterprises.length);
  });

  it('uses unique, visibly fictional names', () => {
    expect(enterprises.filter((e) => !/(示例|演示)/.test(e.name) || !e.name.endsWith('有限公司'))).toEqual([]);
    expect(new Set(enterprises.map((e) => e.name)).size).toBe(enterprises.length);
  });

  it('places enterprises in the given townships, with an address there, near 亳州', () => {
    const byCode = new Map(townships.map((t) => [t.code, t.name]));
    const misplaced = enterprises.filter((e) => {
      const townshipName = byCode.get(e.regionCode);
      return (
        townshipName === undefined ||
        !new RegExp(`^${townshipName}.+\\d+号$`).test(e.address) ||
        e.lat < 33.0 || e.lat > 34.1 || e.lng < 115.5 || e.lng > 116.7
      );
    });
    expect(misplaced).toEqual([]);
    expect(new Set(enterprises.map((e) => e.regionCode)).size).toBe(townships.length);
  });

  it('draws one or two distinct sectors from the list and derives highRisk from them', () => {
    const wrong = enterprises.filter(
      (e) =>
        e.sectors.length < 1 || e.sectors.length > 2 ||
        new Set(e.sectors).size !== e.sectors.length ||
        e.sectors.some((code) => !sectors.includes(code)) ||
        e.highRisk !== e.sectors.some((code) => highRiskSectors.includes(code)),
    );
    expect(wrong).toEqual([]);
    expect(share((e) => e.sectors.length === 2)).toBeGreaterThan(0.05);
    expect(share((e) => e.sectors.length === 2)).toBeLessThan(0.3);
    expect(share((e) => e.highRisk)).toBeGreaterThan(0.1);
    expect(share((e) => !e.highRisk)).toBeGreaterThan(0.3);
  });

  it.each([1, 7, 99])('covers all featured sectors even in a demo of 8 (seed %d)', (seed) => {
    const small = generateDemoEnterprises({ ...baseOptions, seed, count: 8 });
    const mainSectors = new Set(small.map((e) => e.sectors[0]));
    for (const code of ['industry_trade', 'construction', 'hazchem', 'fire', 'school', 'city_gas', 'special_equipment', 'fireworks']) {
      expect(mainSectors).toContain(code);
    }
  });

  it('only uses featured sectors that are in the given list', () => {
    const onlyTwo = generateDemoEnterprises({ ...baseOptions, count: 30, sectors: ['fire', 'power'], highRiskSectors: [] });
    expect(onlyTwo.flatMap((e) => e.sectors).every((code) => code === 'fire' || code === 'power')).toBe(true);
    expect(onlyTwo.every((e) => !e.highRisk)).toBe(true);
  });

  it('is mostly small and micro, and mostly operating', () => {
    expect(share((e) => e.scale === 'small' || e.scale === 'micro')).toBeGreaterThan(0.7);
    expect(share((e) => e.scale === 'large')).toBeGreaterThan(0);
    expect(share((e) => e.status === 'operating')).toBeGreaterThan(0.85);
    expect(share((e) => e.status === 'suspended')).toBeGreaterThan(0);
    expect(share((e) => e.status === 'closed')).toBeGreaterThan(0);
  });

  it('uses fictional people: three-character names and 139 0000 phones', () => {
    const people = enterprises.flatMap((e) => [e.principal, e.controller, e.safetyManager]);
    expect(people.filter((p) => !/^\p{Script=Han}{3}$/u.test(p.name) || !/^1390000\d{4}$/.test(p.phone))).toEqual([]);
  });

  it.each<[string, Partial<DemoEnterpriseOptions>, string]>([
    ['negative count', { count: -1 }, '数量无效'],
    ['fractional count', { count: 1.5 }, '数量无效'],
    ['no townships', { townships: [] }, '至少需要一个乡镇'],
    ['no sectors', { sectors: [] }, '至少需要一个行业领域'],
    ['county code as township', { townships: [{ code: '341621000000', name: '涡阳县' }] }, '乡镇代码无效'],
    ['malformed township code', { townships: [{ code: '34162110', name: '?' }] }, '乡镇代码无效'],
  ])('rejects %s', (_why, override, message) => {
    expect(() => generateDemoEnterprises({ ...baseOptions, ...override })).toThrow(message);
  });
});
