import { flatActor, type WorkflowActor } from '@zhiben/core';
import type { Db } from '../db/client.ts';
import type { Clock } from '../lib/clock.ts';
import { chinaDate } from '../lib/dates.ts';
import type { AuthContext, Initiator } from '../lib/request-context.ts';

/** Who acts, when, and on which database: what every payload handler and requirement needs, computed once. */
export type ActionContext = {
  db: Db;
  clock: Clock;
  now: Date;
  /** yyyy-mm-dd in China. */
  today: string;
  auth: AuthContext;
  who: Initiator;
  actor: WorkflowActor;
};

export function actionContext(deps: { db: Db; clock: Clock }, auth: AuthContext, who: Initiator): ActionContext {
  const now = deps.clock.now();
  return { db: deps.db, clock: deps.clock, now, today: chinaDate(now), auth, who, actor: flatActor(auth.actor) };
}
