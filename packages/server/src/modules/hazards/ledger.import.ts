// 隐患台账 import: reads a ledger (ledger.parse.ts), resolves each 200-row batch (ledger.resolve.ts) and writes it in
// one transaction through the same code as the API: the hazards repository (rows, numbers from its counter) and
// the workflow timeline (first events, set-based, published to the subscribers: the statistics follow the batch).
import { createHash, randomUUID } from 'node:crypto';
import { formatHazardNo, parseHazardNo, textFingerprint, type HazardLevel } from '@zhiben/core';
import type { Db } from '../../db/client.ts';
import { AppError } from '../../errors.ts';
import type { Clock } from '../../lib/clock.ts';
import { chinaDate } from '../../lib/dates.ts';
import type { Initiator } from '../../lib/request-context.ts';
import type { RegionScope } from '../../lib/scope-registry.ts';
import { isXlsx } from '../../lib/xlsx.ts';
import { hazardStream } from '../../workflow/streams.ts';
import { appendFirstEvents } from '../../workflow/timeline.ts';
import { inTransaction, type Unit } from '../../workflow/unit.ts';
import { appendAudit } from '../audit/audit.repository.ts';
import { loadSectorCatalogue, withSectorAliases } from '../enterprises/enterprises.service.ts';
import type { ProgressReporter } from '../jobs/jobs.service.ts';
import * as repo from './hazards.repository.ts';
import { parseLedger, type ImportContext, type LedgerImportError, type ParsedRow } from './ledger.parse.ts';
import type { LedgerGrader, LedgerGradingReport } from '../grading/grading.ledger.ts';
import { resolveBatch, type ResolvedRow } from './ledger.resolve.ts';
import { chinaMidnight, ledgerSpec, type ImportStatus } from './ledger.spec.ts';
import { yieldToEventLoop } from '../../lib/yield.ts';

export { LEDGER_IMPORT_MAX_ROWS, type LedgerImportError } from './ledger.parse.ts';

export type LedgerImportMode = 'preview' | 'commit';
export type LedgerSampleRow = {
  row: number; hazardNo: string | null; enterpriseName: string; uscc: string; level: HazardLevel; status: ImportStatus;
  foundAt: string; deadline: string; title: string; duplicate: boolean;
};
/** Which file the result is about (its hash) and where its header is: the error workbook re-reads the bad rows from it. */
export type LedgerFileRef = { fileSha256: string; headerRow: number };
export type LedgerPreviewResult = LedgerFileRef & {
  total: number; valid: number; skipped: number; errors: LedgerImportError[]; errorsTruncated: boolean; sample: LedgerSampleRow[];
  /** 判定助手 per row (preview with a grader). */
  grading?: LedgerGradingReport;
};
/** Hooks of the 判定助手: a grader for the preview, the criteria picked per row in the preview for the commit. */
export type LedgerImportOptions = { grading?: LedgerGrader; criterionPicks?: ReadonlyMap<number, readonly string[]> };
export type LedgerCommitResult = LedgerFileRef & { total: number; created: number; skipped: number; failed: number; errors: LedgerImportError[]; errorsTruncated: boolean };

/** Who imports: a staff user with a region scope; the importer's org is recorded as the finder. */
export type LedgerImporter = { scope: RegionScope; userId: string; orgId: string | null; who: Initiator };

const BATCH_SIZE = 200;
const SAMPLE_SIZE = 20;
const MAX_REPORTED_ERRORS = 1000; // a result row in `jobs` must stay small; `failed` still counts every bad row

/**
 * Reads a 隐患台账 and either checks it (preview: nothing is written) or imports it (commit). Duplicates — a
 * 隐患编号 already on record, or the same enterprise, 发现日期 and 隐患描述 as an existing hazard — are skipped,
 * so importing the same ledger (or our own export) again creates nothing.
 */
