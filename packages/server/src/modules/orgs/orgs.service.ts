import type { z } from 'zod';
import type { Db } from '../../db/client.ts';
import { AppError } from '../../errors.ts';
import type { Clock } from '../../lib/clock.ts';
import type { Initiator } from '../../lib/request-context.ts';
import { appendAudit } from '../audit/audit.repository.ts';
import { findRegion, listSectors } from '../reference/reference.repository.ts';
import * as repo from './orgs.repository.ts';
import type { createOrgBody, updateOrgBody } from './orgs.schema.ts';

type Deps = { db: Db; clock: Clock };

async function validate(db: Db, input: { kind: string; regionCode: string; sectors: string[]; name: string }, selfId: string | null) {
  if (!(await findRegion(db, input.regionCode))) throw AppError('REGION_UNKNOWN', { field: 'regionCode' });
  if (input.kind !== 'regulator' && input.sectors.length > 0) throw AppError('ORG_SECTORS_ONLY_REGULATOR', { field: 'sectors' });
  const known = new Set((await listSectors(db)).map((s) => s.code));
  const unknown = input.sectors.find((s) => !known.has(s));
  if (unknown) throw AppError('SECTOR_UNKNOWN', { field: 'sectors', message: `行业领域不存在：${unknown}` });
  const clash = await repo.findOrgByName(db, input.regionCode, input.name);
  if (clash && clash.id !== selfId) throw AppError('ORG_NAME_TAKEN', { field: 'name' });
}

export async function createOrg(deps: Deps, who: Initiator, input: z.infer<typeof createOrgBody>) {
  await validate(deps.db, input, null);
  const now = deps.clock.now();
  return deps.db.transaction(async (tx) => {
    const id = await repo.insertOrg(tx, { ...input, createdAt: now, updatedAt: now });
    await appendAudit(tx, { at: now, actorUserId: who.userId, actorName: who.name, ip: who.ip, action: 'org.create', entityType: 'org', entityId: id, regionCode: input.regionCode, detail: { ...input } });
    return id;
  });
}

export async function updateOrg(deps: Deps, who: Initiator, id: string, input: z.infer<typeof updateOrgBody>) {
  const current = await repo.findOrg(deps.db, id);
  if (!current) throw AppError('NOT_FOUND');
  const next = { kind: input.kind ?? current.kind, name: input.name ?? current.name, regionCode: input.regionCode ?? current.regionCode, sectors: input.sectors ?? current.sectors };
  await validate(deps.db, next, id);
  const now = deps.clock.now();
  await deps.db.transaction(async (tx) => {
    await repo.updateOrg(tx, id, { ...next, updatedAt: now });
    await appendAudit(tx, { at: now, actorUserId: who.userId, actorName: who.name, ip: who.ip, action: 'org.update', entityType: 'org', entityId: id, regionCode: next.regionCode, detail: { before: current, after: next } });
  });
}
