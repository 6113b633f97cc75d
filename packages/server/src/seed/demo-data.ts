// Fictional demo enterprises for the 亳州市 demo instance. Every name contains 示例 or 演示, phones use the
// 139 0000 prefix and credit codes are random (checksum-valid) so nothing can be mistaken for a real company.
// Pure: the caller supplies townships and sector codes; the same seed always gives the same list.
import { createRandom, normalizeRegionCode, regionLevel, usccCharset, usccCheckChar, type Random } from '@zhiben/core';

export type EnterpriseScale = 'large' | 'medium' | 'small' | 'micro';
export type EnterpriseStatus = 'operating' | 'suspended' | 'closed';
export type DemoPerson = { name: string; phone: string };

export type DemoEnterprise = {
  uscc: string;
  name: string;
  regionCode: string;
  address: string;
  sectors: string[];
  highRisk: boolean;
  scale: EnterpriseScale;
  status: EnterpriseStatus;
  principal: DemoPerson;
  controller: DemoPerson;
  safetyManager: DemoPerson;
  lat: number;
  lng: number;
};

export type DemoTownship = { code: string; name: string };

export type DemoEnterpriseOptions = {
  seed: number;
  count: number;
  townships: readonly DemoTownship[];
  /** Sector codes to draw from (see reference/sectors.json). */
  sectors: readonly string[];
  /** Sector codes flagged highRisk in reference/sectors.json; an enterprise in any of them is high-risk. */
  highRiskSectors: readonly string[];
};

// Sectors every demo should show; the first enterprises get one each, so even a small demo covers them.
const FEATURED_SECTORS = [
  'industry_trade',
  'construction',
  'hazchem',
  'fire',
  'school',
  'city_gas',
  'special_equipment',
  'fireworks',
] as const;

// Relative frequency of each sector as an enterprise's main sector; unlisted sectors get the default.
const SECTOR_WEIGHTS: Readonly<Record<string, number>> = {
  industry_trade: 30,
  fire: 14,
  construction: 12,
  hazchem: 8,
  special_equipment: 8,
  school: 6,
  city_gas: 4,
  fireworks: 4,
  road_transport: 4,
  commerce: 4,
};
const DEFAULT_SECTOR_WEIGHT = 2;
const SECOND_SECTOR_PROBABILITY = 0.15;

const SECTOR_NOUNS: Readonly<Record<string, readonly string[]>> = {
  industry_trade: ['机械制造', '金属制品', '纺织', '食品加工', '家具制造', '新型建材', '酿造'],
  construction: ['建筑工程', '建设工程', '市政工程', '建筑安装'],
  hazchem: ['精细化工', '化工', '化学品储运', '石化销售'],
  fire: ['酒店管理', '商业管理', '物业服务', '餐饮管理'],
  school: ['教育科技', '职业培训'],
  city_gas: ['燃气', '天然气'],
  special_equipment: ['起重设备', '锅炉安装', '电梯工程'],
  fireworks: ['烟花爆竹经营', '烟花爆竹批发'],
  mining: ['矿业'],
  road_transport: ['物流', '运输'],
  power: ['电力工程', '新能源'],
  civil_explosives: ['民爆器材'],
  healthcare: ['医疗管理'],
  elderly_care: ['养老服务'],
  commerce: ['商贸'],
  culture_tourism: ['文化旅游'],
};
const FALLBACK_NOUNS = ['实业'] as const;

const NAME_MARKERS = ['示例', '演示'] as const;
const BRAND_WORDS = [
  '恒达', '瑞丰', '鑫源', '华泰', '金穗', '润泽', '永兴', '宏远', '德信', '安康',
  '益民', '盛元', '嘉禾', '同心', '远航', '青禾', '明辉', '和顺', '兴旺', '正阳',
] as const;
const STREET_NAMES = [
  '工业园一路', '工业园二路', '兴业路', '创业大道', '发展路', '振兴街', '和平路', '建设路', '纬一路', '经二路',
] as const;

const SURNAMES = [
  '王', '李', '张', '刘', '陈', '杨', '黄', '赵', '吴', '周', '徐', '孙', '马', '朱', '胡', '郭', '何', '高', '林', '罗',
] as const;
const GIVEN_NAME_CHARS = [
  '伟', '芳', '娜', '敏', '静', '强', '磊', '军', '洋', '勇', '艳', '杰', '涛', '明', '超', '秀', '霞', '平', '刚', '桂',
  '文', '华', '建', '国', '红', '玉', '兰', '志', '海', '宇',
] as const;

const SCALE_WEIGHTS: readonly (readonly [EnterpriseScale, number])[] = [
  ['large', 3],
  ['medium', 12],
  ['small', 45],
  ['micro', 40],
];
const STATUS_WEIGHTS: readonly (readonly [EnterpriseStatus, number])[] = [
  ['operating', 92],
  ['suspended', 5],
  ['closed', 3],
];

// Approximate seats of the four county-level units; enterprises scatter around their county's seat.
const COUNTY_CENTRES: Readonly<Record<string, { lat: number; lng: number }>> = {
  '341602': { lat: 33.85, lng: 115.78 }, // 谯城区
  '341621': { lat: 33.49, lng: 116.21 }, // 涡阳县
  '341622': { lat: 33.27, lng: 116.56 }, // 蒙城县
  '341623': { lat: 33.14, lng: 116.21 }, // 利辛县
};
const BOUNDS = { minLat: 33.0, maxLat: 34.1, minLng: 115.5, maxLng: 116.7 } as const;

