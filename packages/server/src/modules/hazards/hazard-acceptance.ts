import type { Db } from '../../db/client.ts';
import type { HazardEvent } from '../../workflow/streams.ts';
import { findUserOrg } from './hazards.repository.ts';

/** What the timeline says of a closed hazard's 整改完成 and 验收 (the 《隐患整改验收（销号）表》 prints it). */
export type HazardAcceptance = {
  completedAt: Date | null;
  completedBy: string;
  completionNote: string;
  verifiedAt: Date;
  verifiedBy: string;
  verificationNote: string;
  verifierOrg: { id: string; name: string } | null;
};

const note = (event: HazardEvent | undefined): string => {
  const value = event?.payload.note;
  return typeof value === 'string' ? value : '';
};

/**
 * The last 验收 of the hazard and the 整改完成 it accepted; null when none is recorded (an open hazard, or one
 * imported as closed). The verifying org is the org of the officer who recorded it.
 */
export async function findAcceptance(db: Db, events: readonly HazardEvent[]): Promise<HazardAcceptance | null> {
  const lastOf = (kind: string, before: number) => {
    for (let i = before - 1; i >= 0; i -= 1) if (events[i]?.kind === kind) return i;
    return -1;
  };
  const verifyAt = lastOf('verify', events.length);
  const verified = events[verifyAt];
  if (!verified) return null;
  const completed = events[lastOf('complete', verifyAt)];
  return {
    completedAt: completed?.at ?? null,
    completedBy: completed?.actorName ?? '',
    completionNote: note(completed),
    verifiedAt: verified.at,
    verifiedBy: verified.actorName,
    verificationNote: note(verified),
    verifierOrg: verified.actorId ? await findUserOrg(db, verified.actorId) : null,
  };
}
