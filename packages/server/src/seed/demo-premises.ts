import { randomUUID } from 'node:crypto';
import { and, asc, eq, like, sql } from 'drizzle-orm';
import { createRandom, idCardCheckChar, premisesKindSector, type PremisesKind, type PremisesStatus } from '@zhiben/core';
import type { Db } from '../db/client.ts';
import { checklistItems, checklists, criteria, enterprises, orgs, premises, regions, users } from '../db/schema/index.ts';
import type { TipCrypto } from '../modules/tips/tip-crypto.ts';
import { ownerIdContext } from '../modules/premises/premises.service.ts';
import { DEMO_COUNTIES } from './demo.ts';

// Fictional premises (场所, A-0) in the demo township and a few others, and the demo checklist library: a county
// department's 执法检查重点事项清单, a township's 网格员检查导则 for premises, a construction list, and the demo
// enterprise's own 排查重点事项清单 (leaving two criteria uncovered, so the coverage warning shows). Names carry 演示.

const KINDS: readonly (readonly [PremisesKind, number])[] = [
  ['rental_house', 24],
  ['nine_small', 20],
  ['self_built_commercial', 12],
  ['idle_courtyard', 10],
  ['abandoned_factory', 6],
  ['charging_site', 8],
  ['family_workshop', 6],
  ['residential_compound', 6],
  ['construction_project', 4],
  ['high_rise', 2],
  ['other', 2],
];
const NAMES: Record<PremisesKind, readonly string[]> = {
  rental_house: ['出租屋', '群租房'],
  idle_courtyard: ['闲置院落'],
  abandoned_factory: ['废弃厂房'],
  nine_small: ['小餐馆', '小旅馆', '小网吧', '小超市', '小美容店'],
  self_built_commercial: ['经营性自建房'],
  residential_compound: ['住宅小区'],
  high_rise: ['高层住宅楼'],
  charging_site: ['电动自行车集中充电点'],
  family_workshop: ['家庭作坊'],
  construction_project: ['农房建设工地'],
  water_ferry: ['渡口'],
  other: ['其他场所'],
};
const STATUS_OF: Record<PremisesKind, PremisesStatus> = {
  rental_house: 'rented', idle_courtyard: 'idle', abandoned_factory: 'abandoned', nine_small: 'in_use', self_built_commercial: 'in_use', residential_compound: 'in_use',
  high_rise: 'in_use', charging_site: 'in_use', family_workshop: 'in_use', construction_project: 'in_use', water_ferry: 'in_use', other: 'in_use',
};
const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '赵', '周'] as const;

/** A checksum-valid, clearly fictional ID number (birth 1960–1995, region of the premises' county). */
function fictionalIdNumber(county: string, random: ReturnType<typeof createRandom>): string {
  const birth = `${random.int(1960, 1995)}${String(random.int(1, 12)).padStart(2, '0')}${String(random.int(1, 28)).padStart(2, '0')}`;
  const body = `${county}${birth}${String(random.int(100, 999))}`;
  return `${body}${idCardCheckChar(body)}`;
}

