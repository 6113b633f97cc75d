// Hash chain of a hazard's timeline (DESIGN §2): each event's hash covers the previous hash and the event's
// canonical JSON, so editing, deleting or reordering any stored event is detectable.
import { createHash } from 'node:crypto';
import { canonicalJson } from '../canonical-json.ts';
import type { HazardStatus } from './hazard-machine.ts';

export const GENESIS_HASH = '0'.repeat(64);

export type TimelineEvent = {
  hazardId: string;
  seq: number;
  /** ISO 8601 timestamp */
  at: string;
  actorId: string | null;
  /** A hazard action, a creation channel, or another recorded change (attachment, edit …). */
  kind: string;
  /** null for the creation event */
  fromStatus: HazardStatus | null;
  toStatus: HazardStatus;
  payload: unknown;
};

export type SealedTimelineEvent = TimelineEvent & { prevHash: string; hash: string };

export function timelineHash(prevHash: string, event: TimelineEvent): string {
  // Pick the hashed fields explicitly: a stored row carries prevHash/hash and database columns that must not
  // change the digest.
  const hashed: TimelineEvent = {
    hazardId: event.hazardId,
    seq: event.seq,
    at: event.at,
    actorId: event.actorId,
    kind: event.kind,
    fromStatus: event.fromStatus,
    toStatus: event.toStatus,
    payload: event.payload,
  };
  return createHash('sha256').update(`${prevHash}\n${canonicalJson(hashed)}`).digest('hex');
}

/** The event with its link to the previous one (null for the first) and its own hash. */
export function sealTimelineEvent(previous: SealedTimelineEvent | null, event: TimelineEvent): SealedTimelineEvent {
  const prevHash = previous?.hash ?? GENESIS_HASH;
  return { ...event, prevHash, hash: timelineHash(prevHash, event) };
}

export type TimelineVerification = { ok: boolean; brokenAtSeq: number | null };

/**
 * Checks one hazard's events in seq order (as stored, not re-sorted): seq runs 1..n without gaps, every event
 * links to its predecessor's hash, and every hash matches its content. brokenAtSeq is the first position whose
 * event cannot be trusted (for a missing event, the seq that is missing).
 */
export function verifyTimeline(events: readonly SealedTimelineEvent[]): TimelineVerification {
  let expectedPrevHash = GENESIS_HASH;
  for (const [index, event] of events.entries()) {
    const expectedSeq = index + 1;
    const intact =
      event.seq === expectedSeq &&
      event.hazardId === events[0]?.hazardId &&
      event.prevHash === expectedPrevHash &&
      event.hash === timelineHash(event.prevHash, event);
    if (!intact) return { ok: false, brokenAtSeq: expectedSeq };
    expectedPrevHash = event.hash;
  }
  return { ok: true, brokenAtSeq: null };
}
