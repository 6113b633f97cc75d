import { z } from 'zod';
import { hazardStatusLabels, itemResultLabels, type HazardStatus } from '@zhiben/core';
import { inArray } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { hazards } from '../../db/schema/index.ts';
import type { InspectionView } from './inspections.schema.ts';

// The "五个清单" of 002 as views of one inspection (MODULES A-1): 检查清单 = its checklist item by item, 问题清单 = its
// 不符合 items, 整改销号清单 = their hazards with status, 责任清单 = who answers for each (the hazard plan's
// responsible person, else the enterprise's principal), 执法清单 = its cases (C-1 is a later module: the record of
// why none was opened).

const row = z.object({ seq: z.number().int(), code: z.string(), text: z.string() });
export const fiveListsResponse = z.object({
  inspectionNo: z.string(),
  checklist: z.array(row.extend({ result: z.string(), note: z.string() })),
  problems: z.array(row.extend({ note: z.string(), major: z.boolean(), criterionIds: z.array(z.string()) })),
  rectification: z.array(z.object({ seq: z.number().int(), hazardId: z.string(), hazardNo: z.string(), title: z.string(), level: z.string(), deadline: z.string(), status: z.string(), statusLabel: z.string(), link: z.enum(['raised', 'linked']) })),
  responsibility: z.array(z.object({ seq: z.number().int(), hazardNo: z.string().nullable(), responsible: z.string(), measures: z.string() })),
  enforcement: z.object({ cases: z.array(z.object({ id: z.string(), no: z.string() })), noCaseReason: z.string().nullable(), note: z.string() }),
});
export type FiveLists = z.infer<typeof fiveListsResponse>;

export async function fiveLists(db: Db, view: InspectionView): Promise<FiveLists> {
  const failed = view.items.filter((i) => i.result === 'fail');
  const ids = failed.flatMap((i) => (i.hazard ? [i.hazard.id] : []));
  const plans = ids.length === 0 ? [] : await db.select({ id: hazards.id, plan: hazards.plan }).from(hazards).where(inArray(hazards.id, ids));
  return {
    inspectionNo: view.inspectionNo,
    checklist: view.items.map((i) => ({ seq: i.seq, code: i.code, text: i.text, result: i.result ? itemResultLabels[i.result] : '未填', note: i.note })),
    problems: failed.map((i) => ({ seq: i.seq, code: i.code, text: i.text, note: i.note, major: i.major || i.markedMajor, criterionIds: i.findingCriterionIds })),
    rectification: failed.flatMap((i) =>
      i.hazard
        ? [{ seq: i.seq, hazardId: i.hazard.id, hazardNo: i.hazard.hazardNo, title: i.hazard.title, level: i.hazard.level, deadline: i.hazard.deadline, status: i.hazard.status, statusLabel: hazardStatusLabels[i.hazard.status as HazardStatus] ?? i.hazard.status, link: i.hazard.link }]
        : [],
    ),
    responsibility: failed.map((i) => {
      const plan = plans.find((p) => p.id === i.hazard?.id)?.plan ?? null;
      return { seq: i.seq, hazardNo: i.hazard?.hazardNo ?? null, responsible: plan?.responsible || (view.subjectKind === 'enterprise' ? `${view.subject.name}主要负责人` : '场所产权人/使用人'), measures: plan?.measures ?? '' };
    }),
    enforcement: {
      cases: [],
      noCaseReason: view.noCaseReason,
      note: view.kind === 'enforcement' ? (view.noCaseReason ? '未立案：见不予立案理由' : '执法案件模块（C-1）建成后在此列出立案情况') : '非执法检查',
    },
  };
}
