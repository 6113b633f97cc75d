import { checkRequirements, requirementsOf, type FormRequirements, type WorkflowActor, type WorkflowMachine } from '@zhiben/core';
import { AppError } from '../errors.ts';
import { labelForPath } from '../lib/field-labels.ts';

/** What a record view carries for its workflow: the allowed actions and, for each, its form requirements. */
export function presentWorkflow<Facts extends { status: Status }, Action extends string, Status extends string>(
  machine: WorkflowMachine<Facts, WorkflowActor, Action, Status>,
  facts: Facts,
  actor: WorkflowActor,
  requirementsFor: (action: Action) => FormRequirements,
): { actions: Action[]; requirements: Partial<Record<Action, FormRequirements>> } {
  const actions = machine.allowedActions(facts, actor);
  return { actions, requirements: requirementsOf(actions, requirementsFor) };
}

export const fieldLabel = (field: string): string => labelForPath(field.split('.'));

/** Refuses a submission that breaks the form's requirements: 400 naming the first field, in the form's words. */
export function enforceRequirements(requirements: FormRequirements, values: unknown): void {
  const [first] = checkRequirements(requirements, values, fieldLabel);
  if (first) throw AppError('VALIDATION', { field: first.field, message: first.message });
}
