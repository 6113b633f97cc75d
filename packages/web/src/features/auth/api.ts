import { call } from '../../api/client.ts';
import type { BodyOf, ResponseOf } from '../../api/contract.ts';

export type TotpSetup = ResponseOf<'/api/me/totp/setup', 'post'>;
export type LoginInput = BodyOf<'/api/auth/login', 'post'>;

export const authApi = {
  me: () => call('get', '/api/me', { skipAuthRedirect: true }),
  login: (body: LoginInput) => call('post', '/api/auth/login', { body, skipAuthRedirect: true }),
  logout: () => call('post', '/api/auth/logout', { skipAuthRedirect: true }),
  changePassword: (currentPassword: string, newPassword: string) => call('post', '/api/me/password', { body: { currentPassword, newPassword } }),
  totpSetup: () => call('post', '/api/me/totp/setup'),
  totpEnable: (code: string) => call('post', '/api/me/totp/enable', { body: { code } }),
  totpDisable: (code: string) => call('post', '/api/me/totp/disable', { body: { code } }),
};
