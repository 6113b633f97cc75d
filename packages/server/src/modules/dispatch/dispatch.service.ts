import fs from 'node:fs/promises';
import path from 'node:path';
import { monthEnd, monthLabel, roundMachine, roundStatusLabels, type PlanScope, type WorkflowActor } from '@zhiben/core';
import type { Db } from '../../db/client.ts';
import { presentWorkflow } from '../../workflow/present.ts';
import { roundStream } from '../../workflow/streams.ts';
import { findMeeting } from '../meetings/meetings.repository.ts';
import { orgsByIds } from '../plans/plan-orgs.repository.ts';
import { findPlan } from '../plans/plans.repository.ts';
import { presentTimeline } from '../../workflow/present.ts';
import { listExpected, listRequirements, submissionsByIds } from '../returns/returns.repository.ts';
import { duePeriodsOf, presentExpected } from '../returns/returns.service.ts';
import { presentTaskList } from '../tasks/tasks.presenter.ts';
import { allTasks } from '../tasks/tasks.repository.ts';
import type { RoundRow } from './dispatch.repository.ts';
import { roundFacts, roundRequirements } from './dispatch.workflow.ts';
import type { RoundListItem, RoundView } from './dispatch.schema.ts';

export async function presentRounds(db: Db, rows: readonly RoundRow[]): Promise<RoundListItem[]> {
  const names = await orgsByIds(db, rows.map((r) => r.orgId));
  return rows.map((r) => ({
    id: r.id,
    orgId: r.orgId,
    orgName: names.get(r.orgId)?.name ?? '',
    regionCode: r.regionCode,
    month: r.month,
    monthLabel: monthLabel(r.month),
    name: r.name,
    status: r.status,
    statusLabel: roundStatusLabels[r.status],
    docNo: r.docNo,
    closedOn: r.closedOn,
    decisionCount: r.decisionCount,
    problemCount: r.problems.length,
  }));
}

/** The returns of a round's month: those of the 安委办's own requirements due in the month, as of today. */
export async function roundReturns(db: Db, scope: PlanScope, round: Pick<RoundRow, 'orgId' | 'month'>, today: string) {
  const requirements = (await listRequirements(db, scope, {})).filter((r) => r.orgId === round.orgId);
  const end = monthEnd(round.month);
  const periods = duePeriodsOf(requirements, today).filter((p) => p.due >= `${round.month}-01` && p.due <= end);
  const { items } = await listExpected(db, scope, periods, today, {}, 1, 2000);
  return presentExpected(db, items);
}

/**
 * A round as its page shows it: the month's returns (filed or not) and the problems they raise, the dispatch meeting,
 * the decisions (tasks and 交办 items with their state), the actions and their form requirements, the timeline.
 */
export async function presentRound(db: Db, scope: PlanScope, actor: WorkflowActor, row: RoundRow, today: string): Promise<RoundView> {
  const [[item], plan, meeting, returns, decisions, history] = await Promise.all([
    presentRounds(db, [row]),
    row.planId ? findPlan(db, scope, row.planId) : Promise.resolve(null),
    row.meetingId ? findMeeting(db, scope, row.meetingId) : Promise.resolve(null),
    roundReturns(db, scope, row, today),
    allTasks(db, scope, { roundId: row.id }, today, 500),
    presentTimeline(db, roundStream, row),
  ]);
  if (!item) throw new Error('round presentation failed');
  const filed = returns.filter((r) => r.id !== null).map((r) => r.id ?? '');
  const reports = await submissionsByIds(db, scope, filed);
  const adopted = new Set(row.problems.flatMap((p) => (p.submissionId ? [`${p.submissionId}:${p.text}`] : [])));
  const returnProblems = returns.flatMap((r) => {
    const report = r.id ? reports.get(r.id) : undefined;
    return (report?.report.problems ?? []).filter((text) => !adopted.has(`${r.id}:${text}`)).map((text) => ({ submissionId: r.id ?? '', orgId: r.orgId, orgName: r.orgName, text }));
  });
  const count = (t: string) => returns.filter((r) => r.timeliness === t).length;
  return {
    ...item,
    planId: row.planId,
    planName: plan?.name ?? null,
    summary: row.summary,
    problems: row.problems,
    returnProblems,
    meeting: meeting
      ? { id: meeting.id, date: meeting.date, chairName: meeting.chairName, chairPost: meeting.chairPost, attendees: meeting.attendees, topics: meeting.topics, minutes: meeting.minutes, analysis: meeting.analysis }
      : null,
    decisions: await presentTaskList(db, decisions, today),
    returns: { expected: returns.length - count('pending'), onTime: count('on_time'), late: count('late'), missing: count('missing'), pending: count('pending'), rows: returns },
    version: row.version,
    ...presentWorkflow(roundMachine, roundFacts(row), actor, (action) => roundRequirements(row, action, today)),
    ...history,
  };
}

// ---- generated documents (like the 月通报's: a random token in the job's result names the file) ----

export const documentFilePath = (filesDir: string, token: string): string => path.join(filesDir, 'dispatch', `${token}.docx`);

export async function writeDocument(filesDir: string, token: string, bytes: Buffer): Promise<void> {
  const target = documentFilePath(filesDir, token);
  await fs.mkdir(path.dirname(target), { recursive: true });
  await fs.writeFile(target, bytes);
}
