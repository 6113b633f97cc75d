// When a record offers 「安排检查」 (MODULES A-1 triggers): the rule the server checks when an inspection is planned
// with a trigger, and the one it uses to offer the button on the tip and hazard pages — one source for both.
import { isOverdue } from '../hazard/hazard-machine.ts';
import type { HazardStatus } from '../hazard/hazard-machine.ts';

/** A tip triggers an inspection once its investigation found the report true (核查属实). */
export function explainTipTriggerRefused(tip: { status: string; verified: boolean | null }): string | null {
  return (tip.status === 'verified' || tip.status === 'closed') && tip.verified === true ? null : '只有核查属实的举报才能触发检查';
}

/** A hazard triggers a 督导 inspection once it is overdue (DESIGN §5). */
export function explainHazardTriggerRefused(hazard: { status: HazardStatus; deadline: string }, today: string): string | null {
  return isOverdue(hazard, today) ? null : '该隐患未逾期';
}
