import { randomBytes, randomInt } from 'node:crypto';
import type { z } from 'zod';
import { AppError } from '../../errors.ts';
import type { Db } from '../../db/client.ts';
import type { Clock } from '../../lib/clock.ts';
import { chinaDate } from '../../lib/dates.ts';
import type { AuthContext } from '../../lib/request-context.ts';
import * as repo from './worker-reports.repository.ts';
import type { handleWorkerReportBody, workerReportItem, workerReportSubmission } from './tips.schema.ts';

export type WorkerReportDeps = { db: Db; clock: Clock };

const reportNoOf = (now: Date) => `NB${chinaDate(now).replace(/-/g, '')}${String(randomInt(1_000_000)).padStart(6, '0')}`;

export async function createWorkerReport(
  deps: WorkerReportDeps,
  enterprise: { id: string; regionCode: string },
  input: z.infer<typeof workerReportSubmission>,
  submittedBy: string | null,
): Promise<repo.WorkerReportRow> {
  if (!input.anonymous && !input.reporterName) throw AppError('VALIDATION', { field: 'reporterName', message: '实名报告请填写「报告人姓名」' });
  const now = deps.clock.now();
  return repo.insertWorkerReport(deps.db, {
    reportNo: reportNoOf(now),
    enterpriseId: enterprise.id,
    regionCode: enterprise.regionCode,
    content: input.content,
    location: input.location,
    anonymous: input.anonymous,
    reporterName: input.anonymous ? null : (input.reporterName ?? null),
    viaLink: submittedBy === null,
    // A logged-in reporter who chose anonymity is not linked to the report.
    submittedBy: input.anonymous ? null : submittedBy,
    receivedAt: now,
  });
}

export function presentWorkerReport(row: repo.WorkerReportRow): z.infer<typeof workerReportItem> {
  return {
    id: row.id,
    reportNo: row.reportNo,
    content: row.content,
    location: row.location,
    anonymous: row.anonymous,
    reporterName: row.reporterName,
    viaLink: row.viaLink,
    status: row.status,
    outcome: row.outcome,
    note: row.note,
    rewardYuan: row.rewardYuan,
    receivedAt: row.receivedAt.toISOString(),
    handledAt: row.handledAt?.toISOString() ?? null,
    version: row.version,
    actions: row.status === 'open' ? ['handle'] : [],
  };
}

export async function handleWorkerReport(deps: WorkerReportDeps, auth: AuthContext, id: string, input: z.infer<typeof handleWorkerReportBody>) {
  const enterpriseId = auth.user.enterprise?.id;
  if (!enterpriseId) throw AppError('NOT_FOUND');
  const row = await repo.findOwnWorkerReport(deps.db, enterpriseId, id);
  if (!row) throw AppError('NOT_FOUND');
  if (row.version !== input.version) throw AppError('CONFLICT');
  if (row.status !== 'open') throw AppError('FORBIDDEN', { message: '该报告已处理' });
  if (input.rewardYuan !== undefined && input.outcome !== 'hazard_found') throw AppError('VALIDATION', { field: 'rewardYuan', message: '仅查实隐患的报告可以给予内部奖励' });
  const ok = await repo.handleIfVersion(deps.db, row.id, row.version, {
    status: 'handled', outcome: input.outcome, note: input.note, rewardYuan: input.rewardYuan ?? null, handledBy: auth.user.id, handledAt: deps.clock.now(),
  });
  if (!ok) throw AppError('CONFLICT');
  const updated = await repo.findOwnWorkerReport(deps.db, enterpriseId, id);
  if (!updated) throw AppError('NOT_FOUND');
  return updated;
}

export const newLinkToken = (): string => randomBytes(24).toString('base64url');
