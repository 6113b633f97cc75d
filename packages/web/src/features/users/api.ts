import { api } from '../../api/client.ts';
import type { Id, Items, Page } from '../../api/types.ts';

export type User = {
  id: Id;
  username: string;
  displayName: string;
  roles: string[];
  orgId: Id | null;
  orgName: string | null;
  enterpriseId: Id | null;
  enterpriseName: string | null;
  disabled: boolean;
  lockedUntil: string | null;
  totpEnabled: boolean;
  lastLoginAt: string | null;
  mustChangePassword: boolean;
  /** Roles, org or enterprise waiting for a committee officer's confirmation (两人规则). */
  pendingGrant: { id: Id; roles: string[]; orgName: string | null; enterpriseName: string | null; requestedAt: string; requestedByName: string } | null;
};

export type Grant = {
  id: Id;
  userId: Id;
  username: string;
  displayName: string;
  currentRoles: string[];
  roles: string[];
  orgName: string | null;
  enterpriseName: string | null;
  status: 'pending' | 'confirmed' | 'rejected' | 'cancelled';
  requestedByName: string;
  requestedAt: string;
  canDecide: boolean;
};

export type CreateUserInput = {
  username: string;
  displayName: string;
  password: string;
  roles: string[];
  orgId?: Id;
  enterpriseId?: Id;
};

export type UpdateUserInput = {
  displayName?: string;
  roles?: string[];
  orgId?: Id | null;
  enterpriseId?: Id | null;
  disabled?: boolean;
};

export type EnterpriseOption = { id: Id; name: string; uscc: string };

const userPath = (id: Id) => `/api/users/${encodeURIComponent(String(id))}`;

export const usersApi = {
  list: (q: { q?: string; page: number; pageSize: number }, signal?: AbortSignal) => api.get<Page<User>>('/api/users', q, signal),
  create: (body: CreateUserInput) => api.post<User>('/api/users', body),
  update: (id: Id, body: UpdateUserInput) => api.patch<User>(userPath(id), body),
  resetPassword: (id: Id, password: string) => api.post<void>(`${userPath(id)}/reset-password`, { password }),
  unlock: (id: Id) => api.post<void>(`${userPath(id)}/unlock`),
  enterpriseOptions: (q: string) => api.get<Items<EnterpriseOption>>('/api/users/enterprise-options', { q }),
  grants: (signal?: AbortSignal) => api.get<Items<Grant>>('/api/grants', undefined, signal),
  decideGrant: (id: Id, decision: 'confirm' | 'reject', note: string) => api.post<Grant>(`/api/grants/${encodeURIComponent(String(id))}/${decision}`, { note }),
};
