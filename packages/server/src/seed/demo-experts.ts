import { and, eq, like, sql } from 'drizzle-orm';
import type { ExpertSource, ExpertTopic, Qualification } from '@zhiben/core';
import type { Db } from '../db/client.ts';
import { enterprises, experts, users } from '../db/schema/index.ts';
import { addDays, chinaDate } from '../lib/dates.ts';
import { createExpert, rateExpert, type ExpertCrypto } from '../modules/experts/experts.service.ts';
import * as repo from '../modules/experts/experts.repository.ts';
import { planInspection } from '../modules/inspections/inspections.service.ts';
import { contextAt, staffInspection, type Seeder } from './demo-inspections.ts';

// Fictional 专家库 for the demo, written through the services at historical times (relative to today): the city
// 安委办's library (the demo expert's account is linked to one of them) and the 涡阳县应急管理局's county library;
// expert service visits held last month and rated, and one planned for next week that the demo expert sees when he
// signs in. All names are made up; ID numbers are not recorded.

type Spec = { name: string; employer: string; title: string; source: ExpertSource; sectors: string[]; topics: ExpertTopic[]; qualifications: (today: string) => Qualification[]; username?: string };

const cert = (name: string, number: string, expiresOn: string | null): Qualification => ({ name, number, expiresOn });

const CITY: Spec[] = [
  { name: '演示专家', employer: '（示例）皖北化工设计研究院', title: '高级工程师', source: 'sector_expert', sectors: ['hazchem'], topics: ['chemical_process', 'hot_work', 'confined_space'], qualifications: () => [cert('注册安全工程师（化工安全）', '（示例）AQ20190001', '2028-12-31')], username: 'expert_demo' },
  { name: '（示例）王建国', employer: '（示例）亳州市建设工程质量安全服务站', title: '正高级工程师', source: 'sector_expert', sectors: ['construction'], topics: ['construction_works', 'work_at_height'], qualifications: () => [cert('注册安全工程师（建筑施工安全）', '（示例）AQ20180112', '2027-06-30')] },
  { name: '（示例）李淑芬', employer: '（示例）亳州市消防技术服务中心', title: '高级工程师', source: 'service_body', sectors: ['fire'], topics: ['fire', 'schools'], qualifications: (today) => [cert('一级注册消防工程师', '（示例）XF20170045', addDays(today, 40))] },
  { name: '（示例）张卫东', employer: '（示例）某化工企业（已退休）', title: '原安全总监', source: 'retired_staff', sectors: ['hazchem', 'industry_trade'], topics: ['chemical_process', 'emergency_response'], qualifications: (today) => [cert('注册安全工程师', '（示例）AQ20120087', addDays(today, -20))] },
  { name: '（示例）陈晓燕', employer: '（示例）亳州学院', title: '教授', source: 'sector_expert', sectors: ['school'], topics: ['laboratory', 'internship', 'schools'], qualifications: () => [] },
  { name: '（示例）刘志强', employer: '（示例）皖北特种设备检验所', title: '高级工程师', source: 'service_body', sectors: ['special_equipment', 'city_gas'], topics: ['special_equipment', 'electrical'], qualifications: () => [cert('特种设备检验师', '（示例）TS20160321', '2029-03-31')] },
];

const COUNTY: Spec[] = [
  { name: '（示例）赵明', employer: '（示例）涡阳县某酿酒企业（已退休）', title: '原安全科长', source: 'retired_staff', sectors: ['industry_trade'], topics: ['confined_space', 'electrical'], qualifications: () => [] },
  { name: '（示例）孙丽', employer: '（示例）涡阳安全技术咨询有限公司', title: '工程师', source: 'service_body', sectors: ['hazchem', 'industry_trade'], topics: ['hot_work', 'confined_space'], qualifications: () => [cert('注册安全工程师', '（示例）AQ20210456', '2027-09-30')] },
  { name: '（示例）周涛', employer: '（示例）涡阳县应急管理局（退休）', title: '高级工程师', source: 'retired_staff', sectors: ['hazchem', 'fireworks'], topics: ['emergency_response'], qualifications: () => [] },
];

async function seedLibrary(db: Db, crypto: ExpertCrypto, owner: string, day: string, specs: readonly Spec[], now: Date): Promise<Map<string, string>> {
  const ctx = await contextAt(db, owner, day);
  const ids = new Map<string, string>();
  if (!ctx) return ids;
  for (const spec of specs) {
    const id = await createExpert({ db, now, today: chinaDate(now), crypto }, ctx.auth, ctx.who, {
      name: spec.name, phone: '', employer: spec.employer, title: spec.title, source: spec.source, sectors: spec.sectors, topics: spec.topics,
      qualifications: spec.qualifications(chinaDate(now)), availability: '工作日可预约', conflictEnterpriseIds: [], ...(spec.username ? { username: spec.username } : {}),
    });
    ids.set(spec.name, id);
  }
  return ids;
}

