import { z } from 'zod';
import { planActions, planFilingStates, planKinds, planStatuses, taskDisplayStatuses } from '@zhiben/core';
import { int32, queryInt, regionCode12 } from '../../lib/schemas.ts';
import { isoDate, patchOf, requiredText, text, version } from './plans.fields.ts';
import { timelineFields } from '../../workflow/present.ts';
import { actionRequirements } from '../../workflow/requirements.schema.ts';

export const actionLine = z.object({ code: requiredText(16), name: requiredText(100) });

export const createPlanBody = z.object({
  kind: z.enum(planKinds),
  parentId: z.uuid().nullable().default(null),
  name: requiredText(200),
  docNo: text(64).default(''),
  periodFrom: isoDate,
  periodTo: isoDate,
  sector: text(40).nullable().default(null),
  actionLines: z.array(actionLine).max(30).default([]),
  summary: text(20000).default(''),
  filingOrgId: z.uuid().nullable().default(null),
  filingDue: isoDate.nullable().default(null),
});
export type CreatePlanInput = z.infer<typeof createPlanBody>;

export const planActionBodies = {
  issue: z.object({ version, docNo: requiredText(64), issuedOn: isoDate }),
  file: z.object({ version, filedOn: isoDate.optional(), note: text(1000).default('') }),
  revise: patchOf(createPlanBody.omit({ kind: true, parentId: true })).extend({ version }),
} as const satisfies Record<(typeof planActions)[number], z.ZodType>;
export type PlanActionInputs = { [A in (typeof planActions)[number]]: z.infer<(typeof planActionBodies)[A]> };
export const planActionParams = z.object({ id: z.uuid(), action: z.enum(planActions) });

export const plansQuery = z.object({
  kind: z.enum(planKinds).optional(),
  status: z.enum(planStatuses).optional(),
  parentId: z.uuid().optional(),
  /** Plans of this region only (e.g. the counties' sub-plans as the city sees them). */
  regionCode: regionCode12.optional(),
  q: text(64).optional(),
  page: queryInt().min(1).default(1),
  pageSize: queryInt().min(1).max(200).default(50),
});

const statusCounts = z.record(z.enum(taskDisplayStatuses), int32());

export const planListItem = z.object({
  id: z.uuid(),
  orgId: z.uuid(),
  orgName: z.string(),
  regionCode: z.string(),
  regionName: z.string(),
  kind: z.enum(planKinds),
  kindLabel: z.string(),
  parentId: z.uuid().nullable(),
  name: z.string(),
  docNo: z.string(),
  issuedOn: z.string().nullable(),
  periodFrom: z.string(),
  periodTo: z.string(),
  status: z.enum(planStatuses),
  statusLabel: z.string(),
  filingOrgName: z.string().nullable(),
  filingDue: z.string().nullable(),
  filedOn: z.string().nullable(),
  filingState: z.enum(planFilingStates),
  filingStateLabel: z.string(),
  taskCounts: statusCounts,
  /** False for the lower levels' plans the upper level reads. */
  own: z.boolean(),
});
export type PlanListItem = z.infer<typeof planListItem>;
export const plansResponse = z.object({ items: z.array(planListItem), total: int32() });

export const planView = planListItem.extend({
  parentName: z.string().nullable(),
  sector: z.string().nullable(),
  actionLines: z.array(actionLine),
  summary: z.string(),
  filingOrgId: z.uuid().nullable(),
  subPlans: z.array(planListItem.pick({ id: true, name: true, orgName: true, kindLabel: true, status: true, filingState: true, filingStateLabel: true, filingDue: true, filedOn: true })),
  version: int32(),
  actions: z.array(z.enum(planActions)),
  requirements: actionRequirements(planActions),
  ...timelineFields,
});
export type PlanView = z.infer<typeof planView>;

// ---- sector leads (一件事 overrides) ----

export const sectorLeadBody = z.object({
  sector: text(40).nullable().default(null),
  domainName: text(64).default(''),
  leadOrgId: z.uuid(),
  coOrgIds: z.array(z.uuid()).max(30).default([]),
  basis: text(1000).default(''),
});
export type SectorLeadInput = z.infer<typeof sectorLeadBody>;
export const updateSectorLeadBody = patchOf(sectorLeadBody).extend({ version });
export const sectorLeadView = z.object({
  id: z.uuid(),
  orgId: z.uuid(),
  regionCode: z.string(),
  regionName: z.string(),
  sector: z.string().nullable(),
  sectorName: z.string().nullable(),
  domainName: z.string(),
  /** What the sector catalogue says (sectors.json), for comparison. */
  catalogueLead: z.string().nullable(),
  leadOrgId: z.uuid(),
  leadOrgName: z.string(),
  coOrgs: z.array(z.object({ id: z.uuid(), name: z.string() })),
  basis: z.string(),
  version: int32(),
  editable: z.boolean(),
});
export type SectorLeadView = z.infer<typeof sectorLeadView>;
export const sectorLeadsResponse = z.object({ items: z.array(sectorLeadView) });

export const planOrgsQuery = z.object({ q: text(64).optional(), kind: z.enum(['committee', 'regulator', 'locality']).optional() });
export const planOrgsResponse = z.object({ items: z.array(z.object({ id: z.uuid(), name: z.string(), kind: z.enum(['committee', 'regulator', 'locality', 'platform']), regionCode: z.string() })) });
