import type { LeaderRole } from '@zhiben/core';
import type { Db } from '../db/client.ts';
import { leaders, sectorLeads, workingGroups, type WorkingGroupMemberColumn } from '../db/schema/index.ts';
import { appendAudit } from '../modules/audit/audit.repository.ts';
import { DEMO_CITY, DEMO_COUNTIES } from './demo.ts';
import { DEMO_MEMBER_UNITS, type DemoPlanOrgs } from './demo-plan-orgs.ts';
import type { DemoLeaderKey } from './demo-plan-tasks.ts';

// Fictional people (names marked 演示, phones 1390000xxxx) around 亳州's plan: the leaders whose meetings the cadence
// rules check, the 工作专班 with one 联络员 per member unit and county, and the plan's regional sector leads.

type LeaderSpec = { key: DemoLeaderKey | 'yjj_head' | 'guoyang_top' | 'guoyang_deputy'; name: string; post: string; role: LeaderRole; sectors: string[] };
const cityLeaders: LeaderSpec[] = [
  { key: 'mayor', name: '刘明远（演示）', post: '市长、市安委会主任', role: 'top', sectors: [] },
  { key: 'deputy_exec', name: '陈志强（演示）', post: '常务副市长、市安委会副主任', role: 'deputy', sectors: [] },
  { key: 'deputy_yj', name: '王建华（演示）', post: '副市长（分管应急管理）', role: 'deputy', sectors: ['hazchem', 'fireworks', 'industry_trade', 'mining'] },
  { key: 'deputy_zj', name: '赵立新（演示）', post: '副市长（分管住房城乡建设、城市管理、消防）', role: 'deputy', sectors: ['construction', 'city_gas', 'fire'] },
  { key: 'deputy_ga', name: '孙国栋（演示）', post: '副市长、市公安局局长', role: 'deputy', sectors: ['road_traffic', 'road_transport'] },
  { key: 'yjj_head', name: '周海涛（演示）', post: '市应急管理局局长', role: 'member_head', sectors: [] },
];
const guoyangLeaders: LeaderSpec[] = [
  { key: 'guoyang_top', name: '吴德胜（演示）', post: '县长、县安委会主任', role: 'top', sectors: [] },
  { key: 'guoyang_deputy', name: '郑晓东（演示）', post: '副县长（分管应急管理）', role: 'deputy', sectors: ['hazchem', 'industry_trade'] },
];

const SURNAMES = ['李', '张', '刘', '陈', '杨', '黄', '吴', '徐', '孙', '马', '朱', '胡', '郭', '何', '林', '罗', '高', '梁', '宋', '唐', '韩', '冯', '邓'];
const GIVEN = ['文', '静', '磊', '洁', '敏', '涛', '琳', '超', '婷', '鹏', '慧', '宁', '悦', '峰', '颖', '浩', '雪', '凯', '蕾', '斌', '倩', '欣', '航'];

export type DemoLeaders = Record<LeaderSpec['key'], string>;

