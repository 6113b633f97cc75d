// 检查编号: JC<county 6 digits>-<year>-<sequence>, e.g. JC341621-2026-000123. Like hazard numbers they are per
// county and year and never reused; the JC prefix keeps the two apart when both appear in one document.

export type InspectionNo = { countyCode: string; year: number; seq: number };

const PREFIX = 'JC';
const SEQ_MIN_DIGITS = 6;
const PATTERN = /^JC(\d{6})-(\d{4})-(\d{6,})$/;

export function formatInspectionNo(regionCode12: string, year: number, seq: number): string {
  if (!/^\d{12}$/.test(regionCode12)) throw new Error(`行政区划代码无效：${regionCode12}（应为12位数字）`);
  if (!Number.isInteger(year) || year < 1000 || year > 9999) throw new Error(`年份无效：${year}`);
  if (!Number.isSafeInteger(seq) || seq < 1) throw new Error(`检查序号无效：${seq}（应为正整数）`);
  return `${PREFIX}${regionCode12.slice(0, 6)}-${year}-${String(seq).padStart(SEQ_MIN_DIGITS, '0')}`;
}

/** The parts of an inspection number, or null unless the text is exactly what formatInspectionNo produces. */
export function parseInspectionNo(text: string): InspectionNo | null {
  const match = PATTERN.exec(text);
  if (!match) return null;
  const [, countyCode, yearText, seqText] = match;
  if (countyCode === undefined || yearText === undefined || seqText === undefined) return null;
  const year = Number(yearText);
  const seq = Number(seqText);
  if (year < 1000 || seq < 1 || !Number.isSafeInteger(seq)) return null;
  // One spelling per number: a sequence longer than the padding never starts with 0.
  if (seqText.length > SEQ_MIN_DIGITS && seqText.startsWith('0')) return null;
  return { countyCode, year, seq };
}
