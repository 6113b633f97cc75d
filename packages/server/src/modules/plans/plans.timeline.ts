import { z } from 'zod';
import type { Db } from '../../db/client.ts';
import { listEvents, verifyEvents, type Subject, type TimelineStream } from '../../workflow/timeline.ts';

// The timeline part of every Module B record view (plans, tasks, returns, rounds): its events in order and whether
// they verify — the hash chain is intact and the record's version is its last event's seq.

export const timelineEntry = z.object({ seq: z.number().int(), at: z.string(), actorName: z.string(), kind: z.string(), fromStatus: z.string().nullable(), toStatus: z.string(), payload: z.record(z.string(), z.unknown()) });
export const timelineFields = { timeline: z.array(timelineEntry), timelineVerified: z.boolean() };

export async function presentTimeline<S extends Subject, Extra>(db: Db, stream: TimelineStream<S, Extra>, row: S): Promise<{ timeline: z.infer<typeof timelineEntry>[]; timelineVerified: boolean }> {
  const events = await listEvents(db, stream, row.id);
  const chain = verifyEvents(stream, events);
  return {
    timeline: events.map((e) => ({ seq: e.seq, at: e.at.toISOString(), actorName: e.actorName, kind: e.kind, fromStatus: e.fromStatus, toStatus: e.toStatus, payload: e.payload })),
    timelineVerified: chain.ok && (events.at(-1)?.seq ?? 0) === row.version,
  };
}
