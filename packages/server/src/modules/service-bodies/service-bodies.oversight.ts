// 第三方服务机构, continued (MODULES A-6, E3/E4, D14, M5): an insurer's 安责险 policies, 资质保持/过程控制/执业行为
// checks of a body, the quarter's sample of bodies for 资质保持 checks, and the registers of 执法技术检查员 and 社会监督员.
import { randomUUID } from 'node:crypto';
import {
  bodyCheckActionLabels,
  bodyCheckKindLabels,
  checkSampleSeed,
  defaultServiceBodySettings,
  drawCheckSample,
  explainCheckResultError,
  explainPeriodError,
  maskIdNumber,
  reviewResultLabels,
  supervisionPersonKindLabels,
  type Scope,
} from '@zhiben/core';
import type { Db } from '../../db/client.ts';
import { checkedIdNumber } from '../../lib/id-number.ts';
import { AppError } from '../../errors.ts';
import type { Initiator } from '../../lib/request-context.ts';
import { inTransaction } from '../../workflow/unit.ts';
import { appendAudit } from '../audit/audit.repository.ts';
import { findEnterprise } from '../enterprises/enterprises.repository.ts';
import * as repo from './service-bodies.oversight.repository.ts';
import type { CheckInput, PersonInput, PersonPatchInput, PolicyInput } from './service-bodies.oversight.schema.ts';
import type { BodyRow } from './service-bodies.repository.ts';
import type { Owner, ServiceBodyDeps } from './service-bodies.service.ts';

export const personIdContext = (personId: string) => `supervision_people:${personId}:id_number`;

function audit(db: Db, at: Date, who: Initiator, action: string, entityType: string, entityId: string, regionCode: string, detail: Record<string, unknown>) {
  return appendAudit(db, { at, actorUserId: who.userId, actorName: who.name, ip: who.ip, action, entityType, entityId, regionCode, detail });
}

/**
 * A 安责险 policy of an insurer for an enterprise in the caller's scope. Periods of one insurer and enterprise may
 * follow each other (renewals) but not overlap: the check runs under a lock on that pair.
 */
export async function addPolicy(deps: ServiceBodyDeps, scope: Scope, body: BodyRow, who: Initiator, input: PolicyInput): Promise<repo.PolicyRow> {
  if (body.type !== 'insurer') throw AppError('VALIDATION', { field: 'bodyId', message: '只有类型为「保险」的机构可以登记投保企业' });
  const reason = explainPeriodError(input.periodFrom, input.periodTo, { from: '保险期起', to: '保险期止' });
  if (reason) throw AppError('VALIDATION', { field: 'periodTo', message: reason });
  const enterprise = await findEnterprise(deps.db, scope, input.enterpriseId);
  if (!enterprise) throw AppError('VALIDATION', { field: 'enterpriseId', message: '「投保企业」不存在或不在本单位辖区' });
  const now = deps.clock.now();
  return inTransaction(deps.db, async ({ tx }) => {
    await repo.lockPolicies(tx, body.id, enterprise.id);
    const clash = await repo.overlappingPolicy(tx, body.id, enterprise.id, input.periodFrom, input.periodTo);
    if (clash) throw AppError('VALIDATION', { field: 'periodFrom', message: `「保险期间」与该企业已登记的保单 ${clash.policyNo}（${clash.periodFrom}至${clash.periodTo}）重叠` });
    const row = await repo.insertPolicy(tx, { ...input, bodyId: body.id, enterpriseId: enterprise.id, regionCode: enterprise.regionCode, createdBy: who.userId });
    await audit(tx, now, who, 'service_body.policy_add', 'service_body', body.id, body.regionCode, { enterprise: enterprise.name, policyNo: input.policyNo, periodFrom: input.periodFrom, periodTo: input.periodTo });
    return row;
  });
}

