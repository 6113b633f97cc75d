// Hand-over notices: when a workflow event leaves the next step to someone else (a report waits for 认定, a completion
// for 验收, an extension for approval, a return for the enterprise, a routed tip for the receiving department), that
// next actor is told in-app — and the enterprise's principal by SMS where a gateway is configured. Called from the
// stream subscribers (workflow/subscribers.ts) inside the transaction of the change: a rolled-back change tells no one.
import type { Db } from '../../db/client.ts';
import type { HandoverTemplate } from '@zhiben/core';
import * as repo from './notifications.repository.ts';

export type HazardHandover = {
  template: Exclude<HandoverTemplate, 'tip_routed' | 'reward_proposed'>;
  hazard: { id: string; hazardNo: string; title: string; regionCode: string; enterpriseId: string; sector: string; deadline: string };
  /** The event's seq: one notice per hand-over, however often the subscriber runs. */
  seq: number;
  note: string;
  at: Date;
};

type Recipient = { id: string; displayName: string };

function inApp(recipients: readonly Recipient[], base: Omit<repo.NewNotification, 'recipientUserId' | 'recipientName' | 'recipientAddress' | 'channel' | 'dedupeKey'>, dedupeKey: string): repo.NewNotification[] {
  return recipients.map((r) => ({ ...base, recipientUserId: r.id, recipientName: r.displayName, recipientAddress: '', channel: 'in_app' as const, dedupeKey: `${dedupeKey}#user:${r.id}` }));
}

/** Queues the notices of one hazard hand-over. Texts never name the source (a tip must not be traceable). */
export async function enqueueHazardHandover(tx: Db, h: HazardHandover): Promise<number> {
  const { hazard } = h;
  const ref = `${hazard.hazardNo}《${hazard.title}》`;
  const contacts = await repo.systemEnterpriseContacts(tx, hazard.enterpriseId);
  if (!contacts) return 0;
  const base = { hazardId: hazard.id, regionCode: hazard.regionCode, template: h.template, status: 'pending' as const, createdAt: h.at };
  const dedupeKey = `${hazard.id}:${h.seq}:${h.template}`;
  const toRegulators = async (title: string, body: string) => inApp(await repo.systemSectorRegulatorOfficers(tx, hazard.regionCode, hazard.sector), { ...base, title, body }, dedupeKey);
  const toEnterprise = (title: string, body: string) => inApp(contacts.users, { ...base, title, body }, dedupeKey);
  const rows: repo.NewNotification[] = [];
  switch (h.template) {
    case 'await_confirmation':
      rows.push(...(await toRegulators('隐患待认定', `${contacts.name}上报隐患 ${ref}，请及时认定。`)));
      break;
    case 'await_verification':
      rows.push(...(await toRegulators('整改待验收', `${contacts.name}已完成隐患 ${ref}的整改，请组织验收。`)));
      break;
    case 'await_extension_decision':
      rows.push(...(await toRegulators('延期待审批', `${contacts.name}申请隐患 ${ref}延期整改，请审批。`)));
      break;
    case 'extension_decided':
      rows.push(...toEnterprise('延期审批结果', `贵单位隐患 ${ref}的延期申请已审批，整改期限 ${hazard.deadline}。${h.note}`.trim()));
      break;
    case 'returned': {
      const body = `贵单位隐患 ${ref}验收未通过，已退回整改，整改期限 ${hazard.deadline}。${h.note ? `意见：${h.note}` : ''}`;
      rows.push(...toEnterprise('隐患退回整改', body));
      const phone = contacts.principalPhone.trim();
      if (phone !== '') {
        rows.push({ ...base, title: '隐患退回整改', body, recipientUserId: null, recipientName: contacts.principalName.trim() || '主要负责人', recipientAddress: phone, channel: 'sms', dedupeKey: `${dedupeKey}#principal` });
      }
      break;
    }
  }
  return (await repo.insertNotifications(tx, rows)).length;
}

/**
 * A tip routed to a department: the officers who may investigate it there (core's tip machine: regulator or
 * committee officers of the handling org) are told in-app. Nothing of the reporter or the content is in it.
 */
export async function enqueueTipRouted(tx: Db, tip: { id: string; tipNo: string; regionCode: string }, orgId: string, seq: number, at: Date): Promise<number> {
  const officers = await repo.systemOrgUsersWithRoles(tx, orgId, ['regulator_officer', 'committee_officer']);
  const rows = inApp(
    officers,
    { hazardId: null, regionCode: tip.regionCode, template: 'tip_routed', status: 'pending', createdAt: at, title: '举报转办待核查', body: `举报 ${tip.tipNo} 已转本部门核查，请按期办理并反馈。` },
    `tip:${tip.id}:${seq}:tip_routed`,
  );
  return (await repo.insertNotifications(tx, rows)).length;
}

/** A reward proposed for a tip: the 安委办 officers who may approve it are told in-app (no reporter, no content). */
export async function enqueueRewardProposed(tx: Db, tip: { id: string; tipNo: string; regionCode: string }, seq: number, at: Date): Promise<number> {
  const approvers = await repo.systemRegionCommitteeOfficers(tx, tip.regionCode);
  const rows = inApp(
    approvers,
    { hazardId: null, regionCode: tip.regionCode, template: 'reward_proposed', status: 'pending', createdAt: at, title: '举报奖励待批准', body: `举报 ${tip.tipNo} 已提出奖励，请审核批准。` },
    `tip:${tip.id}:${seq}:reward_proposed`,
  );
  return (await repo.insertNotifications(tx, rows)).length;
}