export async function importHazardLedger(deps: { db: Db; clock: Clock }, importer: LedgerImporter, buffer: Buffer, mode: 'preview', report: ProgressReporter, options?: LedgerImportOptions): Promise<LedgerPreviewResult>;
export async function importHazardLedger(deps: { db: Db; clock: Clock }, importer: LedgerImporter, buffer: Buffer, mode: 'commit', report: ProgressReporter, options?: LedgerImportOptions): Promise<LedgerCommitResult>;
export async function importHazardLedger(
  deps: { db: Db; clock: Clock },
  importer: LedgerImporter,
  buffer: Buffer,
  mode: LedgerImportMode,
  report: ProgressReporter,
  options: LedgerImportOptions = {},
): Promise<LedgerPreviewResult | LedgerCommitResult> {
  if (!isXlsx(buffer)) throw AppError('IMPORT_FILE_INVALID');
  const scope = importer.scope;
  const spec = ledgerSpec();
  const parsed = await parseLedger(buffer, {
    spec,
    scope,
    catalogue: withSectorAliases(await loadSectorCatalogue(deps.db), spec.sectorAliases),
    criterionIds: await repo.allCriterionIds(deps.db),
    today: chinaDate(deps.clock.now()),
    columnLabel: spec.headerOf,
  }, report, mode === 'preview' ? options.grading?.prepare : undefined);
  const fileSha256 = createHash('sha256').update(buffer).digest('hex');
  if (options.criterionPicks) applyCriterionPicks(parsed, options.criterionPicks);

  const errors = parsed.errors;
  const seenHazardNo = new Map<string, number>();
  const seenKeys = new Set<string>();
  const sample: LedgerSampleRow[] = [];
  let created = 0;
  let skipped = 0;
  let valid = 0;
  await report(0, parsed.rows.length);
  for (let start = 0; start < parsed.rows.length; start += BATCH_SIZE) {
    const batch = parsed.rows.slice(start, start + BATCH_SIZE);
    if (mode === 'preview') {
      const outcome = await resolveBatch(deps.db, parsed.context, batch, seenHazardNo, seenKeys);
      errors.push(...outcome.errors);
      valid += outcome.rows.length;
      for (const r of outcome.rows) {
        if (r.duplicate) skipped++;
        if (sample.length < SAMPLE_SIZE) sample.push(sampleOf(r));
        await options.grading?.add({ row: r.row, title: r.title, description: r.description, level: r.level, criterionIds: r.criterionIds, foundAt: r.foundAt, sectors: [r.sector] });
      }
    } else {
      // Lock, then look for duplicates inside the transaction: a concurrent import of the same ledger waits
      // and then sees this batch's rows instead of creating them twice.
      const outcome = await inTransaction(deps.db, async (unit) => {
        const { tx } = unit;
        await repo.lockLedgerImports(tx);
        const resolved = await resolveBatch(tx, parsed.context, batch, seenHazardNo, seenKeys);
        const batchCreated = await writeBatch(unit, deps.clock.now(), importer, fileSha256, resolved.rows);
        await appendAudit(tx, {
          at: deps.clock.now(),
          actorUserId: importer.who.userId,
          actorName: importer.who.name,
          ip: importer.who.ip,
          action: 'hazard.import_batch',
          entityType: 'hazard',
          entityId: null,
          regionCode: null,
          detail: { fileSha256, firstRow: batch[0]?.row ?? null, created: batchCreated, skipped: resolved.rows.length - batchCreated, rejected: resolved.errors.length },
        });
        return { ...resolved, batchCreated };
      });
      errors.push(...outcome.errors);
      created += outcome.batchCreated;
      skipped += outcome.rows.length - outcome.batchCreated;
    }
    await report(Math.min(start + BATCH_SIZE, parsed.rows.length), parsed.rows.length);
    await yieldToEventLoop(); // other users' requests go between batches
  }

  errors.sort((a, b) => a.row - b.row);
  const failed = new Set(errors.map((e) => e.row)).size;
  const reported = { errors: errors.slice(0, MAX_REPORTED_ERRORS), errorsTruncated: errors.length > MAX_REPORTED_ERRORS };
  const file = { fileSha256, headerRow: parsed.headerRow };
  if (mode === 'preview') return { ...file, total: parsed.total, valid, skipped, ...reported, sample, ...(options.grading ? { grading: await options.grading.result() } : {}) };
  return { ...file, total: parsed.total, created, skipped, failed, ...reported };
}

const sampleOf = (r: ResolvedRow): LedgerSampleRow => ({
  row: r.row,
  hazardNo: r.keepHazardNo ? r.hazardNo : null,
  enterpriseName: r.enterprise.name,
  uscc: r.enterprise.uscc,
  level: r.level,
  status: r.status,
  foundAt: r.foundAt,
  deadline: r.deadline,
  title: r.title,
  duplicate: r.duplicate,
});
/**
 * Creates the batch's new hazards with their one 'imported' timeline event each, set-based: numbers in one block
 * per county and year from the hazards repository's counter (kept numbers move it on), one insert of the rows,
 * and appendFirstEvents (one insert of the sealed events, one publish: the statistics follow the whole batch).
 * The hazards are history, so the first events notify nobody.
 */