/** A 资质保持/过程控制/执业行为 check; the action is recorded only (changing the body's status is its own PATCH). */
export async function addCheck(deps: ServiceBodyDeps, body: BodyRow, who: Initiator, input: CheckInput): Promise<repo.CheckRow> {
  const reason = explainCheckResultError(input.result, input.findings);
  if (reason) throw AppError('VALIDATION', { field: 'findings', message: reason });
  const now = deps.clock.now();
  const findings = input.result === 'fail' ? input.findings : [];
  const action = input.result === 'fail' ? input.action : 'none';
  return inTransaction(deps.db, async ({ tx }) => {
    const row = await repo.insertCheck(tx, { ...input, findings, action, bodyId: body.id, createdBy: who.userId });
    await audit(tx, now, who, 'service_body.check', 'service_body', body.id, body.regionCode, {
      kind: bodyCheckKindLabels[input.kind],
      checkedOn: input.checkedOn,
      result: reviewResultLabels[input.result],
      action: bodyCheckActionLabels[action],
    });
    return row;
  });
}

/**
 * The quarter's sample of the org's listed bodies for 资质保持 checks: seeded by the quarter's 复核 draw when there is
 * one (one published seed per quarter), else by HMAC-SM3 of the org and quarter, so anyone can recompute it.
 */
export async function checkSample(db: Db, owner: Owner, quarter: string, ratePercent = defaultServiceBodySettings.checkRatePercent) {
  const [drawSeed, bodies] = await Promise.all([repo.findDrawSeed(db, owner.id, quarter), repo.systemListedBodiesOfOrg(db, owner.id)]);
  const seed = drawSeed ?? checkSampleSeed(owner.id, quarter);
  const drawn = new Set(drawCheckSample(seed, quarter, bodies.map((b) => b.id), ratePercent));
  return { seedSource: drawSeed ? ('review_draw' as const) : ('derived' as const), seed, ratePercent, listed: bodies.length, bodies: bodies.filter((b) => drawn.has(b.id)) };
}

// ---- 执法技术检查员 / 社会监督员 ----

const checkTerm = (from: string, to: string) => {
  const reason = explainPeriodError(from, to, { from: '聘期起', to: '聘期止' });
  if (reason) throw AppError('VALIDATION', { field: 'termTo', message: reason });
};

export async function addPerson(deps: ServiceBodyDeps, owner: Owner, who: Initiator, input: PersonInput): Promise<repo.PersonRow> {
  const now = deps.clock.now();
  checkTerm(input.termFrom, input.termTo);
  const { idNumber: rawId, ...fields } = input;
  const idNumber = checkedIdNumber(rawId, now);
  const id = randomUUID();
  return inTransaction(deps.db, async ({ tx }) => {
    const row = await repo.insertPerson(tx, {
      ...fields,
      id,
      orgId: owner.id,
      regionCode: owner.regionCode,
      idNumberSealed: idNumber ? deps.crypto.seal(idNumber, personIdContext(id)) : null,
      idNumberMasked: idNumber ? maskIdNumber(idNumber) : '',
      createdBy: who.userId,
    });
    // The audit row says an ID number was recorded, never which.
    await audit(tx, now, who, 'supervision_person.create', 'supervision_person', row.id, row.regionCode, { kind: supervisionPersonKindLabels[row.kind], name: row.name, idRecorded: idNumber !== null });
    return row;
  });
}

export async function updatePerson(deps: ServiceBodyDeps, current: repo.PersonRow, who: Initiator, input: PersonPatchInput): Promise<repo.PersonRow> {
  const now = deps.clock.now();
  const { version, idNumber: rawId, ...changes } = input;
  checkTerm(changes.termFrom ?? current.termFrom, changes.termTo ?? current.termTo);
  const idNumber = checkedIdNumber(rawId, now);
  return inTransaction(deps.db, async ({ tx }) => {
    const row = await repo.updatePersonIfVersion(tx, current.id, version, {
      ...changes,
      ...(idNumber ? { idNumberSealed: deps.crypto.seal(idNumber, personIdContext(current.id)), idNumberMasked: maskIdNumber(idNumber) } : {}),
    });
    if (!row) throw AppError('CONFLICT');
    await audit(tx, now, who, 'supervision_person.update', 'supervision_person', row.id, row.regionCode, { name: row.name, fields: Object.keys(changes), idChanged: idNumber !== null });
    return row;
  });
}
