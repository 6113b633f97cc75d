import { and, eq, like, sql } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { enterprises, users } from '../db/schema/index.ts';
import { addDays, chinaDate } from '../lib/dates.ts';
import type { Initiator } from '../lib/request-context.ts';
import { loadSessionUser } from '../modules/auth/auth.repository.ts';
import { contextFor } from '../modules/auth/auth.service.ts';
import { sectorChecklist } from '../modules/checklists/checklists.service.ts';
import { storeUpload } from '../modules/files/files.service.ts';
import { pngWithText } from '../modules/files/test-fixtures.ts';
import * as repo from '../modules/inspections/inspections.repository.ts';
import { planInspection, submitPrincipalCheck } from '../modules/inspections/inspections.service.ts';
import { performInspectionAction } from '../modules/inspections/inspections.workflow.ts';
import type { PlanInspectionInput } from '../modules/inspections/inspections.schema.ts';
import { defaultPrincipalCheckSettings } from '../modules/principal-checks/principal-checks.config.ts';
import { highRiskSectorCodes, systemEnsureCheckPeriods, systemSettleCheckPeriods } from '../modules/principal-checks/principal-checks.periods.ts';
import { actionContext, type ActionContext } from '../workflow/context.ts';

// Fictional inspections and principal-led checks for the demo, written through the services at historical
// times so numbers, timelines and period states are exactly what the app would have recorded: the demo enterprise's
// principal checks every month from 2024 (two months missed), the county 应急管理局 inspects hazchem enterprises (some
// 不符合 raising hazards), and an enforcement check 10 days after a clean principal-led check finds a major hazard
// (a 查不出 pair).

const SITE = { lat: 33.5121, lng: 116.2113 };
const MISSED_MONTHS = new Set(['2024-07', '2025-05']);

export type Seeder = { db: Db; filesDir: string; photoSeq: number };

export async function contextAt(db: Db, username: string, day: string): Promise<ActionContext | null> {
  const [row] = await db.select({ id: users.id }).from(users).where(eq(users.username, username)).limit(1);
  const user = row ? await loadSessionUser(db, row.id) : null;
  if (!user) return null;
  const who: Initiator = { userId: user.id, name: `${user.displayName}(${user.username})`, ip: null };
  const at = new Date(`${day}T10:00:00+08:00`);
  return actionContext({ db, clock: { now: () => at } }, contextFor('demo-seed', user), who);
}

/** A distinct small photo uploaded by the acting user, taken "now" at the site. */
async function photo(s: Seeder, ctx: ActionContext) {
  s.photoSeq += 1;
  const stored = await storeUpload({ db: s.db, filesDir: s.filesDir }, ctx.auth.user.id, { filename: 'site.png', bytes: pngWithText(8 + (s.photoSeq % 200), 8 + Math.floor(s.photoSeq / 200)) });
  return { sha256: stored.sha256, takenAt: ctx.now.toISOString(), lat: SITE.lat, lng: SITE.lng };
}

async function principalCheck(s: Seeder, day: string, sector: string, failFirst: boolean): Promise<void> {
  const ctx = await contextAt(s.db, 'ent_principal', day);
  if (!ctx) return;
  const checklist = (await sectorChecklist(s.db, sector, day))?.items ?? [];
  const findingPhoto = failFirst ? [await photo(s, ctx)] : [];
  await submitPrincipalCheck(
    ctx,
    {
      checkDate: day,
      checklist: { sector },
      location: SITE,
      photos: [await photo(s, ctx)],
      attendance: [
        { name: '演示负责人', post: '主要负责人', signed: true },
        { name: '演示安全员', post: '安全管理员', signed: true },
      ],
      items: checklist.map((it, k) => {
        const fail = failFirst && k === 0;
        return {
          seq: k + 1,
          result: fail ? 'fail' : 'pass',
          note: fail ? '现场发现该项不符合要求（演示）' : '',
          location: '',
          photos: fail ? findingPhoto : [],
          criterionIds: [],
          major: false,
          hazard: fail ? { action: 'raise', title: `带队检查发现：${it.text}`.slice(0, 200), description: '', deadline: addDays(day, 30), fixedOnSite: false, interimControls: '' } : null,
        };
      }),
      conclusion: failFirst ? '发现1项问题，已登记隐患并明确整改责任人和期限。' : '未发现问题。',
    },
    null,
  );
}

type TeamInput = PlanInspectionInput['members'];

