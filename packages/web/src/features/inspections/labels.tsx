import { Tag } from 'antd';
import { inspectionStatusLabels, type InspectionStatus } from '@zhiben/core/src/inspection/vocabulary.ts';

// Inspection words come from core's pure modules (one list each; server and console never disagree).
export {
  inspectionKindLabels,
  inspectionKinds,
  inspectionMethodLabels,
  inspectionMethods,
  inspectionStatusLabels,
  inspectionStatuses,
  inspectionTriggerLabels,
  itemResultLabels,
  itemResults,
  memberRoleLabels,
  memberRoles,
  premisesKindLabels,
  premisesKinds,
  premisesStatusLabels,
  premisesStatuses,
  staffInspectionKinds,
  subjectKindLabels,
  evidenceRequirementLabels,
} from '@zhiben/core/src/inspection/vocabulary.ts';
export type { InspectionKind, InspectionMethod, InspectionStatus, ItemResult, MemberRole, PremisesKind, PremisesStatus } from '@zhiben/core/src/inspection/vocabulary.ts';
export { inspectionActionLabels, inspectionActions, type InspectionAction } from '@zhiben/core/src/inspection/inspection-machine.ts';

const statusColors: Record<InspectionStatus, string> = { planned: 'blue', in_progress: 'orange', closed: 'green', cancelled: 'default' };

export function InspectionStatusTag({ status }: { status: InspectionStatus }) {
  return <Tag color={statusColors[status]}>{inspectionStatusLabels[status]}</Tag>;
}

export const periodStateLabels = { done: '已完成', due: '待完成', missed: '未完成' } as const;
const periodStateColors = { done: 'green', due: 'blue', missed: 'red' } as const;
export function PeriodStateTag({ state }: { state: keyof typeof periodStateLabels }) {
  return <Tag color={periodStateColors[state]}>{periodStateLabels[state]}</Tag>;
}

export const percent = (v: number | null | undefined): string => (v === null || v === undefined ? '—' : `${(v * 100).toFixed(1)}%`);
