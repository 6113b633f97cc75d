import { and, count, eq, inArray, like } from 'drizzle-orm';
import { addWorkingDays, generateReceiptCode, normalizeReceiptCode, type TipCategory, type TipChannel, type TipStatus } from '@zhiben/core';
import type { Db } from '../db/client.ts';
import { enterprises, orgs, tips } from '../db/schema/index.ts';
import { chinaDate } from '../lib/dates.ts';
import type { TipCrypto } from '../modules/tips/tip-crypto.ts';
import type { TipSettings } from '../modules/tips/tips.config.ts';
import * as repo from '../modules/tips/tips.repository.ts';
import { sealIdentity } from '../modules/tips/tips.identity.ts';
import { formatTipNo } from '../modules/tips/tips.intake.ts';
import { tipStream } from '../workflow/streams.ts';
import { appendPastEvent } from '../workflow/timeline.ts';
import { DEMO_CITY, DEMO_COUNTIES } from './demo.ts';

/** The receipt code of the first demo tip, printed in the README so the public lookup can be tried. Fictional. */
export const DEMO_RECEIPT_CODE = 'DEMQ-TPXK-BZHQ-WYXK-2345';

type DemoTip = {
  daysAgo: number;
  status: TipStatus;
  channel: TipChannel;
  category: TipCategory;
  county: keyof typeof DEMO_COUNTIES;
  sector: string;
  content: string;
  anonymous: boolean;
  routed?: boolean;
  investigation?: { verified: boolean; violationKind: 'major_hazard' | 'illegal_act' | 'general_hazard' | 'none'; penaltyYuan: number | null; findings: string };
  reward?: { status: 'proposed' | 'approved' | 'paid'; amountYuan: number };
  decline?: 'out_of_scope' | 'no_clear_target';
  reply?: string;
};

// Clearly fictional (演示) tips in every state, so the inbox, the SLA clocks and the statistics have something to show.
const demoTips: DemoTip[] = [
  { daysAgo: 0, status: 'received', channel: 'web', category: 'major_hazard', county: 'guoyang', sector: 'hazchem', anonymous: false, content: '【演示】厂区液氯储罐紧急切断阀长期处于手动状态，夜间有槽车违规卸车。' },
  { daysAgo: 4, status: 'received', channel: 'phone', category: 'illegal_act', county: 'guoyang', sector: 'industry_trade', anonymous: true, content: '【演示】车间粉尘较大，除尘器未设泄爆口，工人反映未做过培训。' },
  { daysAgo: 12, status: 'received', channel: 'web', category: 'general_hazard', county: 'mengcheng', sector: 'fire', anonymous: true, content: '【演示】仓库安全出口被货物堵塞，消防栓箱内无水带。' },
  { daysAgo: 6, status: 'accepted', channel: 'letter', category: 'major_hazard', county: 'lixin', sector: 'fireworks', anonymous: false, content: '【演示】烟花爆竹工房内药物存放量明显超标，工人在工房内吸烟。' },
  { daysAgo: 10, status: 'investigating', channel: 'web', category: 'major_hazard', county: 'guoyang', sector: 'hazchem', anonymous: false, routed: true, content: '【演示】可燃气体报警器长期被拔掉电源，储罐区有明显异味。' },
  {
    daysAgo: 25, status: 'verified', channel: 'web', category: 'illegal_act', county: 'guoyang', sector: 'industry_trade', anonymous: false, routed: true,
    content: '【演示】有限空间作业未检测、未监护，上月有工人晕倒。',
    investigation: { verified: true, violationKind: 'illegal_act', penaltyYuan: 50_000, findings: '【演示】查实有限空间作业未执行审批和检测制度，已立案处罚5万元。' },
    reward: { status: 'proposed', amountYuan: 7_500 }, reply: '【演示】您反映的问题经核查属实，已依法处罚。',
  },
  {
    daysAgo: 60, status: 'closed', channel: 'visit', category: 'illegal_act', county: 'qiaocheng', sector: 'hazchem', anonymous: false, routed: true,
    content: '【演示】企业无危险化学品经营许可证，在居民区附近储存溶剂。',
    investigation: { verified: true, violationKind: 'illegal_act', penaltyYuan: 300_000, findings: '【演示】查实无证经营危险化学品，处罚30万元并责令停业。' },
    reward: { status: 'paid', amountYuan: 45_000 }, reply: '【演示】经核查属实，已依法查处，奖励已发放。',
  },
  {
    daysAgo: 30, status: 'unfounded', channel: 'web', category: 'general_hazard', county: 'mengcheng', sector: 'construction', anonymous: true, routed: true,
    content: '【演示】工地脚手架搭设不规范，没有防护网。',
    investigation: { verified: false, violationKind: 'none', penaltyYuan: null, findings: '【演示】现场检查脚手架已按方案搭设，防护网齐全，未发现问题。' },
    reply: '【演示】经现场核查，未发现您反映的问题。感谢您的监督。',
  },
  { daysAgo: 15, status: 'declined', channel: 'web', category: 'general_hazard', county: 'lixin', sector: 'school', anonymous: true, decline: 'out_of_scope', content: '【演示】小区物业费收取不合理。' },
];

