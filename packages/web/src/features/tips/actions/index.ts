import type { TipActionBody } from '../../../api/contract.ts';
import type { ActionFormRegistry } from '../../../app/workflow/actionForm.ts';
import type { RecordWorkflow } from '../../../app/workflow/RecordPage.tsx';
import { tipsApi, type TipAction, type TipDetail } from '../api.ts';
import { tipActionLabels } from '../labels.tsx';
import { declineForm } from './decline.tsx';
import { investigateForm } from './investigate.tsx';
import { acceptForm, approveRewardForm, askForm, closeForm, replyForm } from './notes.tsx';
import { registerHazardForm } from './registerHazard.tsx';
import { proposeRewardForm, recordPaymentForm } from './reward.tsx';
import { routeForm } from './route.tsx';

/** Each action's body as the server's schema has it, without `version` (the modal adds it). */
type Bodies = { [A in TipAction]: Omit<TipActionBody<A>, 'version'> };

/** The tip workflow's form registry: one entry per action of core's tip machine. */
export const tipActionForms: ActionFormRegistry<TipDetail, TipAction, Bodies> = {
  accept: acceptForm,
  decline: declineForm,
  route: routeForm,
  investigate: investigateForm,
  register_hazard: registerHazardForm,
  reply: replyForm,
  ask: askForm,
  propose_reward: proposeRewardForm,
  approve_reward: approveRewardForm,
  record_payment: recordPaymentForm,
  close: closeForm,
};

export const tipWorkflow: RecordWorkflow<TipDetail, TipAction, Bodies> = {
  forms: tipActionForms,
  labels: tipActionLabels,
  /** Workflow order: primary first, decline last. */
  order: ['accept', 'route', 'investigate', 'register_hazard', 'reply', 'ask', 'propose_reward', 'approve_reward', 'record_payment', 'close', 'decline'],
  primary: new Set<TipAction>(['accept', 'route', 'investigate', 'register_hazard', 'approve_reward']),
  danger: new Set<TipAction>(['decline']),
  perform: (tip, action, body) => tipsApi.act(tip.id, action, body),
};
