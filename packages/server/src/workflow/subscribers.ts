// Everything that happens because a workflow event was appended, in one file: the timeline (workflow/timeline.ts)
// publishes each appended event, in the transaction of the change, to its stream's subscribers here. A module
// that reacts to another's events subscribes here instead of being called (or imported) by it.
import { changesFigures, type HazardNoticeTemplate } from '@zhiben/core';
import { refreshStatSpans } from '../modules/stats/stats.spans.ts';
import { enqueueHazardNotices, wakeNotificationWorker } from '../modules/notifications/notifications.service.ts';
import { enqueueTeamNotices } from '../modules/inspections/inspections.notices.ts';
import { enqueueHazardHandover, enqueueRewardProposed, enqueueTipRouted, type HazardHandover } from '../modules/notifications/handovers.ts';
import type { DrawRecord, HazardAppended, InspectionAppended, NoExtra, PlanRecord, ReturnRecord, RoundRecord, TaskRecord, TipAppended } from './streams.ts';
import type { Appended, Subscriber } from './timeline.ts';

/** The major-hazard notice an event calls for (DESIGN §1: principal and controller are told of every major hazard). */
function majorNotice({ event, subject }: HazardAppended): HazardNoticeTemplate | null {
  if (subject.level !== 'major') return null;
  if (event.kind === 'register') return 'major_registered'; // staff registration (a report is told on confirmation)
  if (event.kind === 'confirm') return 'major_confirmed';
  return null;
}

/** Whose turn it is after this event, if it passes the hazard to someone else (DESIGN §3). */
function hazardHandover({ event }: HazardAppended): HazardHandover['template'] | null {
  switch (event.kind) {
    case 'report':
      return event.toStatus === 'pending_confirmation' ? 'await_confirmation' : null;
    case 'complete':
      return 'await_verification';
    case 'request_extension':
      return 'await_extension_decision';
    case 'decide_extension':
      return 'extension_decided';
    case 'return':
      return 'returned';
    default:
      return null;
  }
}

/** The actor's words on the event (a return's reason, a decision's note), passed on to the next actor. */
const noteOf = (payload: Record<string, unknown>) => [payload.reason, payload.note].find((v): v is string => typeof v === 'string' && v !== '') ?? '';

export const hazardSubscribers: readonly Subscriber<HazardAppended>[] = [
  {
    // The next actor is told when a hazard is handed over: 认定, 验收, 延期审批 to the regulator, 退回 to the enterprise.
    name: 'hand-over notices',
    when: (appended) => appended.live && hazardHandover(appended) !== null,
    run: async (unit, appended) => {
      for (const a of appended) {
        const template = hazardHandover(a);
        if (template === null) continue;
        await enqueueHazardHandover(unit.tx, { template, hazard: a.subject, seq: a.event.seq, note: noteOf(a.event.payload), at: a.event.at });
      }
      unit.afterCommit(wakeNotificationWorker);
    },
  },
  {
    // The statistics facts and cubes (DESIGN §5) follow every event that can change a figure; a delivered notice,
    // an escalation, a plan or a linked report skips the upkeep entirely.
    name: 'statistics',
    when: ({ event }) => changesFigures(event.kind),
    run: (unit, appended) => refreshStatSpans(unit.tx, [...new Set(appended.map((a) => a.subject.id))]),
  },
  {
    // Outbox rows in the same transaction (a rolled-back change notifies nobody), delivered once it commits.
    name: 'major hazard notices',
    when: (appended) => appended.live && majorNotice(appended) !== null,
    run: async (unit, appended) => {
      for (const a of appended) {
        const template = majorNotice(a);
        if (template === null) continue;
        const h = a.subject;
        await enqueueHazardNotices(
          unit.tx,
          { hazardId: h.id, hazardNo: h.hazardNo, regionCode: h.regionCode, enterpriseId: h.enterpriseId, sector: h.sector, level: h.level, title: h.title, template, deadline: h.deadline, dedupeKey: `${h.id}:${template}` },
          a.event.at,
        );
      }
      unit.afterCommit(wakeNotificationWorker);
    },
  },
];

/**
 * Tip events change no figure kept elsewhere (tip statistics read the tips themselves); a routed tip tells its
 * department, a proposed reward the 安委办 that approves it.
 */
export const tipSubscribers: readonly Subscriber<TipAppended>[] = [
  {
    name: 'routed tip notices',
    when: ({ event, live, subject }) => live && event.kind === 'route' && subject.handlingOrgId !== null,
    run: async (unit, appended) => {
      for (const a of appended) {
        if (a.subject.handlingOrgId === null) continue;
        await enqueueTipRouted(unit.tx, a.subject, a.subject.handlingOrgId, a.event.seq, a.event.at);
      }
      unit.afterCommit(wakeNotificationWorker);
    },
  },
  {
    name: 'reward approval notices',
    when: ({ event, live }) => live && event.kind === 'propose_reward',
    run: async (unit, appended) => {
      for (const a of appended) await enqueueRewardProposed(unit.tx, a.subject, a.event.seq, a.event.at);
      unit.afterCommit(wakeNotificationWorker);
    },
  },
];

// Module B: plans, tasks, returns and rounds keep no figures elsewhere (their figures read the records) and notify
// through the reminder job (returns.reminders.ts); nothing subscribes yet.
export const planSubscribers: readonly Subscriber<Appended<PlanRecord, NoExtra>>[] = [];
export const taskSubscribers: readonly Subscriber<Appended<TaskRecord, NoExtra>>[] = [];
export const returnSubscribers: readonly Subscriber<Appended<ReturnRecord, NoExtra>>[] = [];
export const roundSubscribers: readonly Subscriber<Appended<RoundRecord, NoExtra>>[] = [];
// Draws: the inspections they create notify their teams through the inspection stream; what waits on the org
// (抽取, 审核, 结果公示) is in its 待办 (random-draws.todos.ts).
export const drawSubscribers: readonly Subscriber<Appended<DrawRecord, NoExtra>>[] = [];
export const inspectionSubscribers: readonly Subscriber<InspectionAppended>[] = [
  {
    // The team is told in-app when an inspection is planned for it (and the enterprise of an unannounced one is not).
    name: 'team notices',
    when: ({ event, live }) => live && event.kind === 'plan',
    run: async (unit, appended) => {
      for (const a of appended) await enqueueTeamNotices(unit.tx, a.subject, a.event.at);
      unit.afterCommit(wakeNotificationWorker);
    },
  },
];
