// 五落实 of a rectification plan: 责任、措施、资金、时限、预案. A major hazard needs all five before anything
// else happens; a general hazard needs someone responsible, the measures and a date.
import { isIsoDate } from '../dates.ts';
import { isOpen, type HazardLevel, type HazardStatus } from './hazard-machine.ts';

export type Plan = {
  responsible: string;
  measures: string;
  fundsWanYuan: number | null;
  /** yyyy-mm-dd */
  deadline: string | null;
  contingency: string;
};

export const planFields = ['responsible', 'measures', 'fundsWanYuan', 'deadline', 'contingency'] as const;
export type PlanField = (typeof planFields)[number];

export const planFieldLabels: Record<PlanField, string> = {
  responsible: '责任',
  measures: '措施',
  fundsWanYuan: '资金',
  deadline: '时限',
  contingency: '预案',
};

const requiredFields: Record<HazardLevel, readonly PlanField[]> = {
  major: planFields,
  general: ['responsible', 'measures', 'deadline'],
};

/** The plan fields a hazard of this level must fill (the form's requirements and missingPlanFields read this). */
export const requiredPlanFields = (level: HazardLevel): readonly PlanField[] => requiredFields[level];

const hasText = (value: string): boolean => value.trim() !== '';


function isPresent(plan: Plan, field: PlanField): boolean {
  switch (field) {
    case 'responsible':
      return hasText(plan.responsible);
    case 'measures':
      return hasText(plan.measures);
    case 'contingency':
      return hasText(plan.contingency);
    case 'fundsWanYuan':
      // Zero is a real answer (measures cost nothing); a negative or non-finite amount is not.
      return plan.fundsWanYuan !== null && Number.isFinite(plan.fundsWanYuan) && plan.fundsWanYuan >= 0;
    case 'deadline':
      return plan.deadline !== null && isIsoDate(plan.deadline);
  }
}

/** zh-CN names of the required fields that are missing, in 五落实 order; empty when the plan is complete. */
export function missingPlanFields(plan: Plan, level: HazardLevel): string[] {
  return requiredFields[level].filter((field) => !isPresent(plan, field)).map((field) => planFieldLabels[field]);
}

export const isPlanComplete = (plan: Plan, level: HazardLevel): boolean => missingPlanFields(plan, level).length === 0;

/** Whether a hazard still owes a 五落实 plan: not when it was fixed on site (立查立改), nor once it is no longer open. */
export const planOwed = (hazard: { status: HazardStatus; fixedOnSite: boolean }): boolean => !hazard.fixedOnSite && isOpen(hazard.status);

const emptyPlan: Plan = { responsible: '', measures: '', fundsWanYuan: null, deadline: null, contingency: '' };

/** The 五落实 gaps to show for a hazard: its missing fields while a plan is owed, nothing once it is not. */
export const owedPlanFields = (hazard: { status: HazardStatus; fixedOnSite: boolean; level: HazardLevel; plan: Plan | null }): string[] =>
  planOwed(hazard) ? missingPlanFields(hazard.plan ?? emptyPlan, hazard.level) : [];
