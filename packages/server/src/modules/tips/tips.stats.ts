import { and, sql, type SQL } from 'drizzle-orm';
import { regionPrefix, tipChannelLabels, type Scope, type TipChannel } from '@zhiben/core';
import { rowsOf, type Db } from '../../db/client.ts';
import { tips } from '../../db/schema/index.ts';
import type { SlaClock } from './tips.presenter.ts';
import { tipInScope } from './tips.repository.ts';
import type { tipStatsQuery, tipStatsResponse } from './tips.schema.ts';
import type { z } from 'zod';

type Raw = {
  key: string | null;
  received: number;
  accepted: number;
  declined: number;
  verified: number;
  investigated: number;
  reward_approved: number;
  reward_paid: number;
  sla_met: number;
  sla_due: number;
};

// Figures (docs/tips-api.md): verifiedRate = verified / tips with a recorded investigation; slaCompliance =
// decided in time / (decided + undecided past their due day). No identity column is ever touched.
const figures = (today: string) => sql`
  count(*)::int AS received,
  count(*) FILTER (WHERE ${tips.status} NOT IN ('received', 'declined'))::int AS accepted,
  count(*) FILTER (WHERE ${tips.status} = 'declined')::int AS declined,
  count(*) FILTER (WHERE (${tips.investigation}->>'verified') = 'true')::int AS verified,
  count(*) FILTER (WHERE ${tips.investigation} IS NOT NULL)::int AS investigated,
  coalesce(sum(${tips.rewardAmountYuan}) FILTER (WHERE ${tips.rewardStatus} IN ('approved', 'paid')), 0)::int AS reward_approved,
  coalesce(sum(${tips.rewardAmountYuan}) FILTER (WHERE ${tips.rewardStatus} = 'paid'), 0)::int AS reward_paid,
  count(*) FILTER (WHERE ${tips.decidedAt} IS NOT NULL AND (${tips.decidedAt} AT TIME ZONE 'Asia/Shanghai')::date <= ${tips.dueOn})::int AS sla_met,
  count(*) FILTER (WHERE ${tips.decidedAt} IS NOT NULL OR ${tips.dueOn} < ${today})::int AS sla_due`;

const ratio = (a: number, b: number) => (b === 0 ? null : Math.round((a / b) * 10_000) / 10_000);
const row = (r: Raw) => ({
  received: r.received,
  accepted: r.accepted,
  declined: r.declined,
  verified: r.verified,
  verifiedRate: ratio(r.verified, r.investigated),
  rewardApprovedYuan: r.reward_approved,
  rewardPaidYuan: r.reward_paid,
  slaCompliance: ratio(r.sla_met, r.sla_due),
});

export async function tipStats(db: Db, scope: Scope, query: z.infer<typeof tipStatsQuery>, clock: SlaClock): Promise<z.infer<typeof tipStatsResponse>> {
  const where: SQL | undefined = and(
    tipInScope(scope),
    query.regionCode ? sql`${tips.regionCode} LIKE ${`${regionPrefix(query.regionCode)}%`}` : undefined,
    query.from ? sql`(${tips.receivedAt} AT TIME ZONE 'Asia/Shanghai')::date >= ${query.from}` : undefined,
    query.to ? sql`(${tips.receivedAt} AT TIME ZONE 'Asia/Shanghai')::date <= ${query.to}` : undefined,
  );
  const grouped = async (key: SQL) =>
    rowsOf<Raw>(await db.execute(sql`SELECT ${key} AS key, ${figures(clock.today)} FROM ${tips} WHERE ${where ?? sql`true`} GROUP BY 1 ORDER BY 1`));
  const [totals, byCounty, bySector, byChannel, regionNames, sectorNames] = await Promise.all([
    grouped(sql`'all'`),
    grouped(sql`substr(${tips.regionCode}, 1, 6) || '000000'`),
    grouped(sql`coalesce(${tips.sector}, '')`),
    grouped(sql`${tips.channel}`),
    rowsOf<{ code: string; name: string }>(await db.execute(sql`SELECT code, name FROM regions WHERE level IN ('county', 'city', 'province') AND code LIKE ${`${scope.kind === 'region' ? scope.regionPrefix : ''}%`}`)),
    rowsOf<{ code: string; name: string }>(await db.execute(sql`SELECT code, name FROM sectors`)),
  ]);
  const regionName = new Map(regionNames.map((r) => [r.code, r.name]));
  const sectorName = new Map(sectorNames.map((s) => [s.code, s.name]));
  const empty: Raw = { key: null, received: 0, accepted: 0, declined: 0, verified: 0, investigated: 0, reward_approved: 0, reward_paid: 0, sla_met: 0, sla_due: 0 };
  return {
    totals: row(totals[0] ?? empty),
    byRegion: byCounty.map((r) => ({ key: r.key ?? '', label: regionName.get(r.key ?? '') ?? r.key ?? '', ...row(r) })),
    bySector: bySector.map((r) => ({ key: r.key ?? '', label: r.key ? (sectorName.get(r.key) ?? r.key) : '未转办', ...row(r) })),
    byChannel: byChannel.map((r) => ({ key: r.key ?? '', label: tipChannelLabels[r.key as TipChannel] ?? r.key ?? '', ...row(r) })),
  };
}
