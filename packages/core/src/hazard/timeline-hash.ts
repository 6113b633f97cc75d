// Hash chain of a hazard's timeline (DESIGN §2): each event's hash covers the previous hash and the event's
// canonical JSON, so editing, deleting or reordering any stored event is detectable.
import { chainHash, GENESIS_HASH, verifyChain, type ChainVerification } from '../workflow/chain.ts';
import type { HazardStatus } from './hazard-machine.ts';



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

/**
 * The fields a hazard event hashes, picked explicitly: a stored row carries prevHash/hash and database columns
 * that must not change the digest.
 */
export const hazardEventBody = (event: Omit<TimelineEvent, 'fromStatus' | 'toStatus'> & { fromStatus: string | null; toStatus: string }): Record<string, unknown> => ({
  hazardId: event.hazardId,
  seq: event.seq,
  at: event.at,
  actorId: event.actorId,
  kind: event.kind,
  fromStatus: event.fromStatus,
  toStatus: event.toStatus,
  payload: event.payload,
});

export function timelineHash(prevHash: string, event: TimelineEvent): string {
  return chainHash(prevHash, hazardEventBody(event));
}

/** The event with its link to the previous one (null for the first) and its own hash. */
export function sealTimelineEvent(previous: SealedTimelineEvent | null, event: TimelineEvent): SealedTimelineEvent {
  const prevHash = previous?.hash ?? GENESIS_HASH;
  return { ...event, prevHash, hash: timelineHash(prevHash, event) };
}

export type TimelineVerification = ChainVerification;

/**
 * Checks one hazard's events in seq order (as stored, not re-sorted): seq runs 1..n without gaps, every event
 * links to its predecessor's hash, and every hash matches its content. brokenAtSeq is the first position whose
 * event cannot be trusted (for a missing event, the seq that is missing).
 */
export function verifyTimeline(events: readonly SealedTimelineEvent[]): TimelineVerification {
  const subject = events[0]?.hazardId;
  const foreign = events.findIndex((event) => event.hazardId !== subject);
  const chain = verifyChain(foreign === -1 ? events : events.slice(0, foreign), hazardEventBody);
  if (!chain.ok || foreign === -1) return chain;
  return { ok: false, brokenAtSeq: foreign + 1 };
}
