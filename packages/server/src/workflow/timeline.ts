// The one timeline of every workflow: each change of a record is an append-only, hash-chained event with seq
// 1..n per record, written in the transaction of the change, and every event moves the record's version on (so
// version = last seq, which is how a record is checked against its timeline). Each event table is a stream
// (workflow/streams.ts: hazard_events, tip_events); appending publishes the event to the stream's subscribers
// (workflow/subscribers.ts) in the same transaction.
import { GENESIS_HASH, chainHash, verifyChain, type ChainVerification } from '@zhiben/core';
import type { Db } from '../db/client.ts';
import { AppError } from '../errors.ts';
import type { Unit } from './unit.ts';

/** A record's last event: where its chain goes on. */
export type LastLink = { seq: number; hash: string };
/** A record that has a timeline: what the kernel reads of it. */
export type Subject = { id: string; status: string; version: number };

/** An event as its writer states it; `extra` fills the stream's own columns (a tip event's note, …). */
export type NewEvent<Extra> = {
  at: Date;
  actorId: string | null;
  actorName: string;
  kind: string;
  fromStatus: string | null;
  toStatus: string;
  payload: Record<string, unknown>;
  extra?: Partial<Extra>;
};

/** An event as stored: the common columns, the stream's own, and its place in the chain. */
export type SealedEvent<Extra> = Omit<NewEvent<Extra>, 'extra'> & Extra & { subjectId: string; seq: number; prevHash: string; hash: string };

/**
 * What a subscriber receives: the event, the record as it stands after it, and whether it happened now (`live`)
 * or replays history (demo data, test fixtures, a ledger's first events), which notifies nobody.
 */
export type Appended<S extends Subject, Extra> = { subject: S; event: SealedEvent<Extra>; live: boolean };

export type Subscriber<E> = {
  name: string;
  /** Which events concern it; the others never reach `run` (and cost nothing). */
  when: (appended: E) => boolean;
  run: (unit: Unit, events: readonly E[]) => Promise<void>;
};

/** One event table and how the kernel talks to it. Declared in workflow/streams.ts. */
export type TimelineStream<S extends Subject, Extra> = {
  readonly name: string;
  /** The stream's own columns of an event about `subject`, before the writer's `extra`. */
  extraFor(subject: S): Extra;
  /** The fields the chain hashes. */
  body(event: SealedEvent<Extra>): Record<string, unknown>;
  lastLink(tx: Db, subjectId: string): Promise<LastLink | null>;
  /** Must send its statement when called, before it first waits (insertRows does): see insertAndPublish. */
  insert(tx: Db, events: readonly SealedEvent<Extra>[]): Promise<void>;
  /** The record by id, unlocked and unscoped (for writers of its history, which insert it themselves). */
  find(tx: Db, subjectId: string): Promise<S | null>;
  /** Locks the record and moves its version on, for an event no compare-and-set accompanies; null when it does not exist. */
  touch(tx: Db, subjectId: string, at: Date): Promise<S | null>;
  /** The events of these records, by record, in seq order. */
  list(db: Db, subjectIds: readonly string[]): Promise<SealedEvent<Extra>[]>;
  /**
   * Kinds of events that note something beside the record's state (a delivered notice, an escalation, a linked
   * report): a client that read the record before them may still act on it (see the pipeline's version check).
   */
  sideEventKinds: readonly string[];
  /** The stream's subscribers (workflow/subscribers.ts), read when publishing. */
  subscribers(): readonly Subscriber<Appended<S, Extra>>[];
};

type Options = { history?: boolean };

function seal<S extends Subject, Extra>(stream: TimelineStream<S, Extra>, subject: S, event: NewEvent<Extra>, seq: number, prevHash: string): SealedEvent<Extra> {
  const { extra, ...common } = event;
  const unsealed = { ...common, ...stream.extraFor(subject), ...extra, subjectId: subject.id, seq, prevHash, hash: '' } as SealedEvent<Extra>;
  return { ...unsealed, hash: chainHash(prevHash, stream.body(unsealed)) };
}

/**
 * Runs the concerned subscribers side by side: each issues its statements without waiting for the others', so on
 * PostgreSQL they share round trips (pipeline mode, db/client.ts). Subscribers are independent by contract: none
 * reads what another writes.
 */
