import type { InspectionActionBody } from '../../../api/contract.ts';
import type { ActionFormRegistry } from '../../../app/workflow/actionForm.ts';
import type { RecordWorkflow } from '../../../app/workflow/RecordPage.tsx';
import { inspectionsApi, type Inspection } from '../api.ts';
import { inspectionActionLabels, type InspectionAction } from '../labels.tsx';
import { closeForm } from './close.tsx';
import { recordForm } from './record.tsx';
import { cancelForm, releaseForm } from './simple.tsx';
import { startForm } from './start.tsx';

/** Each action's body as the server's schema has it, without `version` (the modal adds it). */
type Bodies = { [A in InspectionAction]: Omit<InspectionActionBody<A>, 'version'> };

/** The inspection lifecycle's form registry: one entry per action of core's inspection machine. */
export const inspectionActionForms: ActionFormRegistry<Inspection, InspectionAction, Bodies> = {
  start: startForm,
  record: recordForm,
  close: closeForm,
  release: releaseForm,
  cancel: cancelForm,
};

export const inspectionWorkflow: RecordWorkflow<Inspection, InspectionAction, Bodies> = {
  forms: inspectionActionForms,
  labels: inspectionActionLabels,
  order: ['start', 'record', 'close', 'release', 'cancel'],
  primary: new Set<InspectionAction>(['start', 'record', 'close']),
  danger: new Set<InspectionAction>(['cancel']),
  // The action answers the record without its timeline: read it again as the page shows it.
  perform: async (i, action, body) => {
    await inspectionsApi.act(i.id, action, body);
    return inspectionsApi.get(i.id);
  },
};
