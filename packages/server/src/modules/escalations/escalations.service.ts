import type { Scope } from '@zhiben/core';
import type { Db } from '../../db/client.ts';
import { AppError } from '../../errors.ts';
import type { Clock } from '../../lib/clock.ts';
import type { AuthContext, Initiator } from '../../lib/request-context.ts';
import { appendAudit } from '../audit/audit.repository.ts';
import { findEnterprise } from '../enterprises/enterprises.repository.ts';
import { hazardStream } from '../../workflow/streams.ts';
import { recordEvent } from '../../workflow/timeline.ts';
import { inTransaction } from '../../workflow/unit.ts';
import * as repo from './escalations.repository.ts';
import type { CreateEscalationInput } from './escalations.schema.ts';

export type EscalationDeps = { db: Db; clock: Clock };

/**
 * Records a 函告/通报/约谈/曝光 against one hazard, enterprise, region or department in the caller's scope (else
 * 404). The row, its audit entry and — for a hazard — the timeline event are written in one transaction.
 */
export async function createEscalation(deps: EscalationDeps, auth: AuthContext, who: Initiator, input: CreateEscalationInput): Promise<string> {
  const given = (['hazardId', 'enterpriseId', 'regionCode', 'departmentId'] as const).filter((field) => input[field] !== undefined);
  if (given.length !== 1) {
    throw AppError('ESCALATION_TARGET_INVALID', { field: given[1] ?? 'hazardId' });
  }
  const at = deps.clock.now();
  const orgName = auth.user.org?.name ?? null;
  return inTransaction(deps.db, async (unit) => {
    const { tx } = unit;
    const target = await loadTarget(tx, auth, input);
    const id = await repo.insertEscalation(tx, {
      kind: input.kind,
      hazardId: target.hazard?.id ?? null,
      enterpriseId: target.enterpriseId,
      subjectOrgId: target.departmentId,
      regionCode: target.regionCode,
      docNo: input.docNo,
      note: input.note,
      orgId: auth.user.org?.id ?? null,
      createdBy: auth.user.id,
      createdAt: at,
    });
    await appendAudit(tx, {
      at,
      actorUserId: who.userId,
      actorName: who.name,
      ip: who.ip,
      action: 'escalation.create',
      entityType: 'escalation',
      entityId: id,
      regionCode: target.regionCode,
      detail: {
        kind: input.kind,
        subject: target.subject,
        hazardId: target.hazard?.id ?? null,
        hazardNo: target.hazard?.hazardNo ?? null,
        enterpriseId: target.enterpriseId,
        departmentId: target.departmentId,
        regionCode: target.regionCode,
        docNo: input.docNo,
      },
    });
    if (target.hazard) {
      // On the hazard's timeline through the workflow kernel (it locks the hazard and moves its version on).
      await recordEvent(unit, hazardStream, target.hazard.id, {
        at,
        actorId: auth.user.id,
        actorName: auth.user.displayName,
        kind: 'escalation',
        payload: { kind: input.kind, docNo: input.docNo, note: input.note, orgName },
      });
    }
    return id;
  });
}

type Target = {
  subject: 'hazard' | 'enterprise' | 'region' | 'department';
  hazard: repo.HazardTarget | null;
  enterpriseId: string | null;
  departmentId: string | null;
  regionCode: string;
};

async function loadTarget(tx: Db, auth: AuthContext, input: CreateEscalationInput): Promise<Target> {
  if (input.hazardId !== undefined) {
    const hazard = await repo.findHazardTarget(tx, auth.scope, input.hazardId);
    if (!hazard) throw AppError('NOT_FOUND', { field: 'hazardId', message: '隐患不存在' });
    return { subject: 'hazard', hazard, enterpriseId: hazard.enterpriseId, departmentId: null, regionCode: hazard.regionCode };
  }
  if (input.regionCode !== undefined) {
    const region = await repo.findRegionTarget(tx, auth.scope, input.regionCode);
    if (!region) throw AppError('NOT_FOUND', { field: 'regionCode', message: '地区不存在' });
    return { subject: 'region', hazard: null, enterpriseId: null, departmentId: null, regionCode: region.code };
  }
  if (input.departmentId !== undefined) {
    const department = await repo.findDepartmentTarget(tx, auth.scope, input.departmentId);
    if (!department) throw AppError('NOT_FOUND', { field: 'departmentId', message: '部门不存在' });
    return { subject: 'department', hazard: null, enterpriseId: null, departmentId: department.id, regionCode: department.regionCode };
  }
  const enterprise = input.enterpriseId === undefined ? null : await findEnterprise(tx, auth.scope, input.enterpriseId);
  if (!enterprise) throw AppError('NOT_FOUND', { field: 'enterpriseId', message: '企业不存在' });
  return { subject: 'enterprise', hazard: null, enterpriseId: enterprise.id, departmentId: null, regionCode: enterprise.regionCode };
}

/**
 * Escalations in scope recorded against these subjects since a date, as 进展缓慢 shows them: each names its
 * subject by the id the report uses (a region's code, a department's or an enterprise's id).
 */
export async function recordedEscalations(db: Db, scope: Scope, subjects: repo.SubjectRefs, since: Date) {
  return (await repo.escalationsAgainst(db, scope, subjects, since)).map((e) => ({
    id: e.id,
    kind: e.kind,
    docNo: e.docNo,
    note: e.note,
    orgName: e.orgName,
    createdAt: e.createdAt.toISOString(),
    subjectKind: e.subjectKind,
    subjectId: (e.subjectKind === 'region' ? e.regionCode : e.subjectKind === 'department' ? e.departmentId : e.enterpriseId) ?? '',
  }));
}
