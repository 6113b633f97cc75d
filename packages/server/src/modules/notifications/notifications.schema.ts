import { z } from 'zod';

export const notificationItem = z.object({
  id: z.uuid(),
  title: z.string(),
  body: z.string(),
  template: z.string(),
  hazardId: z.uuid().nullable(),
  createdAt: z.string(),
  readAt: z.string().nullable(),
});
export type NotificationItem = z.infer<typeof notificationItem>;

export const notificationsResponse = z.object({ items: z.array(notificationItem), unread: z.number().int() });