/** Loads the demo tips once (when there are none); identities are sealed under the deployment's key like real ones. */
export async function seedDemoTips(db: Db, crypto: TipCrypto, settings: TipSettings, options: { now?: Date } = {}): Promise<number> {
  const [existing] = await db.select({ n: count() }).from(tips);
  if ((existing?.n ?? 0) > 0) return 0;
  const now = options.now ?? new Date();
  const [receiving] = await db.select({ id: orgs.id }).from(orgs).where(and(eq(orgs.kind, 'committee'), eq(orgs.regionCode, DEMO_CITY))).limit(1);
  if (!receiving) return 0;
  const regulators = await db.select().from(orgs).where(and(eq(orgs.kind, 'regulator'), inArray(orgs.regionCode, Object.values(DEMO_COUNTIES))));
  let created = 0;
  await db.transaction(async (tx) => {
    for (const [index, demo] of demoTips.entries()) {
      const countyCode = DEMO_COUNTIES[demo.county];
      const [enterprise] = await tx
        .select({ id: enterprises.id, name: enterprises.name, regionCode: enterprises.regionCode })
        .from(enterprises)
        .where(and(like(enterprises.regionCode, `${countyCode.slice(0, 6)}%`), eq(enterprises.status, 'operating')))
        .orderBy(enterprises.uscc)
        .offset(index)
        .limit(1);
      if (!enterprise) continue;
      const receivedAt = new Date(now.getTime() - demo.daysAgo * 86_400_000 - 3_600_000);
      const receivedOn = chinaDate(receivedAt);
      const dueOn = addWorkingDays(receivedOn, settings.acceptWorkingDays, settings.calendar);
      const decided = demo.status !== 'received';
      const decidedAt = decided ? new Date(receivedAt.getTime() + 2 * 86_400_000) : null;
      const handling = demo.routed ? (regulators.find((o) => o.regionCode === countyCode && o.sectors.includes(demo.sector)) ?? null) : null;
      const year = Number(receivedOn.slice(0, 4));
      const tip = await repo.insertTip(tx, {
        tipNo: formatTipNo(year, await repo.nextTipSeq(tx, year)),
        channel: demo.channel,
        status: demo.status,
        category: demo.category,
        targetName: enterprise.name,
        targetEnterpriseId: enterprise.id,
        regionCode: enterprise.regionCode,
        sector: demo.routed || demo.decline ? demo.sector : null,
        content: demo.content,
        anonymous: demo.anonymous,
        hasIdentity: !demo.anonymous,
        receivingOrgId: receiving.id,
        handlingOrgId: handling?.id ?? null,
        receivedAt,
        dueOn,
        decidedAt,
        declineReason: demo.decline ?? null,
        investigation: demo.investigation ? { ...demo.investigation, at: receivedAt.toISOString(), byUserId: '00000000-0000-0000-0000-000000000000' } : null,
        rewardStatus: demo.reward?.status ?? 'none',
        rewardComputedYuan: demo.reward?.amountYuan ?? null,
        rewardAmountYuan: demo.reward?.amountYuan ?? null,
        rewardRule: demo.reward ? '查实重大事故隐患或违法行为，按行政处罚金额的15%计发，最低3,000元，最高300,000元；仅奖励最先举报人' : null,
        rewardApprovedAt: demo.reward && demo.reward.status !== 'proposed' ? now : null,
        rewardPaidAt: demo.reward?.status === 'paid' ? chinaDate(now) : null,
        rewardVoucherNo: demo.reward?.status === 'paid' ? '演示-JL-0001' : null,
        closedAt: demo.status === 'closed' ? now : null,
        createdAt: receivedAt,
        updatedAt: now,
      });
      if (!demo.anonymous) {
        await repo.insertIdentity(tx, {
          tipId: tip.id,
          ...sealIdentity(crypto, tip.id, { name: `演示举报人${index + 1}`, phone: `1390000${String(1000 + index)}`, idNumber: null, bankAccount: null, bankName: null, ip: null }),
          createdAt: receivedAt,
        });
      }
      const code = index === 0 ? DEMO_RECEIPT_CODE : generateReceiptCode();
      const normalized = normalizeReceiptCode(code);
      if (normalized) await repo.insertReceipt(tx, { codeHash: crypto.lookupHash('receipt', normalized), tipId: tip.id, createdAt: receivedAt });
      // The tip's history on its timeline, as it happened (version = last seq, like any tip).
      const event = (at: Date, kind: string, from: TipStatus | null, to: TipStatus, note: string, message: 'officer_feedback' | null = null) =>
        appendPastEvent({ tx, afterCommit: () => undefined }, tipStream, tip.id, { at, actorId: null, actorName: kind === 'received' ? '网上举报' : '演示受理员', kind, fromStatus: from, toStatus: to, payload: { demo: true }, extra: { note, message } });
      await event(receivedAt, 'received', null, 'received', '演示数据');
      if (decidedAt) await event(decidedAt, demo.decline ? 'decline' : 'accept', 'received', demo.decline ? 'declined' : 'accepted', demo.decline ? '不予受理：不属于安全生产举报受理范围' : '', demo.decline ? 'officer_feedback' : null);
      if (demo.reply) await event(now, 'reply', demo.status, demo.status, demo.reply, 'officer_feedback');
      created += 1;
    }
  });
  return created;
}
