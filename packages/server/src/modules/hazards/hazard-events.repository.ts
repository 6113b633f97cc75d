// The hazard timeline as the hazards module and its fixtures use it: the kernel's timeline (workflow/timeline.ts)
// on the hazard stream. Other modules append through the kernel (recordEvent) and never import this file.
import type { Db } from '../../db/client.ts';
import { hazardStream, type HazardEvent } from '../../workflow/streams.ts';
import { appendPastEvent, listEvents, listEventsOf, verifyEvents } from '../../workflow/timeline.ts';

export type NewHazardEvent = {
  hazardId: string;
  /** Not stored from here: the event takes the hazard's own region (kept so fixtures read like the stored row). */
  regionCode?: string;
  at: Date;
  actorId: string | null;
  actorName: string;
  kind: string;
  fromStatus: string | null;
  toStatus: string;
  payload: Record<string, unknown>;
};

/**
 * Appends one event of a hazard's past (workflow/timeline.ts appendPastEvent): for demo data and test fixtures
 * that write the hazard row themselves. History wakes nothing after commit.
 */
export async function appendHazardEvent(tx: Db, event: NewHazardEvent): Promise<HazardEvent> {
  const { hazardId, regionCode: _ownRegion, ...content } = event;
  return appendPastEvent({ tx, afterCommit: () => undefined }, hazardStream, hazardId, content);
}

export const listHazardEvents = (db: Db, hazardId: string): Promise<HazardEvent[]> => listEvents(db, hazardStream, hazardId);

export const verifyStoredTimeline = (events: readonly HazardEvent[]) => verifyEvents(hazardStream, events);

/** The timelines of many hazards at once, by hazard, in seq order (the integrity check of every hazard). */
export const listHazardEventsOf = (db: Db, hazardIds: readonly string[]): Promise<Map<string, HazardEvent[]>> => listEventsOf(db, hazardStream, hazardIds);
