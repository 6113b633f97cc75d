// 下载错误行: the refused rows of an import (preview or commit) as a workbook the office corrects and imports again —
// the ledger's own header and cells as they were, the row number, and a 原因 column with every reason of the row.
// The rows are read again from the same file (the client sends it back; its hash must match the job's), so the
// platform keeps no copy of an uploaded ledger.
import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { Db } from '../../db/client.ts';
import { AppError } from '../../errors.ts';
import ExcelJS from '../../lib/exceljs.ts';
import { readFirstSheetRows } from '../../lib/xlsx.ts';
import { findOwnJob } from '../jobs/jobs.repository.ts';

const IMPORT_JOB_KINDS: ReadonlySet<string> = new Set(['hazard_import_preview', 'hazard_import', 'hazard_import_grading']);
const jobResult = z.object({
  fileSha256: z.string(),
  headerRow: z.number().int().positive(),
  errors: z.array(z.object({ row: z.number().int(), column: z.string(), message: z.string() })),
  errorsTruncated: z.boolean(),
});

/** The refused rows of the caller's own import job, read again from `file`; 404 for another user's job. */
export async function ledgerErrorWorkbook(db: Db, userId: string, jobId: string, file: Buffer): Promise<Buffer> {
  const job = await findOwnJob(db, jobId, userId);
  if (!job || !IMPORT_JOB_KINDS.has(job.kind)) throw AppError('NOT_FOUND');
  const result = jobResult.safeParse(job.result);
  if (job.status !== 'succeeded' || !result.success) throw AppError('VALIDATION', { field: 'jobId', message: '该导入任务尚未完成或没有可下载的错误明细' });
  const { fileSha256, headerRow, errors, errorsTruncated } = result.data;
  if (createHash('sha256').update(file).digest('hex') !== fileSha256) {
    throw AppError('VALIDATION', { field: 'file', message: '上传的文件与预检（导入）时的文件不同，请重新预检后再下载错误行' });
  }
  const reasons = new Map<number, string[]>();
  for (const e of errors) reasons.set(e.row, [...(reasons.get(e.row) ?? []), `${e.column ? `「${e.column}」` : ''}${e.message}`]);

  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('错误行');
  let width = 0;
  for await (const { rowNumber, cells } of readFirstSheetRows(file)) {
    if (rowNumber === headerRow) {
      width = cells.length;
      sheet.addRow(['原行号', ...cells, '原因']).font = { bold: true };
      continue;
    }
    const why = reasons.get(rowNumber);
    if (!why) continue;
    width = Math.max(width, cells.length);
    const padded = [...cells, ...Array<string>(Math.max(0, width - cells.length)).fill('')];
    sheet.addRow([rowNumber, ...padded, why.join('；')]);
  }
  // The 原因 column sits after the widest row; rows shorter than the header were padded to it.
  if (errorsTruncated) sheet.addRow([`仅列出前 ${errors.length} 条错误所在的行，其余错误请修改后重新预检查看`]);
  sheet.columns.forEach((column, i) => (column.width = i === 0 ? 8 : 18));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
