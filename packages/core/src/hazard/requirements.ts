// Form requirements of the hazard forms (workflow/requirements.ts): the intake form (report or register) and one
// form per lifecycle action. The server sends them with the record and checks every submission against the
// same object, so "major needs a criterion", 五落实 by level, "major verification needs evidence" and the date
// bounds are written once.
import { addDays } from '../dates.ts';
import type { FormRequirements } from '../workflow/requirements.ts';
import { hazardLevels, type HazardAction, type HazardFacts, type HazardLevel } from './hazard-machine.ts';
import { planFields, requiredPlanFields } from './five-implementations.ts';
import { allowedHazardSources, hazardSourceLabels } from './sources.ts';

export const MAJOR_NEEDS_CRITERION = '重大事故隐患须选择判定标准条款';

/** No hazard of this platform was found before 2000: an older 发现日期 is a typo (it would also number the hazard 1900). */
export const EARLIEST_FOUND_AT = '2000-01-01';
/** Default horizon of a 整改期限 after the 发现日期 (HAZARD_DEADLINE_HORIZON_DAYS overrides it): 2 years. */
export const DEFAULT_DEADLINE_HORIZON_DAYS = 730;

export type DateViolation = { field: 'foundAt' | 'deadline'; message: string };

/**
 * The date bounds of a hazard (issue 12, input sanity): 发现日期 from 2000-01-01 to today; 整改期限 not before the
 * 发现日期 and, for a new hazard, within the horizon after it. One rule for the intake form, the server and the
 * ledger import — which passes `horizonDays: null`: a historical ledger's deadlines were set (and extended) back then.
 */
export function explainHazardDatesInvalid(dates: { foundAt: string; deadline: string | null }, today: string, horizonDays: number | null = DEFAULT_DEADLINE_HORIZON_DAYS): DateViolation | null {
  if (dates.foundAt < EARLIEST_FOUND_AT) return { field: 'foundAt', message: `「发现日期」不能早于${EARLIEST_FOUND_AT}` };
  if (dates.foundAt > today) return { field: 'foundAt', message: `「发现日期」不能晚于今天（${today}）` };
  if (dates.deadline === null) return null;
  if (dates.deadline < dates.foundAt) return { field: 'deadline', message: '「整改期限」不能早于发现日期' };
  if (horizonDays === null) return null;
  const latest = addDays(dates.foundAt, horizonDays);
  if (dates.deadline > latest) return { field: 'deadline', message: `「整改期限」不能晚于发现日期后${horizonDays}天（${latest}）；确需更长期限的，请按期申请延期` };
  return null;
}

/**
 * The intake form. `channel`: an enterprise reports, staff register (staffChannel); `viaTip`: the handling
 * department registers a hazard verified from a tip (source fixed to `tip`); `sectors`: the sectors the hazard
 * may be filed under — its enterprise's, within the caller's scope (a hazard is never filed outside its
 * enterprise's sectors, so the competent regulator always sees it).
 */
export function hazardIntakeRequirements(ctx: { channel: 'report' | 'register'; today: string; viaTip?: boolean; sectors?: readonly string[]; horizonDays?: number }): FormRequirements {
  const register = ctx.channel === 'register';
  const sources = allowedHazardSources(ctx.channel, ctx.viaTip);
  return {
    enterpriseId: { required: true },
    ...(ctx.sectors ? { sector: { required: false, options: ctx.sectors, hint: '须为该企业登记、且在本单位监管范围内的行业领域' } } : {}),
    level: { required: true, options: hazardLevels },
    source: { required: false, options: sources, hint: `「隐患来源」只能选择：${sources.map((s) => hazardSourceLabels[s]).join('、')}` },
    criterionIds: { required: register ? { whenField: 'level', equals: 'major' } : false, hint: MAJOR_NEEDS_CRITERION },
    title: { required: true },
    foundAt: { required: true, min: EARLIEST_FOUND_AT, max: ctx.today },
    // The form knows only static bounds: the latest 发现日期 (today) plus the horizon; the server checks it against the 发现日期 given.
    deadline: { required: true, min: EARLIEST_FOUND_AT, max: addDays(ctx.today, ctx.horizonDays ?? DEFAULT_DEADLINE_HORIZON_DAYS), hint: `「整改期限」不能早于发现日期，不能晚于发现日期后${ctx.horizonDays ?? DEFAULT_DEADLINE_HORIZON_DAYS}天` },
    fixedOnSite: register
      ? { required: false, hint: '立查立改：现场已整改完毕，登记后直接进入待验收' }
      : { required: false, options: ['false'], hint: '立查立改仅适用于监管检查登记' },
    evidence: { required: { whenField: 'fixedOnSite', equals: true }, hint: '立查立改须上传整改证据' },
  };
}

