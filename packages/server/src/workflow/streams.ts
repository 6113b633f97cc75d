// The event streams of the workflow timeline (workflow/timeline.ts): one per event table. A new workflow adds its
// table (db/schema/workflow.ts workflowEventTable) and a stream here; its subscribers go in subscribers.ts.
import { asc, eq, getTableColumns, getTableName, inArray, sql, type Column } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import { hazardEventBody } from '@zhiben/core';
import type { Db } from '../db/client.ts';
import { insertRows } from '../db/insert-rows.ts';
import { arrayParam, prepareOnce, preparedRead, runPrepared } from '../db/prepared.ts';
import { dispatchRounds, hazardEvents, hazards, inspectionEvents, inspections, planEvents, plans, randomDrawEvents, randomDraws, reportSubmissions, returnEvents, roundEvents, taskEvents, tasks, tipEvents, tips, type workflowEventTable } from '../db/schema/index.ts';
import { drawSubscribers, hazardSubscribers, inspectionSubscribers, planSubscribers, returnSubscribers, roundSubscribers, taskSubscribers, tipSubscribers } from './subscribers.ts';
import type { Appended, SealedEvent, Subject, Subscriber, TimelineStream } from './timeline.ts';

/**
 * A stream's lastLink: its record's last event (seq and hash), read by a statement rendered once per event table
 * (every action reads it before it appends).
 */
function lastLinkOf(events: PgTable & { seq: Column; hash: Column }, subject: Column): TimelineStream<Subject, object>['lastLink'] {
  const statement = prepareOnce(`last_link_${getTableName(events)}`, () =>
    sql`SELECT ${events.seq} AS seq, ${events.hash} AS hash FROM ${events} WHERE ${subject} = ${sql.placeholder('id')} ORDER BY ${events.seq} DESC LIMIT 1`);
  return async (tx, id) => (await runPrepared<{ seq: number; hash: string }>(tx, statement(), { id }))[0] ?? null;
}

// ---- hazards (hazard_events) ----

export type HazardRecord = typeof hazards.$inferSelect;
export type HazardEventExtra = { regionCode: string };
export type HazardEvent = SealedEvent<HazardEventExtra>;
export type HazardAppended = Appended<HazardRecord, HazardEventExtra>;

/** A hazard_events row as a timeline event. */
export const hazardEventOf = ({ hazardId, id: _rowId, ...e }: typeof hazardEvents.$inferSelect): HazardEvent => ({ ...e, subjectId: hazardId });

const hazardEventsOf = preparedRead('hazard_events_of', (db) =>
  db
    .select()
    .from(hazardEvents)
    .where(sql`${hazardEvents.hazardId} = ANY(${sql.placeholder('ids')}::uuid[])`)
    .orderBy(asc(hazardEvents.hazardId), asc(hazardEvents.seq)),
);

export const hazardStream: TimelineStream<HazardRecord, HazardEventExtra> = {
  name: 'hazard',
  // Copied onto the event so the timeline is partitionable by province like the hazards (DESIGN §6).
  extraFor: (hazard) => ({ regionCode: hazard.regionCode }),
  sideEventKinds: ['notification', 'escalation', 'linked_report', 'merged_from'],
  body: (e) => hazardEventBody({ hazardId: e.subjectId, seq: e.seq, at: e.at.toISOString(), actorId: e.actorId, kind: e.kind, fromStatus: e.fromStatus, toStatus: e.toStatus, payload: e.payload }),
  lastLink: lastLinkOf(hazardEvents, hazardEvents.hazardId),
  insert: async (tx, events) => {
    await insertRows(
      tx,
      hazardEvents,
      events.map((e) => ({ hazardId: e.subjectId, regionCode: e.regionCode, seq: e.seq, at: e.at, actorId: e.actorId, actorName: e.actorName, kind: e.kind, fromStatus: e.fromStatus, toStatus: e.toStatus, payload: e.payload, prevHash: e.prevHash, hash: e.hash })),
    );
  },
  find: async (tx, id) => {
    const [row] = await tx.select().from(hazards).where(eq(hazards.id, id)).limit(1);
    return row ?? null;
  },
  touch: async (tx, id) => {
    const [row] = await tx.update(hazards).set({ version: sql`${hazards.version} + 1` }).where(eq(hazards.id, id)).returning();
    return row ?? null;
  },
  list: async (db, ids) => (await hazardEventsOf(db).execute({ ids: arrayParam(ids) })).map(hazardEventOf),
  subscribers: () => hazardSubscribers,
};

// ---- tips (tip_events) ----

export type TipRecord = typeof tips.$inferSelect;
export type TipEventExtra = { note: string; message: 'officer_feedback' | 'officer_question' | 'reporter' | null };
export type TipEvent = SealedEvent<TipEventExtra>;
export type TipAppended = Appended<TipRecord, TipEventExtra>;

