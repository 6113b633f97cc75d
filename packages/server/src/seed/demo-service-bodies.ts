import { and, eq, like, sql } from 'drizzle-orm';
import { idCardCheckChar, quarterOf, quarterRange, usccCheckChar, type ServiceBodyType } from '@zhiben/core';
import type { Db } from '../db/client.ts';
import { enterprises, serviceBodies } from '../db/schema/index.ts';
import { addDays, chinaDate } from '../lib/dates.ts';
import * as repo from '../modules/service-bodies/service-bodies.repository.ts';
import { addCheck, addPerson, addPolicy } from '../modules/service-bodies/service-bodies.oversight.ts';
import { addContract, addReport, addStaff, createBody, drawReviews, recordReview } from '../modules/service-bodies/service-bodies.service.ts';
import type { FieldSealer } from '../modules/tips/tip-crypto.ts';
import { contextAt, staffInspection, type Seeder } from './demo-inspections.ts';

// Fictional 第三方服务机构 for the demo, written through the service as the city 安委办 (亳州市安全生产委员会办公室) keeps
// its register: five bodies (one with a licence expiring in three weeks: a 待办), staff, four reports each this quarter on
// demo enterprises, this quarter's 复核 draw at 40 % with results (one body failing three of four: flagged), and one
// 政府购买服务 contract; the insurer's six 安责险 policies on 涡阳 enterprises with two prevention visits (closed
// 保险机构事故预防服务 inspections, when a files directory is given for their photos), one failed 执业行为 check, and four
// 执法技术检查员 and four 社会监督员 (one term over: 已届满). Relative to today, so the demo reads the same whenever it is started.

const BODIES: { name: string; type: ServiceBodyType; licence: string; expiresInDays: number; reports: number }[] = [
  { name: '亳州示例安全评价有限公司', type: 'safety_assessment', licence: '安全评价机构资质证书', expiresInDays: 700, reports: 8 },
  { name: '亳州示例检测检验有限公司', type: 'testing', licence: '检验检测机构资质认定证书', expiresInDays: 21, reports: 4 },
  { name: '亳州示例安全培训中心', type: 'training', licence: '安全培训机构备案证明', expiresInDays: 400, reports: 3 },
  { name: '亳州示例安全技术服务有限公司', type: 'technical_service', licence: '安全生产技术服务能力证明', expiresInDays: 500, reports: 4 },
  { name: '亳州示例财产保险有限公司', type: 'insurer', licence: '保险业务经营许可证', expiresInDays: 900, reports: 2 },
];

const uscc = (n: number) => {
  const first = `91341600MA${String(n).padStart(7, '0')}`;
  return `${first}${usccCheckChar(first) ?? ''}`;
};
const fictionalId = (n: number) => {
  const first = `34160019900101${String(100 + n).padStart(3, '0')}`;
  return `${first}${idCardCheckChar(first) ?? '0'}`;
};

const PEOPLE: { kind: 'technical_inspector' | 'social_supervisor'; name: string; employer: string; cert: string | null; termEndsInDays: number }[] = [
  { kind: 'technical_inspector', name: '（示例）陈技检', employer: '（示例）亳州某化工设计院', cert: '注册安全工程师', termEndsInDays: 500 },
  { kind: 'technical_inspector', name: '（示例）周技检', employer: '（示例）亳州某特种设备检测所', cert: '特种设备检验员证', termEndsInDays: 500 },
  { kind: 'technical_inspector', name: '（示例）吴技检', employer: '（示例）某高校化工学院', cert: '高级工程师', termEndsInDays: 300 },
  { kind: 'technical_inspector', name: '（示例）郑技检', employer: '（示例）亳州某消防技术服务公司', cert: '注册消防工程师', termEndsInDays: 120 },
  { kind: 'social_supervisor', name: '（示例）冯监督', employer: '（示例）涡阳县某社区居委会', cert: null, termEndsInDays: 400 },
  { kind: 'social_supervisor', name: '（示例）蒋监督', employer: '（示例）某企业职工代表', cert: null, termEndsInDays: 400 },
  { kind: 'social_supervisor', name: '（示例）沈监督', employer: '（示例）亳州某媒体', cert: null, termEndsInDays: 200 },
  { kind: 'social_supervisor', name: '（示例）韩监督', employer: '（示例）退休安全管理人员', cert: null, termEndsInDays: -10 },
];

