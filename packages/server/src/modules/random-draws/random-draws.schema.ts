import { z } from 'zod';
import { drawActions, drawStatuses, MAX_TEAM_SIZE, MIN_TEAM_SIZE } from '@zhiben/core';
import { int32, isoDate, paginationQuery, regionCode12, requiredText, str, text, version } from '../../lib/schemas.ts';
import { timelineFields } from '../../workflow/present.ts';
import { actionRequirements } from '../../workflow/requirements.schema.ts';
import { checklistChoice } from '../inspections/inspections.schema.ts';

export const drawInspectionKinds = ['enforcement', 'supervision'] as const;

export const createDrawBody = z.object({
  title: requiredText(100),
  /** The org's 抽查事项 the draw is made for (optional; the form takes its sectors, checklist and ratio as defaults). */
  spotCheckItemId: z.uuid().nullable().default(null),
  inspectionKind: z.enum(drawInspectionKinds).default('enforcement'),
  /** The pool's region: the org's own (default) or a township/village below it. */
  regionCode: regionCode12.nullable().default(null),
  sectors: z.array(text(40).min(1)).max(30).default([]),
  strataBy: z.enum(['none', 'township', 'sector', 'class']).default('none'),
  sample: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('count'), count: int32().min(1, '每层至少抽取1家').max(100_000) }),
    z.object({ kind: z.literal('rate'), percent: z.number().gt(0, '抽取比例须大于0').max(100, '抽取比例不能超过100%') }),
  ]),
  excludeInspectedDays: int32().min(0).max(730, '最多排除两年内已检查的企业').default(0),
  avoidLastInspector: z.boolean().default(true),
  teamSize: int32().min(MIN_TEAM_SIZE, `每组检查人员不得少于${MIN_TEAM_SIZE}人`).max(MAX_TEAM_SIZE, `每组检查人员不超过${MAX_TEAM_SIZE}人`).default(2),
  checklist: checklistChoice,
  /** The public random value to mix in, named before (e.g. 「2026年12月10日中国福利彩票3D开奖号码」). */
  publicInputLabel: requiredText(100),
  drawOn: isoDate,
  plannedOn: isoDate,
  dueOn: isoDate,
});
export type CreateDrawInput = z.infer<typeof createDrawBody>;

export const drawActionBodies = {
  draw: z.object({ version: version(), publicValue: requiredText(200) }),
  approve: z.object({ version: version(), comment: text(500).default('') }),
  publish_results: z.object({ version: version() }),
  cancel: z.object({ version: version(), reason: requiredText(500) }),
} as const;
export type DrawActionInputs = { [A in keyof typeof drawActionBodies]: z.infer<(typeof drawActionBodies)[A]> };
export const drawActionParams = z.object({ id: z.uuid(), action: z.enum(drawActions) });

const stratum = z.object({ key: z.string(), label: z.string(), size: z.number().int(), sampleSize: z.number().int() });
const pick = z.object({
  order: z.number().int(),
  candidateId: z.string(),
  name: z.string(),
  stratum: z.string(),
  team: z.array(z.object({ id: z.string(), name: z.string() })),
  inspectionId: z.string().nullable(),
});

export const drawSummary = z.object({
  id: z.uuid(),
  drawNo: z.string(),
  title: z.string(),
  orgId: z.uuid(),
  orgName: z.string(),
  regionCode: z.string(),
  inspectionKind: z.string(),
  status: z.enum(drawStatuses),
  statusLabel: z.string(),
  noticeLabel: z.string(),
  candidateCount: z.number().int(),
  sampleSize: z.number().int(),
  drawOn: z.string(),
  createdAt: z.string(),
});

export const drawView = drawSummary.extend({
  sectors: z.array(z.string()),
  definition: z.object({
    spotCheckItem: z.object({ id: z.string(), title: z.string() }).nullable().optional(),
    sectors: z.array(z.string()),
    strataBy: z.string(),
    sample: z.union([z.object({ kind: z.literal('count'), count: z.number() }), z.object({ kind: z.literal('rate'), percent: z.number() })]),
    excludeInspectedDays: z.number().int(),
    avoidLastInspector: z.boolean(),
    plannedOn: z.string(),
    dueOn: z.string(),
  }),
  strata: z.array(stratum),
  inspectorCount: z.number().int(),
  teamSize: z.number().int(),
  inputsHash: z.string(),
  seedHash: z.string(),
  seed: z.string().nullable(),
  publicInputLabel: z.string(),
  publicValue: z.string().nullable(),
  resultHash: z.string().nullable(),
  result: z.array(pick.extend({ inspectionNo: z.string().nullable(), inspectionStatus: z.string().nullable(), hazards: z.number().int().nullable() })).nullable(),
  /** Results are due 20 days after the last drawn inspection ended (null while inspections are open). */
  resultsDueOn: z.string().nullable(),
  openInspections: z.number().int(),
  cancelReason: z.string().nullable(),
  version: z.number().int(),
  publicUrl: z.string(),
  actions: z.array(z.enum(drawActions)),
  requirements: actionRequirements(drawActions),
  ...timelineFields,
});
export type DrawView = z.infer<typeof drawView>;

