import { and, eq, inArray, like, sql } from 'drizzle-orm';
import { createRandom, formatHazardNo, type HazardStatus } from '@zhiben/core';
import type { Db } from '../db/client.ts';
import { criteria, enterprises, hazards, orgs, users } from '../db/schema/index.ts';
import { addDays, chinaDate } from '../lib/dates.ts';
import { appendHazardEvent } from '../modules/hazards/hazard-events.repository.ts';
import { nextHazardSeq } from '../modules/hazards/hazards.repository.ts';
import { DEMO_COUNTIES } from './demo.ts';

// Fictional hazards for the demo region so the ledger, timelines and statistics have something to show.
// Every one goes through its lifecycle on the timeline with historical dates, exactly as if entered by hand.
// General hazards: everyday findings that no 判定标准 item describes.
const TITLES: Record<string, readonly string[]> = {
  hazchem: ['罐区巡检记录填写不完整', '装卸区静电接地夹破损', '个别劳动防护用品过期未更换', '安全警示标识褪色'],
  fireworks: ['工房门口消防沙数量不足', '库区安全标志牌脱落', '库区周边杂草未及时清理'],
  industry_trade: ['车间灭火器压力不足', '配电箱未张贴警示标识', '员工未正确佩戴防尘口罩', '车间通道堆放物料'],
  construction: ['个别作业人员未系挂安全带', '临时用电配电箱门未上锁', '钢筋加工区材料堆放不整齐'],
  city_gas: ['调压箱警示标志褪色', '管网巡检记录不完整', '个别用户燃气软管老化'],
  fire: ['疏散通道堵塞', '消防设施未保持完好有效', '电动车在楼道内充电'],
  special_equipment: ['电梯超期未检验', '压力容器铭牌字迹模糊', '叉车作业区地面标线磨损'],
  school: ['教学楼安全出口锁闭', '食堂燃气管线老化', '围墙局部开裂'],
};
const DEFAULT_TITLES = ['安全管理制度未落实', '隐患排查治理台账缺失', '应急预案未演练'];
// Major hazards: the finding in the words of the item it breaks, and that item.
const MAJOR_TITLES: Record<string, readonly (readonly [string, string])[]> = {
  hazchem: [
    ['构成二级重大危险源的液氯储罐区未实现紧急切断功能', 'HG2017-5'],
    ['装置区涉及可燃气体泄漏的场所未按国家标准设置检测报警装置', 'HG2017-12'],
    ['涉及重点监管危险化工工艺的装置紧急停车系统未投入使用', 'HG2017-4'],
    ['仓库内相互禁配的危险化学品混放混存', 'HG2017-20'],
  ],
  fireworks: [
    ['药物混合工房实际存药量超过核定药量', 'YH2017-5'],
    ['工房防静电设施缺失、防雷设施失效', 'YH2017-7'],
    ['工房实际作业人员数量超过核定人数', 'YH2017-4'],
  ],
  industry_trade: [
    ['干式除尘系统未采取泄爆、惰化、抑爆等任一种爆炸防控措施', 'GM10-11-3'],
    ['有限空间作业未执行“先通风、再检测、后作业”要求，作业现场未设置监护人员', 'GM10-13-2'],
    ['未落实粉尘清理制度，作业现场积尘严重', 'GM10-11-10'],
    ['快速冻结装置作业间内作业人员超过9人', 'GM10-12-2'],
  ],
  construction: [
    ['外脚手架连墙件整层缺失', 'JZ2024-7-2'],
    ['一级深基坑施工未进行第三方监测', 'JZ2024-5-3'],
    ['塔式起重机力矩限制器等安全装置失效', 'JZ2024-8-4'],
  ],
  city_gas: [
    ['中压燃气管线保护范围内建有占压管线的建筑物', 'RQ2023-6-1'],
    ['燃气储罐未设置液位显示监测装置，不具有超限报警功能', 'RQ2023-5-1'],
    ['液化石油气管道和燃具设置在地下室内', 'RQ2023-9-1'],
  ],
};
// Grading mistakes for the 定级质量 view (as they occur in real ledgers): a general hazard whose description states a
// major item, and a major hazard citing an item that does not fit it.
const UNDER_GRADED: Record<string, string> = {
  industry_trade: '木工车间干式除尘系统未采取泄爆、惰化、抑爆等任一种爆炸防控措施',
  hazchem: '构成二级重大危险源的液氯罐区紧急切断阀长期处于旁路状态，罐区未实现紧急切断功能',
  construction: '三号楼外脚手架连墙件整层缺失',
};
const WRONG_CRITERION: Record<string, string> = {
  industry_trade: 'GM10-4-2',
  hazchem: 'HG2017-1',
  construction: 'JZ2024-12-1',
  fireworks: 'YH2017-14',
  city_gas: 'RQ2023-4-4',
};
const UNDER_GRADED_EVERY = 40;
const WRONG_CRITERION_EVERY = 4;

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
  // The officer of each committee who records the demo's staff steps (so a 验收 has its org, as a live one does).
  const committeeOfficers = new Map<string, { id: string; name: string }>();
  const officerRows = committees.length === 0 ? [] : await db
    .select({ id: users.id, name: users.displayName, orgId: users.orgId })
    .from(users)
    .where(inArray(users.orgId, committees.map((c) => c.id)))
    .orderBy(users.username);
  for (const u of officerRows) if (u.orgId && !committeeOfficers.has(u.orgId)) committeeOfficers.set(u.orgId, { id: u.id, name: u.name });
  const criteriaRows = await db.select({ id: criteria.id, standardId: criteria.standardId }).from(criteria).where(sql`${criteria.text} IS NOT NULL`);
  const criteriaByStandard = new Map<string, string[]>();
  for (const c of criteriaRows) criteriaByStandard.set(c.standardId, [...(criteriaByStandard.get(c.standardId) ?? []), c.id]);
  const standardBySector: Record<string, string> = {
    hazchem: 'SAWS-121-2017-CHEM', fireworks: 'SAWS-121-2017-FW', industry_trade: 'MEM-10-2023', construction: 'MOHURD-5-2024', city_gas: 'MOHURD-4-2023',
  };
  const count = options.count ?? 400;
  let created = 0;
  let majors = 0;

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
      // Same draws as always (one pick for a major's item, one for the title), so dates and lifecycles stay put.
      const major = level === 'major' ? random.pick(MAJOR_TITLES[sector] ?? sectorCriteria.map((id) => ['安全管理制度未落实', id] as const)) : null;
      const generalTitle = random.pick(TITLES[sector] ?? DEFAULT_TITLES);
      const underGraded = !major && i % UNDER_GRADED_EVERY === 7 ? UNDER_GRADED[sector] : undefined;
      const wrongCriterion = major && majors++ % WRONG_CRITERION_EVERY === 1 ? WRONG_CRITERION[sector] : undefined;
      const title = major ? major[0] : (underGraded ?? generalTitle);
      const criterionIds = major ? [wrongCriterion ?? major[1]] : [];
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
      const officer = committee ? committeeOfficers.get(committee.id) : undefined;
      const staffActor = officer ? { actorId: officer.id, actorName: officer.name } : { actorId: null, actorName: committee?.name ?? '演示监管人员' };
      // Steps were generated in lifecycle order; never let a later step carry an earlier date.
      let previousDay = foundAt;
      for (const [index, step] of steps.entries()) {
        const day = step.day < previousDay ? previousDay : step.day;
        previousDay = day;
        await appendHazardEvent(tx, {
          hazardId: row.id, regionCode: enterprise.regionCode, at: new Date(`${day}T${String(9 + index).padStart(2, '0')}:00:00+08:00`),
          ...(step.actor === 'staff' ? staffActor : { actorId: null, actorName: '演示企业用户' }),
          kind: step.kind, fromStatus: step.from, toStatus: step.to, payload: step.payload,
        });
      }
      created++;
    }
  });
  return created;
}
