import { and, eq, inArray, like, sql } from 'drizzle-orm';
import { createRandom, formatHazardNo, type HazardStatus } from '@zhiben/core';
import type { Db } from '../db/client.ts';
import { criteria, enterprises, hazards, orgs } from '../db/schema/index.ts';
import { addDays, chinaDate } from '../lib/dates.ts';
import { appendHazardEvent } from '../modules/hazards/hazard-events.repository.ts';
import { nextHazardSeq } from '../modules/hazards/hazards.repository.ts';
import { DEMO_COUNTIES } from './demo.ts';

// Fictional hazards for the demo region so the ledger, timelines and statistics have something to show.
// Every one goes through its lifecycle on the timeline with historical dates, exactly as if entered by hand.
const TITLES: Record<string, readonly string[]> = {
  hazchem: ['储罐区未设置紧急切断装置', '可燃气体检测报警器失效', '危险化学品超量储存', '防爆电气设备不符合要求'],
  fireworks: ['工房药量超过核定药量', '防静电设施失效', '中转库存储能力与产能不匹配'],
  industry_trade: ['除尘系统未采取泄爆措施', '有限空间作业未执行先通风再检测', '粉尘清理制度未落实', '液氨制冷车间人员超限'],
  construction: ['脚手架连墙件缺失', '深基坑未按方案支护', '起重机械安全装置失效'],
  city_gas: ['燃气管道占压', '餐饮场所未安装燃气泄漏报警装置', '调压设施安全间距不足'],
  fire: ['疏散通道堵塞', '消防设施未保持完好有效', '电动车在楼道内充电'],
  special_equipment: ['电梯超期未检验', '压力容器安全阀失效', '叉车作业人员无证'],
  school: ['教学楼安全出口锁闭', '食堂燃气管线老化', '围墙局部开裂'],
};
const DEFAULT_TITLES = ['安全管理制度未落实', '隐患排查治理台账缺失', '应急预案未演练'];

type Step = { kind: string; from: HazardStatus | null; to: HazardStatus; day: string; actor: 'staff' | 'enterprise'; payload: Record<string, unknown> };

