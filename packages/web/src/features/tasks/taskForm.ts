import dayjs, { type Dayjs } from 'dayjs';
import { explainIssueBlocked, type TaskKind } from '@zhiben/core/src/tasks/task-rules.ts';
import type { Cadence } from '@zhiben/core/src/tasks/periods.ts';
import type { TaskBody, TaskView } from './api.ts';

// The task form's values and the request body they make (TaskFormModal), kept apart from the JSX so they are tested.

export type Values = {
  code?: string;
  name?: string;
  actionCode?: string;
  kind?: TaskKind;
  leadOrgId?: string;
  coOrgIds?: string[];
  responsible?: string;
  leaderId?: string;
  key?: boolean;
  dueDate?: Dayjs | null;
  milestones?: { label?: string; due?: Dayjs | null }[];
  indicatorDefinition?: string;
  indicatorUnit?: string;
  indicatorTarget?: number | null;
  indicatorSource?: string;
  cadence?: Cadence;
  body?: string;
  issueNow?: boolean;
};

const day = (d: Dayjs | null | undefined) => (d ? d.format('YYYY-MM-DD') : null);
const orEmpty = (s: string | undefined) => (s ?? '').trim();

export function toFields(v: Values, sources: readonly { key: string; direction: 'increase' | 'decrease'; unit: string }[]): Required<Omit<TaskBody, 'planId'>> {
  const kind = v.kind ?? 'milestone';
  const source = sources.find((s) => s.key === v.indicatorSource);
  return {
    code: orEmpty(v.code),
    name: orEmpty(v.name),
    actionCode: v.actionCode ?? '',
    kind,
    body: orEmpty(v.body),
    leadOrgId: v.leadOrgId ?? null,
    coOrgIds: v.coOrgIds ?? [],
    responsible: orEmpty(v.responsible),
    leaderId: v.leaderId ?? null,
    key: v.key ?? false,
    dueDate: day(v.dueDate),
    milestones: (v.milestones ?? []).filter((m) => m.label?.trim() && m.due).map((m) => ({ label: orEmpty(m.label), due: day(m.due) ?? '' })),
    indicator:
      kind === 'indicator' && v.indicatorTarget !== undefined && v.indicatorTarget !== null
        ? {
            definition: orEmpty(v.indicatorDefinition) || orEmpty(v.name),
            unit: source?.unit ?? orEmpty(v.indicatorUnit),
            baseline: null,
            target: v.indicatorTarget,
            direction: source?.direction ?? 'increase',
            dataSource: v.indicatorSource ?? 'manual',
          }
        : null,
    recurrence: kind === 'recurring' && v.cadence ? { cadence: v.cadence, from: day(dayjs()) ?? '' } : null,
  };
}

export function initialOf(t: TaskView | null): Values {
  if (!t) return { kind: 'milestone', key: false, coOrgIds: [], milestones: [], indicatorSource: 'manual', issueNow: false };
  return {
    code: t.code,
    name: t.name,
    actionCode: t.actionCode || undefined,
    kind: t.kind,
    leadOrgId: t.leadOrg?.id,
    coOrgIds: t.coOrgs.map((o) => o.id),
    responsible: t.responsible,
    leaderId: t.leader?.id,
    key: t.key,
    dueDate: t.dueDate ? dayjs(t.dueDate) : null,
    milestones: t.milestones.map((m) => ({ label: m.label, due: dayjs(m.due) })),
    indicatorDefinition: t.indicator?.definition,
    indicatorUnit: t.indicator?.unit,
    indicatorTarget: t.indicator?.target ?? null,
    indicatorSource: t.indicator?.dataSource ?? 'manual',
    cadence: t.recurrence?.cadence,
    body: t.body,
    issueNow: false,
  };
}

/** Form fields named differently from the request body's (where core's rule puts its finding). */
const formFieldOf: Record<string, string> = { 'indicator.target': 'indicatorTarget', 'recurrence.cadence': 'cadence' };

/** Why these fields cannot be issued (core's rule, the server's), with the form field to show it on; null if they can. */
export function issueBlocked(fields: Required<Omit<TaskBody, 'planId'>>): { field: string; message: string } | null {
  const blocked = explainIssueBlocked(fields);
  return blocked ? { field: formFieldOf[blocked.field] ?? blocked.field, message: blocked.message } : null;
}
