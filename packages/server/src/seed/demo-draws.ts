import { inArray, sql } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { inspectorCredentials, randomDraws, users } from '../db/schema/index.ts';
import { addDays, chinaDate } from '../lib/dates.ts';
import * as repo from '../modules/random-draws/random-draws.repository.ts';
import { createDraw } from '../modules/random-draws/random-draws.service.ts';
import { performDrawAction } from '../modules/random-draws/random-draws.workflow.ts';
import { insertItem } from '../modules/random-draws/spot-check-items.repository.ts';
import type { FieldSealer } from '../modules/tips/tip-crypto.ts';
import { contextAt } from './demo-inspections.ts';

// Fictional 双随机 draws for the demo, written through the services at historical times (relative to today, so the
// demo reads the same whenever it is started): the county 应急管理局's 执法检查人员名录库 (four certified officers),
// its 抽查事项清单 (one matter), last month's draw — announced, drawn on its date, approved by a second officer, its
// inspections planned — and this month's, announced and waiting for its draw date.

// Four, so that a team of two can still be found after the two who inspected an enterprise last time step aside.
const INSPECTORS = ['guoyang_yjj', 'guoyang_yjj2', 'guoyang_zfy1', 'guoyang_zfy2'];

export async function seedDemoDraws(db: Db, sealer: FieldSealer, options: { now?: Date } = {}): Promise<number> {
  const [existing] = await db.select({ n: sql<number>`count(*)::int` }).from(randomDraws);
  if ((existing?.n ?? 0) > 0) return 0;
  const people = await db.select({ id: users.id, username: users.username, orgId: users.orgId }).from(users).where(inArray(users.username, INSPECTORS));
  if (people.length < INSPECTORS.length) return 0; // a ./data seeded before the draws' demo accounts existed
  for (const [k, p] of people.filter((x) => INSPECTORS.includes(x.username)).entries()) {
    if (!p.orgId) continue;
    await db.insert(inspectorCredentials).values({ userId: p.id, orgId: p.orgId, certificateNo: `皖执（示例）3416210${String(k + 1).padStart(3, '0')}`, expiresOn: '2028-06-30' }).onConflictDoNothing();
  }
  const today = chinaDate(options.now ?? new Date());
  const org = people.find((p) => p.username === 'guoyang_yjj')?.orgId;
  if (!org) return 0;
  // The 应急管理局's 抽查事项清单: one matter, a quarter of the hazchem enterprises, four draws a year.
  const item = await insertItem(db, {
    orgId: org,
    regionCode: '341621000000',
    title: '（示例）危险化学品企业安全生产条件执法检查',
    basis: '《中华人民共和国安全生产法》第六十五条；《危险化学品安全管理条例》第六条',
    sectors: ['hazchem'],
    checklist: { sector: 'hazchem' },
    ratioPercent: 25,
    frequencyPerYear: 4,
  });
  const definition = (title: string, drawOn: string) => ({
    title,
    spotCheckItemId: item.id,
    inspectionKind: 'enforcement' as const,
    regionCode: null,
    sectors: ['hazchem'],
    strataBy: 'none' as const,
    sample: { kind: 'rate' as const, percent: 25 },
    excludeInspectedDays: 0,
    avoidLastInspector: true,
    teamSize: 2,
    checklist: { sector: 'hazchem' },
    publicInputLabel: `${drawOn.slice(0, 4)}年${Number(drawOn.slice(5, 7))}月${Number(drawOn.slice(8, 10))}日中国福利彩票3D开奖号码（示例）`,
    drawOn,
    plannedOn: addDays(drawOn, 5),
    dueOn: addDays(drawOn, 40),
  });
  let count = 0;
  // Last month's: announced 30 days ago, drawn three days later, approved the next day.
  const officer = await contextAt(db, 'guoyang_yjj', addDays(today, -30));
  if (!officer) return 0;
  const last = await createDraw(officer, sealer, definition('（示例）危险化学品企业双随机执法检查（上月）', addDays(today, -27)));
  count += 1;
  const drawer = await contextAt(db, 'guoyang_yjj', addDays(today, -27));
  const approver = await contextAt(db, 'guoyang_yjj2', addDays(today, -26));
  if (drawer && approver) {
    const drawn = await performDrawAction(drawer, sealer, last, 'draw', { version: last.version, publicValue: '3 7 1' });
    const reload = await repo.findDraw(db, approver.auth.scope, drawn.id);
    if (reload) await performDrawAction(approver, sealer, reload, 'approve', { version: reload.version, comment: '抽取过程和结果符合规定，同意下达检查任务。' });
  }
  // This month's: announced yesterday, drawn in three days.
  const now = await contextAt(db, 'guoyang_yjj', addDays(today, -1));
  if (now) {
    await createDraw(now, sealer, definition('（示例）危险化学品企业双随机执法检查（本月）', addDays(today, 3)));
    count += 1;
  }
  return count;
}
