import type { FormRule } from 'antd';
import type { Dayjs } from 'dayjs';

/**
 * Form requirements as the server sends them beside `actions` (core `workflow/requirements.ts`, written by the
 * kernel): the rules of a form are the server's, the web only turns them into antd rules. Until a record carries
 * `requirements`, a form has no client rule and the server's zh-CN refusal names the field (shown on that field).
 */
export type FieldRequirement = {
  required: boolean | { whenField: string; equals: string | boolean };
  min?: string | number;
  max?: string | number;
  options?: readonly string[];
  hint?: string;
};
export type FormRequirements = Record<string, FieldRequirement>;
/** What a record view carries: the requirements of each action's form. */
export type ActionRequirements<A extends string> = Partial<Record<A, FormRequirements>>;

const ISO_DAY = 'YYYY-MM-DD';

/** A form value read at a dotted path (`plan.deadline`). */
export function valueAt(values: unknown, path: string): unknown {
  let current: unknown = values;
  for (const key of path.split('.')) {
    if (typeof current !== 'object' || current === null) return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

/** antd's field name of a dotted path. */
export const fieldName = (path: string): (string | number)[] => path.split('.').map((p) => (/^\d+$/.test(p) ? Number(p) : p));

const isDayjs = (v: unknown): v is Dayjs => typeof v === 'object' && v !== null && typeof (v as Dayjs).format === 'function' && typeof (v as Dayjs).isValid === 'function';

/** Empty as the server sees it: nothing, blank text, an empty list. */
export function isEmptyValue(v: unknown): boolean {
  if (v === undefined || v === null) return true;
  if (typeof v === 'string') return v.trim() === '';
  if (Array.isArray(v)) return v.length === 0;
  return false;
}

/** Whether the field is required for the form's current values. */
export function isRequired(req: FieldRequirement | undefined, values: unknown): boolean {
  if (!req) return false;
  if (typeof req.required === 'boolean') return req.required;
  return valueAt(values, req.required.whenField) === req.required.equals;
}

/** A value in the requirement's terms: dates as yyyy-mm-dd, numbers as numbers, anything else unchanged. */
function comparable(v: unknown): unknown {
  return isDayjs(v) ? v.format(ISO_DAY) : v;
}

/** The zh-CN reason a present value breaks `min`/`max`/`options`, or null. */
export function boundViolation(req: FieldRequirement, value: unknown, label: string): string | null {
  const v = comparable(value);
  if (isEmptyValue(v)) return null;
  const tooLow = req.min !== undefined && typeof v === typeof req.min && (v as string | number) < req.min;
  if (tooLow) return typeof req.min === 'number' ? `${label}不能小于 ${req.min}` : `${label}不能早于 ${req.min}`;
  const tooHigh = req.max !== undefined && typeof v === typeof req.max && (v as string | number) > req.max;
  if (tooHigh) return typeof req.max === 'number' ? `${label}不能大于 ${req.max}` : `${label}不能晚于 ${req.max}`;
  if (req.options) {
    const list = Array.isArray(v) ? (v as unknown[]) : [v];
    if (list.some((item) => !req.options?.includes(String(item)))) return `${label}的取值不在允许范围内`;
  }
  return null;
}

/** What one form item takes from its requirement. */
export type FieldRules = {
  /** Rules for `<Form.Item rules>`; conditional `required` reads the form's live values when validating. */
  rules: FormRule[];
  /** For `<Form.Item required>` (the asterisk), evaluated against the values passed to the adapter. */
  required: boolean;
  /** For `<Form.Item extra>`: the server's hint. */
  extra: string | undefined;
  /** For a `<DatePicker disabledDate>`: days outside `min`/`max`. */
  disabledDate: ((day: Dayjs) => boolean) | undefined;
  /** The allowed subset of a select's values (all of them when the server sends no `options`). */
  options: <T extends string>(all: readonly T[]) => T[];
};

export type RequirementRules = (field: string, label: string) => FieldRules;

/**
 * The antd side of a form's requirements. `values` are the form's current values (`Form.useWatch([], form)`), used
 * for the asterisk of conditionally required fields; validation itself reads the live values.
 */
export function requirementsToRules(requirements: FormRequirements | undefined, values: unknown): RequirementRules {
  return (field, label) => {
    const req = requirements?.[field];
    if (!req) return { rules: [], required: false, extra: undefined, disabledDate: undefined, options: (all) => [...all] };
    const requiredRule: FormRule = ({ getFieldsValue }) => ({
      validator: async (_rule, value: unknown) => {
        if (isEmptyValue(value) && isRequired(req, getFieldsValue(true))) throw new Error(`请填写${label}`);
      },
    });
    const boundRule: FormRule = {
      validator: async (_rule, value: unknown) => {
        const violation = boundViolation(req, value, label);
        if (violation) throw new Error(violation);
      },
    };
    const dateBounds = typeof req.min === 'string' || typeof req.max === 'string';
    return {
      rules: [requiredRule, boundRule],
      required: isRequired(req, values),
      extra: req.hint,
      disabledDate: dateBounds
        ? (day) => {
            const d = day.format(ISO_DAY);
            return (typeof req.min === 'string' && d < req.min) || (typeof req.max === 'string' && d > req.max);
          }
        : undefined,
      options: (all) => (req.options ? all.filter((v) => req.options?.includes(v)) : [...all]),
    };
  };
}
