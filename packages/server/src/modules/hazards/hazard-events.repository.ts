// The hazard timeline as the hazards module and its fixtures use it: the kernel's timeline (workflow/timeline.ts)
// on the hazard stream. Other modules append through the kernel (recordEvent) and never import this file.
import type { Db } from '../../db/client.ts';
import { hazardStream, type HazardEvent, type HazardEventExtra } from '../../workflow/streams.ts';
import { appendPastEvent, listEvents, listEventsOf, verifyEvents, type NewEvent } from '../../workflow/timeline.ts';

/** An event as a fixture states it: the common columns plus the hazard (its region is taken from the hazard). */
export type NewHazardEvent = Omit<NewEvent<HazardEventExtra>, 'extra'> & { hazardId: string; regionCode?: string };

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