async function writeBatch(unit: Unit, now: Date, importer: LedgerImporter, fileSha256: string, rows: readonly ResolvedRow[]): Promise<number> {
  const { tx } = unit;
  const fresh = rows.filter((r) => !r.duplicate);
  if (fresh.length === 0) return 0;

  // Numbers: kept ones move their county's sequence past them; the others come from it in one call per county and year (historical stock keeps its year).
  const numbers = new Map<ResolvedRow, string>();
  const blocks = new Map<string, ResolvedRow[]>();
  for (const r of fresh) {
    const own = r.keepHazardNo ? parseHazardNo(r.hazardNo) : null;
    if (own) {
      await repo.keepHazardSeq(tx, own.countyCode, own.year, own.seq);
      numbers.set(r, r.hazardNo);
    } else {
      const key = `${r.enterprise.regionCode.slice(0, 6)}-${r.foundAt.slice(0, 4)}`;
      blocks.set(key, [...(blocks.get(key) ?? []), r]);
    }
  }
  for (const block of blocks.values()) {
    const first = block[0];
    if (!first) continue;
    const year = Number(first.foundAt.slice(0, 4));
    const seqs = await repo.nextHazardSeqs(tx, first.enterprise.regionCode.slice(0, 6), year, block.length);
    block.forEach((r, i) => numbers.set(r, formatHazardNo(r.enterprise.regionCode, year, seqs[i] ?? 0)));
  }

  const planned = fresh.map((r) => ({ id: randomUUID(), r }));
  const written = await repo.insertHazards(
    tx,
    planned.map(({ id, r }) => {
      const closedAt = r.closedAt ? chinaMidnight(r.closedAt) : null;
      return {
        id,
        hazardNo: numbers.get(r) ?? '',
        enterpriseId: r.enterprise.id,
        regionCode: r.enterprise.regionCode,
        sector: r.sector,
        level: r.level,
        source: r.source,
        criterionIds: r.criterionIds,
        title: r.title,
        description: r.description,
        location: r.location,
        foundAt: r.foundAt,
        foundByOrgId: importer.orgId,
        foundByUserId: importer.userId,
        foundByEnterprise: r.source === 'self_inspection',
        deadline: r.deadline,
        plan: r.plan,
        interimControls: r.interimControls,
        status: r.status,
        closedAt: r.status === 'closed' ? closedAt : null,
        dismissedAt: r.status === 'dismissed' ? closedAt : null,
        fingerprint: textFingerprint(`${r.title} ${r.description}`),
        createdAt: now,
        updatedAt: now,
      };
    }),
  );
  const byId = new Map(written.map((hazard) => [hazard.id, hazard]));
  await appendFirstEvents(
    unit,
    hazardStream,
    planned.flatMap(({ id, r }) => {
      const hazard = byId.get(id);
      if (!hazard) return [];
      return {
        subject: hazard,
        event: {
          at: now,
          actorId: importer.userId,
          actorName: importer.who.name,
          kind: 'imported',
          fromStatus: null,
          toStatus: r.status,
          payload: {
            sourceRow: r.row,
            fileSha256,
            originalHazardNo: r.hazardNo || null,
            closedAt: r.closedAt,
            hazardNo: hazard.hazardNo,
            level: r.level,
            source: r.source,
            sector: r.sector,
            deadline: r.deadline,
            criterionIds: r.criterionIds,
            ledger: r.extras,
          },
        },
      };
    }),
    { history: true },
  );
  return fresh.length;
}

/** Criteria the importer picked in the preview (判定助手) are added to the row's own, if they exist. */
function applyCriterionPicks(parsed: { rows: ParsedRow[]; context: ImportContext }, picks: ReadonlyMap<number, readonly string[]>) {
  parsed.rows = parsed.rows.map((r) => {
    const picked = picks.get(r.row)?.filter((id) => parsed.context.criterionIds.has(id)) ?? [];
    return picked.length > 0 ? { ...r, criterionIds: [...new Set([...r.criterionIds, ...picked])] } : r;
  });
}
