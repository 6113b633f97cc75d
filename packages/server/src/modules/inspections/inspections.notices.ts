import { and, eq, isNotNull } from 'drizzle-orm';
import { inspectionKindLabels } from '@zhiben/core';
import type { Db } from '../../db/client.ts';
import { inspectionMembers, type inspections } from '../../db/schema/index.ts';
import { insertNotifications } from '../notifications/notifications.repository.ts';

/** In-app notices to the team members with accounts when an inspection is planned for them (subscriber of the inspection stream). */
export async function enqueueTeamNotices(tx: Db, inspection: typeof inspections.$inferSelect, at: Date): Promise<void> {
  const members = await tx
    .select({ userId: inspectionMembers.userId, name: inspectionMembers.name })
    .from(inspectionMembers)
    .where(and(eq(inspectionMembers.inspectionId, inspection.id), isNotNull(inspectionMembers.userId)));
  const when = inspection.plannedOn ? `，计划于 ${inspection.plannedOn}` : '';
  await insertNotifications(
    tx,
    members.flatMap((m) =>
      m.userId
        ? [{
            hazardId: null, regionCode: inspection.regionCode, recipientUserId: m.userId, recipientName: m.name, recipientAddress: '', channel: 'in_app' as const,
            template: 'inspection_planned', dedupeKey: `inspection:${inspection.id}:planned#user:${m.userId}`, title: '检查任务安排',
            body: `您已被安排参加${inspectionKindLabels[inspection.kind]} ${inspection.inspectionNo}（${inspection.subjectName}${when}${inspection.dueOn ? `，${inspection.dueOn} 前完成` : ''}）。`,
            status: 'pending' as const, createdAt: at,
          }]
        : [],
    ),
  );
}
