import { z } from 'zod';
import { MONTH_PATTERN } from '@zhiben/core';
import { isoDate, regionCode12, str } from '../../lib/schemas.ts';
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

/** The parts of the 月通报 an office may leave out (the 总体情况 always stays: the rest refers to it). */
export const circularSections = ['ranking', 'lists', 'escalations', 'inspections', 'nextSteps'] as const;
export type CircularSection = (typeof circularSections)[number];

/** What the office enters before sending: the 文号, 签发人 and 成文日期 printed on the document, and the sections. */
export const circularIssue = z.object({
  docNo: str().trim().max(40, '「文号」不能超过40个字').optional(),
  signer: str().trim().max(20, '「签发人」不能超过20个字').optional(),
  issuedOn: isoDate.optional(),
  sections: z.array(z.enum(circularSections)).max(circularSections.length).optional(),
});
export type CircularIssue = z.infer<typeof circularIssue>;

export const startCircularBody = circularQuery.extend({ format: z.enum(circularFormats) }).extend(circularIssue.shape);
export const startCircularQuery = z.object({ wait: z.enum(['true', 'false']).optional() });

const listRow = z.object({
  hazardNo: z.string(),
  enterpriseName: z.string(),
  regionName: z.string(),
  /** 责任部门: the sector's regulator nearest to the place; null when none is set up. */
  departmentName: z.string().nullable(),
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
