import type { FormRule } from 'antd';

/** Client-side mirror of the server's password policy (the server's message wins if they ever differ). */
export const PASSWORD_HINT = '至少 10 位，且须包含字母和数字';

export function passwordRules(requiredMessage: string): FormRule[] {
  return [
    { required: true, message: requiredMessage },
    {
      validator: (_rule, value: unknown) =>
        typeof value !== 'string' || value === '' || (value.length >= 10 && /[A-Za-z]/.test(value) && /\d/.test(value))
          ? Promise.resolve()
          : Promise.reject(new Error(`密码${PASSWORD_HINT}`)),
    },
  ];
}
