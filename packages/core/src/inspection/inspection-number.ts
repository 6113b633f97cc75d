// 检查编号: JC<county 6 digits>-<year>-<sequence>, e.g. JC341621-2026-000123. Like hazard numbers they are per
// county and year and never reused (the same scheme, hazard/hazard-number.ts); the JC prefix keeps the two apart
// when both appear in one document.
import { formatCountyYearNumber, parseCountyYearNumber, type CountyYearNumber } from '../hazard/hazard-number.ts';

export type InspectionNo = CountyYearNumber;

const PREFIX = 'JC';

export const formatInspectionNo = (regionCode12: string, year: number, seq: number): string =>
  PREFIX + formatCountyYearNumber(regionCode12, year, seq, '检查序号');

/** The parts of an inspection number, or null unless the text is exactly what formatInspectionNo produces. */
export const parseInspectionNo = (text: string): InspectionNo | null =>
  text.startsWith(PREFIX) ? parseCountyYearNumber(text.slice(PREFIX.length)) : null;
