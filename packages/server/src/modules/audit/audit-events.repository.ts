// The business events an auditor asks about (认定, 销号, 作废, 挂牌/摘牌, 审批延期, the tip handling steps), read from
// the workflow timelines themselves — the kernel's hash-chained event tables — so nothing is written twice.
import { sql, type SQL } from 'drizzle-orm';
import { hazardActions, tipActions } from '@zhiben/core';
import { rowsOf, type Db } from '../../db/client.ts';

/** Hazard event kinds of the log: the decisions, not the enterprise's own reports and progress notes. */
export const auditedHazardKinds = ['register', 'confirm', 'dismiss', 'decide_extension', 'verify', 'return', 'list', 'delist', 'merge', 'void'] as const satisfies readonly (
  | (typeof hazardActions)[number]
  | 'register'
)[];
/** Tip event kinds of the log: every handling step except questions to and answers from the reporter. */
export const auditedTipKinds = tipActions.filter((k) => k !== 'ask');

export type BusinessEventStream = 'hazard' | 'tip';
export type BusinessEventFilter = { stream?: BusinessEventStream | undefined; kind?: string | undefined; actor?: string | undefined; from: Date; to: Date };
export type BusinessEventRow = {
  stream: BusinessEventStream;
  id: number;
  at: Date | string;
  actor_name: string;
  org_name: string | null;
  kind: string;
  from_status: string | null;
  to_status: string;
  payload: Record<string, unknown>;
  record_no: string;
};

function streamSql(stream: BusinessEventStream, f: BusinessEventFilter): SQL {
  const [table, subject, records, number, kinds] =
    stream === 'hazard' ? (['hazard_events', 'hazard_id', 'hazards', 'hazard_no', auditedHazardKinds] as const) : (['tip_events', 'tip_id', 'tips', 'tip_no', auditedTipKinds] as const);
  const wanted = f.kind ? kinds.filter((k) => k === f.kind) : [...kinds];
  return sql`SELECT ${stream}::text AS stream, e.id, e.at, e.actor_name, e.actor_id, e.kind, e.from_status, e.to_status, e.payload, r.${sql.raw(number)} AS record_no
    FROM ${sql.raw(table)} e JOIN ${sql.raw(records)} r ON r.id = e.${sql.raw(subject)}
    WHERE e.kind = ANY(${`{${wanted.join(',')}}`}::text[]) AND e.at >= ${f.from.toISOString()}::timestamptz AND e.at <= ${f.to.toISOString()}::timestamptz
      ${f.actor ? sql`AND e.actor_name ILIKE ${`%${f.actor}%`}` : sql``}`;
}

/**
 * The events in a time window, newest first. Skips record scope on purpose (systemBusinessEvents): the auditor
 * has no region scope and reads the whole log, like audit_log itself; only the record number, the step, who and
 * when leave here — never a description, a note or anything of a reporter.
 */
export async function systemBusinessEvents(db: Db, f: BusinessEventFilter, page: number, pageSize: number) {
  const streams: BusinessEventStream[] = f.stream ? [f.stream] : ['hazard', 'tip'];
  const union = sql.join(
    streams.map((s) => sql`(${streamSql(s, f)})`),
    sql` UNION ALL `,
  );
  const [items, total] = await Promise.all([
    db
      .execute(
        sql`SELECT x.stream, x.id, x.at, x.actor_name, o.name AS org_name, x.kind, x.from_status, x.to_status, x.payload, x.record_no
          FROM (${union}) x LEFT JOIN users u ON u.id = x.actor_id LEFT JOIN orgs o ON o.id = u.org_id
          ORDER BY x.at DESC, x.id DESC LIMIT ${pageSize} OFFSET ${(page - 1) * pageSize}`,
      )
      .then((r) => rowsOf<BusinessEventRow>(r)),
    db.execute(sql`SELECT count(*)::int AS n FROM (${union}) x`).then((r) => rowsOf<{ n: number }>(r)[0]?.n ?? 0),
  ]);
  return { items, total };
}
