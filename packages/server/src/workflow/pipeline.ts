// The one action pipeline of every workflow:
//   (the route has loaded the record within scope: 404 otherwise)
//   version check (409; a version behind only by side events, such as a notice delivered meanwhile, is current)
//   → machine.explainDenied (403 with the reason) → the action's payload handler (400s, reads)
//   → one transaction: handler's `before` → compare-and-set on (id, status, version; once more at the new version
//     when only side events came since the load) → timeline event → the stream's subscribers → handler's `after`
//     → commit → after-commit hooks
//   → the record as written, for the presenter.
// A workflow is a definition: its machine, its stream, how to load its facts and one small handler per action.
import type { WorkflowActor, WorkflowMachine } from '@zhiben/core';
import type { Db } from '../db/client.ts';
import { AppError } from '../errors.ts';
import type { ActionContext } from './context.ts';
import { appendChange, lockedWithLastLink, onlySideEventsSince, type SealedEvent, type Subject, type TimelineStream } from './timeline.ts';
import { inTransaction, type AfterCommit, type Unit } from './unit.ts';

/** What a payload handler decides: the record's other changes and the event's content. */
export type ActionStep<S, Extra> = {
  /** Columns to change besides status, version and updatedAt (which the pipeline sets). */
  changes?: Partial<S>;
  payload?: Record<string, unknown>;
  /** For an action whose result the payload decides (machine transition `byOutcome`). */
  outcome?: string;
  /** The stream's own event columns (a tip event's note and message). */
  extra?: Partial<Extra>;
  /** Work in the transaction before the compare-and-set (e.g. creating another record); merged into the step. */
  before?: (unit: Unit) => Promise<Pick<ActionStep<S, Extra>, 'changes' | 'payload' | 'extra'>>;
  /** Work in the transaction after the event (e.g. an event on another record). */
  after?: (unit: Unit, written: S) => Promise<void>;
  afterCommit?: AfterCommit;
};

export type PayloadHandler<S, Extra, Facts, Input> = (row: S, input: Input, ctx: ActionContext, facts: Facts) => ActionStep<S, Extra> | Promise<ActionStep<S, Extra>>;

export type WorkflowDefinition<
  S extends Subject,
  Extra,
  Facts extends { status: Status },
  Action extends string,
  Status extends string,
  Inputs extends { [A in Action]: { version: number } },
> = {
  stream: TimelineStream<S, Extra>;
  machine: WorkflowMachine<Facts, WorkflowActor, Action, Status>;
  facts: (row: S, ctx: ActionContext) => Facts | Promise<Facts>;
  handlers: { [A in Action]: PayloadHandler<S, Extra, Facts, Inputs[A]> };
  /** UPDATE … SET changes, status, updatedAt, version + 1 WHERE id, status and version are still `row`'s; the row written, or null. */
  compareAndSet: (tx: Db, row: S, changes: Partial<S>, status: Status, at: Date) => Promise<S | null>;
};

export type ActionResult<S, Extra> = { row: S; event: SealedEvent<Extra> };

export async function performWorkflowAction<
  S extends Subject,
  Extra,
  Facts extends { status: Status },
  Action extends string,
  Status extends string,
  Inputs extends { [K in Action]: { version: number } },
  A extends Action,
>(def: WorkflowDefinition<S, Extra, Facts, Action, Status, Inputs>, ctx: ActionContext, row: S, action: A, input: Inputs[A]): Promise<ActionResult<S, Extra>> {
  // Stale unless all that came since the client read the record are side events (a notice delivered meanwhile).
  const current = input.version === row.version || (input.version < row.version && (await onlySideEventsSince(ctx.db, def.stream, row.id, input.version)));
  if (!current) throw AppError('CONFLICT');
  const facts = await def.facts(row, ctx);
  const denied = def.machine.explainDenied(facts, ctx.actor, action);
  if (denied !== null) throw AppError('FORBIDDEN', { message: denied });
  const handler: PayloadHandler<S, Extra, Facts, Inputs[A]> = def.handlers[action];
  const step = await handler(row, input, ctx, facts);
  return inTransaction(ctx.db, async (unit) => {
    const more = step.before ? await step.before(unit) : {};
    const changes: Partial<S> = Object.assign<Partial<S>, Partial<S> | undefined, Partial<S> | undefined>({}, step.changes, more.changes);
    const to = def.machine.nextStatus(facts, action, step.outcome);
    const [set, last] = await lockedWithLastLink(unit.tx, def.stream, row.id, def.compareAndSet(unit.tx, row, changes, to, ctx.now));
    const written = set ?? (await compareAndSetPastSideEvents(def, unit.tx, row, changes, to, ctx.now));
    if (!written) throw AppError('CONFLICT');
    const event = await appendChange(
      unit,
      def.stream,
      written,
      {
        at: ctx.now,
        actorId: ctx.auth.user.id,
        actorName: ctx.who.name,
        kind: action,
        fromStatus: row.status,
        toStatus: to,
        payload: { ...step.payload, ...more.payload },
        extra: { ...step.extra, ...more.extra },
      },
      // After a retry past side events the link read beside the first attempt no longer fits: appendChange reads it again.
      { last },
    );
    if (step.after) await step.after(unit, written);
    if (step.afterCommit) unit.afterCommit(step.afterCommit);
    return { row: written, event };
  });
}

/**
 * The compare-and-set once more when it failed only because side events moved the version on since the record was
 * loaded (a notice delivered between the load and this transaction): the record is otherwise the one the action
 * was decided on, so the same write applies at the new version. A few attempts, as notices can keep arriving; null
 * when anything else changed.
 */
async function compareAndSetPastSideEvents<S extends Subject, Extra, Facts extends { status: Status }, Action extends string, Status extends string, Inputs extends { [A in Action]: { version: number } }>(
  def: WorkflowDefinition<S, Extra, Facts, Action, Status, Inputs>,
  tx: Db,
  row: S,
  changes: Partial<S>,
  to: Status,
  at: Date,
): Promise<S | null> {
  for (let attempt = 0; attempt < 3; attempt += 1) {
    const fresh = await def.stream.find(tx, row.id);
    if (!fresh || fresh.status !== row.status || fresh.version <= row.version || !(await onlySideEventsSince(tx, def.stream, row.id, row.version))) return null;
    const written = await def.compareAndSet(tx, { ...row, version: fresh.version }, changes, to, at);
    if (written) return written;
  }
  return null;
}
