// 发文字号 (GB/T 9704 7.2.4): 机关代字 + 〔年份〕 + 序号 + 号, e.g. 谯应急隐改〔2026〕12号. Orgs have no short-name field,
// so the 机关代字 is derived from the org's and its region's names (see docNoPrefix); an office that uses another
// one needs a short-name field (not built yet).

const REGION_SUFFIXES = ['特别行政区', '自治区', '自治州', '自治县', '街道', '省', '市', '县', '区', '旗', '盟', '州', '镇', '乡'];

/** Well-known abbreviations of an org's own name (after the region); anything else keeps its first two characters. */
const ORG_ABBREVIATIONS: readonly (readonly [string, string])[] = [
  ['安全生产委员会办公室', '安委办'],
  ['安全生产委员会', '安委'],
  ['应急管理局', '应急'],
  ['住房和城乡建设局', '建'],
  ['市场监督管理局', '市监'],
  ['人民政府', '政'],
];

/** 谯城区 → 谯, 亳州市 → 亳, 涡阳县 → 涡: the first character of the region's name without its level word. */
export function regionShortName(regionName: string): string {
  const suffix = REGION_SUFFIXES.find((s) => regionName.endsWith(s) && regionName.length > s.length);
  return (suffix ? regionName.slice(0, -suffix.length) : regionName).slice(0, 1);
}

/** 机关代字 derived from names: 谯城区应急管理局 (region 谯城区) → 谯应急; 亳州市安全生产委员会办公室 → 亳安委办. */
export function docNoPrefix(orgName: string, regionName: string): string {
  const own = orgName.startsWith(regionName) ? orgName.slice(regionName.length) : orgName;
  const known = ORG_ABBREVIATIONS.find(([full]) => own === full || own.startsWith(full));
  return `${regionShortName(regionName)}${known ? known[1] : own.slice(0, 2)}`;
}

/** 谯应急 + 隐改 + 2026 + 12 → 谯应急隐改〔2026〕12号 (序号 without leading zeros). */
export function formatDocNo(prefix: string, kindWord: string, year: number, seq: number): string {
  if (!Number.isInteger(seq) || seq < 1) throw new RangeError(`序号应为正整数：${seq}`);
  return `${prefix}${kindWord}〔${year}〕${seq}号`;
}
