import { asc, desc, eq, sql } from 'drizzle-orm';
import { GENESIS_HASH, timelineHash, verifyTimeline, type HazardStatus, type SealedTimelineEvent } from '@zhiben/core';
import type { Db } from '../../db/client.ts';
import { hazardEvents } from '../../db/schema/index.ts';
import { refreshStatSpans } from '../stats/stats.spans.ts';

export type NewHazardEvent = {
  hazardId: string;
  regionCode: string;
  at: Date;
  actorId: string | null;
  actorName: string;
  kind: string;
  fromStatus: HazardStatus | null;
  toStatus: HazardStatus;
  payload: Record<string, unknown>;
};

/**
 * Appends one event to a hazard's hash-chained timeline. Call inside the transaction of the change, after the
 * hazard row is written; the row lock on the hazard (taken by the caller's compare-and-set UPDATE, or FOR UPDATE
 * here) serialises appends. It also brings the hazard's statistics facts up to date in the same transaction.
 */
export async function appendHazardEvent(tx: Db, event: NewHazardEvent): Promise<SealedTimelineEvent> {
  await tx.execute(sql`SELECT 1 FROM hazards WHERE id = ${event.hazardId} FOR UPDATE`);
  const [last] = await tx
    .select({ seq: hazardEvents.seq, hash: hazardEvents.hash })
    .from(hazardEvents)
    .where(eq(hazardEvents.hazardId, event.hazardId))
    .orderBy(desc(hazardEvents.seq))
    .limit(1);
  const seq = (last?.seq ?? 0) + 1;
  const prevHash = last?.hash ?? GENESIS_HASH;
  const core = {
    hazardId: event.hazardId,
    seq,
    at: event.at.toISOString(),
    actorId: event.actorId,
    kind: event.kind,
    fromStatus: event.fromStatus,
    toStatus: event.toStatus,
    payload: event.payload,
  };
  const hash = timelineHash(prevHash, core);
  await tx.insert(hazardEvents).values({ ...event, seq, prevHash, hash });
  await refreshStatSpans(tx, [event.hazardId]);
  return { ...core, prevHash, hash };
}

export async function listHazardEvents(db: Db, hazardId: string) {
  return db.select().from(hazardEvents).where(eq(hazardEvents.hazardId, hazardId)).orderBy(asc(hazardEvents.seq));
}

export function verifyStoredTimeline(rows: Awaited<ReturnType<typeof listHazardEvents>>) {
  return verifyTimeline(
    rows.map((r) => ({
      hazardId: r.hazardId,
      seq: r.seq,
      at: r.at.toISOString(),
      actorId: r.actorId,
      kind: r.kind,
      fromStatus: r.fromStatus as HazardStatus | null,
      toStatus: r.toStatus as HazardStatus,
      payload: r.payload,
      prevHash: r.prevHash,
      hash: r.hash,
    })),
  );
}