/** `waiting`: the caller's org's own work (待办): draws due to be drawn, drawn ones awaiting 审核, results to publish. */
export const drawWaitingStates = ['draw', 'approve', 'publish'] as const;
export const drawsQuery = paginationQuery.extend({ status: z.enum(drawStatuses).optional(), waiting: z.enum(drawWaitingStates).optional() });
export const drawsResponse = z.object({ items: z.array(drawSummary), total: z.number().int() });

/** The public notice of a draw (公告): inputs as their canonical text, the commitment, and after the draw the seed. */
export const publicDrawView = z.object({
  id: z.uuid(),
  drawNo: z.string(),
  title: z.string(),
  orgName: z.string(),
  status: z.enum(drawStatuses),
  noticeLabel: z.string(),
  inspectionKind: z.string(),
  strata: z.array(stratum),
  teamSize: z.number().int(),
  candidateCount: z.number().int(),
  inspectorCount: z.number().int(),
  inputsText: z.string(),
  inputsHash: z.string(),
  seedHash: z.string(),
  publicInputLabel: z.string(),
  drawOn: z.string(),
  committedAt: z.string(),
  seed: z.string().nullable(),
  publicValue: z.string().nullable(),
  resultHash: z.string().nullable(),
  result: z.array(pick.omit({ inspectionId: true }).extend({ conclusion: z.string().nullable() })).nullable(),
  /** The server's own replay of the published inputs (the page recomputes it again in the browser). */
  replay: z.object({ inputsHashMatches: z.boolean(), seedHashMatches: z.boolean(), resultMatches: z.boolean() }).nullable(),
  cancelReason: z.string().nullable(),
});

export const inspectorView = z.object({
  userId: z.uuid(),
  name: z.string(),
  certificateNo: z.string().nullable(),
  expiresOn: z.string().nullable(),
  valid: z.boolean(),
  conflicts: z.array(z.object({ id: z.string(), name: z.string() })),
  note: z.string(),
  version: z.number().int().nullable(),
});
export const inspectorsResponse = z.object({ items: z.array(inspectorView) });
export const inspectorBody = z.object({
  certificateNo: requiredText(50),
  expiresOn: isoDate,
  conflictEnterpriseIds: z.array(z.uuid()).max(200).default([]),
  note: text(500).default(''),
  version: version().nullable().default(null),
});
export const inspectorParams = z.object({ userId: z.uuid() });

const inspectionGroup = z.object({ inspections: z.number().int(), closed: z.number().int(), hazards: z.number().int(), hazardsPer100: z.number().nullable() });
export const drawFiguresQuery = z.object({ year: str().regex(/^\d{4}$/, '应为四位年份').optional() });
export const drawFiguresResponse = z.object({
  year: z.string(),
  draws: z.object({ committed: z.number().int(), drawn: z.number().int(), approved: z.number().int(), published: z.number().int(), cancelled: z.number().int() }),
  drawn: inspectionGroup,
  targeted: inspectionGroup,
});

export const spotCheckItemBody = z.object({
  title: requiredText(100),
  basis: text(500).default(''),
  sectors: z.array(text(40).min(1)).max(30).default([]),
  checklist: checklistChoice,
  ratioPercent: z.number().gt(0, '抽查比例须大于0').max(100, '抽查比例不能超过100%'),
  frequencyPerYear: int32().min(1, '每年至少抽查1次').max(52, '每年最多抽查52次'),
});
export const spotCheckItemPatch = spotCheckItemBody.partial().extend({ version: version(), active: z.boolean().optional() });
export const spotCheckItemView = z.object({
  id: z.uuid(),
  orgId: z.uuid(),
  orgName: z.string(),
  title: z.string(),
  basis: z.string(),
  sectors: z.array(z.string()),
  checklist: z.union([z.object({ checklistId: z.string() }), z.object({ sector: z.string() })]),
  ratioPercent: z.number(),
  frequencyPerYear: z.number().int(),
  drawsThisYear: z.number().int(),
  active: z.boolean(),
  mine: z.boolean(),
  version: z.number().int(),
});
export const spotCheckItemsQuery = z.object({ active: z.enum(['true', 'false']).optional() });
export const spotCheckItemsResponse = z.object({ items: z.array(spotCheckItemView) });
