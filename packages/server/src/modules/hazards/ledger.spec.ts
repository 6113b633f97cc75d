// 隐患台账: the ledger's columns and value aliases (reference/ledger-columns.json) and its dates. Ledgers come from
// many offices and tools, so the importer is forgiving about layout and wording (ledger.parse.ts) and strict about
// content.
import { z } from 'zod';
import { hazardLevelLabels, hazardLevels, hazardStatusLabels, type HazardLevel, type HazardStatus } from '@zhiben/core';
import { excelSerialToIsoDate, type ColumnSpec } from '../../lib/xlsx.ts';
import { ledgerColumns } from '../../seed/reference.ts';
import { hazardSourceLabels, hazardSources, type HazardSource } from './hazards.schema.ts';


/** Fields the importer understands; ledger-columns.json may list more, which export writes as empty columns. */
export const ledgerFields = [
  'hazardNo', 'enterpriseName', 'uscc', 'regionCode', 'regionName', 'sector', 'source', 'foundAt', 'finderOrg', 'location',
  'category', 'level', 'title', 'description', 'basis', 'measures', 'responsibleOrg', 'responsiblePerson', 'deadline', 'fundsWanYuan',
  'contingency', 'interimControls', 'status', 'supervisionLevel', 'supervisionOrg', 'supervisionDocNo', 'completedAt', 'verifiedAt',
  'verifierOrg', 'closedAt', 'remark',
] as const;
export type LedgerField = (typeof ledgerFields)[number];
const isLedgerField = (field: string): field is LedgerField => (ledgerFields as readonly string[]).includes(field);

const valueTable = z.record(z.string(), z.record(z.string(), z.array(z.string())));
// The file keeps value aliases under "values"; the loader's type calls them "valueAliases". Accept either.
const ledgerFile = z.object({
  columns: z.array(z.object({ field: z.string(), header: z.string(), aliases: z.array(z.string()) })),
  values: valueTable.optional(),
  valueAliases: valueTable.optional(),
});

export type ImportStatus = Exclude<HazardStatus, 'merged'>;

// ledger-columns.json has no status aliases; these are the wordings found in county ledgers (是/否 answer 是否整改).
const statusAliases: Record<ImportStatus, readonly string[]> = {
  closed: [
    '已销号', '销号', '已整改', '整改完成', '已完成', '完成', '已验收', '验收通过', '已闭环', '闭环', '已办结', '已消除', '已整改销号', '是',
    '整改完毕', '已整改完毕', '已完成整改', '整改到位', '已整改到位', '验收合格', '复查合格', '已复查', '已消除隐患', '已关闭',
  ],
  pending_verification: ['待验收', '待复查', '待复核', '待销号', '已整改待验收', '整改完成待验收', '整改完毕待验收', '已整改待复查', '申请验收'],
  rectifying: ['整改中', '正在整改', '未整改', '未完成', '整改未完成', '限期整改', '逾期未整改', '未销号', '治理中', '否', '正在整改中', '未整改完成', '超期未整改', '逾期', '治理中未完成'],
  pending_confirmation: ['待认定', '待确认', '待核实'],
  dismissed: ['已作废', '作废', '不予认定', '已撤销', '撤销'],
};

export const normaliseValue = (text: string) => text.replace(/\s/g, '').replace(/（/g, '(').replace(/）/g, ')');

export type LedgerSpec = {
  columns: ColumnSpec<string>[];
  importColumns: ColumnSpec<LedgerField>[];
  headerOf: (field: LedgerField) => string;
  level: ReadonlyMap<string, HazardLevel>;
  source: ReadonlyMap<string, HazardSource>;
  status: ReadonlyMap<string, ImportStatus>;
  /** Sector words of real ledgers (危化, 非煤矿山 …) → sector code, beside the catalogue's own names. */
  sectorAliases: ReadonlyMap<string, string>;
  /** The wordings a cell of this field may take (for 「您是否指…？」). */
  wordings: (field: 'level' | 'status') => string[];
  /** The timeline's label for a key of an imported row's kept cells (the `ledger` of its `imported` event). */
  keptCellLabel: (key: string) => string;
};

