import type { HazardNoticeTemplate } from '@zhiben/core';
import type { Db } from '../../db/client.ts';
import type { Clock } from '../../lib/clock.ts';
import { hazardStream } from '../../workflow/streams.ts';
import { recordEvent } from '../../workflow/timeline.ts';
import {
  maskName,
  type NotificationChannelKind,
  type NotificationChannels,
  type NotificationLog,
} from './notification-channels.ts';
import * as repo from './notifications.repository.ts';
import { inTransaction, type Unit } from '../../workflow/unit.ts';

export type HazardNoticeInput = {
  hazardId: string;
  hazardNo: string;
  regionCode: string;
  enterpriseId: string;
  sector: string;
  level: 'general' | 'major';
  title: string;
  template: HazardNoticeTemplate;
  /** yyyy-mm-dd */
  deadline: string;
  /** Same key ⇒ same notice: reruns and retries add nothing. E.g. `${hazardId}:${template}` or with the deadline. */
  dedupeKey: string;
};

export type EnqueueResult = { inserted: number };

type Audience = 'enterprise' | 'regulator';
type Message = { title: string; body: string };

// Texts never name the source of a hazard: a tip (举报) must not be traceable from what the enterprise receives.
function composeMessage(input: HazardNoticeInput, audience: Audience, enterpriseName: string): Message {
  const kindWord = input.level === 'major' ? '重大事故隐患' : '一般事故隐患';
  const subject = audience === 'enterprise' ? `贵单位${kindWord}` : `${enterpriseName}的${kindWord}`;
  const ref = `${input.hazardNo}《${input.title}》`;
  switch (input.template) {
    case 'major_registered':
      return {
        title: '重大事故隐患告知',
        body: `贵单位隐患 ${ref}已登记为重大事故隐患，整改期限 ${input.deadline}。请主要负责人组织制定治理方案，落实责任、措施、资金、时限和预案，按期整改。`,
      };
    case 'major_confirmed':
      return {
        title: '重大事故隐患告知',
        body: `贵单位隐患 ${ref}已被认定为重大事故隐患，整改期限 ${input.deadline}。请主要负责人组织制定治理方案，落实责任、措施、资金、时限和预案，按期整改。`,
      };
    case 'deadline_soon':
      return {
        title: '隐患整改即将到期',
        body:
          audience === 'enterprise'
            ? `${subject} ${ref}整改期限为 ${input.deadline}，距到期还有 3 天，请按期完成整改并申请验收。`
            : `${subject} ${ref}整改期限为 ${input.deadline}，距到期还有 3 天，请督促企业按期整改。`,
      };
    case 'deadline_passed':
      return {
        title: '隐患整改已逾期',
        body:
          audience === 'enterprise'
            ? `${subject} ${ref}整改期限 ${input.deadline} 已过，至今未销号，请立即整改；确需延期的，请申请延期并落实临时管控措施。`
            : `${subject} ${ref}已超过整改期限 ${input.deadline} 仍未销号，请督促整改并依法处理。`,
      };
  }
}

type Person = { role: 'principal' | 'controller'; name: string; phone: string };

/** 主要负责人 and 实际控制人 with a phone; one entry when both are the same person and number. */
function smsPeople(contacts: repo.EnterpriseContacts, includeController: boolean): Person[] {
  const people: Person[] = [{ role: 'principal', name: contacts.principalName.trim(), phone: contacts.principalPhone.trim() }];
  if (includeController) people.push({ role: 'controller', name: contacts.controllerName.trim(), phone: contacts.controllerPhone.trim() });
  const unique: Person[] = [];
  for (const p of people) {
    if (p.phone === '') continue;
    if (unique.some((u) => u.name === p.name && u.phone === p.phone)) continue;
    unique.push({ ...p, name: p.name || (p.role === 'principal' ? '主要负责人' : '实际控制人') });
  }
  return unique;
}

/**
 * Queues the notices for one hazard event into the outbox. Call inside the transaction of the change (so a
 * rolled-back change sends nothing) or from the reminder job. Recipients (DESIGN §1: principal and controller
 * are told of every major hazard):
 * - major_registered / major_confirmed: SMS to the principal and the controller, in-app to every enterprise user;
 * - deadline_soon / deadline_passed: in-app to the enterprise users and the responsible regulator officers,
 *   SMS to the principal.
 * Idempotent: a notice already queued under the same dedupe key, channel and recipient is skipped.
 */