function requireTownshipCode(code: string): string {
  const normalized = normalizeRegionCode(code);
  if (normalized === null || regionLevel(normalized) !== 'township') {
    throw new Error(`示例企业的乡镇代码无效：${code}（应为乡镇级行政区划代码）`);
  }
  return normalized;
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

function roundTo6(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}

function fictionalPerson(random: Random): DemoPerson {
  const name = random.pick(SURNAMES) + random.pick(GIVEN_NAME_CHARS) + random.pick(GIVEN_NAME_CHARS);
  return { name, phone: `1390000${String(random.int(0, 9999)).padStart(4, '0')}` };
}

// '91' = enterprise registered by 市场监管; then the county code; 9 random characters stand in for the
// organisation code.
const USCC_CHARS = [...usccCharset];

function randomUscc(random: Random, countyCode: string): string {
  let body = `91${countyCode}`;
  for (let i = 0; i < 9; i++) body += random.pick(USCC_CHARS);
  return body + usccCheckChar(body);
}

// Drops the 镇/乡/街道 suffix: '古井镇' → '古井', as in '古井示例恒达机械制造有限公司'.
function placeWord(townshipName: string): string {
  const short = townshipName.replace(/(街道|镇|乡)$/, '');
  return short.length > 0 ? short : townshipName;
}

function drawSectors(random: Random, sectors: readonly string[], featured: string | undefined): string[] {
  const weightOf = (code: string) => SECTOR_WEIGHTS[code] ?? DEFAULT_SECTOR_WEIGHT;
  const main = featured ?? random.weighted(sectors.map((code) => [code, weightOf(code)] as const));
  const others = sectors.filter((code) => code !== main);
  if (others.length === 0 || random.next() >= SECOND_SECTOR_PROBABILITY) return [main];
  return [main, random.weighted(others.map((code) => [code, weightOf(code)] as const))];
}

function drawLocation(random: Random, countyCode: string): { lat: number; lng: number } {
  const centre = COUNTY_CENTRES[countyCode];
  if (centre === undefined) {
    return {
      lat: roundTo6(BOUNDS.minLat + random.next() * (BOUNDS.maxLat - BOUNDS.minLat)),
      lng: roundTo6(BOUNDS.minLng + random.next() * (BOUNDS.maxLng - BOUNDS.minLng)),
    };
  }
  return {
    lat: roundTo6(clamp(centre.lat + (random.next() - 0.5) * 0.3, BOUNDS.minLat, BOUNDS.maxLat)),
    lng: roundTo6(clamp(centre.lng + (random.next() - 0.5) * 0.3, BOUNDS.minLng, BOUNDS.maxLng)),
  };
}

export function generateDemoEnterprises(options: DemoEnterpriseOptions): DemoEnterprise[] {
  const { seed, count, sectors, highRiskSectors } = options;
  if (!Number.isSafeInteger(count) || count < 0) throw new Error(`示例企业数量无效：${count}`);
  if (options.townships.length === 0) throw new Error('示例企业至少需要一个乡镇');
  if (sectors.length === 0) throw new Error('示例企业至少需要一个行业领域');
  const townships = options.townships.map((township) => ({ ...township, code: requireTownshipCode(township.code) }));
  const highRisk = new Set(highRiskSectors);
  const featured = FEATURED_SECTORS.filter((code) => sectors.includes(code));

  const random = createRandom(seed);
  const usedUsccs = new Set<string>();
  const usedNames = new Set<string>();
  const enterprises: DemoEnterprise[] = [];

  for (let index = 0; index < count; index++) {
    const township = random.pick(townships);
    const countyCode = township.code.slice(0, 6);
    const enterpriseSectors = drawSectors(random, sectors, featured[index]);

    let uscc = randomUscc(random, countyCode);
    while (usedUsccs.has(uscc)) uscc = randomUscc(random, countyCode);
    usedUsccs.add(uscc);

    const nouns = SECTOR_NOUNS[enterpriseSectors[0]!] ?? FALLBACK_NOUNS;
    const place = placeWord(township.name);
    let name = '';
    // Real names are unique within a registration area; after a few clashes fall back to a numbered one.
    for (let attempt = 0; name === '' || usedNames.has(name); attempt++) {
      const brand = random.pick(BRAND_WORDS) + (attempt >= 20 ? String(attempt) : '');
      name = `${place}${random.pick(NAME_MARKERS)}${brand}${random.pick(nouns)}有限公司`;
    }
    usedNames.add(name);

    const scale = random.weighted(SCALE_WEIGHTS);
    const principal = fictionalPerson(random);
    // In small firms the principal is usually also the actual controller.
    const controllerIsPrincipal = (scale === 'small' || scale === 'micro') && random.next() < 0.6;
    const controller = controllerIsPrincipal ? { ...principal } : fictionalPerson(random);

    enterprises.push({
      uscc,
      name,
      regionCode: township.code,
      address: `${township.name}${random.pick(STREET_NAMES)}${random.int(1, 399)}号`,
      sectors: enterpriseSectors,
      highRisk: enterpriseSectors.some((code) => highRisk.has(code)),
      scale,
      status: random.weighted(STATUS_WEIGHTS),
      principal,
      controller,
      safetyManager: fictionalPerson(random),
      ...drawLocation(random, countyCode),
    });
  }
  return enterprises;
}
