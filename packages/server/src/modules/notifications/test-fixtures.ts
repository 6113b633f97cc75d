// Test-only helpers shared by the notifications and escalations tests: hazards written straight to the
// database (the hazards service is built separately), with the creation event a real hazard would have.
import { eq } from 'drizzle-orm';
import type { HazardStatus } from '@zhiben/core';
import type { Db } from '../../db/client.ts';
import { enterprises, hazards, users } from '../../db/schema/index.ts';
import { appendHazardEvent } from '../hazards/hazard-events.repository.ts';

let counter = 0;

export type FixtureHazard = typeof hazards.$inferSelect;

export async function insertTestHazard(
  db: Db,
  at: Date,
  options: { enterpriseId: string; deadline: string; sector?: string; level?: 'general' | 'major'; status?: HazardStatus; title?: string },
): Promise<FixtureHazard> {
  const [enterprise] = await db.select({ regionCode: enterprises.regionCode }).from(enterprises).where(eq(enterprises.id, options.enterpriseId));
  if (!enterprise) throw new Error(`enterprise ${options.enterpriseId} not found`);
  counter++;
  const status = options.status ?? 'rectifying';
  return db.transaction(async (tx) => {
    const [hazard] = await tx
      .insert(hazards)
      .values({
        hazardNo: `${enterprise.regionCode.slice(0, 6)}-2026-${String(900000 + counter)}`,
        enterpriseId: options.enterpriseId,
        regionCode: enterprise.regionCode,
        sector: options.sector ?? 'hazchem',
        level: options.level ?? 'major',
        source: 'supervision',
        title: options.title ?? `测试隐患${counter}：储罐区可燃气体报警仪失效`,
        foundAt: at.toISOString().slice(0, 10),
        deadline: options.deadline,
        status,
        createdAt: at,
        updatedAt: at,
      })
      .returning();
    if (!hazard) throw new Error('hazard insert returned nothing');
    await appendHazardEvent(tx, {
      hazardId: hazard.id,
      regionCode: hazard.regionCode,
      at,
      actorId: null,
      actorName: '测试',
      kind: 'created',
      fromStatus: null,
      toStatus: status,
      payload: { title: hazard.title },
    });
    return hazard;
  });
}

export async function userIdOf(db: Db, username: string): Promise<string> {
  const [row] = await db.select({ id: users.id }).from(users).where(eq(users.username, username));
  if (!row) throw new Error(`user ${username} not found`);
  return row.id;
}

/** The enterprise of the demo enterprise accounts (ent_admin, ent_principal): an operating 涡阳县 enterprise. */
export async function demoEnterpriseId(db: Db): Promise<string> {
  const [row] = await db.select({ enterpriseId: users.enterpriseId }).from(users).where(eq(users.username, 'ent_admin'));
  if (!row?.enterpriseId) throw new Error('demo enterprise account missing');
  return row.enterpriseId;
}
