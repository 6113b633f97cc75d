// 隐患台账 import: reads a ledger (ledger.parse.ts), resolves each 200-row batch (ledger.resolve.ts) and writes it in
// one transaction (ledger.write.ts) through the same code as the API: the hazards repository (rows, numbers from
// its counter) and the workflow timeline (first events, set-based, published to the subscribers: the statistics
// follow the batch).
import { createHash } from 'node:crypto';
import type { HazardLevel } from '@zhiben/core';
import type { Db } from '../../db/client.ts';
import { AppError, isAppError } from '../../errors.ts';
import type { Clock } from '../../lib/clock.ts';
import { chinaDate } from '../../lib/dates.ts';
import type { Initiator } from '../../lib/request-context.ts';
import type { RegionScope } from '../../lib/scope-registry.ts';
import { firstSheetRowsAtMost, isXlsx } from '../../lib/xlsx.ts';
import { inTransaction } from '../../workflow/unit.ts';
import { appendAudit } from '../audit/audit.repository.ts';
import { loadSectorCatalogue, withSectorAliases } from '../enterprises/enterprises.service.ts';
import type { ProgressReporter } from '../jobs/jobs.service.ts';
import * as repo from './hazards.repository.ts';
import { LEDGER_IMPORT_MAX_ROWS, parseLedger, streamLedger, type ImportContext, type LedgerImportError, type LedgerRead, type ParsedRow } from './ledger.parse.ts';
import type { LedgerGrader, LedgerGradingReport } from '../grading/grading.ledger.ts';
import { resolveBatch, type ResolvedRow } from './ledger.resolve.ts';
import { writeBatch } from './ledger.write.ts';
import { ledgerSpec, type ImportStatus } from './ledger.spec.ts';
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
  const context: ImportContext = {
    spec,
    scope,
    catalogue: withSectorAliases(await loadSectorCatalogue(deps.db), spec.sectorAliases),
    criterionIds: await repo.allCriterionIds(deps.db),
    today: chinaDate(deps.clock.now()),
    columnLabel: spec.headerOf,
  };
  const fileSha256 = createHash('sha256').update(buffer).digest('hex');
  const { read, batches, expectedRows } = await ledgerBatches(buffer, context, mode, report, mode === 'preview' ? options.grading?.prepare : undefined);

  const errors = read.errors;
  const seenHazardNo = new Map<string, number>();
  const seenKeys = new Set<string>();
  const sample: LedgerSampleRow[] = [];
  let created = 0;
  let skipped = 0;
  let valid = 0;
  let done = 0;
  let lastRow = 0;
  await report(0, expectedRows);
  try {
    for await (const parsedBatch of batches) {
      const batch = options.criterionPicks ? withCriterionPicks(parsedBatch, read.context, options.criterionPicks) : parsedBatch;
      if (mode === 'preview') {
        const outcome = await resolveBatch(deps.db, read.context, batch, seenHazardNo, seenKeys);
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
          const resolved = await resolveBatch(tx, read.context, batch, seenHazardNo, seenKeys);
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
      done += batch.length;
      lastRow = batch.at(-1)?.row ?? lastRow;
      await report(done, Math.max(done, expectedRows));
      await yieldToEventLoop(); // other users' requests go between batches
    }
  } catch (error) {
    // The import streams the sheet: when it stops being readable part-way, the batches before it are written (each
    // its own transaction, as after any failure between batches). Say how far it got; importing the mended file
    // again skips what is in.
    if (mode === 'commit' && done > 0 && isAppError(error) && error.code === 'IMPORT_FILE_INVALID') {
      throw AppError('IMPORT_FILE_INVALID', { message: `导入在第${lastRow}行之后中断：文件此后的内容无法读取（文件可能已损坏）；第${lastRow}行及之前的行已处理完毕，新建隐患${created}条；修复文件后重新导入会跳过已导入的隐患` });
    }
    throw error;
  }
  await report(done, done);

  errors.sort((a, b) => a.row - b.row);
  const failed = new Set(errors.map((e) => e.row)).size;
  const reported = { errors: errors.slice(0, MAX_REPORTED_ERRORS), errorsTruncated: errors.length > MAX_REPORTED_ERRORS };
  const file = { fileSha256, headerRow: read.headerRow };
  if (mode === 'preview') return { ...file, total: read.total, valid, skipped, ...reported, sample, ...(options.grading ? { grading: await options.grading.result() } : {}) };
  return { ...file, total: read.total, created, skipped, failed, ...reported };
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
 * The good rows in batches. The preview reads the whole sheet first (the 判定助手 checks rows while it does); the
 * import writes each batch as soon as it has been read, so a 100,000-row ledger is never in memory as rows. It
 * streams only when the sheet cannot hold more rows than one import may have (a cheap count of its row
 * elements), so a file over the limit is still refused before anything is written; that count is also the
 * progress bar's total.
 */
async function ledgerBatches(buffer: Buffer, context: ImportContext, mode: LedgerImportMode, report: ProgressReporter, onRow?: (row: ParsedRow) => void):
  Promise<{ read: LedgerRead; batches: AsyncIterable<ParsedRow[]>; expectedRows: number }> {
  const rowsAtMost = mode === 'commit' ? await firstSheetRowsAtMost(buffer).catch(() => Number.POSITIVE_INFINITY) : Number.POSITIVE_INFINITY;
  if (rowsAtMost <= LEDGER_IMPORT_MAX_ROWS) {
    const ledger = streamLedger(buffer, context);
    return { read: ledger.read, batches: inBatches(ledger.rows), expectedRows: rowsAtMost };
  }
  const { rows, ...read } = await parseLedger(buffer, context, report, onRow);
  return { read, batches: inBatches(rows), expectedRows: rows.length };
}

async function* inBatches(rows: AsyncIterable<ParsedRow> | Iterable<ParsedRow>): AsyncGenerator<ParsedRow[]> {
  let batch: ParsedRow[] = [];
  for await (const row of rows) {
    batch.push(row);
    if (batch.length === BATCH_SIZE) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length > 0) yield batch;
}

/** Criteria the importer picked in the preview (判定助手) are added to the row's own, if they exist. */
function withCriterionPicks(rows: readonly ParsedRow[], context: ImportContext, picks: ReadonlyMap<number, readonly string[]>): ParsedRow[] {
  return rows.map((r) => {
    const picked = picks.get(r.row)?.filter((id) => context.criterionIds.has(id)) ?? [];
    return picked.length > 0 ? { ...r, criterionIds: [...new Set([...r.criterionIds, ...picked])] } : r;
  });
}
