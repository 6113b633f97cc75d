import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { jobs } from '../../db/schema/index.ts';

export async function insertJob(db: Db, values: { kind: string; createdBy: string; progressTotal: number }) {
  const [row] = await db.insert(jobs).values({ ...values, status: 'queued' }).returning();
  if (!row) throw new Error('job insert returned nothing');
  return row;
}

export async function updateJob(db: Db, id: string, values: Partial<typeof jobs.$inferInsert>) {
  await db.update(jobs).set(values).where(eq(jobs.id, id));
}

/** A job is visible to the user who started it only. */
export async function findOwnJob(db: Db, id: string, userId: string) {
  const [row] = await db.select().from(jobs).where(and(eq(jobs.id, id), eq(jobs.createdBy, userId))).limit(1);
  return row ?? null;
}

/**
 * System task at start-up: jobs that were running when the process died are marked failed.
 * Skips scope because it runs before any user exists in the process.
 */
export async function systemFailInterruptedJobs(db: Db, at: Date): Promise<number> {
  const rows = await db
    .update(jobs)
    .set({ status: 'failed', error: '服务重启，任务中断；已提交的批次已保存，请重新导入（重复行不会重复创建）', finishedAt: at })
    .where(inArray(jobs.status, ['queued', 'running']))
    .returning({ id: jobs.id });
  return rows.length;
}
