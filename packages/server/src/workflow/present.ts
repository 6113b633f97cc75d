import { checkRequirements, requirementsOf, type FormRequirements, type WorkflowActor, type WorkflowMachine } from '@zhiben/core';
import { z } from 'zod';
import type { Db } from '../db/client.ts';
import { AppError } from '../errors.ts';
import { labelForPath } from '../lib/field-labels.ts';
import { eventsOfRow, listEvents, verifyEvents, type Subject, type TimelineStream } from './timeline.ts';

/** What a record view carries for its workflow: the allowed actions and, for each, its form requirements. */
export function presentWorkflow<Facts extends { status: Status }, Action extends string, Status extends string>(
  machine: WorkflowMachine<Facts, WorkflowActor, Action, Status>,
  facts: Facts,
  actor: WorkflowActor,
  requirementsFor: (action: Action) => FormRequirements,
): { actions: Action[]; requirements: Partial<Record<Action, FormRequirements>> } {
  const actions = machine.allowedActions(facts, actor);
  return { actions, requirements: requirementsOf(actions, requirementsFor) };
}

export const fieldLabel = (field: string): string => labelForPath(field.split('.'));

/** Refuses a submission that breaks the form's requirements: 400 naming the first field, in the form's words. */
export function enforceRequirements(requirements: FormRequirements, values: unknown): void {
  const [first] = checkRequirements(requirements, values, fieldLabel);
  if (first) throw AppError('VALIDATION', { field: first.field, message: first.message });
}

// The timeline part of a record view (plans, tasks, returns, rounds, draws, inspections): its events in order and
// whether they verify — the hash chain is intact and the record's version is its last event's seq.

export const timelineEntry = z.object({ seq: z.number().int(), at: z.string(), actorName: z.string(), kind: z.string(), fromStatus: z.string().nullable(), toStatus: z.string(), payload: z.record(z.string(), z.unknown()) });
export const timelineFields = { timeline: z.array(timelineEntry), timelineVerified: z.boolean() };

/** `row` was read before its events; which of them it is shown with: eventsOfRow. */
export async function presentTimeline<S extends Subject, Extra>(db: Db, stream: TimelineStream<S, Extra>, row: S): Promise<{ timeline: z.infer<typeof timelineEntry>[]; timelineVerified: boolean }> {
  const all = await listEvents(db, stream, row.id);
  // The stored version is read only when events went past the row (rare: a change committed in between).
  const stored = (all.at(-1)?.seq ?? 0) > row.version ? ((await stream.find(db, row.id))?.version ?? null) : null;
  const events = eventsOfRow(all, row.version, stored);
  const chain = verifyEvents(stream, events);
  return {
    timeline: events.map((e) => ({ seq: e.seq, at: e.at.toISOString(), actorName: e.actorName, kind: e.kind, fromStatus: e.fromStatus, toStatus: e.toStatus, payload: e.payload })),
    timelineVerified: chain.ok && (events.at(-1)?.seq ?? 0) === row.version,
  };
}
