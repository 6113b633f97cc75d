// Form requirements: what a workflow form must hold, sent by the server with every record beside `actions` (and
// for intake forms from their own endpoint), so the web renders "required", bounds, options and hints from the
// rules instead of copying them. The server checks every submission with checkRequirements over the same
// object: one rule, two users.

export type FieldRequirement = {
  required: boolean | { whenField: string; equals: string | boolean }; // conditional on another field of the form
  min?: string | number; // dates as yyyy-mm-dd, numbers as numbers
  max?: string | number;
  options?: readonly string[]; // allowed values (e.g. sources this actor may use)
  hint?: string; // zh-CN, shown under the field
};
export type FormRequirements = Record<string, FieldRequirement>; // key = field path, e.g. 'plan.fundsWanYuan'

export type RequirementViolation = { field: string; message: string };

/** The value at a dotted field path ('plan.deadline'), undefined when any step is missing. */
export function valueAt(values: unknown, path: string): unknown {
  let current: unknown = values;
  for (const step of path.split('.')) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[step];
  }
  return current;
}

/** Whether a field counts as filled: non-blank text, any number, a non-empty list, a boolean. */
export function isFilled(value: unknown): boolean {
  if (value === undefined || value === null) return false;
  if (typeof value === 'string') return value.trim() !== '';
  if (Array.isArray(value)) return value.length > 0;
  return true;
}

/** Whether the requirement's `required` applies to these values. */
export function isRequired(requirement: FieldRequirement, values: unknown): boolean {
  const { required } = requirement;
  if (typeof required === 'boolean') return required;
  return valueAt(values, required.whenField) === required.equals;
}

const describe = (value: string | number) => (typeof value === 'number' ? String(value) : value);

/**
 * Every violation of the requirements by `values` (a submitted form or request body), in field order. `label`
 * names a field in zh-CN (the server passes its field-label table); a hint, when present, is the message of a
 * missing required field, so the form's hint and the server's refusal say the same thing.
 */
export function checkRequirements(requirements: FormRequirements, values: unknown, label: (field: string) => string = (f) => f): RequirementViolation[] {
  const violations: RequirementViolation[] = [];
  for (const [field, requirement] of Object.entries(requirements)) {
    const value = valueAt(values, field);
    const name = `「${label(field)}」`;
    if (!isFilled(value)) {
      if (isRequired(requirement, values)) violations.push({ field, message: requirement.hint ?? `${name}不能为空` });
      continue;
    }
    const items = Array.isArray(value) ? (value as unknown[]) : [value];
    const { options, min, max } = requirement;
    if (options && items.some((item) => !options.includes(String(item)))) {
      violations.push({ field, message: requirement.hint ?? `${name}的取值不适用` });
      continue;
    }
    for (const item of items) {
      if (typeof item !== 'string' && typeof item !== 'number') continue;
      if (min !== undefined && typeof min === typeof item && item < min) {
        violations.push({ field, message: requirement.hint ?? `${name}不能${typeof min === 'number' ? '小于' : '早于'}${describe(min)}` });
        break;
      }
      if (max !== undefined && typeof max === typeof item && item > max) {
        violations.push({ field, message: requirement.hint ?? `${name}不能${typeof max === 'number' ? '大于' : '晚于'}${describe(max)}` });
        break;
      }
    }
  }
  return violations;
}

/** The requirements of the allowed actions only (what a record view sends beside `actions`). */
export function requirementsOf<Action extends string>(
  actions: readonly Action[],
  requirementsFor: (action: Action) => FormRequirements,
): Partial<Record<Action, FormRequirements>> {
  const out: Partial<Record<Action, FormRequirements>> = {};
  for (const action of actions) out[action] = requirementsFor(action);
  return out;
}