/** The 五落实 fields of a plan for this level; `deadline` between the 发现日期 and the hazard's deadline. */
export function planRequirements(level: HazardLevel, hazardDeadline: string, foundAt?: string): FormRequirements {
  const required = requiredPlanFields(level);
  const out: FormRequirements = {};
  for (const field of planFields) out[`plan.${field}`] = { required: required.includes(field) };
  out['plan.fundsWanYuan'] = { required: required.includes('fundsWanYuan'), min: 0 };
  out['plan.deadline'] = {
    required: required.includes('deadline'),
    ...(foundAt ? { min: foundAt } : {}),
    max: hazardDeadline,
    hint: `须填写，且${foundAt ? `不能早于发现日期 ${foundAt}、` : ''}不能晚于整改期限 ${hazardDeadline}（如需延期请申请延期）`,
  };
  return out;
}

/** What the form of one lifecycle action must hold for this hazard, today. */
export function hazardActionRequirements(facts: Pick<HazardFacts, 'level' | 'deadline'> & { foundAt?: string }, action: HazardAction, ctx: { today: string }): FormRequirements {
  switch (action) {
    case 'confirm':
      return {
        level: { required: true, options: hazardLevels },
        criterionIds: { required: { whenField: 'level', equals: 'major' }, hint: '认定为重大事故隐患须选择判定标准条款' },
        deadline: { required: false, min: ctx.today, hint: '「整改期限」不能早于今天' },
      };
    case 'dismiss':
    case 'void':
    case 'return':
      return { reason: { required: true } };
    case 'submit_plan':
      return planRequirements(facts.level, facts.deadline, facts.foundAt);
    case 'report_progress':
      return { note: { required: true } };
    case 'request_extension':
      return {
        reason: { required: true },
        interimControls: { required: true, hint: '延期期间须落实临时管控措施' },
        newDeadline: { required: true, min: addDays(facts.deadline, 1), hint: '「延期后期限」须晚于现整改期限' },
      };
    case 'decide_extension':
      return { approve: { required: true } };
    case 'complete':
      return { evidence: { required: true, hint: '须上传整改后的照片或文件' } };
    case 'verify':
      return facts.level === 'major' ? { evidence: { required: true, hint: '重大事故隐患验收须上传验收材料' } } : { evidence: { required: false } };
    case 'list':
      return { docNo: { required: true }, deadline: { required: true } };
    case 'delist':
      return { note: { required: true } };
    case 'merge':
      return { intoHazardId: { required: true, hint: '同一企业、尚未销号的隐患' } };
  }
}

/**
 * The sectors a hazard of this enterprise may be filed under, for a caller who supervises `scopeSectors` (null:
 * all sectors): only the enterprise's own sectors, so the regulator of each sector sees every hazard it must
 * (issue 11, sector mis-filing). The intake form's `sector` options and the server's check.
 */
export const hazardSectorOptions = (enterpriseSectors: readonly string[], scopeSectors: readonly string[] | null): string[] =>
  enterpriseSectors.filter((sector) => scopeSectors === null || scopeSectors.includes(sector));
