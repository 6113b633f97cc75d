import { z } from 'zod';
import { isoDate, text } from '../../lib/schemas.ts';
import { evidenceRequirements, subjectKinds } from '@zhiben/core';

export const ownerKinds = ['department', 'township', 'campaign', 'enterprise'] as const;
export const ownerKindLabels = { department: '执法检查重点事项清单', township: '网格员检查导则', campaign: '专项行动检查清单', enterprise: '企业排查重点事项清单' } as const;

const link = z.object({ title: text(100).min(1), url: text(500) });

export const checklistItemInput = z.object({
  code: text(20),
  text: text(500),
  criterionIds: z.array(text(40)).max(20).default([]),
  major: z.boolean().default(false),
  evidence: z.enum(evidenceRequirements).default('none'),
  guidance: text(2000).default(''),
  links: z.array(link).max(10).default([]),
});
export type ChecklistItemInput = z.infer<typeof checklistItemInput>;

export const checklistItem = checklistItemInput.extend({ seq: z.number().int(), criterionIds: z.array(z.string()), links: z.array(z.object({ title: z.string(), url: z.string() })) });

export const checklistMeta = z.object({
  title: text(100).min(2),
  ownerKind: z.enum(['department', 'township', 'campaign']).optional(),
  sectors: z.array(text(40)).max(10).default([]),
  subjectKinds: z.array(z.enum(subjectKinds)).min(1).max(2).default(['enterprise']),
  effectiveFrom: isoDate,
  effectiveTo: isoDate.nullable().default(null),
  note: text(1000).default(''),
});
export const createChecklistBody = checklistMeta.extend({ items: z.array(checklistItemInput).max(500) });
export type CreateChecklistInput = z.infer<typeof createChecklistBody>;

export const checklistActions = ['new_version', 'export'] as const;

export const checklistSummary = z.object({
  id: z.string(),
  familyId: z.string(),
  version: z.number().int(),
  title: z.string(),
  ownerKind: z.enum(ownerKinds).or(z.literal('sector_criteria')),
  ownerName: z.string(),
  sectors: z.array(z.string()),
  subjectKinds: z.array(z.enum(subjectKinds)),
  effectiveFrom: z.string(),
  effectiveTo: z.string().nullable(),
  itemCount: z.number().int(),
  latest: z.boolean(),
});
export type ChecklistSummary = z.infer<typeof checklistSummary>;

export const checklistView = checklistSummary.extend({
  note: z.string(),
  items: z.array(checklistItem),
  /** For an enterprise's own list: major criteria of its sectors that no item cites (a warning, not an error). */
  coverageGaps: z.array(z.object({ criterionId: z.string(), text: z.string() })),
  actions: z.array(z.enum(checklistActions)),
});
export type ChecklistView = z.infer<typeof checklistView>;

export const checklistsQuery = z.object({
  q: text(64).optional(),
  sector: text(40).optional(),
  ownerKind: z.enum(ownerKinds).optional(),
  /** In force on this day (default: today); `all` lists every version. */
  at: isoDate.optional(),
  allVersions: z.enum(['true', 'false']).optional(),
});
export const checklistsResponse = z.object({ items: z.array(checklistSummary) });

export const sectorChecklistParams = z.object({ sector: text(40) });
export const sectorChecklistQuery = z.object({ at: isoDate.optional() });

export const importQuery = z.object({ dryRun: z.enum(['true', 'false']).optional(), replaces: z.uuid().optional() });
export const importReport = z.object({
  items: z.array(checklistItemInput),
  errors: z.array(z.object({ row: z.number().int(), field: z.string(), message: z.string() })),
  checklist: checklistView.nullable(),
});
