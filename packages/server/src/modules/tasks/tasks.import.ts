// 任务清单 .xlsx into a plan: the sheet is read and checked row by row (tasks.xlsx.ts parseTaskSheet), good rows are
// saved as drafts in 500-row batches — each batch one transaction with the tasks' first timeline events and an audit
// row — and bad rows save nothing. The issuer reviews the drafts and issues them (one by one or all at once).
import { regionPrefix, type PlanScope } from '@zhiben/core';
import { appendAudit } from '../audit/audit.repository.ts';
import type { ProgressReporter } from '../jobs/jobs.service.ts';
import { orgsInRegion } from '../plans/plan-orgs.repository.ts';
import type { PlanRow } from '../plans/plans.repository.ts';
import type { ActionContext } from '../../workflow/context.ts';
import { inTransaction } from '../../workflow/unit.ts';
import * as repo from './tasks.repository.ts';
import { checkTaskFields, insertImportedTasks } from './tasks.service.ts';
import { parseTaskSheet, type ImportError } from './tasks.xlsx.ts';

export type TaskImportResult = { created: number; failed: number; total: number; errors: ImportError[] };

const BATCH_SIZE = 500;

export async function importTaskList(ctx: ActionContext, scope: PlanScope, plan: PlanRow, buffer: Buffer, report: ProgressReporter): Promise<TaskImportResult> {
  const orgs = await orgsInRegion(ctx.db, regionPrefix(plan.regionCode));
  const existing = await repo.planTaskCodes(ctx.db, plan.id);
  const { candidates, errors, total } = await parseTaskSheet(buffer, {
    actionLines: plan.actionLines,
    orgs,
    existingCodes: new Set(existing.keys()),
    planYear: Number(plan.periodFrom.slice(0, 4)),
  });
  let created = 0;
  await report(0, candidates.length);
  for (let start = 0; start < candidates.length; start += BATCH_SIZE) {
    const batch = candidates.slice(start, start + BATCH_SIZE);
    const rows: Parameters<typeof insertImportedTasks>[2] = [];
    for (const c of batch) {
      const { actionName: _actionName, ...fields } = c.values;
      rows.push({ fields, changes: await checkTaskFields({ db: ctx.db, scope }, null, fields, plan) });
    }
    const written = await inTransaction(ctx.db, async (unit) => {
      const inserted = await insertImportedTasks(ctx, plan, rows, unit);
      await appendAudit(unit.tx, {
        at: ctx.now,
        actorUserId: ctx.who.userId,
        actorName: ctx.who.name,
        ip: ctx.who.ip,
        action: 'task.import_batch',
        entityType: 'plan',
        entityId: plan.id,
        regionCode: plan.regionCode,
        detail: { firstRow: batch[0]?.row ?? null, created: inserted.length },
      });
      return inserted;
    });
    // A code taken by someone else between reading and writing: reported on its row, the rest of the batch saved.
    const saved = new Set(written.map((t) => t.code));
    for (const c of batch) if (!saved.has(c.values.code)) errors.push({ row: c.row, column: '编号', message: '保存时该编号已被其他任务占用' });
    created += written.length;
    await report(Math.min(start + BATCH_SIZE, candidates.length), candidates.length);
  }
  errors.sort((a, b) => a.row - b.row);
  return { created, failed: new Set(errors.map((e) => e.row)).size, total, errors };
}
