// The hash chain of every workflow timeline (hazard_events, tip_events, and each new module's events): an event's
// hash covers the previous event's hash and the event's canonical JSON, so editing, deleting or reordering a
// stored event is detectable. Which fields an event hashes is its stream's choice (hazards keep the fields they
// have always hashed, so old chains still verify).
import { createHash } from 'node:crypto';
import { canonicalJson } from '../canonical-json.ts';

export const GENESIS_HASH = '0'.repeat(64);

export function chainHash(prevHash: string, body: Record<string, unknown>): string {
  return createHash('sha256').update(`${prevHash}\n${canonicalJson(body)}`).digest('hex');
}

export type ChainLink = { seq: number; prevHash: string; hash: string };
export type ChainVerification = { ok: boolean; brokenAtSeq: number | null };

/**
 * Checks one subject's events in stored order (not re-sorted): seq runs 1..n without gaps, every event links to
 * its predecessor's hash and every hash matches its content. brokenAtSeq is the first position that cannot be
 * trusted (for a missing event, the seq that is missing). A cut-off tail is invisible here: compare the record
 * with what its events produce (hazard/timeline-state.ts) for that.
 */
export function verifyChain<E extends ChainLink>(events: readonly E[], bodyOf: (event: E) => Record<string, unknown>): ChainVerification {
  let expectedPrevHash = GENESIS_HASH;
  for (const [index, event] of events.entries()) {
    const expectedSeq = index + 1;
    const intact = event.seq === expectedSeq && event.prevHash === expectedPrevHash && event.hash === chainHash(event.prevHash, bodyOf(event));
    if (!intact) return { ok: false, brokenAtSeq: expectedSeq };
    expectedPrevHash = event.hash;
  }
  return { ok: true, brokenAtSeq: null };
}
