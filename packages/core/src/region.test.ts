import { describe, expect, it } from 'vitest';
import {
  childLevel,
  isInRegion,
  normalizeRegionCode,
  parentRegionCode,
  regionLevel,
  regionPrefix,
  type RegionLevel,
} from './region.ts';

describe('regionLevel and regionPrefix', () => {
  it.each<[string, string, RegionLevel, string]>([
    ['安徽省', '340000000000', 'province', '34'],
    ['亳州市', '341600000000', 'city', '3416'],
    ['谯城区', '341602000000', 'county', '341602'],
    ['涡阳县', '341621000000', 'county', '341621'],
    ['古井镇', '341602100000', 'township', '341602100'],
    ['花戏楼街道', '341602001000', 'township', '341602001'],
    ['a village', '341602100201', 'village', '341602100201'],
    ['village numbered x10', '341602100210', 'village', '341602100210'],
    ['北京市', '110000000000', 'province', '11'],
    ['北京 市辖区 (pseudo-city)', '110100000000', 'city', '1101'],
    ['东城区', '110101000000', 'county', '110101'],
    ['东莞 township directly under the city', '441900003000', 'township', '441900003'],
    ['short form county', '341621', 'county', '341621'],
    ['short form township', '341621100', 'township', '341621100'],
    ['short form province', '34', 'province', '34'],
  ])('%s %s → %s, prefix %s', (_name, code, level, prefix) => {
    expect(regionLevel(code)).toBe(level);
    expect(regionPrefix(code)).toBe(prefix);
  });

  it.each(['3416000', '34160000000', 'abc', '', '34160000000a'])('throws on invalid code %j', (code) => {
    expect(() => regionLevel(code)).toThrow('行政区划代码无效');
  });
});

describe('normalizeRegionCode', () => {
  it.each<[string, string | null]>([
    ['34', '340000000000'],
    ['3416', '341600000000'],
    ['341621', '341621000000'],
    ['341621100', '341621100000'],
    ['341621100201', '341621100201'],
    ['341600000000', '341600000000'],
    ['3', null],
    ['341', null],
    ['34162', null],
    ['3416211', null],
    ['3416211002', null],
    ['3416211002011', null],
    ['34a6', null],
    ['', null],
    [' 3416', null],
    ['-3416', null],
    ['３４', null], // full-width digits are not accepted
  ])('%j → %j', (input, expected) => {
    expect(normalizeRegionCode(input)).toBe(expected);
  });
});

describe('isInRegion', () => {
  it.each<[string, string, boolean]>([
    ['341621100201', '340000000000', true],
    ['341621100201', '341600000000', true],
    ['341621100201', '341621000000', true],
    ['341621100201', '341621100000', true],
    ['341621100201', '341621100201', true], // a region is in its own subtree
    ['341600000000', '341600000000', true],
    ['341621100201', '341622000000', false], // sibling county
    ['341621100201', '341621101000', false], // sibling township
    ['341600000000', '341621000000', false], // ancestor is not inside its descendant
    ['340000000000', '341600000000', false],
    ['341602000000', '3416', true], // short forms are accepted
    ['341602000000', '34', true],
    ['351600000000', '34', false],
    ['341000000000', '341600000000', false], // 黄山市 is not under 亳州市
    ['441900003000', '441900000000', true], // 东莞 township under the city
  ])('%s in %s → %s', (code, ancestor, expected) => {
    expect(isInRegion(code, ancestor)).toBe(expected);
  });
});

describe('parentRegionCode', () => {
  it.each<[string, string | null]>([
    ['340000000000', null],
    ['341600000000', '340000000000'],
    ['341602000000', '341600000000'],
    ['341602100000', '341602000000'],
    ['341602100201', '341602100000'],
    ['110101000000', '110100000000'], // 东城区 → 北京 市辖区
    ['441900003000', '441900000000'], // 东莞 township → 东莞市 (no county level)
    ['3416', '340000000000'],
  ])('%s → %s', (code, parent) => {
    expect(parentRegionCode(code)).toBe(parent);
  });

  it('walks from a village to the province in four steps', () => {
    const chain: string[] = [];
    for (let code: string | null = '341623100201'; code !== null; code = parentRegionCode(code)) chain.push(code);
    expect(chain).toEqual(['341623100201', '341623100000', '341623000000', '341600000000', '340000000000']);
  });
});

describe('childLevel', () => {
  it.each<[RegionLevel, RegionLevel | null]>([
    ['province', 'city'],
    ['city', 'county'],
    ['county', 'township'],
    ['township', 'village'],
    ['village', null],
  ])('%s → %s', (level, child) => {
    expect(childLevel(level)).toBe(child);
  });
});
