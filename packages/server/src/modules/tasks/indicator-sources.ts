import { regionPrefix, type IndicatorDirection } from '@zhiben/core';
import type { Db } from '../../db/client.ts';
import { regionFigures } from '../stats/stats.service.ts';
import type { Figures } from '../stats/stats.schema.ts';

// Figures Zhiben already computes that a task's indicator can follow live (B-1: 「a figure Zhiben already computes, such
// as the stock clearance rate or principal-check compliance, read live」). A rate is a fraction (1 = 100%), a count a
// number. Each reads the plan's whole region (the indicator is the region's target, as the 月通报 circulates it),
// as of the day asked.

export type IndicatorSourceInfo = {
  key: string;
  label: string;
  unit: '%' | '项';
  direction: IndicatorDirection;
  /** False while the module that computes it has not landed (the source is listed, its value is null). */
  available: boolean;
  note: string;
};

type Source = Omit<IndicatorSourceInfo, 'key'> & { read: ((db: Db, regionCode: string, asOf: string, today: string) => Promise<number | null>) | null };

const fromHazardFigures = (pick: (f: Figures) => number | null) => async (db: Db, regionCode: string, asOf: string, today: string) =>
  pick(await regionFigures(db, { kind: 'region', regionPrefix: regionPrefix(regionCode), sectors: null }, { asOf, today, regionCode }));

const sources: Record<string, Source> = {
  stock_clearance_rate: {
    label: '存量重大事故隐患清零率',
    unit: '%',
    direction: 'increase',
    available: true,
    note: '2023年底前发现的隐患中已销号的比例（统计分析口径）',
    read: fromHazardFigures((f) => f.stockClearanceRate),
  },
  rectification_rate: { label: '隐患整改率', unit: '%', direction: 'increase', available: true, note: '已整改销号 / 隐患总数', read: fromHazardFigures((f) => f.rectificationRate) },
  overdue_open: { label: '逾期未整改隐患', unit: '项', direction: 'decrease', available: true, note: '未销号且已过整改期限的隐患数', read: fromHazardFigures((f) => f.overdue) },
  long_standing: { label: '长期未整改隐患（逾期90天以上）', unit: '项', direction: 'decrease', available: true, note: '逾期超过90天的未销号隐患数', read: fromHazardFigures((f) => f.longStanding) },
  open_major: { label: '未销号重大事故隐患', unit: '项', direction: 'decrease', available: true, note: '尚未销号的重大事故隐患数', read: fromHazardFigures((f) => f.openMajor) },
  principal_check_compliance: {
    label: '主要负责人带队检查落实率',
    unit: '%',
    direction: 'increase',
    available: false,
    note: '由主要负责人带队检查模块（议题13）计算；该模块上线前无数据',
    read: null,
  },
};

export const indicatorSourceKeys = ['manual', ...Object.keys(sources)] as const;

export function indicatorSources(): IndicatorSourceInfo[] {
  return Object.entries(sources).map(([key, s]) => ({ key, label: s.label, unit: s.unit, direction: s.direction, available: s.available, note: s.note }));
}

export const isIndicatorSource = (key: string): boolean => key === 'manual' || key in sources;

/** The live value of a computed indicator for a region as of a day; null for manual ones and sources not yet available. */
export async function readIndicator(db: Db, key: string, regionCode: string, asOf: string, today: string): Promise<number | null> {
  const source = sources[key];
  if (!source?.read) return null;
  return source.read(db, regionCode, asOf, today);
}
