// 隐患台账 export (streamed, in the canonical headers, re-importable) and the import template.
import { PassThrough } from 'node:stream';
import { hazardLevelLabels, hazardStatusLabels, listingLevelLabels, visibleHazardSource, type Audience, type Scope } from '@zhiben/core';
import type { Db } from '../../db/client.ts';
import ExcelJS from '../../lib/exceljs.ts';
import { addDays, chinaDate } from '../../lib/dates.ts';
import { iterateHazards, ledgerEventsOf, orgNames as findOrgNames } from './hazards.repository.ts';
import { hazardSourceLabels, type HazardFilter } from './hazards.schema.ts';
import { ledgerSpec } from './ledger.spec.ts';

type ExportRow = Record<string, string | number | null>;

/** What the timeline adds to a hazard's ledger row: the 整改完成 and 验收 dates, the verifying org, and the columns an import kept. */
type LedgerHistory = { completedAt: string; verifiedAt: string; verifierOrg: string; imported: Record<string, string>; importedCriteria: readonly string[] | null };

function historyOf(events: Awaited<ReturnType<typeof ledgerEventsOf>>): Map<string, LedgerHistory> {
  const byHazard = new Map<string, LedgerHistory>();
  for (const e of events) {
    const h = byHazard.get(e.hazardId) ?? { completedAt: '', verifiedAt: '', verifierOrg: '', imported: {}, importedCriteria: null };
    if (e.kind === 'complete') h.completedAt = chinaDate(e.at);
    if (e.kind === 'verify') [h.verifiedAt, h.verifierOrg] = [chinaDate(e.at), e.actorOrgName ?? ''];
    if (e.kind === 'imported') {
      const ledger = e.payload.ledger;
      if (ledger && typeof ledger === 'object') h.imported = Object.fromEntries(Object.entries(ledger).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
      const ids = e.payload.criterionIds;
      h.importedCriteria = Array.isArray(ids) ? ids.filter((id): id is string => typeof id === 'string') : [];
    }
    byHazard.set(e.hazardId, h);
  }
  return byHazard;
}

const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x) => b.includes(x));

/**
 * Streams the filtered, scoped hazards as a ledger in the canonical headers of ledger-columns.json, by 隐患编号.
 * Re-importing the file here creates nothing (every 隐患编号 is already on record); importing it into another
 * instance gives back the same ledger (hazards.ledger-roundtrip.test.ts): the 整改完成/验收 columns come from the
 * timeline, and a hazard that was itself imported keeps the columns the platform has no field for (its 'imported'
 * event). Enterprise users never see that a hazard came from a tip: its source reads 督导检查 (监管发现).
 */
export function exportHazardLedger(db: Db, scope: Scope, viewer: Audience, filter: HazardFilter, today: string, sectorNames: ReadonlyMap<string, string>): PassThrough {
  const { columns } = ledgerSpec();
  const stream = new PassThrough();
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useSharedStrings: false, useStyles: true });
  const sheet = workbook.addWorksheet('隐患台账');
  const wide = new Set(['enterpriseName', 'title', 'description', 'measures', 'basis']);
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
        const histories = historyOf(await ledgerEventsOf(db, batch.map((r) => r.hazard.id)));
        for (const { hazard: h, enterpriseName, enterpriseUscc, regionName } of batch) {
          const source = visibleHazardSource(h.source, viewer);
          const history = histories.get(h.id);
          const kept = history?.imported ?? {};
          // The ledger's own 判定依据 text while the criteria are still those it named; the current ids once regraded.
          const basis = kept.basis !== undefined && history?.importedCriteria && sameSet(history.importedCriteria, h.criterionIds) ? kept.basis : h.criterionIds.join('；');
          const row: ExportRow = {
            hazardNo: h.hazardNo,
            enterpriseName,
            uscc: enterpriseUscc,
            regionCode: h.regionCode,
            regionName,
            sector: sectorNames.get(h.sector) ?? h.sector,
            source: hazardSourceLabels[source],
            foundAt: h.foundAt,
            // An imported hazard's 检查单位 is what its ledger said (the importing org is recorded as finder only for scope).
            finderOrg: history?.importedCriteria ? (kept.finderOrg ?? '') : h.foundByOrgId ? (orgNames.get(h.foundByOrgId) ?? '') : '',
            location: h.location,
            category: kept.category ?? '',
            level: hazardLevelLabels[h.level],
            title: h.title,
            description: h.description,
            basis,
            measures: h.plan?.measures ?? '',
            responsibleOrg: kept.responsibleOrg ?? '',
            responsiblePerson: h.plan?.responsible ?? '',
            deadline: h.deadline,
            fundsWanYuan: h.plan?.fundsWanYuan ?? null,
            contingency: h.plan?.contingency ?? '',
            interimControls: h.interimControls,
            status: hazardStatusLabels[h.status],
            supervisionLevel: h.listing ? listingLevelLabels[h.listing.level] : (kept.supervisionLevel ?? ''),
            supervisionOrg: h.listing ? h.listing.orgName : (kept.supervisionOrg ?? ''),
            supervisionDocNo: h.listing ? h.listing.docNo : (kept.supervisionDocNo ?? ''),
            completedAt: history?.completedAt || kept.completedAt || '',
            verifiedAt: history?.verifiedAt || kept.verifiedAt || '',
            verifierOrg: history?.verifierOrg || kept.verifierOrg || '',
            closedAt: h.closedAt ? chinaDate(h.closedAt) : '',
            remark: kept.remark ?? '',
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
    title: '（示例）可燃气体报警器未定期检定',
    description: '（示例）储罐区 3 台可燃气体报警器超过一年未检定',
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