async function publish<S extends Subject, Extra>(unit: Unit, stream: TimelineStream<S, Extra>, appended: readonly Appended<S, Extra>[]): Promise<void> {
  await Promise.all(
    stream.subscribers().map(async (subscriber) => {
      const concerned = appended.filter(subscriber.when);
      if (concerned.length > 0) await subscriber.run(unit, concerned);
    }),
  );
}

/**
 * The events' insert and their publication, sent together. The insert goes out first (a stream's insert sends its
 * statement when called: insertRows), and the server runs statements in the order sent, so the subscribers' reads
 * of the events (the statistics upkeep) see them.
 */
async function insertAndPublish<S extends Subject, Extra>(unit: Unit, stream: TimelineStream<S, Extra>, appended: readonly Appended<S, Extra>[]): Promise<void> {
  await Promise.all([stream.insert(unit.tx, appended.map((a) => a.event)), publish(unit, stream, appended)]);
}

const linkFits = (subject: Subject, last: LastLink | null) => (last?.seq ?? 0) + 1 === subject.version;

/** The next link after the record's last event; the record's version must already be that seq (see the header). */
function nextLink(subject: Subject, last: LastLink | null): { seq: number; prevHash: string } {
  // A record whose version is not its last seq was changed behind its timeline, or lost the timeline's tail:
  // refuse to build on it rather than bury the difference under a new event.
  if (!linkFits(subject, last)) throw AppError('TIMELINE_INCONSISTENT');
  return { seq: subject.version, prevHash: last?.hash ?? GENESIS_HASH };
}

/**
 * A statement that locks the record (its compare-and-set, or a touch) and the record's last link, read in the same
 * round trip (pipeline mode, db/client.ts). The read may run before the lock: a compare-and-set (runPrepared) goes
 * out when called, but a touch is built by drizzle's query builder, which sends a microtask after its call. So
 * appendChange checks the link against the version the lock returned and reads it again when they disagree (another
 * change committed in between).
 */
export async function lockedWithLastLink<S extends Subject, Extra, R>(tx: Db, stream: TimelineStream<S, Extra>, subjectId: string, locking: Promise<R>): Promise<[R, LastLink | null]> {
  return Promise.all([locking, stream.lastLink(tx, subjectId)]);
}

/** The first event of a record inserted in this transaction (version 1): seq 1, no reads. */
export async function appendCreated<S extends Subject, Extra>(unit: Unit, stream: TimelineStream<S, Extra>, subject: S, event: NewEvent<Extra>, options: Options = {}): Promise<SealedEvent<Extra>> {
  if (subject.version !== 1) throw AppError('TIMELINE_INCONSISTENT');
  const sealed = seal(stream, subject, event, 1, GENESIS_HASH);
  await insertAndPublish(unit, stream, [{ subject, event: sealed, live: !options.history }]);
  return sealed;
}

/**
 * The event of a change the caller has just compare-and-set on the record (which holds its row lock and moved its
 * version on): `subject` is the record as written. `last` is the record's last link when the caller read it
 * already, sent right behind its compare-and-set (see lockedWithLastLink).
 */
export async function appendChange<S extends Subject, Extra>(
  unit: Unit,
  stream: TimelineStream<S, Extra>,
  subject: S,
  event: NewEvent<Extra>,
  options: Options & { last?: LastLink | null } = {},
): Promise<SealedEvent<Extra>> {
  // A link read beside the lock that does not fit the record's version may have been read before the lock was held
  // (another change committed meanwhile): read it again, now behind the lock, before calling the record inconsistent.
  const read = options.last;
  const last = read !== undefined && linkFits(subject, read) ? read : await stream.lastLink(unit.tx, subject.id);
  const { seq, prevHash } = nextLink(subject, last);
  const sealed = seal(stream, subject, event, seq, prevHash);
  await insertAndPublish(unit, stream, [{ subject, event: sealed, live: !options.history }]);
  return sealed;
}

/**
 * An event that changes nothing else on the record (a delivered notice, an escalation, a linked report, a
 * reporter's follow-up): locks the record, moves its version on and appends with its current status. Null when
 * the record does not exist.
 */
export async function recordEvent<S extends Subject, Extra>(
  unit: Unit,
  stream: TimelineStream<S, Extra>,
  subjectId: string,
  event: Omit<NewEvent<Extra>, 'fromStatus' | 'toStatus'>,
  options: Options = {},
): Promise<{ subject: S; event: SealedEvent<Extra> } | null> {
  const [subject, last] = await lockedWithLastLink(unit.tx, stream, subjectId, stream.touch(unit.tx, subjectId, event.at));
  if (!subject) return null;
  const sealed = await appendChange(unit, stream, subject, { ...event, fromStatus: subject.status, toStatus: subject.status }, { ...options, last });
  return { subject, event: sealed };
}

