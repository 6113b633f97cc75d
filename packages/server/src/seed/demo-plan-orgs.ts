import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { orgs } from '../db/schema/index.ts';
import { DEMO_CITY, DEMO_COUNTIES } from './demo.ts';
import type { DemoOrgKey } from './demo-plan-tasks.ts';

// The 市安委会 member units 亳州's plan names in its division of labour (四、(二)), with the sectors each leads. The
// demo's first seed created only the 安委办 and the 应急管理局 at city level; the rest are added here (no accounts).
export const DEMO_MEMBER_UNITS: readonly { key: Exclude<DemoOrgKey, 'aqb'>; name: string; sectors: string[] }[] = [
  { key: 'yjj', name: '亳州市应急管理局', sectors: ['hazchem', 'fireworks', 'industry_trade', 'mining'] },
  { key: 'jyj', name: '亳州市教育局', sectors: ['school'] },
  { key: 'jxj', name: '亳州市经济和信息化局', sectors: ['civil_explosives'] },
  { key: 'mzj', name: '亳州市民政局', sectors: ['elderly_care'] },
  { key: 'sthjj', name: '亳州市生态环境局', sectors: [] },
  { key: 'zjj', name: '亳州市住房和城乡建设局', sectors: ['construction'] },
  { key: 'cgj', name: '亳州市城市管理局', sectors: ['city_gas'] },
  { key: 'gaj', name: '亳州市公安局', sectors: ['road_traffic'] },
  { key: 'jtj', name: '亳州市交通运输局', sectors: ['road_transport', 'waterway'] },
  { key: 'nyj', name: '亳州市农业农村局', sectors: ['agriculture'] },
  { key: 'slj', name: '亳州市水利局', sectors: ['water_conservancy'] },
  { key: 'wlj', name: '亳州市文化旅游体育局', sectors: ['culture_tourism', 'sports', 'cultural_relics'] },
  { key: 'wjw', name: '亳州市卫生健康委员会', sectors: ['healthcare'] },
  { key: 'scj', name: '亳州市市场监督管理局', sectors: ['special_equipment'] },
  { key: 'swj', name: '亳州市商务局', sectors: ['commerce'] },
  { key: 'zrzyj', name: '亳州市自然资源和规划局', sectors: [] },
  { key: 'fgw', name: '亳州市发展和改革委员会', sectors: ['grain_reserve', 'power', 'mining'] },
  { key: 'yzj', name: '亳州市邮政管理局', sectors: ['postal'] },
  { key: 'zd', name: '亳州市消防救援支队', sectors: ['fire'] },
];

export type DemoPlanOrgs = {
  /** Member units and the city 安委办 by key. */
  city: Record<DemoOrgKey, string>;
  /** The four county-level 安委办 by county key. */
  counties: Record<keyof typeof DEMO_COUNTIES, string>;
};

/**
 * The city 安委办, its member units (created when missing) and the county 安委办 of the demo region. Idempotent: a
 * unit is found by its name within 亳州市, so a ./data seeded before Module B gains only what it lacks.
 */
export async function ensureDemoPlanOrgs(db: Db, now: Date): Promise<DemoPlanOrgs> {
  const existing = await db.select({ id: orgs.id, name: orgs.name, regionCode: orgs.regionCode, kind: orgs.kind }).from(orgs).where(inArray(orgs.regionCode, [DEMO_CITY, ...Object.values(DEMO_COUNTIES)]));
  const byName = new Map(existing.filter((o) => o.regionCode === DEMO_CITY).map((o) => [o.name, o.id]));
  const missing = DEMO_MEMBER_UNITS.filter((u) => !byName.has(u.name));
  if (missing.length > 0) {
    const rows = await db
      .insert(orgs)
      .values(missing.map((u) => ({ kind: 'regulator' as const, name: u.name, regionCode: DEMO_CITY, sectors: u.sectors, createdAt: now, updatedAt: now })))
      .returning({ id: orgs.id, name: orgs.name });
    for (const r of rows) byName.set(r.name, r.id);
  }
  const aqb = byName.get('亳州市安全生产委员会办公室');
  if (!aqb) throw new Error('demo region lacks 亳州市安全生产委员会办公室; run seedDemo first');
  const city = { aqb } as Record<DemoOrgKey, string>;
  for (const unit of DEMO_MEMBER_UNITS) {
    const id = byName.get(unit.name);
    if (!id) throw new Error(`member unit ${unit.name} missing`);
    city[unit.key] = id;
  }
  const counties = {} as Record<keyof typeof DEMO_COUNTIES, string>;
  for (const [key, code] of Object.entries(DEMO_COUNTIES) as [keyof typeof DEMO_COUNTIES, string][]) {
    const [committee] = await db.select({ id: orgs.id }).from(orgs).where(and(eq(orgs.regionCode, code), eq(orgs.kind, 'committee'))).limit(1);
    if (!committee) throw new Error(`county committee of ${code} missing`);
    counties[key] = committee.id;
  }
  return { city, counties };
}