export async function seedDemoServiceBodies(db: Db, crypto: FieldSealer, options: { now?: Date; filesDir?: string } = {}): Promise<number> {
  const [existing] = await db.select({ n: sql<number>`count(*)::int` }).from(serviceBodies);
  if ((existing?.n ?? 0) > 0) return 0;
  const now = options.now ?? new Date();
  const today = chinaDate(now);
  const quarter = quarterOf(today);
  const { from } = quarterRange(quarter);
  const ctx = await contextAt(db, 'bozhou_aqb', today);
  const org = ctx?.auth.user.org;
  if (!ctx || !org) return 0;
  const deps = { db, clock: { now: () => now }, crypto };
  const owner = { id: org.id, regionCode: org.regionCode };
  const clients = await db.select({ id: enterprises.id }).from(enterprises).where(eq(enterprises.status, 'operating')).orderBy(enterprises.uscc).limit(30);
  if (clients.length === 0) return 0;
  const span = Math.max(0, Math.round((Date.parse(today) - Date.parse(from)) / 86_400_000));
  const ids: string[] = [];
  let reportNo = 0;
  for (const [i, b] of BODIES.entries()) {
    const body = await createBody(deps, owner, ctx.who, {
      uscc: uscc(i + 1),
      name: b.name,
      type: b.type,
      licences: [{ name: b.licence, number: `（示例）皖-${String(i + 1).padStart(3, '0')}`, scope: '亳州市行政区域（示例）', expiresOn: addDays(today, b.expiresInDays) }],
      contact: `示例联系人${i + 1}`,
      phone: `0558-00000${i + 1}0`,
    });
    ids.push(body.id);
    await addStaff(deps, body, ctx.who, { name: `示例人员${i + 1}甲`, phone: '', idNumber: fictionalId(i), certificate: { name: '执业资格证书（示例）', number: `ZY-示例-${i + 1}`, expiresOn: addDays(today, 800) } });
    await addStaff(deps, body, ctx.who, { name: `示例人员${i + 1}乙`, phone: '', certificate: null });
    for (let k = 0; k < b.reports; k++) {
      const client = clients[reportNo % clients.length];
      reportNo += 1;
      if (!client) continue;
      await addReport(deps, ctx.auth.scope, body, ctx.who, { enterpriseId: client.id, type: b.type === 'testing' ? '检测检验报告' : b.type === 'insurer' ? '事故预防服务报告' : '安全现状评价报告', reportDate: addDays(from, Math.floor((span * k) / Math.max(1, b.reports))), conclusion: '（示例）基本符合安全生产条件', fileId: null });
    }
  }
  await drawReviews(deps, owner, ctx.who, quarter, 40);
  // Results: the first body fails three of its sample, the others pass; one review left to do.
  const reviews = await repo.listReviews(db, ctx.auth.scope, quarter);
  const failing = ids[0];
  let failed = 0;
  for (const [k, r] of reviews.entries()) {
    if (k === reviews.length - 1) break;
    const fail = r.bodyId === failing && failed < 3;
    if (fail) failed += 1;
    await recordReview(deps, r, ctx.who, { version: r.version, result: fail ? 'fail' : 'pass', defects: fail ? ['（示例）现场勘查记录与报告内容不一致', '（示例）未附主要危险有害因素辨识依据'] : [] });
  }
  const tech = ids[3];
  if (tech) {
    await addContract(deps, ctx.auth.scope, owner, ctx.who, { bodyId: tech, scope: '（示例）危险化学品企业第三方安全检查服务', enterpriseIds: clients.slice(0, 10).map((c) => c.id), periodFrom: `${today.slice(0, 4)}-01-01`, periodTo: `${today.slice(0, 4)}-12-31`, amountFen: 28_000_000, inspectionsContracted: 20 });
  }
  await seedInsurer(db, deps, ctx, ids[4], today, options.filesDir);
  const testing = ids[1];
  if (testing) {
    const [body] = await db.select().from(serviceBodies).where(eq(serviceBodies.id, testing)).limit(1);
    if (body) await addCheck(deps, body, ctx.who, { kind: 'conduct', checkedOn: addDays(today, -7), result: 'fail', findings: ['（示例）未到现场检测即出具检测检验报告'], action: 'rectify' });
  }
  for (const [k, p] of PEOPLE.entries()) {
    await addPerson(deps, owner, ctx.who, {
      kind: p.kind,
      name: p.name,
      phone: '',
      idNumber: fictionalId(20 + k),
      employer: p.employer,
      certificate: p.cert ? { name: p.cert, number: `（示例）${String(k + 1).padStart(3, '0')}`, expiresOn: addDays(today, 900) } : null,
      termFrom: addDays(today, p.termEndsInDays - 730),
      termTo: addDays(today, p.termEndsInDays),
    });
  }
  return BODIES.length;
}

type SeedContext = NonNullable<Awaited<ReturnType<typeof contextAt>>>;

/** The insurer's policies on six 涡阳 enterprises (危化 first) (a year around today) and two prevention visits by its staff. */
async function seedInsurer(db: Db, deps: Parameters<typeof addPolicy>[0], ctx: SeedContext, insurerId: string | undefined, today: string, filesDir: string | undefined): Promise<void> {
  if (!insurerId) return;
  const [insurer] = await db.select().from(serviceBodies).where(eq(serviceBodies.id, insurerId)).limit(1);
  if (!insurer) return;
  // 危化 enterprises first: the visits are planned by the county 应急管理局's 危化 officer.
  const insured = await db
    .select({ id: enterprises.id, hazchem: sql<boolean>`'hazchem' = ANY(${enterprises.sectors})` })
    .from(enterprises)
    .where(and(like(enterprises.regionCode, '341621%'), eq(enterprises.status, 'operating')))
    .orderBy(sql`'hazchem' = ANY(${enterprises.sectors}) DESC`, enterprises.uscc)
    .limit(6);
  for (const [k, e] of insured.entries()) {
    await addPolicy(deps, ctx.auth.scope, insurer, ctx.who, { enterpriseId: e.id, policyNo: `（示例）AZX${today.slice(0, 4)}${String(k + 1).padStart(4, '0')}`, periodFrom: addDays(today, -200 + k * 10), periodTo: addDays(today, 164 + k * 10), premiumFen: 300_000 + k * 50_000 });
  }
  if (!filesDir) return;
  const s: Seeder = { db, filesDir, photoSeq: 700 };
  const team = [{ userId: null, name: '（示例）保险防灾防损人员', role: 'third_party' as const, orgName: insurer.name }];
  for (const [k, e] of insured.filter((i) => i.hazchem).slice(0, 2).entries()) await staffInspection(s, addDays(today, -30 + k * 15), e.id, 'hazchem', k === 0 ? 1 : 0, 'insurer_service', team);
}