export async function enqueueHazardNotices(tx: Db, input: HazardNoticeInput, at: Date = new Date()): Promise<EnqueueResult> {
  const isMajorNotice = input.template === 'major_registered' || input.template === 'major_confirmed';
  if (isMajorNotice && input.level !== 'major') throw new Error(`notice ${input.template} is for major hazards only`);
  const contacts = await repo.systemEnterpriseContacts(tx, input.enterpriseId);
  if (!contacts) throw new Error(`enterprise ${input.enterpriseId} of hazard ${input.hazardId} not found`);

  const enterpriseMessage = composeMessage(input, 'enterprise', contacts.name);
  const rows: repo.NewNotification[] = [];
  // The dedupe key is made per recipient, because display names repeat (two 安全员 in one enterprise) and the
  // unique index is (dedupe_key, channel, recipient_name).
  const row = (recipientKey: string, channel: NotificationChannelKind, recipient: { userId: string | null; name: string; address: string }, message: Message): repo.NewNotification => ({
    hazardId: input.hazardId,
    regionCode: input.regionCode,
    recipientUserId: recipient.userId,
    recipientName: recipient.name,
    recipientAddress: recipient.address,
    channel,
    template: input.template,
    dedupeKey: `${input.dedupeKey}#${recipientKey}`,
    title: message.title,
    body: message.body,
    status: 'pending',
    createdAt: at,
  });

  for (const person of smsPeople(contacts, isMajorNotice)) {
    rows.push(row(person.role, 'sms', { userId: null, name: person.name, address: person.phone }, enterpriseMessage));
  }
  for (const user of contacts.users) {
    rows.push(row(`user:${user.id}`, 'in_app', { userId: user.id, name: user.displayName, address: '' }, enterpriseMessage));
  }
  if (!isMajorNotice) {
    const regulatorMessage = composeMessage(input, 'regulator', contacts.name);
    for (const officer of await repo.systemSectorRegulatorOfficers(tx, input.regionCode, input.sector)) {
      rows.push(row(`user:${officer.id}`, 'in_app', { userId: officer.id, name: officer.displayName, address: '' }, regulatorMessage));
    }
  }
  const ids = await repo.insertNotifications(tx, rows);
  return { inserted: ids.length };
}

// ---- delivery (outbox worker) ----

export type NotificationDeps = { db: Db; clock: Clock; channels: NotificationChannels; log: NotificationLog };
export type DeliveryResult = { sent: number; failed: number };

const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error)) || '发送失败';

/**
 * Delivers up to `limit` pending (or due-for-retry) notices. Each notice is claimed, delivered, marked and —
 * for a hazard notice — recorded on the hazard's timeline in its own transaction: one hazard lock per
 * transaction cannot deadlock with hazard commands, and one bad row cannot roll back the others. Delivery is
 * at least once: a crash between hand-over and commit resends that one notice.
 */
export async function deliverPendingNotifications(deps: NotificationDeps, limit = 100): Promise<DeliveryResult> {
  const result: DeliveryResult = { sent: 0, failed: 0 };
  for (let i = 0; i < limit; i++) {
    // Set inside the transaction callback, read after it failed (a holder, so the type is not narrowed away).
    const claimed: { id: string | null } = { id: null };
    try {
      const outcome = await inTransaction(deps.db, async (unit) => {
        const { tx } = unit;
        const n = await repo.claimNextNotification(tx, deps.clock.now());
        if (!n) return null;
        claimed.id = n.id;
        let status: 'sent' | 'failed' = 'sent';
        let recordOnTimeline = true;
        try {
          const handover = await deps.channels[n.channel].deliver({
            id: n.id,
            channel: n.channel,
            template: n.template,
            recipientName: n.recipientName,
            recipientAddress: n.recipientAddress,
            title: n.title,
            body: n.body,
            hazardId: n.hazardId,
          });
          await repo.markNotificationSent(tx, n.id, deps.clock.now(), handover.providerMessageId);
        } catch (error) {
          status = 'failed';
          const attempts = await repo.markNotificationFailed(tx, n.id, errorText(error));
          // The timeline records outcomes, not every retry: only the final failure is written there.
          recordOnTimeline = attempts >= repo.MAX_DELIVERY_ATTEMPTS;
          deps.log.error({ notificationId: n.id, channel: n.channel, attempts, error: errorText(error) }, 'notification delivery failed');
        }
        if (recordOnTimeline && n.hazardId) await recordOnHazardTimeline(unit, deps.clock.now(), n, status);
        return status;
      });
      if (outcome === null) break;
      result[outcome]++;
    } catch (error) {
      // A database error rolled the row back to its previous state; count a failed try so it backs off
      // instead of being picked again at once.
      deps.log.error({ notificationId: claimed.id, error: errorText(error) }, 'notification processing failed');
      if (claimed.id === null) throw error;
      await repo.markNotificationFailed(deps.db, claimed.id, errorText(error));
      result.failed++;
    }
  }
  return result;
}

