import { explainPasswordWeakness, MIN_PASSWORD_LENGTH } from '@zhiben/core/src/auth/password-policy.ts';
import type { FormInstance, FormRule } from 'antd';
import { ApiError } from '../api/client.ts';

/**
 * Marks the form field the server blamed (ApiError.field, e.g. `principal.phone`) with the server's zh-CN
 * message. Returns true when a field was marked. The message is also shown by the caller as a banner.
 */
export function markServerFieldError<T>(form: FormInstance<T>, err: unknown): boolean {
  if (!(err instanceof ApiError) || !err.field) return false;
  const name = err.field.split('.').map((p) => (/^\d+$/.test(p) ? Number(p) : p));
  try {
    form.setFields([{ name, errors: [err.message] }] as Parameters<FormInstance<T>['setFields']>[0]);
    return true;
  } catch {
    return false;
  }
}

/** Client-side mirror of the server's password policy (the server's message wins if they ever differ). */
export const PASSWORD_HINT = `至少 ${MIN_PASSWORD_LENGTH} 位，不能是常见密码，不能包含用户名`;

export function passwordRules(requiredMessage: string): FormRule[] {
  return [
    { required: true, message: requiredMessage },
    {
      // The server's rule (core), so the form says what the server will say.
      validator: (_rule, value: unknown) => {
        const weakness = typeof value === 'string' && value !== '' ? explainPasswordWeakness(value) : null;
        return weakness ? Promise.reject(new Error(weakness)) : Promise.resolve();
      },
    },
  ];
}