// Cells kept on the timeline as written, beside what the importer read from them (clause ids, a source, a status).
const keptAsWritten: ReadonlySet<string> = new Set(['basis', 'source', 'status']);

function aliasMap<T extends string>(codes: readonly T[], labels: Partial<Record<T, string>>, fromFile: Record<string, string[]> | undefined, extra: Partial<Record<T, readonly string[]>> = {}) {
  const map = new Map<string, T>();
  const add = (text: string, code: T) => map.set(normaliseValue(text), code);
  for (const code of codes) {
    add(code, code);
    const label = labels[code];
    if (label) add(label, code);
    for (const alias of extra[code] ?? []) add(alias, code);
    for (const alias of fromFile?.[code] ?? []) add(alias, code);
  }
  return map;
}

let cachedSpec: LedgerSpec | null = null;
export function ledgerSpec(): LedgerSpec {
  if (cachedSpec) return cachedSpec;
  const file = ledgerFile.parse(ledgerColumns());
  const values = file.values ?? file.valueAliases ?? {};
  const importColumns = file.columns.flatMap((c) => (isLedgerField(c.field) ? [{ field: c.field, header: c.header, aliases: c.aliases }] : []));
  const importStatuses = Object.keys(statusAliases) as ImportStatus[];
  const level = aliasMap(hazardLevels, hazardLevelLabels, values.level, { general: ['一般'], major: ['重大'] });
  const status = aliasMap(importStatuses, hazardStatusLabels, values.status, statusAliases);
  const headerOf = (field: LedgerField) => importColumns.find((c) => c.field === field)?.header ?? field;
  cachedSpec = {
    columns: file.columns,
    importColumns,
    headerOf,
    level,
    source: aliasMap(hazardSources, hazardSourceLabels, values.source),
    status,
    sectorAliases: new Map(Object.entries(values.sector ?? {}).flatMap(([code, aliases]) => aliases.map((alias) => [normaliseValue(alias), code] as const))),
    wordings: (field) => [...(field === 'level' ? level : status).keys()].filter((text) => /[\u4e00-\u9fa5]/.test(text)),
    keptCellLabel: (key) => {
      const header = isLedgerField(key) ? headerOf(key) : key;
      return keptAsWritten.has(key) ? `${header}（原文）` : header;
    },
  };
  return cachedSpec;
}

// ---- dates ----

export const EARLIEST_DATE = '1990-01-01'; // older "dates" are typos or small numbers read as Excel serials

function validIsoDate(year: number, month: number, day: number): string | null {
  const at = new Date(Date.UTC(year, month - 1, day));
  if (at.getUTCFullYear() !== year || at.getUTCMonth() !== month - 1 || at.getUTCDate() !== day) return null;
  return at.toISOString().slice(0, 10);
}

/**
 * yyyy-mm-dd from what ledgers hold: '2023-05-06', '2023/5/6', '2023.5.6', '2023年5月6日' (a time part is ignored),
 * '20230506', an Excel serial number, or a date cell (already yyyy-mm-dd from cellText). Null when unrecognisable.
 */
export function parseLedgerDate(text: string): string | null {
  const value = text.trim();
  const compact = /^(\d{4})(\d{2})(\d{2})$/.exec(value);
  if (compact) return validIsoDate(Number(compact[1]), Number(compact[2]), Number(compact[3]));
  if (/^\d+(\.\d+)?$/.test(value)) return excelSerialToIsoDate(Math.floor(Number(value)));
  const parts = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:[\sT].*)?$/.exec(value);
  return parts ? validIsoDate(Number(parts[1]), Number(parts[2]), Number(parts[3])) : null;
}

// CST midnight, so chinaDate() of the stored timestamp gives back the ledger's date.
export const chinaMidnight = (isoDate: string) => new Date(`${isoDate}T00:00:00+08:00`);
