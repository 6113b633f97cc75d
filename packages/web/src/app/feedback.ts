import type { App } from 'antd';
import { errorMessage } from '../api/client.ts';

/**
 * Module-level access to antd's context-aware message/notification APIs (installed by <FeedbackBridge/>
 * inside <App>), so non-component code such as event handlers can report server errors.
 */
type AppApi = ReturnType<typeof App.useApp>;
type MessageInstance = AppApi['message'];
type NotificationInstance = AppApi['notification'];

let messageApi: MessageInstance | null = null;
let notificationApi: NotificationInstance | null = null;

export function installFeedback(message: MessageInstance, notification: NotificationInstance): void {
  messageApi = message;
  notificationApi = notification;
}

export const feedback = {
  success(text: string): void {
    void messageApi?.success(text);
  },
  info(text: string): void {
    void messageApi?.info(text);
  },
  warning(text: string): void {
    void messageApi?.warning(text);
  },
  /** Shows the server's zh-CN message of an ApiError (or a generic text). */
  error(err: unknown): void {
    void messageApi?.error(errorMessage(err));
  },
  notifyError(title: string, err: unknown): void {
    notificationApi?.error({ title, description: errorMessage(err) });
  },
};
