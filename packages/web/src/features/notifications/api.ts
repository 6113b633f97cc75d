import { api } from '../../api/client.ts';
import type { Id } from '../../api/types.ts';

export type AppNotification = {
  id: Id;
  title: string;
  body: string;
  hazardId: Id | null;
  createdAt: string;
  readAt: string | null;
};

export const notificationsApi = {
  list: (signal?: AbortSignal) =>
    api.get<{ items: AppNotification[]; unread: number }>('/api/notifications', undefined, signal),
  markRead: (id: Id) => api.post<void>(`/api/notifications/${encodeURIComponent(String(id))}/read`),
};
