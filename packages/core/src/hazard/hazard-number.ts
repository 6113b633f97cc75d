// 隐患编号: <county 6 digits>-<year>-<sequence>, e.g. 341621-2026-000123. Numbers are never reused, so one
// hazard has exactly one spelling: the sequence is zero-padded to 6 digits and longer ones keep all digits.
// Other per-county-and-year numbers (检查编号) are this scheme behind a prefix.

export type CountyYearNumber = { countyCode: string; year: number; seq: number };
export type HazardNo = CountyYearNumber;

const SEQ_MIN_DIGITS = 6;
const NUMBER_PATTERN = /^(\d{6})-(\d{4})-(\d{6,})$/;

/** <county>-<year>-<sequence>; `seqLabel` names the sequence in the error (隐患序号, 检查序号). */
export function formatCountyYearNumber(regionCode12: string, year: number, seq: number, seqLabel: string): string {
  if (!/^\d{12}$/.test(regionCode12)) throw new Error(`行政区划代码无效：${regionCode12}（应为12位数字）`);
  if (!Number.isInteger(year) || year < 1000 || year > 9999) throw new Error(`年份无效：${year}`);
  if (!Number.isSafeInteger(seq) || seq < 1) throw new Error(`${seqLabel}无效：${seq}（应为正整数）`);
  return `${regionCode12.slice(0, 6)}-${year}-${String(seq).padStart(SEQ_MIN_DIGITS, '0')}`;
}

/** The parts of such a number, or null unless the text is exactly what formatCountyYearNumber produces. */
export function parseCountyYearNumber(text: string): CountyYearNumber | null {
  const match = NUMBER_PATTERN.exec(text);
  if (!match) return null;
  const [, countyCode, yearText, seqText] = match;
  if (countyCode === undefined || yearText === undefined || seqText === undefined) return null;
  const year = Number(yearText);
  const seq = Number(seqText);
  if (year < 1000 || seq < 1 || !Number.isSafeInteger(seq)) return null;
  // A sequence longer than the padding never has a leading zero; accepting one would give a number two spellings.
  if (seqText.length > SEQ_MIN_DIGITS && seqText.startsWith('0')) return null;
  return { countyCode, year, seq };
}

export const formatHazardNo = (regionCode12: string, year: number, seq: number): string =>
  formatCountyYearNumber(regionCode12, year, seq, '隐患序号');

/** The parts of a hazard number, or null unless the text is exactly what formatHazardNo produces. */
export const parseHazardNo = (text: string): HazardNo | null => parseCountyYearNumber(text);
