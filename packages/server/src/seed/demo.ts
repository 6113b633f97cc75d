import { and, eq, like, sql } from 'drizzle-orm';
import { type Role } from '@zhiben/core';
import type { Db } from '../db/client.ts';
import { enterprises, orgs, regions, sectors, users } from '../db/schema/index.ts';
import { appendAudit } from '../modules/audit/audit.repository.ts';
import { hashPassword } from '../modules/auth/password.ts';
import { personColumns } from '../modules/enterprises/enterprises.service.ts';
import { generateDemoEnterprises } from './demo-data.ts';

export const DEMO_CITY = '341600000000'; // 亳州市
export const DEMO_COUNTIES = {
  qiaocheng: '341602000000', // 谯城区
  guoyang: '341621000000', // 涡阳县
  mengcheng: '341622000000', // 蒙城县
  lixin: '341623000000', // 利辛县
} as const;
export const DEMO_PASSWORD = process.env.DEMO_PASSWORD ?? 'Zhiben@2026';

type OrgSpec = { key: string; kind: 'committee' | 'regulator' | 'locality' | 'platform'; name: string; regionCode: string; sectors?: string[] };

const countyRegulators = (key: string, prefix: string, code: string): OrgSpec[] => [
  { key: `${key}_aqb`, kind: 'committee', name: `${prefix}安全生产委员会办公室`, regionCode: code },
  { key: `${key}_yjj`, kind: 'regulator', name: `${prefix}应急管理局`, regionCode: code, sectors: ['hazchem', 'fireworks', 'industry_trade', 'mining'] },
  { key: `${key}_zjj`, kind: 'regulator', name: `${prefix}住房和城乡建设局`, regionCode: code, sectors: ['construction', 'city_gas'] },
  { key: `${key}_scj`, kind: 'regulator', name: `${prefix}市场监督管理局`, regionCode: code, sectors: ['special_equipment'] },
  { key: `${key}_xf`, kind: 'regulator', name: `${prefix}消防救援大队`, regionCode: code, sectors: ['fire'] },
  { key: `${key}_jyj`, kind: 'regulator', name: `${prefix}教育局`, regionCode: code, sectors: ['school'] },
];

type UserSpec = { username: string; displayName: string; roles: Role[]; org?: string; enterprise?: 'demo_hazchem' };

export const demoUsers: UserSpec[] = [
  { username: 'sysadmin', displayName: '系统管理员', roles: ['sysadmin'], org: 'platform' },
  { username: 'auditor', displayName: '安全审计员', roles: ['auditor'], org: 'platform' },
  { username: 'secadmin', displayName: '安全管理员', roles: ['security_officer'], org: 'platform' },
  { username: 'bozhou_aqb', displayName: '市安委办演示用户', roles: ['committee_officer'], org: 'bozhou_aqb' },
  { username: 'bozhou_yjj', displayName: '市应急局演示用户', roles: ['regulator_officer'], org: 'bozhou_yjj' },
  { username: 'bozhou_jb', displayName: '市举报中心演示用户', roles: ['tip_officer'], org: 'bozhou_aqb' },
  { username: 'guoyang_aqb', displayName: '涡阳县安委办演示用户', roles: ['committee_officer'], org: 'guoyang_aqb' },
  { username: 'guoyang_yjj', displayName: '涡阳县应急局演示用户', roles: ['regulator_officer'], org: 'guoyang_yjj' },
  // A second officer of the 应急局 approves what the first drew (双随机: 抽取 and 审核 by different people), and two
  // enforcement officers fill its 执法检查人员名录库.
  { username: 'guoyang_yjj2', displayName: '涡阳县应急局演示用户二', roles: ['regulator_officer'], org: 'guoyang_yjj' },
  { username: 'guoyang_zfy1', displayName: '涡阳县应急局执法员甲', roles: ['regulator_officer'], org: 'guoyang_yjj' },
  { username: 'guoyang_zfy2', displayName: '涡阳县应急局执法员乙', roles: ['regulator_officer'], org: 'guoyang_yjj' },
  { username: 'guoyang_zjj', displayName: '涡阳县住建局演示用户', roles: ['regulator_officer'], org: 'guoyang_zjj' },
  { username: 'guoyang_scj', displayName: '涡阳县市场监管局演示用户', roles: ['regulator_officer'], org: 'guoyang_scj' },
  { username: 'guoyang_xf', displayName: '涡阳县消防大队演示用户', roles: ['regulator_officer'], org: 'guoyang_xf' },
  { username: 'guoyang_jyj', displayName: '涡阳县教育局演示用户', roles: ['regulator_officer'], org: 'guoyang_jyj' },
  { username: 'guoyang_town', displayName: '涡阳县乡镇演示用户', roles: ['locality_officer'], org: 'guoyang_town' },
  { username: 'mengcheng_aqb', displayName: '蒙城县安委办演示用户', roles: ['committee_officer'], org: 'mengcheng_aqb' },
  { username: 'mengcheng_yjj', displayName: '蒙城县应急局演示用户', roles: ['regulator_officer'], org: 'mengcheng_yjj' },
  { username: 'expert_demo', displayName: '演示专家', roles: ['expert'], org: 'bozhou_aqb' },
  { username: 'ent_admin', displayName: '演示企业安全管理员', roles: ['enterprise_admin'], enterprise: 'demo_hazchem' },
  { username: 'ent_principal', displayName: '演示企业主要负责人', roles: ['enterprise_principal'], enterprise: 'demo_hazchem' },
];

