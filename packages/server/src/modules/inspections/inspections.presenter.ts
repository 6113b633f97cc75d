import { isEnterpriseActor, recordHash, type InspectionAction } from '@zhiben/core';
import type { Db } from '../../db/client.ts';
import type { ActionContext } from '../../workflow/context.ts';
import { presentWorkflow } from '../../workflow/present.ts';
import { inspectionMachine } from '@zhiben/core';
import * as repo from './inspections.repository.ts';
import type { InspectionSummary, InspectionView } from './inspections.schema.ts';
import { principalCheckRecord } from './inspections.service.ts';
import { actionRequirements, inspectionFacts } from './inspections.workflow.ts';

export function presentSummary(row: repo.InspectionListRow): InspectionSummary {
  return {
    id: row.id,
    inspectionNo: row.inspectionNo,
    kind: row.kind,
    methods: row.methods,
    subjectKind: row.subjectKind,
    subject: { id: row.enterpriseId ?? row.premisesId ?? '', name: row.subjectName },
    regionCode: row.regionCode,
    regionName: row.regionName,
    orgName: row.orgName,
    leaderName: row.leaderName,
    ledByPrincipal: row.ledByPrincipal,
    trigger: row.trigger,
    plannedOn: row.plannedOn,
    dueOn: row.dueOn,
    checkDate: row.checkDate,
    status: row.status,
    findings: row.findings,
    majorFindings: row.majorFindings,
    unreleased: row.methods.includes('unannounced') && row.releasedAt === null,
  };
}

/** The record with its team, items (and the hazards they raised), tests, and the actions and forms the caller may use. */
export async function presentInspection(db: Db, ctx: Pick<ActionContext, 'actor' | 'auth'>, row: repo.InspectionListRow): Promise<InspectionView> {
  const [members, items, tests, facts] = await Promise.all([repo.listMembers(db, row.id), repo.listItems(db, row.id), repo.listTests(db, row.id), inspectionFacts(db, row)]);
  const workflow = presentWorkflow(inspectionMachine, facts, ctx.actor, (a: InspectionAction) => actionRequirements(row, a));
  const enterpriseViewer = isEnterpriseActor(ctx.actor);
  return {
    ...presentSummary(row),
    jointOrgs: row.jointOrgs,
    sectors: row.sectors,
    org: row.orgId ? { id: row.orgId, name: row.orgName ?? '' } : null,
    leaderId: row.leaderId,
    campaign: row.campaign,
    randomDrawId: row.randomDrawId,
    // An enterprise never learns that a tip set the inspection off (举报人保护).
    triggerRef: enterpriseViewer ? null : row.triggerRef,
    trigger: enterpriseViewer && row.trigger === 'tip' ? 'manual' : row.trigger,
    startedAt: row.startedAt?.toISOString() ?? null,
    start: { lat: row.startLat, lng: row.startLng, photos: row.startPhotos },
    endedAt: row.endedAt?.toISOString() ?? null,
    checklist: { id: row.checklistId, ref: row.checklistRef, title: row.checklistTitle, version: row.checklistVersion },
    conclusion: row.conclusion,
    signatures: row.signatures,
    attendance: row.attendance,
    remoteEvidence: row.remoteEvidence,
    noCaseReason: row.noCaseReason,
    releasedAt: row.releasedAt?.toISOString() ?? null,
    recordHash: row.recordHash,
    hashIntact: row.recordHash ? recordHash(principalCheckRecord(row, items)) === row.recordHash : null,
    members: members.map((m) => ({ seq: m.seq, userId: m.userId, expertId: m.expertId, name: m.name, role: m.role, orgName: m.orgName })),
    items: items.map((i) => ({
      seq: i.seq,
      code: i.code,
      text: i.text,
      criterionIds: i.criterionIds,
      major: i.major,
      evidence: i.evidence,
      guidance: i.guidance,
      result: i.result,
      markedMajor: i.markedMajor,
      findingCriterionIds: i.findingCriterionIds,
      note: i.note,
      location: i.location,
      photos: i.photos,
      hazard:
        i.hazardId && i.hazardNo
          ? { id: i.hazardId, hazardNo: i.hazardNo, title: i.hazardTitle ?? '', status: i.hazardStatus ?? '', level: i.hazardLevel ?? '', deadline: i.hazardDeadline ?? '', link: i.hazardLink ?? 'raised' }
          : null,
      answeredAt: i.answeredAt?.toISOString() ?? null,
    })),
    tests: tests.map((t) => ({ seq: t.seq, personName: t.personName, post: t.post, questions: t.questions, correct: t.correct, total: t.total, note: t.note })),
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    actions: workflow.actions,
    requirements: workflow.requirements,
  };
}