/** A staff inspection held on `day` (planned, started, recorded, closed); `team` joins the planner (experts by record). */
export async function staffInspection(s: Seeder, day: string, enterpriseId: string, sector: string, fails: number, kind: 'enforcement' | 'supervision' | 'expert_service' | 'insurer_service', team: TeamInput = [], planner = 'guoyang_yjj'): Promise<string | null> {
  const ctx = await contextAt(s.db, planner, day);
  if (!ctx) return null;
  const planned = await planInspection(ctx, {
    kind,
    methods: kind === 'enforcement' ? ['four_no_two_straight'] : [],
    jointOrgs: [],
    subjectKind: 'enterprise',
    enterpriseId,
    premisesId: null,
    plannedOn: day,
    dueOn: null,
    campaign: null,
    members: [
      { userId: ctx.auth.user.id, name: ctx.auth.user.displayName, role: 'leader', orgName: ctx.auth.user.org?.name ?? '' },
      ...(team.length > 0 ? team : [{ userId: null, name: '演示检查员', role: 'officer' as const, orgName: ctx.auth.user.org?.name ?? '' }]),
    ],
    checklist: { sector },
    trigger: null,
  });
  const reader = await repo.inspectionReaderOf(s.db, ctx.auth);
  const reload = async () => {
    const row = await repo.findInspection(s.db, reader, planned.id);
    if (!row) throw new Error(`demo inspection ${planned.id} vanished`);
    return row;
  };
  let row = await reload();
  await performInspectionAction(ctx, row, 'start', { version: row.version, location: SITE, photos: [await photo(s, ctx)], remoteEvidence: [] });
  row = await reload();
  const items = await repo.listItems(s.db, row.id);
  const findingPhotos = await Promise.all(items.slice(0, fails).map(() => photo(s, ctx)));
  await performInspectionAction(ctx, row, 'record', {
    version: row.version,
    tests: [],
    items: items.map((it, k) => {
      const fail = k < fails;
      return {
        seq: it.seq,
        result: fail ? 'fail' : 'pass',
        note: fail ? '现场检查发现不符合（演示）' : '',
        location: '',
        photos: fail && findingPhotos[k] ? [findingPhotos[k]] : [],
        criterionIds: [],
        major: fail && kind === 'enforcement',
        hazard: fail ? { action: 'raise', title: it.text.slice(0, 200), description: '', deadline: addDays(day, 30), fixedOnSite: false, interimControls: '' } : null,
      };
    }),
  });
  row = await reload();
  await performInspectionAction(ctx, row, 'close', {
    version: row.version,
    conclusion: fails > 0 ? `发现${fails}项问题，已登记隐患并责令限期整改。` : '未发现问题。',
    signatures: [{ role: 'leader', name: ctx.auth.user.displayName, image: null }],
    noCaseReason: fails > 0 && kind === 'enforcement' ? '企业已当场停止相关作业并承诺限期整改，复查后依法处理（演示）' : null,
  });
  return planned.id;
}

export async function seedDemoInspections(db: Db, filesDir: string, options: { now?: Date } = {}): Promise<{ inspections: number; principalChecks: number }> {
  const today = chinaDate(options.now ?? new Date());
  const [demo] = await db.select({ id: enterprises.id, sectors: enterprises.sectors }).from(enterprises).innerJoin(users, eq(users.enterpriseId, enterprises.id)).where(eq(users.username, 'ent_principal')).limit(1);
  if (!demo) return { inspections: 0, principalChecks: 0 };
  const sector = demo.sectors[0] ?? 'hazchem';
  // The demo enterprise is on record since 2023, so its periods run from 2024.
  await db.update(enterprises).set({ createdAt: new Date('2023-12-01T10:00:00+08:00'), status: 'operating' }).where(eq(enterprises.id, demo.id));
  const others = await db
    .select({ id: enterprises.id })
    .from(enterprises)
    .where(and(like(enterprises.regionCode, '341621%'), eq(enterprises.status, 'operating'), sql`${enterprises.sectors} @> ARRAY[${sector}]::text[]`, sql`${enterprises.id} <> ${demo.id}`))
    .orderBy(enterprises.uscc)
    .limit(6);
  const s: Seeder = { db, filesDir, photoSeq: 0 };
  const highRisk = await highRiskSectorCodes(db);
  let principalChecks = 0;
  let inspections = 0;
  let lastCheck: string | null = null;
  for (let month = '2024-01'; `${month}-15` < today; month = addDays(`${month}-28`, 7).slice(0, 7)) {
    await systemEnsureCheckPeriods(db, `${month}-01`, highRisk);
    if (MISSED_MONTHS.has(month)) continue;
    const day = `${month}-${month.endsWith('0') ? '08' : '15'}`;
    if (addDays(day, 12) >= today) break;
    await principalCheck(s, day, sector, principalChecks % 7 === 3 && month < '2026-06');
    principalChecks += 1;
    lastCheck = day;
  }
  const dates = ['2025-03-12', '2025-06-18', '2025-09-09', '2026-01-14', '2026-04-22', '2026-07-08'];
  for (const [k, e] of others.entries()) {
    const day = dates[k];
    if (!day || day >= today) continue;
    await staffInspection(s, day, e.id, sector, k % 3, k % 2 === 0 ? 'enforcement' : 'supervision');
    inspections += 1;
  }
  // 查不出: an enforcement check 10 days after the last clean principal-led check finds a major hazard on the same list.
  if (lastCheck && addDays(lastCheck, 10) < today) {
    await staffInspection(s, addDays(lastCheck, 10), demo.id, sector, 1, 'enforcement');
    inspections += 1;
  }
  await systemEnsureCheckPeriods(db, today, highRisk);
  await systemSettleCheckPeriods(db, today, defaultPrincipalCheckSettings.backdateDays, options.now ?? new Date());
  return { inspections, principalChecks };
}