export const tipStream: TimelineStream<TipRecord, TipEventExtra> = {
  name: 'tip',
  extraFor: () => ({ note: '', message: null }),
  // A reporter's follow-up or a merged submission changes what the officer must read first: none is a side event.
  sideEventKinds: [],
  body: (e) => ({ tipId: e.subjectId, seq: e.seq, at: e.at.toISOString(), actorId: e.actorId, kind: e.kind, fromStatus: e.fromStatus, toStatus: e.toStatus, note: e.note, message: e.message, payload: e.payload }),
  lastLink: lastLinkOf(tipEvents, tipEvents.tipId),
  insert: async (tx, events) => {
    await insertRows(
      tx,
      tipEvents,
      events.map((e) => ({ tipId: e.subjectId, seq: e.seq, at: e.at, actorId: e.actorId, actorName: e.actorName, kind: e.kind, fromStatus: e.fromStatus, toStatus: e.toStatus, note: e.note, message: e.message, payload: e.payload, prevHash: e.prevHash, hash: e.hash })),
    );
  },
  find: async (tx, id) => {
    const [row] = await tx.select().from(tips).where(eq(tips.id, id)).limit(1);
    return row ?? null;
  },
  // A reporter's follow-up changes what officers must read: it moves the version and updatedAt on.
  touch: async (tx, id, at) => {
    const [row] = await tx.update(tips).set({ version: sql`${tips.version} + 1`, updatedAt: at }).where(eq(tips.id, id)).returning();
    return row ?? null;
  },
  list: async (db, ids) =>
    (await db.select().from(tipEvents).where(inArray(tipEvents.tipId, [...ids])).orderBy(asc(tipEvents.tipId), asc(tipEvents.seq))).map(({ tipId, id: _rowId, ...e }) => ({ ...e, subjectId: tipId })),
  subscribers: () => tipSubscribers,
};

// ---- Module B: plans, tasks, returns, dispatch rounds ----
// Their event tables have the common columns only (db/schema/workflow.ts), so one stream serves them all; each names
// its record table for find and touch.

type EventTable = ReturnType<typeof workflowEventTable>;
/** Module B's events carry no columns of their own. */
export type NoExtra = { readonly noExtra?: never };
type RecordAccess<S> = { find(tx: Db, id: string): Promise<S | null>; touch(tx: Db, id: string, at: Date): Promise<S | null> };

function moduleStream<S extends Subject>(name: string, events: EventTable, record: RecordAccess<S>, subscribers: () => readonly Subscriber<Appended<S, NoExtra>>[]): TimelineStream<S, NoExtra> {
  return {
    name,
    extraFor: () => ({}),
    sideEventKinds: [],
    body: (e) => ({ [`${name}Id`]: e.subjectId, seq: e.seq, at: e.at.toISOString(), actorId: e.actorId, kind: e.kind, fromStatus: e.fromStatus, toStatus: e.toStatus, payload: e.payload }),
    lastLink: lastLinkOf(events, events.subjectId),
    insert: async (tx, list) => {
      await insertRows(
        tx,
        events,
        list.map((e) => ({ subjectId: e.subjectId, seq: e.seq, at: e.at, actorId: e.actorId, actorName: e.actorName, kind: e.kind, fromStatus: e.fromStatus, toStatus: e.toStatus, payload: e.payload, prevHash: e.prevHash, hash: e.hash })),
      );
    },
    find: record.find,
    touch: record.touch,
    list: async (db, ids) =>
      (await db.select().from(events).where(inArray(events.subjectId, [...ids])).orderBy(asc(events.subjectId), asc(events.seq))).map(({ id: _rowId, ...e }) => e),
    subscribers,
  };
}

export type PlanRecord = typeof plans.$inferSelect;
export type TaskRecord = typeof tasks.$inferSelect;
export type ReturnRecord = typeof reportSubmissions.$inferSelect;
export type RoundRecord = typeof dispatchRounds.$inferSelect;
export type PlanEventExtra = NoExtra;
export type TaskEventExtra = NoExtra;
export type ReturnEventExtra = NoExtra;
export type RoundEventExtra = NoExtra;
export type TaskAppended = Appended<TaskRecord, NoExtra>;

export const planStream = moduleStream<PlanRecord>(
  'plan',
  planEvents,
  {
    find: async (tx, id) => (await tx.select().from(plans).where(eq(plans.id, id)).limit(1))[0] ?? null,
    touch: async (tx, id, at) => (await tx.update(plans).set({ version: sql`${plans.version} + 1`, updatedAt: at }).where(eq(plans.id, id)).returning())[0] ?? null,
  },
  () => planSubscribers,
);