export async function seedDemoHazards(db: Db, options: { count?: number; now?: Date; seed?: number } = {}): Promise<number> {
  const now = options.now ?? new Date();
  const today = chinaDate(now);
  const random = createRandom(options.seed ?? 20260101);
  const candidates = await db
    .select({ id: enterprises.id, regionCode: enterprises.regionCode, sectors: enterprises.sectors })
    .from(enterprises)
    .where(and(like(enterprises.regionCode, '3416%'), eq(enterprises.status, 'operating')))
    .orderBy(enterprises.uscc);
  const committees = await db
    .select({ id: orgs.id, regionCode: orgs.regionCode, name: orgs.name })
    .from(orgs)
    .where(and(eq(orgs.kind, 'committee'), inArray(orgs.regionCode, Object.values(DEMO_COUNTIES))));
  const criteriaRows = await db.select({ id: criteria.id, standardId: criteria.standardId }).from(criteria).where(sql`${criteria.text} IS NOT NULL`);
  const criteriaByStandard = new Map<string, string[]>();
  for (const c of criteriaRows) criteriaByStandard.set(c.standardId, [...(criteriaByStandard.get(c.standardId) ?? []), c.id]);
  const standardBySector: Record<string, string> = {
    hazchem: 'SAWS-121-2017-CHEM', fireworks: 'SAWS-121-2017-FW', industry_trade: 'MEM-10-2023', construction: 'MOHURD-5-2024', city_gas: 'MOHURD-4-2023',
  };
  const count = options.count ?? 400;
  let created = 0;

  await db.transaction(async (tx) => {
    for (let i = 0; i < count; i++) {
      const enterprise = random.pick(candidates);
      const sector = enterprise.sectors[0] ?? 'industry_trade';
      const committee = committees.find((c) => enterprise.regionCode.startsWith(c.regionCode.slice(0, 6)));
      const standard = standardBySector[sector];
      const sectorCriteria = standard ? (criteriaByStandard.get(standard) ?? []) : [];
      const level = sectorCriteria.length > 0 && random.next() < 0.08 ? 'major' : 'general';
      const source = random.weighted([['self_inspection', 45], ['supervision', 25], ['enforcement', 15], ['worker_report', 5], ['monitoring', 5], ['expert', 5]] as const);
      const reported = source === 'self_inspection' || source === 'worker_report';
      // More recent years have more findings (the campaign's 动态清零 phase), a few are 2023 stock.
      const foundAt = addDays(today, -random.weighted([[random.int(1, 60), 40], [random.int(61, 365), 35], [random.int(366, 700), 18], [random.int(701, 1150), 9]] as const));
      const deadline = addDays(foundAt, level === 'major' ? random.int(45, 120) : random.int(7, 45));
      const criterionIds = level === 'major' ? [random.pick(sectorCriteria)] : [];
      const title = random.pick(TITLES[sector] ?? DEFAULT_TITLES);
      const location = random.pick(['一号车间', '二号车间', '仓库', '罐区', '配电室', '办公楼', '宿舍区', '施工现场']);

      const steps: Step[] = [];
      const cap = (day: string) => (day > today ? today : day);
      let status: HazardStatus = reported ? 'pending_confirmation' : 'rectifying';
      steps.push({ kind: reported ? 'report' : 'register', from: null, to: status, day: foundAt, actor: reported ? 'enterprise' : 'staff', payload: { level, source, sector, title, deadline, criterionIds } });
      const age = Date.parse(today) - Date.parse(foundAt);
      const closeProbability = age > 200 * 86_400_000 ? 0.95 : age > 60 * 86_400_000 ? 0.75 : 0.35;
      if (reported) {
        const day = cap(addDays(foundAt, random.int(0, 3)));
        if (random.next() < 0.04) {
          steps.push({ kind: 'dismiss', from: status, to: 'dismissed', day, actor: 'staff', payload: { reason: '经核查不属于事故隐患' } });
          status = 'dismissed';
        } else if (random.next() < 0.9 || age > 10 * 86_400_000) {
          steps.push({ kind: 'confirm', from: status, to: 'rectifying', day, actor: 'staff', payload: { level, criterionIds, deadline } });
          status = 'rectifying';
        }
      }
      let plan = null;
      if (status === 'rectifying' && level === 'major') {
        plan = { responsible: '演示责任人', measures: `针对「${title}」制定专项整改方案`, fundsWanYuan: random.int(2, 80), deadline, contingency: '专项应急处置方案' };
        steps.push({ kind: 'submit_plan', from: status, to: status, day: cap(addDays(foundAt, random.int(2, 6))), actor: 'enterprise', payload: { plan } });
      }
      let closedAt: Date | null = null;
      if (status === 'rectifying' && random.next() < closeProbability) {
        const closeDay = cap(addDays(foundAt, random.int(3, Math.max(4, Math.round((Date.parse(deadline) - Date.parse(foundAt)) / 86_400_000) + (random.next() < 0.15 ? 40 : 0)))));
        steps.push({ kind: 'complete', from: 'rectifying', to: 'pending_verification', day: cap(addDays(closeDay, -1)), actor: 'enterprise', payload: { note: '已按要求整改完毕' } });
        steps.push({ kind: 'verify', from: 'pending_verification', to: 'closed', day: closeDay, actor: 'staff', payload: { note: '现场复核整改到位，予以销号' } });
        status = 'closed';
        closedAt = new Date(`${closeDay}T09:30:00+08:00`);
      }
      const listing =
        status === 'rectifying' && level === 'major' && random.next() < 0.4 && committee
          ? { level: 'county' as const, orgId: committee.id, orgName: committee.name, docNo: `演示督〔${foundAt.slice(0, 4)}〕${i + 1}号`, deadline, listedAt: new Date(`${cap(addDays(foundAt, 5))}T10:00:00+08:00`).toISOString() }
          : null;
      if (listing) steps.push({ kind: 'list', from: status, to: status, day: cap(addDays(foundAt, 5)), actor: 'staff', payload: { ...listing } });

      const year = Number(foundAt.slice(0, 4));
      const seq = await nextHazardSeq(tx, enterprise.regionCode.slice(0, 6), year);
      const [row] = await tx
        .insert(hazards)
        .values({
          hazardNo: formatHazardNo(enterprise.regionCode, year, seq), enterpriseId: enterprise.id, regionCode: enterprise.regionCode, sector, level, source,
          criterionIds, title, description: `演示数据：${location}${title}`, location, foundAt, deadline, plan, status, listing, closedAt,
          dismissedAt: status === 'dismissed' ? new Date(`${steps.at(-1)?.day ?? foundAt}T10:00:00+08:00`) : null,
          foundByOrgId: reported ? null : (committee?.id ?? null), foundByEnterprise: source === 'self_inspection',
          createdAt: new Date(`${foundAt}T09:00:00+08:00`), updatedAt: now, // version 1: each step's event moves it on (version = last seq)
        })
        .returning({ id: hazards.id });
      if (!row) continue;
      // Steps were generated in lifecycle order; never let a later step carry an earlier date.
      let previousDay = foundAt;
      for (const [index, step] of steps.entries()) {
        const day = step.day < previousDay ? previousDay : step.day;
        previousDay = day;
        await appendHazardEvent(tx, {
          hazardId: row.id, regionCode: enterprise.regionCode, at: new Date(`${day}T${String(9 + index).padStart(2, '0')}:00:00+08:00`),
          actorId: null, actorName: step.actor === 'staff' ? (committee?.name ?? '演示监管人员') : '演示企业用户',
          kind: step.kind, fromStatus: step.from, toStatus: step.to, payload: step.payload,
        });
      }
      created++;
    }
  });
  return created;
}