export async function seedDemoPremises(db: Db, crypto: TipCrypto, options: { now?: Date; seed?: number } = {}): Promise<number> {
  const now = options.now ?? new Date();
  const random = createRandom(options.seed ?? 20260301);
  const [town] = await db
    .select({ regionCode: orgs.regionCode, userId: users.id })
    .from(users)
    .innerJoin(orgs, eq(orgs.id, users.orgId))
    .where(eq(users.username, 'guoyang_town'))
    .limit(1);
  if (!town) return 0;
  const villages = await db.select({ code: regions.code, name: regions.name }).from(regions).where(and(eq(regions.parentCode, town.regionCode), eq(regions.level, 'village'))).orderBy(asc(regions.code));
  const otherTowns = await db
    .select({ code: regions.code, name: regions.name })
    .from(regions)
    .where(and(like(regions.code, '3416%'), eq(regions.level, 'township'), sql`${regions.code} <> ${town.regionCode}`))
    .orderBy(asc(regions.code))
    .limit(8);
  const places = [...villages.map((v) => ({ ...v, inDemoTown: true })), ...otherTowns.map((t) => ({ ...t, inDemoTown: false }))];
  if (places.length === 0) return 0;
  const rows: (typeof premises.$inferInsert)[] = [];
  for (let i = 0; i < 60; i++) {
    const kind = random.weighted(KINDS);
    const place = i < 45 && villages.length > 0 ? random.pick(places.filter((p) => p.inDemoTown)) : random.pick(places);
    const id = randomUUID();
    const owner = `${random.pick(SURNAMES)}演示${i + 1}`;
    rows.push({
      id,
      kind,
      name: `演示${place.name.replace(/(村|社区|居委会|村委会)$/, '')}${random.pick(NAMES[kind])}${i + 1}号`,
      address: `${place.name}${random.int(1, 120)}号`,
      regionCode: place.code,
      sector: premisesKindSector[kind],
      lat: 33.49 + (random.next() - 0.5) * 0.2,
      lng: 116.21 + (random.next() - 0.5) * 0.2,
      ownerName: owner,
      ownerPhone: `1390000${String(8000 + i).padStart(4, '0')}`,
      ownerIdSealed: random.next() < 0.7 ? crypto.seal(fictionalIdNumber(place.code.slice(0, 6), random), ownerIdContext(id)) : null,
      userName: kind === 'rental_house' || kind === 'nine_small' ? `${random.pick(SURNAMES)}演示租户${i + 1}` : '',
      userPhone: kind === 'rental_house' || kind === 'nine_small' ? `1390000${String(9000 + i).padStart(4, '0')}` : '',
      grid: place.inDemoTown ? `${place.name}网格` : '',
      gridOfficerId: place.inDemoTown ? town.userId : null,
      status: STATUS_OF[kind],
      note: '演示数据',
      createdAt: now,
      updatedAt: now,
    });
  }
  await db.insert(premises).values(rows);
  return rows.length;
}

type DemoItem = { code: string; text: string; criterionIds: string[]; evidence: 'none' | 'photo' | 'document'; guidance: string };

const GENERAL_HAZCHEM: DemoItem[] = [
  { code: 'G1', text: '主要负责人、安全管理人员安全生产知识和管理能力考核合格', criterionIds: [], evidence: 'document', guidance: '查阅考核合格证书' },
  { code: 'G2', text: '特种作业人员持证上岗', criterionIds: [], evidence: 'document', guidance: '抽查作业人员证件' },
  { code: 'G3', text: '隐患排查治理台账建立并及时更新', criterionIds: [], evidence: 'document', guidance: '查阅近三个月台账' },
  { code: 'G4', text: '应急预案按规定演练并有记录', criterionIds: [], evidence: 'document', guidance: '查阅演练记录' },
];
const GRID_ITEMS: DemoItem[] = [
  { code: '1', text: '电动自行车未在楼道、安全出口、疏散通道停放或充电', criterionIds: [], evidence: 'photo', guidance: '查看楼道、楼梯间' },
  { code: '2', text: '疏散通道、安全出口畅通，未锁闭', criterionIds: [], evidence: 'photo', guidance: '逐层查看' },
  { code: '3', text: '灭火器配置齐全、在有效期内', criterionIds: [], evidence: 'photo', guidance: '查看压力表和标签' },
  { code: '4', text: '未违规使用液化石油气，燃气管线完好', criterionIds: [], evidence: 'photo', guidance: '' },
  { code: '5', text: '生产、储存、经营场所与居住场所未设置在同一建筑物内（“三合一”）', criterionIds: [], evidence: 'photo', guidance: '' },
  { code: '6', text: '电气线路未私拉乱接', criterionIds: [], evidence: 'photo', guidance: '' },
  { code: '7', text: '无违规储存易燃易爆物品', criterionIds: [], evidence: 'photo', guidance: '' },
  { code: '8', text: '出租屋人员底数清楚，租住人数与面积相适应', criterionIds: [], evidence: 'none', guidance: '核对租住登记' },
];

async function insertList(db: Db, values: Omit<typeof checklists.$inferInsert, 'id' | 'familyId' | 'version'>, items: readonly DemoItem[]): Promise<string> {
  const id = randomUUID();
  await db.insert(checklists).values({ ...values, id, familyId: id, version: 1 });
  await db.insert(checklistItems).values(items.map((it, k) => ({ checklistId: id, seq: k + 1, code: it.code, text: it.text, criterionIds: it.criterionIds, major: it.criterionIds.length > 0, evidence: it.evidence, guidance: it.guidance, links: [] })));
  return id;
}