export const taskStream = moduleStream<TaskRecord>(
  'task',
  taskEvents,
  {
    find: async (tx, id) => (await tx.select().from(tasks).where(eq(tasks.id, id)).limit(1))[0] ?? null,
    touch: async (tx, id, at) => (await tx.update(tasks).set({ version: sql`${tasks.version} + 1`, updatedAt: at }).where(eq(tasks.id, id)).returning())[0] ?? null,
  },
  () => taskSubscribers,
);

export const returnStream = moduleStream<ReturnRecord>(
  'return',
  returnEvents,
  {
    find: async (tx, id) => (await tx.select().from(reportSubmissions).where(eq(reportSubmissions.id, id)).limit(1))[0] ?? null,
    touch: async (tx, id, at) => (await tx.update(reportSubmissions).set({ version: sql`${reportSubmissions.version} + 1`, updatedAt: at }).where(eq(reportSubmissions.id, id)).returning())[0] ?? null,
  },
  () => returnSubscribers,
);

export const roundStream = moduleStream<RoundRecord>(
  'round',
  roundEvents,
  {
    find: async (tx, id) => (await tx.select().from(dispatchRounds).where(eq(dispatchRounds.id, id)).limit(1))[0] ?? null,
    touch: async (tx, id, at) => (await tx.update(dispatchRounds).set({ version: sql`${dispatchRounds.version} + 1`, updatedAt: at }).where(eq(dispatchRounds.id, id)).returning())[0] ?? null,
  },
  () => roundSubscribers,
);
// ---- 双随机 draws (random_draw_events) ----

// A draw without its inputs text (tens of MB for a province) and sealed seed: what the kernel loads and writes back.
const { inputsText: _inputsText, seedSealed: _seedSealed, ...drawColumns } = getTableColumns(randomDraws);
export type DrawRecord = Omit<typeof randomDraws.$inferSelect, 'inputsText' | 'seedSealed'>;

export const drawStream = moduleStream<DrawRecord>(
  'randomDraw',
  randomDrawEvents,
  {
    find: async (tx, id) => (await tx.select(drawColumns).from(randomDraws).where(eq(randomDraws.id, id)).limit(1))[0] ?? null,
    touch: async (tx, id, at) => (await tx.update(randomDraws).set({ version: sql`${randomDraws.version} + 1`, updatedAt: at }).where(eq(randomDraws.id, id)).returning(drawColumns))[0] ?? null,
  },
  () => drawSubscribers,
);

// ---- inspections (inspection_events) ----

export type InspectionRecord = typeof inspections.$inferSelect;
// Inspection events have no columns of their own beyond the common ones.
export type InspectionEventExtra = Record<never, never>;
export type InspectionEvent = SealedEvent<InspectionEventExtra>;
export type InspectionAppended = Appended<InspectionRecord, InspectionEventExtra>;

export const inspectionStream: TimelineStream<InspectionRecord, InspectionEventExtra> = {
  name: 'inspection',
  extraFor: () => ({}),
  // A 查不出 verdict on a principal-led check, or a delivered notice, does not change what the team works on.
  sideEventKinds: ['missed_detection_reviewed', 'notification'],
  body: (e) => ({ inspectionId: e.subjectId, seq: e.seq, at: e.at.toISOString(), actorId: e.actorId, kind: e.kind, fromStatus: e.fromStatus, toStatus: e.toStatus, payload: e.payload }),
  lastLink: lastLinkOf(inspectionEvents, inspectionEvents.subjectId),
  insert: async (tx, events) => {
    await insertRows(
      tx,
      inspectionEvents,
      events.map((e) => ({ subjectId: e.subjectId, seq: e.seq, at: e.at, actorId: e.actorId, actorName: e.actorName, kind: e.kind, fromStatus: e.fromStatus, toStatus: e.toStatus, payload: e.payload, prevHash: e.prevHash, hash: e.hash })),
    );
  },
  find: async (tx, id) => {
    const [row] = await tx.select().from(inspections).where(eq(inspections.id, id)).limit(1);
    return row ?? null;
  },
  touch: async (tx, id, at) => {
    const [row] = await tx.update(inspections).set({ version: sql`${inspections.version} + 1`, updatedAt: at }).where(eq(inspections.id, id)).returning();
    return row ?? null;
  },
  list: async (db, ids) =>
    (await db.select().from(inspectionEvents).where(inArray(inspectionEvents.subjectId, [...ids])).orderBy(asc(inspectionEvents.subjectId), asc(inspectionEvents.seq))).map(({ id: _rowId, ...e }) => e),
  subscribers: () => inspectionSubscribers,
};
