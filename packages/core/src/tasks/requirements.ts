// Form requirements of Module B's workflow actions: sent with every record beside its actions (the web renders
// required fields, bounds, options and hints from them) and enforced by the server on submission — one rule, two users.

import type { FormRequirements } from '../workflow/requirements.ts';
import type { Cadence } from './periods.ts';
import { occurrences, type Milestone, type TaskKind } from './task-rules.ts';
import type { PlanAction, ReturnAction, RoundAction, TaskAction } from './machines.ts';
import type { ReturnSection } from './returns.ts';

export type TaskRequirementContext = {
  today: string;
  kind: TaskKind;
  issuedOn: string | null;
  dueDate: string | null;
  milestones: readonly Milestone[];
  recurrence: { cadence: Cadence; from: string } | null;
  donePeriods: readonly string[];
  /** A manual indicator takes a value with each progress report. */
  manualIndicator: boolean;
};

export function taskActionRequirements(action: TaskAction, ctx: TaskRequirementContext): FormRequirements {
  switch (action) {
    case 'issue':
      return {};
    case 'report_progress': {
      const openMilestones = ctx.milestones.flatMap((m, i) => (m.doneOn === null ? [String(i)] : []));
      const openPeriods =
        ctx.recurrence && ctx.dueDate ? occurrences(ctx.recurrence, ctx.dueDate, ctx.donePeriods, ctx.today).filter((o) => !o.done).map((o) => o.period) : [];
      return {
        text: { required: true, hint: '请填写本阶段工作进展' },
        percent: { required: false, min: 0, max: 100 },
        milestonesDone: { required: false, options: openMilestones, hint: openMilestones.length > 0 ? '本次完成的阶段节点' : '无待完成的阶段节点' },
        periodDone: { required: false, options: openPeriods, hint: '常态化工作本期已完成时选择' },
        indicatorValue: { required: ctx.manualIndicator, hint: ctx.manualIndicator ? '请填写指标当前值' : '该指标由平台自动读取' },
      };
    }
    case 'complete':
      return {
        text: { required: true, hint: '请说明完成情况' },
        completedOn: { required: false, ...(ctx.issuedOn ? { min: ctx.issuedOn } : {}), max: ctx.today, hint: '不填为今天' },
        evidence: { required: false, hint: '建议上传工作总结、文件等佐证材料' },
      };
    case 'add_note':
      return { text: { required: true } };
    case 'reopen':
      return { reason: { required: true, hint: '请说明退回重办的原因' } };
    case 'revise':
      return {
        name: { required: true },
        dueDate: { required: false, hint: '下发前须设定完成时限' },
        leadOrgId: { required: false, hint: '下发前须指定牵头单位' },
        'indicator.target': { required: { whenField: 'kind', equals: 'indicator' }, hint: '指标任务须设定目标值' },
        'recurrence.cadence': { required: { whenField: 'kind', equals: 'recurring' }, hint: '常态化工作须设定频次' },
      };
    case 'cancel':
      return { reason: { required: true, hint: '请说明取消的原因' } };
  }
}

export function returnActionRequirements(action: ReturnAction, sections: readonly ReturnSection[]): FormRequirements {
  switch (action) {
    case 'resubmit':
      return {
        'report.text': { required: sections.includes('text'), hint: '请填写工作开展情况' },
        'report.investment': { required: sections.includes('investment'), hint: '请填写人防、技防、工程防、管理防投入金额（万元）' },
      };
    case 'accept':
      return { comment: { required: false } };
    case 'send_back':
      return { comment: { required: true, hint: '请写明退回修改的原因' } };
  }
}

/** Filing a return (the record's creation) asks the same of the report as a resubmission. */
export const fileReturnRequirements = (sections: readonly ReturnSection[]): FormRequirements => returnActionRequirements('resubmit', sections);

export function roundActionRequirements(action: RoundAction, ctx: { today: string; month: string }): FormRequirements {
  switch (action) {
    case 'add_problem':
      return { text: { required: true, hint: '请写明存在的问题' } };
    case 'hold_meeting':
      return {
        date: { required: true, min: `${ctx.month}-01`, max: ctx.today, hint: '调度会议日期' },
        chairName: { required: { whenField: 'chairLeaderId', equals: '' }, hint: '未选择主持领导时请填写主持人' },
        minutes: { required: false, hint: '会议纪要' },
      };
    case 'decide':
      return {
        kind: { required: true, options: ['assignment', 'milestone'] },
        name: { required: true },
        leadOrgId: { required: true, hint: '交办事项须指定牵头单位' },
        dueDate: { required: true, min: ctx.today, hint: '交办事项须设定办结时限' },
      };
    case 'close':
      return { docNo: { required: true, hint: '调度通报文号' } };
  }
}

export function planActionRequirements(action: PlanAction, ctx: { today: string; periodFrom: string }): FormRequirements {
  switch (action) {
    case 'issue':
      return { docNo: { required: true, hint: '印发文号' }, issuedOn: { required: true, max: ctx.today } };
    case 'file':
      return { filedOn: { required: false, max: ctx.today, hint: '不填为今天' } };
    case 'revise':
      return { name: { required: true }, periodTo: { required: false, min: ctx.periodFrom } };
  }
}
