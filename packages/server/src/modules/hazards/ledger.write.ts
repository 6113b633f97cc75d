// 隐患台账 import, the write of one batch (ledger.import.ts runs it in the batch's transaction): the same code as
// the API writes with — the hazards repository (rows, numbers from its counter) and the workflow timeline.
import { randomUUID } from 'node:crypto';
import { formatHazardNo, parseHazardNo, textFingerprint } from '@zhiben/core';
import { hazardStream } from '../../workflow/streams.ts';
import { appendFirstEvents } from '../../workflow/timeline.ts';
import type { Unit } from '../../workflow/unit.ts';
import * as repo from './hazards.repository.ts';
import type { LedgerImporter } from './ledger.import.ts';
import type { ResolvedRow } from './ledger.resolve.ts';
import { chinaMidnight } from './ledger.spec.ts';

/**
 * Creates the batch's new hazards with their one 'imported' timeline event each, set-based: numbers in one block
 * per county and year from the hazards repository's counter (kept numbers move it on), one insert of the rows,
 * and appendFirstEvents (one insert of the sealed events, one publish: the statistics follow the whole batch).
 * The hazards are history, so the first events notify nobody.
 */
export async function writeBatch(unit: Unit, now: Date, importer: LedgerImporter, fileSha256: string, rows: readonly ResolvedRow[]): Promise<number> {
  const { tx } = unit;
  const fresh = rows.filter((r) => !r.duplicate);
  if (fresh.length === 0) return 0;

  // Numbers: kept ones move their county's sequence past them; the others come from it in one call per county and year (historical stock keeps its year).
  const numbers = new Map<ResolvedRow, string>();
  const blocks = new Map<string, ResolvedRow[]>();
  for (const r of fresh) {
    const own = r.keepHazardNo ? parseHazardNo(r.hazardNo) : null;
    if (own) {
      await repo.keepHazardSeq(tx, own.countyCode, own.year, own.seq);
      numbers.set(r, r.hazardNo);
    } else {
      const key = `${r.enterprise.regionCode.slice(0, 6)}-${r.foundAt.slice(0, 4)}`;
      blocks.set(key, [...(blocks.get(key) ?? []), r]);
    }
  }
  for (const block of blocks.values()) {
    const first = block[0];
    if (!first) continue;
    const year = Number(first.foundAt.slice(0, 4));
    const seqs = await repo.nextHazardSeqs(tx, first.enterprise.regionCode.slice(0, 6), year, block.length);
    block.forEach((r, i) => numbers.set(r, formatHazardNo(r.enterprise.regionCode, year, seqs[i] ?? 0)));
  }

  const planned = fresh.map((r) => ({ id: randomUUID(), r }));
  const written = await repo.insertHazards(
    tx,
    planned.map(({ id, r }) => {
      const closedAt = r.closedAt ? chinaMidnight(r.closedAt) : null;
      return {
        id,
        hazardNo: numbers.get(r) ?? '',
        enterpriseId: r.enterprise.id,
        regionCode: r.enterprise.regionCode,
        sector: r.sector,
        level: r.level,
        source: r.source,
        criterionIds: r.criterionIds,
        title: r.title,
        description: r.description,
        location: r.location,
        foundAt: r.foundAt,
        foundByOrgId: importer.orgId,
        foundByUserId: importer.userId,
        foundByEnterprise: r.source === 'self_inspection',
        deadline: r.deadline,
        plan: r.plan,
        interimControls: r.interimControls,
        status: r.status,
        closedAt: r.status === 'closed' ? closedAt : null,
        dismissedAt: r.status === 'dismissed' ? closedAt : null,
        fingerprint: textFingerprint(`${r.title} ${r.description}`),
        createdAt: now,
        updatedAt: now,
      };
    }),
  );
  const byId = new Map(written.map((hazard) => [hazard.id, hazard]));
  await appendFirstEvents(
    unit,
    hazardStream,
    planned.flatMap(({ id, r }) => {
      const hazard = byId.get(id);
      if (!hazard) return [];
      return {
        subject: hazard,
        event: {
          at: now,
          actorId: importer.userId,
          actorName: importer.who.name,
          kind: 'imported',
          fromStatus: null,
          toStatus: r.status,
          payload: {
            sourceRow: r.row,
            fileSha256,
            originalHazardNo: r.hazardNo || null,
            closedAt: r.closedAt,
            hazardNo: hazard.hazardNo,
            level: r.level,
            source: r.source,
            sector: r.sector,
            deadline: r.deadline,
            criterionIds: r.criterionIds,
            ledger: r.extras,
          },
        },
      };
    }),
    { history: true },
  );
  return fresh.length;
}
