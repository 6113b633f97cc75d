// Delivery adapters for the notification outbox. 'log' (the demo default) logs what would be sent; 'tencent'
// sends SMS through Tencent Cloud SMS (sms-tencent.ts), configured by SMS_PROVIDER and TENCENT_SMS_* (README).
import { createTencentSmsChannel, type SmsReceipt, type TencentSmsConfig } from './sms-tencent.ts';

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

/** What the gateway said when it took the message: its id, to match the delivery receipt later. */
export type Handover = { providerMessageId: string | null };

export type NotificationChannel = {
  kind: NotificationChannelKind;
  /** Resolves when the message is handed over; rejects with a reason to have the row retried later. */
  deliver: (notification: OutboundNotification) => Promise<Handover>;
};

export type NotificationChannels = Record<NotificationChannelKind, NotificationChannel> & {
  /** Delivery receipts of the SMS gateway since the last pull; absent where the gateway has none (log mode). */
  pullSmsReceipts?: () => Promise<SmsReceipt[]>;
};

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
const inAppChannel: NotificationChannel = { kind: 'in_app', deliver: async () => ({ providerMessageId: null }) };

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
      return { providerMessageId: null };
    },
  };
}

export type NotificationChannelMode = { kind: 'log' } | { kind: 'tencent'; sms: TencentSmsConfig };

/** The adapter set for a deployment mode (config.ts `sms`). E-mail stays logged in every mode. */
export function createNotificationChannels(mode: NotificationChannelMode, log: NotificationLog = consoleNotificationLog): NotificationChannels {
  switch (mode.kind) {
    case 'log':
      return { in_app: inAppChannel, sms: loggingChannel('sms', log), email: loggingChannel('email', log) };
    case 'tencent': {
      const sms = createTencentSmsChannel(mode.sms);
      return { in_app: inAppChannel, sms, email: loggingChannel('email', log), pullSmsReceipts: () => sms.pullReceipts() };
    }
  }
}

/**
 * SMS_PROVIDER: unset/`log` (demo: logged, not sent) or `tencent` with TENCENT_SMS_SECRET_ID, TENCENT_SMS_SECRET_KEY,
 * TENCENT_SMS_SDK_APP_ID, TENCENT_SMS_SIGN_NAME, TENCENT_SMS_TEMPLATE_ID (a template with one parameter {1}), and
 * optionally TENCENT_SMS_REGION (ap-guangzhou), TENCENT_SMS_ENDPOINT. A missing variable stops the start-up.
 */
export function loadNotificationMode(env: NodeJS.ProcessEnv): NotificationChannelMode {
  const provider = env.SMS_PROVIDER?.trim() ?? '';
  if (provider === '' || provider === 'log') return { kind: 'log' };
  if (provider !== 'tencent') throw new Error(`SMS_PROVIDER 无效：「${provider}」（可用 log 或 tencent）`);
  const need = (name: string) => {
    const value = env[name]?.trim() ?? '';
    if (value === '') throw new Error(`SMS_PROVIDER=tencent 需要设置 ${name}`);
    return value;
  };
  return {
    kind: 'tencent',
    sms: {
      secretId: need('TENCENT_SMS_SECRET_ID'),
      secretKey: need('TENCENT_SMS_SECRET_KEY'),
      sdkAppId: need('TENCENT_SMS_SDK_APP_ID'),
      signName: need('TENCENT_SMS_SIGN_NAME'),
      templateId: need('TENCENT_SMS_TEMPLATE_ID'),
      region: env.TENCENT_SMS_REGION?.trim() || 'ap-guangzhou',
      endpoint: env.TENCENT_SMS_ENDPOINT?.trim() || 'https://sms.tencentcloudapi.com',
      timeoutMs: 10_000,
    },
  };
}
