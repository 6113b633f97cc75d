// Is every hazard what its timeline says? The hash chain proves no stored event was edited; replaying the events
// (core explainRecordMismatch) proves no event was cut off the end and the row was not changed without one.
// The detail view shows the same check for one hazard (timelineVerified, timelineProblems).
import { explainRecordMismatch } from '@zhiben/core';
import type { Db } from '../../db/client.ts';
import type { HazardEvent } from '../../workflow/streams.ts';
import { listHazardEventsOf, verifyStoredTimeline } from './hazard-events.repository.ts';
import { systemHazardBatch, type HazardRow } from './hazards.repository.ts';

export type HazardIntegrityProblem = { hazardId: string; hazardNo: string; problems: string[] };

/** zh-CN problems of one hazard against its stored events (empty when all is well). */
export function hazardIntegrityProblems(row: HazardRow, events: readonly HazardEvent[]): string[] {
  const chain = verifyStoredTimeline(events);
  return [
    ...(chain.ok ? [] : [`时间线第 ${chain.brokenAtSeq ?? '?'} 条记录被篡改或缺失`]),
    ...explainRecordMismatch({ status: row.status, level: row.level, deadline: row.deadline, listed: row.listing !== null, version: row.version }, events),
  ];
}

/** Checks every hazard (an operator's command: no scope), in id order, `batchSize` at a time. */
export async function systemVerifyAllHazards(db: Db, batchSize = 500): Promise<{ checked: number; broken: HazardIntegrityProblem[] }> {
  const broken: HazardIntegrityProblem[] = [];
  let checked = 0;
  let after: string | null = null;
  for (;;) {
    const rows: HazardRow[] = await systemHazardBatch(db, after, batchSize);
    if (rows.length === 0) break;
    const events = await listHazardEventsOf(db, rows.map((r) => r.id));
    for (const row of rows) {
      const problems = hazardIntegrityProblems(row, events.get(row.id) ?? []);
      if (problems.length > 0) broken.push({ hazardId: row.id, hazardNo: row.hazardNo, problems });
    }
    checked += rows.length;
    after = rows[rows.length - 1]?.id ?? null;
  }
  return { checked, broken };
}
