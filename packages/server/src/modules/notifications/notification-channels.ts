// Delivery adapters for the notification outbox. Real SMS and e-mail gateways are outside this deployment, so
// the only mode logs what would be sent; a gateway adapter is added as another mode of the factory.

export const notificationChannelKinds = ['in_app', 'sms', 'email'] as const;
export type NotificationChannelKind = (typeof notificationChannelKinds)[number];

/** What an adapter needs to deliver one outbox row. */
export type OutboundNotification = {
  id: string;
  channel: NotificationChannelKind;
  template: string;
  recipientName: string;
  recipientAddress: string;
  title: string;
  body: string;
  hazardId: string | null;
};

export type NotificationChannel = {
  kind: NotificationChannelKind;
  /** Resolves when the message is handed over; rejects with a reason to have the row retried later. */
  deliver: (notification: OutboundNotification) => Promise<void>;
};

export type NotificationChannels = Record<NotificationChannelKind, NotificationChannel>;

/** The logger surface the outbox needs; Fastify's (pino) logger satisfies it. */
export type NotificationLog = {
  info: (detail: Record<string, unknown>, message: string) => void;
  error: (detail: Record<string, unknown>, message: string) => void;
};

export const consoleNotificationLog: NotificationLog = {
  info: (detail, message) => console.log(message, JSON.stringify(detail)),
  error: (detail, message) => console.error(message, JSON.stringify(detail)),
};

/** 13912341234 → 139****1234; short or odd numbers keep only what cannot identify the person. */
export function maskPhone(phone: string): string {
  const digits = phone.replace(/\D/g, '');
  if (digits.length >= 7) return `${digits.slice(0, 3)}****${digits.slice(-4)}`;
  return digits.length === 0 ? '' : '****';
}

/** 张三 → 张*, 欧阳娜娜 → 欧***: enough for a timeline or a log line to be read, not enough to identify. */
export function maskName(name: string): string {
  const chars = [...name.trim()];
  const first = chars[0];
  if (first === undefined) return '';
  return first + '*'.repeat(Math.max(1, chars.length - 1));
}

/** user@example.com → u***@example.com */
export function maskEmail(address: string): string {
  const at = address.indexOf('@');
  if (at <= 0) return '****';
  return `${address.slice(0, 1)}***${address.slice(at)}`;
}

// In-app notices are the outbox rows themselves (GET /api/notifications), so there is nothing to hand over.
const inAppChannel: NotificationChannel = { kind: 'in_app', deliver: async () => undefined };

function loggingChannel(kind: 'sms' | 'email', log: NotificationLog): NotificationChannel {
  return {
    kind,
    deliver: async (n) => {
      // Never log the full number or name: logs travel further than the database.
      log.info(
        {
          notificationId: n.id,
          channel: kind,
          to: kind === 'sms' ? maskPhone(n.recipientAddress) : maskEmail(n.recipientAddress),
          recipient: maskName(n.recipientName),
          template: n.template,
          chars: n.body.length,
        },
        kind === 'sms' ? '短信通知（演示模式，未实际发送）' : '邮件通知（演示模式，未实际发送）',
      );
    },
  };
}

export type NotificationChannelMode = 'log';

/** The adapter set for a deployment mode. Only 'log' exists until a gateway contract is in place. */
export function createNotificationChannels(mode: NotificationChannelMode, log: NotificationLog = consoleNotificationLog): NotificationChannels {
  switch (mode) {
    case 'log':
      return { in_app: inAppChannel, sms: loggingChannel('sms', log), email: loggingChannel('email', log) };
  }
}
