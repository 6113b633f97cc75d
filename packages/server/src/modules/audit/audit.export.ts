import type { FastifyRequest } from 'fastify';
import type { Db } from '../../db/client.ts';
import { initiator } from '../../plugins/auth.ts';
import { appendAudit } from './audit.repository.ts';

export type BulkExport = 'hazards' | 'tips' | 'enterprises' | 'circular' | 'tasks' | 'file';

/**
 * Records a bulk export or a download of someone else's file: who, which filter (the query as validated), how many
 * rows. Written before the first byte is sent, so an export that is cut off is still on record.
 */
export async function auditBulkExport(db: Db, request: FastifyRequest, what: BulkExport, detail: { filter?: unknown; rows?: number | null; [key: string]: unknown }): Promise<void> {
  const who = initiator(request);
  await appendAudit(db, {
    at: new Date(),
    actorUserId: who.userId,
    actorName: who.name,
    ip: who.ip,
    action: what === 'file' ? 'file.download' : `export.${what}`,
    entityType: what,
    entityId: null,
    regionCode: request.auth?.user.org?.regionCode.slice(0, 12) ?? null,
    detail: { filter: detail.filter ?? {}, rows: detail.rows ?? null, ...detail },
  });
}
