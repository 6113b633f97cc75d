import { api } from '../../api/client.ts';

export type TotpSetup = { secret: string; otpauthUrl: string };

export const authApi = {
  changePassword: (currentPassword: string, newPassword: string) =>
    api.post<void>('/api/me/password', { currentPassword, newPassword }),
  totpSetup: () => api.post<TotpSetup>('/api/me/totp/setup'),
  totpEnable: (code: string) => api.post<void>('/api/me/totp/enable', { code }),
  totpDisable: (code: string) => api.post<void>('/api/me/totp/disable', { code }),
};