export async function isDemoSeeded(db: Db): Promise<boolean> {
  const [row] = await db.select({ id: users.id }).from(users).where(eq(users.username, 'sysadmin')).limit(1);
  return row !== undefined;
}

/**
 * The demo region 亳州市 with its four county-level units: committees, regulators, localities, fictional
 * enterprises and one user per role. Reproducible (fixed seed); run once on an empty database.
 */
export async function seedDemo(db: Db, options: { enterpriseCount?: number; seed?: number; now?: Date } = {}) {
  const now = options.now ?? new Date();
  const countyRows = await db.select().from(regions).where(eq(regions.parentCode, DEMO_CITY));
  const nameOf = (code: string) => countyRows.find((r) => r.code === code)?.name ?? code;
  const townships = await db.select({ code: regions.code, name: regions.name, parentCode: regions.parentCode }).from(regions)
    .where(and(like(regions.code, '3416%'), eq(regions.level, 'township')));
  const guoyangTowns = townships.filter((t) => t.parentCode === DEMO_COUNTIES.guoyang);
  const firstGuoyangTown = guoyangTowns[0];
  if (!firstGuoyangTown) throw new Error('reference regions for 亳州市 are missing; run seedReference first');

  const orgSpecs: OrgSpec[] = [
    { key: 'platform', kind: 'platform', name: '治本平台运维中心', regionCode: DEMO_CITY },
    { key: 'bozhou_aqb', kind: 'committee', name: '亳州市安全生产委员会办公室', regionCode: DEMO_CITY },
    { key: 'bozhou_yjj', kind: 'regulator', name: '亳州市应急管理局', regionCode: DEMO_CITY, sectors: ['hazchem', 'fireworks', 'industry_trade', 'mining'] },
    ...countyRegulators('qiaocheng', nameOf(DEMO_COUNTIES.qiaocheng), DEMO_COUNTIES.qiaocheng),
    ...countyRegulators('guoyang', nameOf(DEMO_COUNTIES.guoyang), DEMO_COUNTIES.guoyang),
    ...countyRegulators('mengcheng', nameOf(DEMO_COUNTIES.mengcheng), DEMO_COUNTIES.mengcheng),
    ...countyRegulators('lixin', nameOf(DEMO_COUNTIES.lixin), DEMO_COUNTIES.lixin),
    { key: 'guoyang_town', kind: 'locality', name: `${firstGuoyangTown.name}人民政府（安监站）`, regionCode: firstGuoyangTown.code },
    ...Object.values(DEMO_COUNTIES).flatMap((county) =>
      townships.filter((t) => t.parentCode === county).slice(1, 3).map((t) => ({ key: `town_${t.code}`, kind: 'locality' as const, name: `${t.name}人民政府（安监站）`, regionCode: t.code })),
    ),
  ];

  const sectorRows = await db.select().from(sectors);
  const demo = generateDemoEnterprises({
    seed: options.seed ?? 20240101,
    count: options.enterpriseCount ?? 2000,
    townships: townships.map((t) => ({ code: t.code, name: t.name })),
    sectors: sectorRows.map((s) => s.code),
    highRiskSectors: sectorRows.filter((s) => s.highRisk).map((s) => s.code),
  });
  const passwordHash = await hashPassword(DEMO_PASSWORD);

  await db.transaction(async (tx) => {
    const orgIds = new Map<string, string>();
    for (const spec of orgSpecs) {
      const [row] = await tx.insert(orgs).values({ kind: spec.kind, name: spec.name, regionCode: spec.regionCode, sectors: spec.sectors ?? [], createdAt: now, updatedAt: now }).returning({ id: orgs.id });
      if (row) orgIds.set(spec.key, row.id);
    }
    for (let i = 0; i < demo.length; i += 500) {
      await tx.insert(enterprises).values(
        demo.slice(i, i + 500).map(({ principal, controller, safetyManager, ...e }) => ({ ...e, ...personColumns({ principal, controller, safetyManager }), createdAt: now, updatedAt: now })),
      );
    }
    // The demo enterprise account belongs to an operating 涡阳县 enterprise, preferably a hazchem one.
    const guoyangOperating = and(like(enterprises.regionCode, '341621%'), eq(enterprises.status, 'operating'));
    const [demoHazchem] = await tx.select({ id: enterprises.id }).from(enterprises)
      .where(guoyangOperating)
      .orderBy(sql`NOT (${enterprises.sectors} @> ARRAY['hazchem']::text[])`, enterprises.uscc).limit(1);
    if (!demoHazchem) throw new Error('demo seed produced no operating enterprise in 涡阳县');
    for (const spec of demoUsers) {
      await tx.insert(users).values({
        username: spec.username,
        displayName: spec.displayName,
        passwordHash,
        roles: spec.roles,
        orgId: spec.org ? orgIds.get(spec.org) : null,
        enterpriseId: spec.enterprise ? demoHazchem?.id : null,
        createdAt: now,
        updatedAt: now,
        passwordChangedAt: now,
      });
    }
    await appendAudit(tx, { at: now, actorUserId: null, actorName: '系统初始化', ip: null, action: 'system.seed_demo', entityType: null, entityId: null, regionCode: DEMO_CITY, detail: { orgs: orgSpecs.length, enterprises: demo.length, users: demoUsers.length } });
  });
  return { orgs: orgSpecs.length, enterprises: demo.length, users: demoUsers.length };
}