/**
 * One event of a record's past, written as it happened by demo data and test fixtures that write the record row
 * themselves: the first (fromStatus null) is the creation of a record inserted in this transaction (version 1);
 * every later one locks the record and moves its version on. It is history: it notifies nobody (the statistics
 * follow it like any event).
 */
export async function appendPastEvent<S extends Subject, Extra>(unit: Unit, stream: TimelineStream<S, Extra>, subjectId: string, event: NewEvent<Extra>): Promise<SealedEvent<Extra>> {
  const subject = event.fromStatus === null ? await stream.find(unit.tx, subjectId) : await stream.touch(unit.tx, subjectId, event.at);
  if (!subject) throw new Error(`${stream.name} ${subjectId} not found`);
  return event.fromStatus === null ? appendCreated(unit, stream, subject, event, { history: true }) : appendChange(unit, stream, subject, event, { history: true });
}

/** First events of many records inserted in this transaction (a ledger batch): one insert, one publish. */
export async function appendFirstEvents<S extends Subject, Extra>(unit: Unit, stream: TimelineStream<S, Extra>, items: readonly { subject: S; event: NewEvent<Extra> }[], options: Options = {}): Promise<void> {
  if (items.length === 0) return;
  const sealed = items.map(({ subject, event }) => {
    if (subject.version !== 1) throw AppError('TIMELINE_INCONSISTENT');
    return { subject, event: seal(stream, subject, event, 1, GENESIS_HASH) };
  });
  await insertAndPublish(unit, stream, sealed.map(({ subject, event }) => ({ subject, event, live: !options.history })));
}

export const listEvents = <S extends Subject, Extra>(db: Db, stream: TimelineStream<S, Extra>, subjectId: string): Promise<SealedEvent<Extra>[]> => stream.list(db, [subjectId]);

/** The timelines of many records at once (an integrity check, a batch), by record, each in seq order. */
export async function listEventsOf<S extends Subject, Extra>(db: Db, stream: TimelineStream<S, Extra>, subjectIds: readonly string[]): Promise<Map<string, SealedEvent<Extra>[]>> {
  const bySubject = new Map<string, SealedEvent<Extra>[]>();
  if (subjectIds.length === 0) return bySubject;
  for (const event of await stream.list(db, subjectIds)) bySubject.set(event.subjectId, [...(bySubject.get(event.subjectId) ?? []), event]);
  return bySubject;
}

/**
 * Whether everything appended to the record since `version` (= the seq the client read) is a side event of the
 * stream: then the record the client saw is still the record it acts on.
 */
export async function onlySideEventsSince<S extends Subject, Extra>(db: Db, stream: TimelineStream<S, Extra>, subjectId: string, version: number): Promise<boolean> {
  const since = (await stream.list(db, [subjectId])).filter((e) => e.seq > version);
  return since.length > 0 && since.every((e) => stream.sideEventKinds.includes(e.kind));
}

/**
 * The events a view shows with a record row that was read before them (`stored` is the record's version read with
 * or after the events). When a change committed in between, the stored version has reached the newer events: the
 * row is shown with its own events, up to its version. Otherwise every event is shown, so that a version set back
 * behind its timeline is compared with all of it and shows as a mismatch.
 */
export function eventsOfRow<E extends { seq: number }>(events: E[], rowVersion: number, stored: number | null): E[] {
  const lastSeq = events.at(-1)?.seq ?? 0;
  return lastSeq > rowVersion && stored !== null && stored >= lastSeq ? events.filter((e) => e.seq <= rowVersion) : events;
}

/** The chain of one record's stored events (core verifyChain with the stream's hashed fields). */
export function verifyEvents<S extends Subject, Extra>(stream: TimelineStream<S, Extra>, events: readonly SealedEvent<Extra>[]): ChainVerification {
  const subjectId = events[0]?.subjectId;
  const foreign = events.findIndex((e) => e.subjectId !== subjectId);
  const chain = verifyChain(foreign === -1 ? events : events.slice(0, foreign), (e) => stream.body(e));
  if (!chain.ok || foreign === -1) return chain;
  return { ok: false, brokenAtSeq: foreign + 1 };
}
