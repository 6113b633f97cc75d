import type { Db } from '../db/client.ts';

/** Work to run once the transaction has committed (never for a rolled-back one). Best effort: see inTransaction. */
export type AfterCommit = () => void | Promise<void>;

/**
 * One transaction of a workflow change: the transaction, plus the hooks to run after it commits. Everything the
 * kernel writes (record, event, subscribers' rows) goes through `tx`; side effects that must not happen for a
 * rolled-back change (waking the outbox worker) go to `afterCommit`.
 */
export type Unit = { readonly tx: Db; afterCommit(hook: AfterCommit): void };

/**
 * Runs `work` in one transaction and then its after-commit hooks. A hook's failure does not fail the request
 * whose change is already committed: hooks only hurry up what a durable mechanism (the outbox) does anyway.
 */
export async function inTransaction<T>(db: Db, work: (unit: Unit) => Promise<T>): Promise<T> {
  const hooks: AfterCommit[] = [];
  const result = await db.transaction((tx) => work({ tx, afterCommit: (hook) => hooks.push(hook) }));
  await Promise.allSettled(hooks.map(async (hook) => hook()));
  return result;
}
