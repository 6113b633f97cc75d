// 隐患台账 import, second pass per batch: enterprises, sectors and duplicates, which need the database. Writes
// nothing; the repositories own every query.
import { hazardSectorOptions, parseHazardNo, type Scope } from '@zhiben/core';
import type { Db } from '../../db/client.ts';
import { findEnterprisesByIdOrName, unsafeUsccOwnership } from '../enterprises/enterprises.repository.ts';
import { hazardDuplicateKey, unsafeExistingHazardKeys, unsafeHazardNoOwnership } from './hazards.repository.ts';
import type { ImportContext, LedgerImportError, ParsedRow } from './ledger.parse.ts';
import type { LedgerField } from './ledger.spec.ts';

export type EnterpriseRef = { id: string; name: string; uscc: string; regionCode: string; sectors: string[] };
/** A row ready to create (or to skip as already present). */
export type ResolvedRow = ParsedRow & { enterprise: EnterpriseRef; sector: string; keepHazardNo: boolean; duplicate: boolean };

/** Second pass, per batch: enterprises, sectors and duplicates, which need the database. Writes nothing. */
export async function resolveBatch(db: Db, context: ImportContext, batch: readonly ParsedRow[], seenHazardNo: Map<string, number>, seenKeys: Set<string>) {
  const { scope, columnLabel } = context;
  const errors: LedgerImportError[] = [];
  const rows: ResolvedRow[] = [];

  const usccs = [...new Set(batch.map((r) => r.uscc).filter(Boolean))];
  const owners = await unsafeUsccOwnership(db, scope, usccs);
  const inScopeIds = [...owners.values()].filter((o) => o.inScope).map((o) => o.id);
  const names = [...new Set(batch.filter((r) => !r.uscc).map((r) => r.enterpriseName))];
  const found = await findEnterprisesByIdOrName(db, scope, inScopeIds, names);
  const byId = new Map(found.map((e) => [e.id, e]));
  const byName = new Map<string, EnterpriseRef[]>();
  for (const e of found) byName.set(e.name, [...(byName.get(e.name) ?? []), e]);

  const matched: { parsed: ParsedRow; enterprise: EnterpriseRef; sector: string }[] = [];
  for (const parsed of batch) {
    const fail = (field: LedgerField, message: string) => errors.push({ row: parsed.row, column: columnLabel(field), message });
    let enterprise: EnterpriseRef | undefined;
    if (parsed.uscc) {
      const owner = owners.get(parsed.uscc);
      if (!owner) fail('uscc', `统一社会信用代码「${parsed.uscc}」未在企业名录中登记，请先登记或导入该企业`);
      else if (!owner.inScope) fail('uscc', '该企业不在本单位辖区或监管行业内');
      else enterprise = byId.get(owner.id);
    } else {
      const candidates = byName.get(parsed.enterpriseName) ?? [];
      if (candidates.length === 0) fail('enterpriseName', `辖区内没有名为「${parsed.enterpriseName}」的企业，请填写统一社会信用代码`);
      else if (candidates.length > 1) fail('enterpriseName', `辖区内有${candidates.length}家名为「${parsed.enterpriseName}」的企业，请填写统一社会信用代码`);
      else enterprise = candidates[0];
    }
    if (!enterprise) continue;
    const sector = chooseLedgerSector(scope, enterprise, parsed.sectorCodes);
    if ('message' in sector) {
      fail('sector', sector.message);
      continue;
    }
    matched.push({ parsed, enterprise, sector: sector.code });
  }

  const numbers = [...new Set(matched.map((m) => m.parsed.hazardNo).filter(Boolean))];
  const takenNumbers = await unsafeHazardNoOwnership(db, scope, numbers);
  const existingKeys = await unsafeExistingHazardKeys(
    db,
    matched.map((m) => ({ enterpriseId: m.enterprise.id, foundAt: m.parsed.foundAt, description: m.parsed.description })),
  );
  for (const { parsed, enterprise, sector } of matched) {
    const { hazardNo } = parsed;
    if (hazardNo) {
      const firstRow = seenHazardNo.get(hazardNo);
      if (firstRow !== undefined) {
        errors.push({ row: parsed.row, column: columnLabel('hazardNo'), message: `与第${firstRow}行的隐患编号重复` });
        continue;
      }
      seenHazardNo.set(hazardNo, parsed.row);
      if (takenNumbers.get(hazardNo) === false) {
        errors.push({ row: parsed.row, column: columnLabel('hazardNo'), message: '该隐患编号已被辖区外的隐患使用' });
        continue;
      }
    }
    const key = hazardDuplicateKey(enterprise.id, parsed.foundAt, parsed.description);
    const duplicate = takenNumbers.get(hazardNo) === true || existingKeys.has(key) || seenKeys.has(key);
    seenKeys.add(key);
    // Our own numbers (county and year matching) are kept; anything else (序号, other systems' numbers) is
    // kept on the timeline as originalHazardNo and the hazard gets a new number.
    const own = parseHazardNo(hazardNo);
    const keepHazardNo = own !== null && own.countyCode === enterprise.regionCode.slice(0, 6) && own.year === Number(parsed.foundAt.slice(0, 4));
    rows.push({ ...parsed, enterprise, sector, keepHazardNo, duplicate });
  }
  return { rows, errors };
}

/**
 * The sector named in the ledger (the first one the caller supervises), else the enterprise's first such sector —
 * in either case one of the enterprise's own sectors (core hazardSectorOptions, the rule of the API's intake).
 */
function chooseLedgerSector(scope: Extract<Scope, { kind: 'region' }>, enterprise: EnterpriseRef, named: readonly string[]): { code: string } | { message: string } {
  const options = hazardSectorOptions(enterprise.sectors, scope.sectors);
  if (named.length > 0) {
    const supervised = named.filter((code) => scope.sectors === null || scope.sectors.includes(code));
    if (supervised.length === 0) return { message: '行业领域不在本部门监管范围内' };
    const code = supervised.find((c) => options.includes(c));
    return code ? { code } : { message: '该企业未登记此行业领域：隐患只能归入企业登记的行业领域，请先在企业名录中为企业增加该行业领域' };
  }
  const code = options[0];
  return code ? { code } : { message: '该企业没有本部门监管的行业领域，请填写行业领域' };
}
