// The SMS gateway adapter for Tencent Cloud SMS (API 3.0, SendSms / PullSmsSendStatus, version 2021-01-11), signed
// with TC3-HMAC-SHA256 as documented in "Signature v3" (tested against the document's worked example). The outbox
// calls `deliver` once per row; a rejection makes the row retry with backoff (notifications.repository.ts).
// Delivery receipts are polled (`pullReceipts`) and recorded on the notification by the caller.
import { createHash, createHmac } from 'node:crypto';
import type { NotificationChannel, OutboundNotification } from './notification-channels.ts';

export type Tc3Request = {
  secretId: string;
  secretKey: string;
  /** The product, e.g. `sms`; the host is `<service>.tencentcloudapi.com` unless given. */
  service: string;
  host: string;
  /** JSON body exactly as sent. */
  payload: string;
  /** Unix seconds (X-TC-Timestamp). */
  timestamp: number;
  contentType?: string;
};

export type Tc3Signature = { canonicalRequest: string; stringToSign: string; signature: string; authorization: string };

const sha256Hex = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');
const hmac = (key: Buffer | string, text: string) => createHmac('sha256', key).update(text, 'utf8').digest();

/** TC3-HMAC-SHA256 (POST, signed headers content-type;host). The date of the scope is the UTC date of the timestamp. */
export function tc3Sign(r: Tc3Request): Tc3Signature {
  const contentType = r.contentType ?? 'application/json; charset=utf-8';
  const signedHeaders = 'content-type;host';
  const canonicalRequest = ['POST', '/', '', `content-type:${contentType}\nhost:${r.host}\n`, signedHeaders, sha256Hex(r.payload)].join('\n');
  const date = new Date(r.timestamp * 1000).toISOString().slice(0, 10);
  const scope = `${date}/${r.service}/tc3_request`;
  const stringToSign = ['TC3-HMAC-SHA256', String(r.timestamp), scope, sha256Hex(canonicalRequest)].join('\n');
  const signing = hmac(hmac(hmac(`TC3${r.secretKey}`, date), r.service), 'tc3_request');
  const signature = createHmac('sha256', signing).update(stringToSign, 'utf8').digest('hex');
  const authorization = `TC3-HMAC-SHA256 Credential=${r.secretId}/${scope}, SignedHeaders=${signedHeaders}, Signature=${signature}`;
  return { canonicalRequest, stringToSign, signature, authorization };
}

export type TencentSmsConfig = {
  secretId: string;
  secretKey: string;
  /** SmsSdkAppId of the SMS application. */
  sdkAppId: string;
  /** The approved signature (签名内容), e.g. 亳州市安委办. */
  signName: string;
  /** An approved template with one parameter {1}: the notice text. */
  templateId: string;
  region: string;
  /** https://sms.tencentcloudapi.com unless overridden (tests point it at a local fake). */
  endpoint: string;
  timeoutMs: number;
};

export type FetchLike = (url: string, init: { method: 'POST'; headers: Record<string, string>; body: string; signal: AbortSignal }) => Promise<{ status: number; text: () => Promise<string> }>;

type ApiResponse = { Response?: { Error?: { Code?: string; Message?: string }; [key: string]: unknown } };

async function call(config: TencentSmsConfig, fetchImpl: FetchLike, action: string, body: unknown, now: () => Date): Promise<Record<string, unknown>> {
  const payload = JSON.stringify(body);
  const host = new URL(config.endpoint).host;
  const timestamp = Math.floor(now().getTime() / 1000);
  const { authorization } = tc3Sign({ secretId: config.secretId, secretKey: config.secretKey, service: 'sms', host, payload, timestamp });
  const response = await fetchImpl(config.endpoint, {
    method: 'POST',
    headers: {
      Authorization: authorization,
      'Content-Type': 'application/json; charset=utf-8',
      Host: host,
      'X-TC-Action': action,
      'X-TC-Version': '2021-01-11',
      'X-TC-Timestamp': String(timestamp),
      'X-TC-Region': config.region,
    },
    body: payload,
    signal: AbortSignal.timeout(config.timeoutMs),
  });
  const text = await response.text();
  if (response.status >= 500) throw new Error(`短信网关 HTTP ${response.status}`);
  let parsed: ApiResponse;
  try {
    parsed = JSON.parse(text) as ApiResponse;
  } catch {
    throw new Error(`短信网关应答无法解析（HTTP ${response.status}）`);
  }
  const result = parsed.Response;
  if (!result) throw new Error(`短信网关应答缺少 Response（HTTP ${response.status}）`);
  if (result.Error) throw new Error(`短信网关错误 ${result.Error.Code ?? ''}：${result.Error.Message ?? ''}`);
  return result;
}

/** +86 for a mainland mobile number written without a country code (the API wants E.164). */
export function e164(phone: string): string {
  const digits = phone.replace(/[^\d+]/g, '');
  if (digits.startsWith('+')) return digits;
  return `+86${digits}`;
}

export type SmsReceipt = { providerMessageId: string; status: 'delivered' | 'failed'; at: Date; detail: string };

export type TencentSms = NotificationChannel & {
  /** Receipts reported since the last pull (PullSmsSendStatus), keyed by the SerialNo SendSms returned. */
  pullReceipts: (limit?: number) => Promise<SmsReceipt[]>;
};

export function createTencentSmsChannel(config: TencentSmsConfig, fetchImpl: FetchLike = fetch, now: () => Date = () => new Date()): TencentSms {
  return {
    kind: 'sms',
    deliver: async (n: OutboundNotification) => {
      const result = await call(
        config,
        fetchImpl,
        'SendSms',
        { PhoneNumberSet: [e164(n.recipientAddress)], SmsSdkAppId: config.sdkAppId, SignName: config.signName, TemplateId: config.templateId, TemplateParamSet: [n.body], SessionContext: n.id },
        now,
      );
      const statuses = (result.SendStatusSet ?? []) as { SerialNo?: string; Code?: string; Message?: string }[];
      const first = statuses[0];
      // Per-number refusals (e.g. LimitExceeded.PhoneNumberDailyLimit) come back with HTTP 200 and Code ≠ Ok.
      if (!first || first.Code !== 'Ok') throw new Error(`短信发送失败 ${first?.Code ?? '无结果'}：${first?.Message ?? ''}`);
      return { providerMessageId: first.SerialNo ?? null };
    },
    pullReceipts: async (limit = 100) => {
      const result = await call(config, fetchImpl, 'PullSmsSendStatus', { Limit: limit, SmsSdkAppId: config.sdkAppId }, now);
      const set = (result.PullSmsSendStatusSet ?? []) as { SerialNo?: string; ReportStatus?: string; UserReceiveTime?: number; Description?: string }[];
      return set
        .filter((s) => typeof s.SerialNo === 'string')
        .map((s) => ({
          providerMessageId: s.SerialNo ?? '',
          status: s.ReportStatus === 'SUCCESS' ? ('delivered' as const) : ('failed' as const),
          at: s.UserReceiveTime ? new Date(s.UserReceiveTime * 1000) : now(),
          detail: s.Description ?? '',
        }));
    },
  };
}
