import { useCallback, useEffect, useRef, useState } from 'react';
import type { FormInstance } from 'antd';
import { ApiError, errorCode, isConflict } from '../../api/client.ts';
import { feedback } from '../feedback.ts';
import { randomUuid } from '../uuid.ts';
import { fieldName } from '../workflow/requirements.ts';

/** The part of an antd form the submit sequence uses (a plain object in tests). */
export type SubmitForm<V> = Pick<FormInstance<V>, 'validateFields' | 'setFields'>;

/**
 * Marks the form field the server blamed (ApiError.field, e.g. `principal.phone`) with the server's zh-CN message.
 * Returns true when a field was marked; the message is also shown in the form's error banner.
 */
export function markServerFieldError<V>(form: Pick<FormInstance<V>, 'setFields'>, err: unknown): boolean {
  if (!(err instanceof ApiError) || !err.field) return false;
  try {
    form.setFields([{ name: fieldName(err.field), errors: [err.message] }] as Parameters<FormInstance<V>['setFields']>[0]);
    return true;
  } catch {
    return false;
  }
}

/**
 * Whether a failed create may have been stored: no answer (network), or a server failure. Only then is the same
 * idempotency key kept, so that a retry is recognised as the same submission; after any refusal the next try is new.
 */
export function outcomeUnknown(err: unknown): boolean {
  const code = errorCode(err);
  return code === undefined || code === 'NETWORK_ERROR' || code === 'INTERNAL' || code.startsWith('HTTP_5');
}

export type SubmitOptions<T> = {
  /** Toast after success (a function of the result, or nothing for no toast). */
  success?: string | ((result: T) => string);
  onSuccess?: (result: T) => void;
  /** A failure the form handles itself (e.g. asking for a second factor): return true to show no banner. */
  onError?: (error: ApiError) => boolean;
};

export type SubmitState = { saving: boolean; error: ApiError | null; idempotencyKey: string };

/**
 * The submit sequence without React: validate → run (busy) → toast / field error + banner → idempotency key for the
 * next try. `state` is read and written through the callbacks so the hook and the tests share it.
 */
export async function runSubmit<V, T>(
  form: SubmitForm<V>,
  run: (values: V, ctx: { idempotencyKey: string }) => Promise<T>,
  options: SubmitOptions<T>,
  state: { get: () => SubmitState; set: (patch: Partial<SubmitState>) => void },
): Promise<T | undefined> {
  if (state.get().saving) return undefined;
  let values: V;
  try {
    values = await form.validateFields();
  } catch {
    return undefined; // antd shows the field messages
  }
  state.set({ saving: true, error: null });
  try {
    const result = await run(values, { idempotencyKey: state.get().idempotencyKey });
    const text = typeof options.success === 'function' ? options.success(result) : options.success;
    if (text) feedback.success(text);
    // Acknowledged: whatever is submitted next is a new submission.
    state.set({ saving: false, idempotencyKey: randomUuid() });
    options.onSuccess?.(result);
    return result;
  } catch (err) {
    const error = err instanceof ApiError ? err : new ApiError('CLIENT_ERROR', err instanceof Error && err.message ? err.message : '操作失败');
    const handled = options.onError?.(error) === true;
    if (!handled) markServerFieldError(form, error);
    state.set({ saving: false, error: handled ? null : error, ...(outcomeUnknown(error) ? {} : { idempotencyKey: randomUuid() }) });
    return undefined;
  }
}

export type FormSubmit = {
  submit: () => Promise<void>;
  saving: boolean;
  /** The last failure (zh-CN message, `code`, `field`), for `<FormErrorAlert>`. */
  error: ApiError | null;
  /** The failure was a lost compare-and-set: offer to reload the record. */
  conflict: boolean;
  clearError: () => void;
};

/**
 * One submit sequence for every form: busy state, the server's field error on the field, a banner, a toast, and
 * an idempotency key per submission for creates (kept across a retry whose outcome is unknown).
 */
export function useFormSubmit<V, T>(
  form: SubmitForm<V>,
  run: (values: V, ctx: { idempotencyKey: string }) => Promise<T>,
  options: SubmitOptions<T> = {},
): FormSubmit {
  const stateRef = useRef<SubmitState>({ saving: false, error: null, idempotencyKey: randomUuid() });
  const [, rerender] = useState(0);
  const latest = useRef({ run, options });
  useEffect(() => {
    latest.current = { run, options };
  });

  const submit = useCallback(async () => {
    await runSubmit(form, (v: V, ctx) => latest.current.run(v, ctx), latest.current.options, {
      get: () => stateRef.current,
      set: (patch) => {
        stateRef.current = { ...stateRef.current, ...patch };
        rerender((n) => n + 1);
      },
    });
  }, [form]);

  const clearError = useCallback(() => {
    stateRef.current = { ...stateRef.current, error: null };
    rerender((n) => n + 1);
  }, []);

  const { saving, error } = stateRef.current;
  return { submit, saving, error, conflict: isConflict(error), clearError };
}
