// The life of a 双随机 draw on the workflow kernel (MODULES A-4, 双随机一公开):
//   committed (计划公告: the commitment is public) → drawn (抽取完成, seed revealed, awaiting 审核)
//   → approved (任务公告: planned inspections created) → published (结果公告: every inspection's result public);
//   committed → cancelled (作废) only before the draw date, so nobody can void a draw after learning the public value.
// A draw is never run twice: the only way from committed to a result is `draw`, once.

import type { WorkflowActor } from '../workflow/actor.ts';
import { appliesIn, defineMachine, type TransitionTable } from '../workflow/machine.ts';
import { actsFor } from '../tasks/plan-scope.ts';
import type { FormRequirements } from '../workflow/requirements.ts';

export const drawStatuses = ['committed', 'drawn', 'approved', 'published', 'cancelled'] as const;
export type DrawStatus = (typeof drawStatuses)[number];
export const drawStatusLabels: Record<DrawStatus, string> = {
  committed: '已公告待抽取',
  drawn: '已抽取待审核',
  approved: '已下达检查',
  published: '结果已公示',
  cancelled: '已作废',
};
/** The public notice each status corresponds to (双随机一公开's four notices; the 抽查事项清单 is the org's list). */
export const drawNoticeLabels: Record<DrawStatus, string> = {
  committed: '抽查计划公告',
  drawn: '抽查计划公告',
  approved: '抽查任务公告',
  published: '抽查结果公告',
  cancelled: '作废公告',
};

export const drawActions = ['draw', 'approve', 'publish_results', 'cancel'] as const;
export type DrawAction = (typeof drawActions)[number];
export const drawActionLabels: Record<DrawAction, string> = { draw: '抽取', approve: '审核通过并下达检查', publish_results: '公示抽查结果', cancel: '作废' };

export const drawTransitions: TransitionTable<DrawAction, DrawStatus> = {
  draw: { from: ['committed'], to: 'drawn' },
  approve: { from: ['drawn'], to: 'approved' },
  publish_results: { from: ['approved'], to: 'published' },
  cancel: { from: ['committed'], to: 'cancelled' },
};

export type DrawFacts = {
  status: DrawStatus;
  orgId: string;
  createdBy: string;
  drawnBy: string | null;
  /** The date whose public value is mixed in: the draw happens on it or later, a cancel only before it. */
  drawOn: string;
  today: string;
  /** Drawn inspections not finished yet (a result notice waits for all of them). */
  openInspections: number;
};

export function explainDrawDenied(draw: DrawFacts, actor: WorkflowActor, action: DrawAction): string | null {
  if (!appliesIn(drawTransitions, draw.status, action)) return `抽查当前为「${drawStatusLabels[draw.status]}」，不能${drawActionLabels[action]}`;
  if (!actsFor(actor, draw.orgId)) return `仅组织抽查的单位可以${drawActionLabels[action]}`;
  switch (action) {
    case 'draw':
      return draw.today >= draw.drawOn ? null : `须在公告的抽取日期（${draw.drawOn}）当日或之后抽取`;
    case 'approve':
      return actor.userId === draw.createdBy || actor.userId === draw.drawnBy ? '抽取结果须由发起和抽取以外的另一名工作人员审核' : null;
    case 'publish_results':
      return draw.openInspections === 0 ? null : `尚有${draw.openInspections}家企业的检查未完成，完成后才能公示结果`;
    case 'cancel':
      return draw.today < draw.drawOn ? null : '已到抽取日期，不能再作废（抽取一经公告不能重来）';
  }
}

export const drawMachine = defineMachine<DrawFacts, WorkflowActor, DrawAction, DrawStatus>({
  actions: drawActions,
  transitions: drawTransitions,
  statusLabels: drawStatusLabels,
  actionLabels: drawActionLabels,
  explainDenied: explainDrawDenied,
});

/**
 * Results are public within 20 days of an inspection's end (the rule; the national rule of 双随机一公开 is 20
 * working days, so a notice on time here is on time there).
 */
export const RESULT_NOTICE_DAYS = 20;

/** The form of each action (sent beside `actions`; the server enforces the same object). */
export function drawActionRequirements(action: DrawAction, drawOn: string, publicInputLabel: string): FormRequirements {
  switch (action) {
    case 'draw':
      return { publicValue: { required: true, hint: `公告的公开随机数：${publicInputLabel}（${drawOn}），照公开来源原样填写` } };
    case 'approve':
      return { comment: { required: false, hint: '审核意见（可不填）' } };
    case 'publish_results':
      return {};
    case 'cancel':
      return { reason: { required: true, hint: '请说明作废原因（作废公告将公开）' } };
  }
}