/** Leaders, the 工作专班 and the sector leads of 亳州市 (and 涡阳县's two leaders). Audited as one seed entry. */
export async function seedDemoPlanPeople(db: Db, orgIds: DemoPlanOrgs, now: Date): Promise<DemoLeaders> {
  const ids = {} as DemoLeaders;
  const insertLeaders = async (specs: LeaderSpec[], orgId: string, regionCode: string) => {
    const rows = await db
      .insert(leaders)
      .values(specs.map((s, i) => ({ orgId, regionCode, name: s.name, post: s.post, role: s.role, sectors: s.sectors, memberOrgId: s.key === 'yjj_head' ? orgIds.city.yjj : null, sort: i, createdAt: now, updatedAt: now })))
      .returning({ id: leaders.id });
    specs.forEach((s, i) => {
      const row = rows[i];
      if (row) ids[s.key] = row.id;
    });
  };
  await insertLeaders(cityLeaders, orgIds.city.aqb, DEMO_CITY);
  await insertLeaders(guoyangLeaders, orgIds.counties.guoyang, DEMO_COUNTIES.guoyang);

  const person = (i: number) => `${SURNAMES[i % SURNAMES.length] ?? '李'}${GIVEN[(i * 7) % GIVEN.length] ?? '文'}（演示）`;
  const phone = (i: number) => `1390000${String(1000 + i).padStart(4, '0')}`;
  const members: WorkingGroupMemberColumn[] = [
    { name: '陈志强（演示）', orgId: null, unit: '亳州市人民政府', post: '常务副市长', phone: '', role: 'leader', userId: null },
    { name: '周海涛（演示）', orgId: orgIds.city.yjj, unit: '亳州市应急管理局', post: '局长、市安委办主任', phone: '', role: 'deputy_leader', userId: null },
    ...DEMO_MEMBER_UNITS.map((u, i): WorkingGroupMemberColumn => ({ name: person(i), orgId: orgIds.city[u.key], unit: u.name, post: '科长', phone: phone(i), role: 'liaison', userId: null })),
    ...(Object.keys(DEMO_COUNTIES) as (keyof typeof DEMO_COUNTIES)[]).map((c, i): WorkingGroupMemberColumn => ({
      name: person(40 + i),
      orgId: orgIds.counties[c],
      unit: '',
      post: '县（区）安委办综合科科长',
      phone: phone(40 + i),
      role: 'liaison',
      userId: null,
    })),
  ];
  await db.insert(workingGroups).values({ orgId: orgIds.city.aqb, regionCode: DEMO_CITY, name: '亳州市安全生产治本攻坚三年行动工作专班', kind: 'task_force', members, createdAt: now, updatedAt: now });

  // 亳州 gives 城镇燃气 to the 城市管理局 and 煤矿 to the 发展改革委 (the catalogue: 住房城乡建设, 矿山安全监察).
  await db.insert(sectorLeads).values([
    { orgId: orgIds.city.aqb, regionCode: DEMO_CITY, sector: 'city_gas', domainName: '城镇燃气', leadOrgId: orgIds.city.cgj, coOrgIds: [orgIds.city.gaj, orgIds.city.jtj, orgIds.city.swj, orgIds.city.scj, orgIds.city.zd], basis: '市城市管理局牵头负责城镇燃气、市政工程、循环产业园、户外广告、园林绿化等安全', createdAt: now, updatedAt: now },
    { orgId: orgIds.city.aqb, regionCode: DEMO_CITY, sector: 'mining', domainName: '煤矿', leadOrgId: orgIds.city.fgw, coOrgIds: [orgIds.city.yjj, orgIds.city.zrzyj], basis: '市发展改革委牵头负责煤矿、粮油储备、油气长输管道和电力安全', createdAt: now, updatedAt: now },
    { orgId: orgIds.city.aqb, regionCode: DEMO_CITY, sector: null, domainName: '市政工程、循环产业园、户外广告、园林绿化', leadOrgId: orgIds.city.cgj, coOrgIds: [], basis: '市城市管理局牵头负责城镇燃气、市政工程、循环产业园、户外广告、园林绿化等安全', createdAt: now, updatedAt: now },
    { orgId: orgIds.city.aqb, regionCode: DEMO_CITY, sector: null, domainName: '油气长输管道', leadOrgId: orgIds.city.fgw, coOrgIds: [orgIds.city.yjj], basis: '市发展改革委牵头负责煤矿、粮油储备、油气长输管道和电力安全', createdAt: now, updatedAt: now },
  ]);
  await appendAudit(db, {
    at: now,
    actorUserId: null,
    actorName: '系统初始化',
    ip: null,
    action: 'system.seed_demo_plan_people',
    entityType: null,
    entityId: null,
    regionCode: DEMO_CITY,
    detail: { leaders: cityLeaders.length + guoyangLeaders.length, workingGroupMembers: members.length, sectorLeads: 4 },
  });
  return ids;
}
