// 12-digit statistical region codes (统计用区划代码): 省2 市2 县2 乡镇3 村3. A region's level is given by how
// many leading digits are significant (the rest are zero), and its subtree is every code sharing that prefix.
// E.g. 341600000000 亳州市 is a city, 341602000000 谯城区 a county, 341602100000 古井镇 a township.
// Cities without counties (东莞 441900, 中山 442000, 儋州 460400) have townships directly under the city code.

export type RegionLevel = 'province' | 'city' | 'county' | 'township' | 'village';

export const REGION_LEVELS: readonly RegionLevel[] = ['province', 'city', 'county', 'township', 'village'];
export const regionLevelLabels: Record<RegionLevel, string> = { province: '省级', city: '市级', county: '县级', township: '乡级', village: '村级' };

const SIGNIFICANT_DIGITS: Record<RegionLevel, number> = {
  province: 2,
  city: 4,
  county: 6,
  township: 9,
  village: 12,
};

const REGION_CODE_LENGTH = 12;
const ACCEPTED_INPUT_LENGTHS = new Set(Object.values(SIGNIFICANT_DIGITS));

/** Pads a 2/4/6/9/12-digit code to 12 digits; null if it is not digits of one of those lengths. */
export function normalizeRegionCode(input: string): string | null {
  if (!/^\d+$/.test(input) || !ACCEPTED_INPUT_LENGTHS.has(input.length)) return null;
  return input.padEnd(REGION_CODE_LENGTH, '0');
}

// The helpers below accept any form normalizeRegionCode accepts; anything else is a programming error.
function requireRegionCode(code: string): string {
  const normalized = normalizeRegionCode(code);
  if (normalized === null) throw new Error(`行政区划代码无效：${code}（应为2、4、6、9或12位数字）`);
  return normalized;
}

export function regionLevel(code: string): RegionLevel {
  const normalized = requireRegionCode(code);
  // Shortest level whose significant prefix leaves only zeros behind.
  for (const level of REGION_LEVELS) {
    if (/^0*$/.test(normalized.slice(SIGNIFICANT_DIGITS[level]))) return level;
  }
  return 'village';
}

/** The significant prefix: '34', '3416', '341621', '341621100' or all 12 digits. */
export function regionPrefix(code: string): string {
  const normalized = requireRegionCode(code);
  return normalized.slice(0, SIGNIFICANT_DIGITS[regionLevel(normalized)]);
}

/** True if code is ancestorCode itself or lies in its subtree. */
export function isInRegion(code: string, ancestorCode: string): boolean {
  return requireRegionCode(code).startsWith(regionPrefix(ancestorCode));
}

/**
 * The code one level up, or null for a province. Structural only: a township under 东莞 (441900003000)
 * gets 441900000000, which is the city itself because 东莞 has no county level.
 */
export function parentRegionCode(code: string): string | null {
  const level = regionLevel(code);
  const index = REGION_LEVELS.indexOf(level);
  const parentLevel = REGION_LEVELS[index - 1];
  if (parentLevel === undefined) return null;
  return requireRegionCode(code).slice(0, SIGNIFICANT_DIGITS[parentLevel]).padEnd(REGION_CODE_LENGTH, '0');
}

export function childLevel(level: RegionLevel): RegionLevel | null {
  return REGION_LEVELS[REGION_LEVELS.indexOf(level) + 1] ?? null;
}
