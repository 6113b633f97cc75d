import { addDays, drawMachine, drawNoticeLabels, drawStatusLabels, replayDrawText, type WorkflowActor } from '@zhiben/core';
import type { Db } from '../../db/client.ts';
import { presentWorkflow } from '../../workflow/present.ts';
import { drawStream, type DrawRecord } from '../../workflow/streams.ts';
import { orgsByIds } from '../plans/plan-orgs.repository.ts';
import { presentTimeline } from '../../workflow/present.ts';
import * as repo from './random-draws.repository.ts';
import type { DrawView } from './random-draws.schema.ts';
import { drawFacts, drawRequirements } from './random-draws.workflow.ts';

const sampleTotal = (row: Pick<DrawRecord, 'strata'>) => row.strata.reduce((sum, s) => sum + s.sampleSize, 0);
export const publicDrawUrl = (id: string) => `/public/random-draws/${id}`;

export async function presentDrawSummaries(db: Db, rows: readonly DrawRecord[]) {
  const orgs = await orgsByIds(db, rows.map((r) => r.orgId));
  return rows.map((row) => ({
    id: row.id,
    drawNo: row.drawNo,
    title: row.title,
    orgId: row.orgId,
    orgName: orgs.get(row.orgId)?.name ?? '',
    regionCode: row.regionCode,
    inspectionKind: row.inspectionKind,
    status: row.status,
    statusLabel: drawStatusLabels[row.status],
    noticeLabel: drawNoticeLabels[row.status],
    candidateCount: row.candidateCount,
    sampleSize: sampleTotal(row),
    drawOn: row.drawOn,
    createdAt: row.createdAt.toISOString(),
  }));
}

/** The draw with its picks, each pick's inspection and result, the actions the actor may take and the timeline. */
export async function presentDraw(db: Db, row: DrawRecord, actor: WorkflowActor, today: string): Promise<DrawView> {
  const inspections = await repo.drawInspections(db, row.id);
  const [[summary], facts, history] = await Promise.all([presentDrawSummaries(db, [row]), drawFacts(db, row, today, inspections), presentTimeline(db, drawStream, row)]);
  const hazards = await repo.hazardCountsOfInspections(db, inspections.map((i) => i.id));
  const byId = new Map(inspections.map((i) => [i.id, i]));
  const lastEnd = inspections.every((i) => i.status === 'closed' || i.status === 'cancelled') && inspections.length > 0 ? inspections.map((i) => i.checkDate ?? '').sort().at(-1) : null;
  if (!summary) throw new Error('summary of one draw');
  return {
    ...summary,
    sectors: row.sectors,
    definition: row.definition,
    strata: row.strata,
    inspectorCount: row.inspectorCount,
    teamSize: row.teamSize,
    inputsHash: row.inputsHash,
    seedHash: row.seedHash,
    seed: row.seed,
    publicInputLabel: row.publicInputLabel,
    publicValue: row.publicValue,
    resultHash: row.resultHash,
    result:
      row.result?.map((p) => {
        const inspection = p.inspectionId ? byId.get(p.inspectionId) : undefined;
        return { ...p, inspectionNo: inspection?.inspectionNo ?? null, inspectionStatus: inspection?.status ?? null, hazards: inspection ? (hazards.get(inspection.id) ?? 0) : null };
      }) ?? null,
    resultsDueOn: row.status === 'approved' && lastEnd ? addDays(lastEnd, 20) : null,
    openInspections: facts.openInspections,
    cancelReason: row.cancelReason,
    version: row.version,
    publicUrl: publicDrawUrl(row.id),
    ...presentWorkflow(drawMachine, facts, actor, (action) => drawRequirements(row, action)),
    ...history,
  };
}

type ReplayFlags = { inputsHashMatches: boolean; seedHashMatches: boolean; resultMatches: boolean };
/**
 * The server's replay of a drawn draw, kept per draw and result hash: what it covers (the stored inputs, seed, public
 * value and result) never changes once drawn, and a province's replay takes seconds. At most REPLAY_CACHE entries.
 */
const replays = new Map<string, ReplayFlags>();
const REPLAY_CACHE = 200;
function cachedReplay(key: string, compute: () => ReplayFlags): ReplayFlags {
  const hit = replays.get(key);
  if (hit) return hit;
  const flags = compute();
  if (replays.size >= REPLAY_CACHE) replays.delete(replays.keys().next().value ?? '');
  replays.set(key, flags);
  return flags;
}

/** The public notice: inputs, commitment, and once drawn the seed, the result and the server's replay of it. */
export async function presentPublicDraw(db: Db, id: string) {
  const row = await repo.systemPublicDraw(db, id);
  if (!row) return null;
  let replay = null;
  if (row.seed !== null && row.publicValue !== null && row.result !== null && row.resultHash !== null) {
    const { seed, publicValue, result } = row;
    replay = cachedReplay(`${row.id}:${row.resultHash}`, () => {
      const replayed = replayDrawText({ inputsText: row.inputsText, inputsHash: row.inputsHash, seedHash: row.seedHash, seed, publicValue, result: result.map((p) => ({ order: p.order, candidateId: p.candidateId, stratum: p.stratum, team: p.team.map((m) => m.id) })) });
      return 'error' in replayed ? { inputsHashMatches: false, seedHashMatches: false, resultMatches: false } : { inputsHashMatches: replayed.inputsHashMatches, seedHashMatches: replayed.seedHashMatches, resultMatches: replayed.resultMatches };
    });
  }
  const published = row.status === 'published';
  const inspections = published ? await repo.drawInspections(db, row.id) : [];
  const hazards = await repo.hazardCountsOfInspections(db, inspections.map((i) => i.id));
  const conclusionOf = (inspectionId: string | null): string | null => {
    if (!published || !inspectionId) return null;
    const i = inspections.find((x) => x.id === inspectionId);
    if (!i) return null;
    if (i.status === 'cancelled') return '未检查（已撤销）';
    const n = hazards.get(i.id) ?? 0;
    return n === 0 ? '未发现问题' : `发现隐患${n}项，已责令整改`;
  };
  return {
    id: row.id,
    drawNo: row.drawNo,
    title: row.title,
    orgName: row.orgName,
    status: row.status,
    noticeLabel: drawNoticeLabels[row.status],
    inspectionKind: row.inspectionKind,
    strata: row.strata,
    teamSize: row.teamSize,
    candidateCount: row.candidateCount,
    inspectorCount: row.inspectorCount,
    inputsText: row.inputsText,
    inputsHash: row.inputsHash,
    seedHash: row.seedHash,
    publicInputLabel: row.publicInputLabel,
    drawOn: row.drawOn,
    committedAt: row.createdAt.toISOString(),
    seed: row.seed,
    publicValue: row.publicValue,
    resultHash: row.resultHash,
    result: row.result?.map(({ inspectionId, ...p }) => ({ ...p, conclusion: conclusionOf(inspectionId) })) ?? null,
    replay,
    cancelReason: row.cancelReason,
  };
}
