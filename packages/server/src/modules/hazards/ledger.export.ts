// 隐患台账 export (streamed, in the canonical headers, re-importable) and the import template.
import { PassThrough } from 'node:stream';
import { hazardLevelLabels, hazardStatusLabels, listingLevelLabels, visibleHazardSource, type Audience, type Scope } from '@zhiben/core';
import type { Db } from '../../db/client.ts';
import ExcelJS from '../../lib/exceljs.ts';
import { addDays, chinaDate } from '../../lib/dates.ts';
import { iterateHazards, orgNames as findOrgNames } from './hazards.repository.ts';
import { hazardSourceLabels, type HazardFilter } from './hazards.schema.ts';
import { ledgerSpec } from './ledger.spec.ts';

type ExportRow = Record<string, string | number | null>;

/** 隐患描述 of the ledger: the description, prefixed by the title when the description does not start with it. */
const ledgerDescription = (title: string, description: string) =>
  description.startsWith(title) ? description : [title, description].filter(Boolean).join('：');

/**
 * Streams the filtered, scoped hazards as a ledger in the canonical headers of ledger-columns.json, in their
 * order; re-importing the file creates nothing (every 隐患编号 is already on record). Enterprise users never
 * see that a hazard came from a tip: its source reads 督导检查 (监管发现).
 */
export function exportHazardLedger(db: Db, scope: Scope, viewer: Audience, filter: HazardFilter, today: string, sectorNames: ReadonlyMap<string, string>): PassThrough {
  const { columns } = ledgerSpec();
  const stream = new PassThrough();
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useSharedStrings: false, useStyles: true });
  const sheet = workbook.addWorksheet('隐患台账');
  const wide = new Set(['enterpriseName', 'description', 'measures', 'basis']);
  sheet.columns = columns.map((c) => ({ header: c.header, key: c.field, width: wide.has(c.field) ? 36 : 16 }));
  sheet.getRow(1).font = { bold: true };
  const orgNames = new Map<string, string>();
  void (async () => {
    try {
      for await (const batch of iterateHazards(db, scope, filter, today, viewer)) {
        const missing = [...new Set(batch.map((r) => r.hazard.foundByOrgId).filter((id): id is string => id !== null && !orgNames.has(id)))];
        if (missing.length > 0) {
          for (const [id, name] of await findOrgNames(db, missing)) orgNames.set(id, name);
        }
        for (const { hazard: h, enterpriseName, enterpriseUscc, regionName } of batch) {
          const source = visibleHazardSource(h.source, viewer);
          const row: ExportRow = {
            hazardNo: h.hazardNo,
            enterpriseName,
            uscc: enterpriseUscc,
            regionCode: h.regionCode,
            regionName,
            sector: sectorNames.get(h.sector) ?? h.sector,
            source: hazardSourceLabels[source],
            foundAt: h.foundAt,
            finderOrg: h.foundByOrgId ? (orgNames.get(h.foundByOrgId) ?? '') : '',
            location: h.location,
            level: hazardLevelLabels[h.level],
            description: ledgerDescription(h.title, h.description),
            basis: h.criterionIds.join('；'),
            measures: h.plan?.measures ?? '',
            responsiblePerson: h.plan?.responsible ?? '',
            deadline: h.deadline,
            fundsWanYuan: h.plan?.fundsWanYuan ?? null,
            interimControls: h.interimControls,
            status: hazardStatusLabels[h.status],
            supervisionLevel: h.listing ? listingLevelLabels[h.listing.level] : '',
            supervisionOrg: h.listing?.orgName ?? '',
            supervisionDocNo: h.listing?.docNo ?? '',
            closedAt: h.closedAt ? chinaDate(h.closedAt) : '',
          };
          sheet.addRow(row).commit();
        }
      }
      sheet.commit();
      await workbook.commit();
    } catch (error) {
      stream.destroy(error as Error);
    }
  })();
  return stream;
}

/** The canonical headers with one fictional example row. */
export async function ledgerTemplate(today: string): Promise<Buffer> {
  const { columns } = ledgerSpec();
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('隐患台账');
  sheet.columns = columns.map((c) => ({ header: c.header, key: c.field, width: 18 }));
  sheet.getRow(1).font = { bold: true };
  const example: ExportRow = {
    hazardNo: '（新隐患留空，系统自动编号）',
    enterpriseName: '（示例）某某示例化工有限公司',
    uscc: '91341621MA2TEST0XX',
    regionName: '（示例）某某镇',
    sector: '危险化学品',
    source: '督导检查',
    foundAt: today,
    finderOrg: '（示例）某某县应急管理局',
    location: '（示例）一号罐区',
    level: '一般隐患',
    description: '（示例）储罐区可燃气体报警器未定期检定',
    basis: '',
    measures: '（示例）委托有资质单位检定并建立检定台账',
    responsiblePerson: '（示例）张某某',
    deadline: addDays(today, 30),
    fundsWanYuan: 0.5,
    status: '整改中',
  };
  sheet.addRow(example);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