/** Pulls the SMS gateway's delivery receipts and records them on their notifications (none in log mode). */
export async function pollSmsReceipts(deps: NotificationDeps): Promise<{ received: number; matched: number }> {
  if (!deps.channels.pullSmsReceipts) return { received: 0, matched: 0 };
  const receipts = await deps.channels.pullSmsReceipts();
  return { received: receipts.length, matched: await repo.recordReceipts(deps.db, receipts) };
}

/** The outcome on the hazard's timeline, through the workflow kernel (a hazard deleted meanwhile records nothing). */
async function recordOnHazardTimeline(unit: Unit, at: Date, n: repo.NotificationRow, status: 'sent' | 'failed'): Promise<void> {
  if (!n.hazardId) return;
  await recordEvent(unit, hazardStream, n.hazardId, {
    at,
    actorId: null,
    actorName: '系统通知',
    kind: 'notification',
    payload: { notificationId: n.id, channel: n.channel, recipient: maskName(n.recipientName), template: n.template, status },
  });
}

export type StopFunction = () => Promise<void>;
/** A repeating task's stop function, which can also start a run now (skipped when one is in flight). */
export type Repeating = StopFunction & { runNow: () => void };

/**
 * Runs `task` every intervalMs (and at once when runNow), never two at a time; errors are logged, never
 * unhandled. The returned stop clears the timer and waits for a run in flight, so the database can close.
 */
export function startRepeating(name: string, task: () => Promise<unknown>, intervalMs: number, log: NotificationLog, runNow = false): Repeating {
  let inFlight: Promise<void> | null = null;
  const tick = () => {
    if (inFlight) return;
    inFlight = task()
      .then(() => undefined)
      .catch((error: unknown) => log.error({ task: name, error: errorText(error) }, `${name} failed`))
      .finally(() => {
        inFlight = null;
      });
  };
  const timer = setInterval(tick, intervalMs);
  if (runNow) tick();
  const stop = async () => {
    clearInterval(timer);
    await inFlight;
  };
  return Object.assign(stop, { runNow: tick });
}

let runningWorker: Repeating | null = null;

/**
 * After a commit that queued notices (workflow/subscribers.ts): deliver now rather than at the next tick. A no-op
 * where no worker runs (tests, CLI); the outbox delivers at the next tick anyway, so this only saves waiting.
 */
export function wakeNotificationWorker(): void {
  runningWorker?.runNow();
}

/** Delivers the outbox every intervalMs. Started from main.ts only (tests call deliverPendingNotifications). */
export function startNotificationWorker(deps: NotificationDeps, intervalMs = 5000): StopFunction {
  const worker = startRepeating(
    'notification worker',
    async () => {
      const { sent, failed } = await deliverPendingNotifications(deps);
      if (sent + failed > 0) deps.log.info({ sent, failed }, 'notifications delivered');
      const receipts = await pollSmsReceipts(deps);
      if (receipts.received > 0) deps.log.info(receipts, 'sms receipts recorded');
    },
    intervalMs,
    deps.log,
  );
  runningWorker = worker;
  return async () => {
    if (runningWorker === worker) runningWorker = null;
    await worker();
  };
}