export async function seedDemoExperts(db: Db, filesDir: string, crypto: ExpertCrypto, options: { now?: Date } = {}): Promise<{ experts: number; visits: number }> {
  const [existing] = await db.select({ n: sql<number>`count(*)::int` }).from(experts);
  if ((existing?.n ?? 0) > 0) return { experts: 0, visits: 0 };
  const [account] = await db.select({ id: users.id }).from(users).where(eq(users.username, 'expert_demo'));
  if (!account) return { experts: 0, visits: 0 };
  const now = options.now ?? new Date();
  const today = chinaDate(now);
  const city = await seedLibrary(db, crypto, 'bozhou_aqb', addDays(today, -90), CITY, now);
  const county = await seedLibrary(db, crypto, 'guoyang_yjj', addDays(today, -90), COUNTY, now);
  const [demoEnterprise] = await db.select({ id: enterprises.id, sectors: enterprises.sectors }).from(enterprises).innerJoin(users, eq(users.enterpriseId, enterprises.id)).where(eq(users.username, 'ent_principal')).limit(1);
  const hazchem = await db
    .select({ id: enterprises.id })
    .from(enterprises)
    .where(and(like(enterprises.regionCode, '341621%'), eq(enterprises.status, 'operating'), sql`'hazchem' = ANY(${enterprises.sectors})`))
    .orderBy(enterprises.uscc)
    .limit(6);
  const demoExpert = city.get('演示专家');
  const others = hazchem.filter((e) => e.id !== demoEnterprise?.id);
  if (!demoEnterprise || !demoExpert || others.length < 2) return { experts: city.size + county.size, visits: 0 };
  const s: Seeder = { db, filesDir, photoSeq: 500 };
  const expert = (id: string | undefined) => (id ? [{ userId: null, expertId: id, name: '专家', role: 'expert' as const, orgName: '' }] : []);
  let visits = 0;
  // Last month: the demo expert and a county expert serve the demo enterprise (one finding); two more visits elsewhere.
  const held: { id: string; expertIds: string[]; score: 1 | 2 | 3 | 4 | 5; comment: string }[] = [];
  const visit = async (day: string, enterpriseId: string, fails: number, expertIds: (string | undefined)[], score: 1 | 2 | 3 | 4 | 5, comment: string) => {
    const id = await staffInspection(s, day, enterpriseId, 'hazchem', fails, 'expert_service', expertIds.flatMap(expert));
    if (id) {
      visits += 1;
      held.push({ id, expertIds: expertIds.flatMap((x) => (x ? [x] : [])), score, comment });
    }
  };
  await visit(addDays(today, -40), demoEnterprise.id, 1, [demoExpert, county.get('（示例）孙丽')], 5, '讲解判定标准清楚，指出的问题准确具体。');
  await visit(addDays(today, -33), others[0]!.id, 2, [city.get('（示例）张卫东')], 4, '经验丰富，整改建议可操作。');
  await visit(addDays(today, -25), others[1]!.id, 0, [county.get('（示例）周涛')], 3, '');
  const rater = await contextAt(db, 'guoyang_yjj', addDays(today, -20));
  if (rater) {
    for (const h of held) {
      for (const expertId of h.expertIds) {
        const row = await repo.findExpert(db, rater.auth.scope, expertId);
        if (row) await rateExpert({ db, now: rater.now, today: rater.today, crypto }, rater.auth, rater.who, row, { id: h.id, orgId: rater.auth.user.org?.id ?? '', status: 'closed' }, { inspectionId: h.id, score: h.score, comment: h.comment });
      }
    }
  }
  // Next week: a visit planned for the demo expert (what he sees when he signs in).
  const planner = await contextAt(db, 'guoyang_yjj', addDays(today, -1));
  if (planner) {
    await planInspection(planner, {
      kind: 'expert_service', methods: [], jointOrgs: [], subjectKind: 'enterprise', enterpriseId: others[0]!.id, premisesId: null, plannedOn: addDays(today, 6), dueOn: addDays(today, 20), campaign: null,
      members: [{ userId: planner.auth.user.id, name: planner.auth.user.displayName, role: 'leader', orgName: planner.auth.user.org?.name ?? '' }, ...expert(demoExpert)],
      checklist: { sector: 'hazchem' }, trigger: null,
    });
    visits += 1;
  }
  return { experts: city.size + county.size, visits };
}
