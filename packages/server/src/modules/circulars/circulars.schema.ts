import { z } from 'zod';
import { MONTH_PATTERN } from '@zhiben/core';
import { regionCode12, str } from '../../lib/schemas.ts';
import { escalationKinds } from '../escalations/escalations.schema.ts';

export const circularFormats = ['docx', 'xlsx'] as const;
export type CircularFormat = (typeof circularFormats)[number];

const month = str().trim().regex(MONTH_PATTERN, '应为 yyyy-mm 格式的月份，如 2026-10');

export const circularQuery = z.object({
  /** Defaults to the caller's own region; must lie within its scope (else 404). */
  regionCode: regionCode12.optional(),
  month,
});
export type CircularQuery = z.infer<typeof circularQuery>;

export const startCircularBody = circularQuery.extend({ format: z.enum(circularFormats) });
export const startCircularQuery = z.object({ wait: z.enum(['true', 'false']).optional() });

const listRow = z.object({
  hazardNo: z.string(),
  enterpriseName: z.string(),
  regionName: z.string(),
  level: z.enum(['major', 'general']),
  foundAt: z.string(),
  deadline: z.string(),
  daysOverdue: z.number().int(),
});
export type CircularListRow = z.infer<typeof listRow>;

export const circularEscalation = z.object({
  kind: z.enum(escalationKinds),
  kindLabel: z.string(),
  hazardNo: z.string().nullable(),
  /** Who was escalated: the enterprise, the department (regulator org) or the region itself. */
  subjectName: z.string(),
  regionName: z.string(),
  docNo: z.string(),
  note: z.string(),
  orgName: z.string().nullable(),
  /** China date the escalation was recorded. */
  recordedOn: z.string(),
});
export type CircularEscalation = z.infer<typeof circularEscalation>;

/** Headline numbers of a circular as the web shows them before generating (the document writes the same values). */
export const circularPreview = z.object({
  title: z.string(),
  month: z.string(),
  asOf: z.string(),
  region: z.object({ code: z.string(), name: z.string(), level: z.string() }),
  /** A regulator's figures cover only its sectors; null for a whole-region scope. */
  sectors: z.array(z.string()).nullable(),
  headline: z.array(z.object({ label: z.string(), value: z.string() })),
  counts: z.object({ overdue: z.number().int(), longStanding: z.number().int(), escalations: z.number().int(), subRegions: z.number().int() }),
});
export type CircularPreview = z.infer<typeof circularPreview>;

export const listSchemas = { listRow };
