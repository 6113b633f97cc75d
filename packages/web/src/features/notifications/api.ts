import { call } from '../../api/client.ts';
import type { ResponseOf } from '../../api/contract.ts';
import type { Id } from '../../api/types.ts';

export type AppNotification = ResponseOf<'/api/notifications', 'get'>['items'][number];

export const notificationsApi = {
  list: (signal?: AbortSignal) => call('get', '/api/notifications', { signal }),
  markRead: (id: Id) => call('post', '/api/notifications/{id}/read', { params: { id } }),
};