/** The demo checklist library; returns the ids the inspection demo uses. */
export async function seedDemoChecklists(db: Db, options: { now?: Date } = {}): Promise<{ hazchem: string | null; grid: string | null; enterprise: string | null; construction: string | null }> {
  const now = options.now ?? new Date();
  const [guoyangYjj] = await db.select({ id: orgs.id, regionCode: orgs.regionCode }).from(orgs).where(and(eq(orgs.regionCode, DEMO_COUNTIES.guoyang), sql`${orgs.name} LIKE '%应急管理局'`)).limit(1);
  const [mengchengZjj] = await db.select({ id: orgs.id, regionCode: orgs.regionCode }).from(orgs).where(and(eq(orgs.regionCode, DEMO_COUNTIES.mengcheng), sql`${orgs.name} LIKE '%住房和城乡建设局'`)).limit(1);
  const [townOrg] = await db.select({ id: orgs.id, regionCode: orgs.regionCode }).from(users).innerJoin(orgs, eq(orgs.id, users.orgId)).where(eq(users.username, 'guoyang_town')).limit(1);
  const items = async (standard: string, n: number, prefix: string): Promise<DemoItem[]> =>
    (await db.select({ id: criteria.id, text: criteria.text }).from(criteria).where(and(eq(criteria.standardId, standard), sql`${criteria.text} IS NOT NULL`)).orderBy(asc(criteria.sort)).limit(n)).map((c, k) => ({
      code: `${prefix}${k + 1}`,
      text: c.text ?? '',
      criterionIds: [c.id],
      evidence: 'photo' as const,
      guidance: '对照判定标准条款现场核查',
    }));
  const common = { effectiveFrom: '2024-01-01', effectiveTo: null, note: '演示数据', createdAt: now, updatedAt: now };
  const hazchem = guoyangYjj
    ? await insertList(db, { ...common, title: '涡阳县危险化学品企业执法检查重点事项清单（演示）', ownerKind: 'department', ownerOrgId: guoyangYjj.id, regionCode: guoyangYjj.regionCode, sectors: ['hazchem'], subjectKinds: ['enterprise'] }, [...(await items('SAWS-121-2017-CHEM', 10, 'Z')), ...GENERAL_HAZCHEM])
    : null;
  const grid = townOrg
    ? await insertList(db, { ...common, title: '出租屋和九小场所网格员检查导则（演示）', ownerKind: 'township', ownerOrgId: townOrg.id, regionCode: townOrg.regionCode, sectors: ['fire'], subjectKinds: ['premises'] }, GRID_ITEMS)
    : null;
  const construction = mengchengZjj
    ? await insertList(db, { ...common, title: '蒙城县房屋市政工程安全检查清单（演示）', ownerKind: 'department', ownerOrgId: mengchengZjj.id, regionCode: mengchengZjj.regionCode, sectors: ['construction'], subjectKinds: ['enterprise', 'premises'] }, await items('MOHURD-5-2024', 12, 'J'))
    : null;
  const [demoEnterprise] = await db.select({ id: enterprises.id, regionCode: enterprises.regionCode }).from(enterprises).innerJoin(users, eq(users.enterpriseId, enterprises.id)).where(eq(users.username, 'ent_principal')).limit(1);
  const all = await items('SAWS-121-2017-CHEM', 40, '');
  const enterprise = demoEnterprise
    ? await insertList(
        db,
        { ...common, title: '本企业重大事故隐患排查重点事项清单（演示）', ownerKind: 'enterprise', ownerOrgId: null, ownerEnterpriseId: demoEnterprise.id, regionCode: demoEnterprise.regionCode, sectors: ['hazchem'], subjectKinds: ['enterprise'] },
        // Two criteria are left out on purpose: the list page warns about them.
        all.slice(0, Math.max(1, all.length - 2)).map((it, k) => ({ ...it, code: String(k + 1), guidance: '主要负责人带队逐项排查' })),
      )
    : null;
  return { hazchem, grid, enterprise, construction };
}
