import type { HazardActionBody } from '../../../api/contract.ts';
import { hazardActionLabels, type HazardAction } from '../../../app/labels.ts';
import type { ActionFormRegistry } from '../../../app/workflow/actionForm.ts';
import type { RecordWorkflow } from '../../../app/workflow/RecordPage.tsx';
import { hazardsApi, type Hazard } from '../api.ts';
import { confirmForm } from './confirm.tsx';
import { completeForm, reportProgressForm, verifyForm } from './evidence.tsx';
import { decideExtensionForm, requestExtensionForm } from './extension.tsx';
import { delistForm, listForm } from './listing.tsx';
import { mergeForm } from './merge.tsx';
import { dismissForm, returnForm, voidForm } from './reasons.tsx';
import { submitPlanForm } from './submitPlan.tsx';

/** Each action's body as the server's schema has it, without `version` (the modal adds it). */
type Bodies = { [A in HazardAction]: Omit<HazardActionBody<A>, 'version'> };

/** The hazard lifecycle's form registry: one entry per action of core's hazard machine. */
export const hazardActionForms: ActionFormRegistry<Hazard, HazardAction, Bodies> = {
  confirm: confirmForm,
  dismiss: dismissForm,
  submit_plan: submitPlanForm,
  report_progress: reportProgressForm,
  request_extension: requestExtensionForm,
  decide_extension: decideExtensionForm,
  complete: completeForm,
  verify: verifyForm,
  return: returnForm,
  list: listForm,
  delist: delistForm,
  merge: mergeForm,
  void: voidForm,
};

export const hazardWorkflow: RecordWorkflow<Hazard, HazardAction, Bodies> = {
  forms: hazardActionForms,
  labels: hazardActionLabels,
  /** Primary first, destructive last. */
  order: ['confirm', 'submit_plan', 'report_progress', 'complete', 'verify', 'decide_extension', 'request_extension', 'list', 'delist', 'return', 'merge', 'dismiss', 'void'],
  primary: new Set<HazardAction>(['confirm', 'submit_plan', 'complete', 'verify', 'decide_extension']),
  danger: new Set<HazardAction>(['dismiss', 'void']),
  perform: (h, action, body) => hazardsApi.act(h.id, action, body),
};
