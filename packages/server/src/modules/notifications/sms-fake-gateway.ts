// Test-only: a local stand-in for Tencent Cloud SMS (nothing reaches the network in tests). It checks each request's
// TC3 signature with the same secret, answers SendSms with a SerialNo (or the failures it is told to give) and
// PullSmsSendStatus with receipts for what it accepted.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tc3Sign, type TencentSmsConfig } from './sms-tencent.ts';

export type FakeGateway = {
  config: TencentSmsConfig;
  requests: { action: string; body: Record<string, unknown>; signatureOk: boolean }[];
  /** The next SendSms calls answer HTTP 500 this many times. */
  failNext: (times: number) => void;
  close: () => Promise<void>;
};

export async function startFakeSmsGateway(): Promise<FakeGateway> {
  const requests: FakeGateway['requests'] = [];
  const accepted: string[] = [];
  let failures = 0;
  const secretKey = 'fake-secret-key';
  const server: Server = createServer((req, res) => {
    let raw = '';
    req.on('data', (chunk: Buffer) => (raw += chunk.toString('utf8')));
    req.on('end', () => {
      const action = String(req.headers['x-tc-action'] ?? '');
      const timestamp = Number(req.headers['x-tc-timestamp']);
      const expected = tc3Sign({ secretId: 'AKIDfake', secretKey, service: 'sms', host: String(req.headers.host), payload: raw, timestamp }).authorization;
      const signatureOk = req.headers.authorization === expected;
      const body = JSON.parse(raw) as Record<string, unknown>;
      requests.push({ action, body, signatureOk });
      const send = (status: number, json: unknown) => {
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(JSON.stringify(json));
      };
      if (!signatureOk) return send(200, { Response: { Error: { Code: 'AuthFailure.SignatureFailure', Message: 'signature mismatch' }, RequestId: 'r' } });
      if (action === 'SendSms') {
        if (failures > 0) {
          failures--;
          return send(500, {});
        }
        const serialNo = `2433:${accepted.length + 1}`;
        accepted.push(serialNo);
        return send(200, { Response: { SendStatusSet: [{ SerialNo: serialNo, PhoneNumber: (body.PhoneNumberSet as string[])[0], Code: 'Ok', Message: 'send success' }], RequestId: 'r' } });
      }
      if (action === 'PullSmsSendStatus') {
        const set = accepted.splice(0).map((serialNo, i) => ({ SerialNo: serialNo, ReportStatus: i === 0 ? 'SUCCESS' : 'FAIL', UserReceiveTime: 1764892800, Description: i === 0 ? '用户接收成功' : '空号' }));
        return send(200, { Response: { PullSmsSendStatusSet: set, RequestId: 'r' } });
      }
      return send(200, { Response: { Error: { Code: 'InvalidAction', Message: action }, RequestId: 'r' } });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    config: { secretId: 'AKIDfake', secretKey, sdkAppId: '1400000000', signName: '亳州市安委办', templateId: '100001', region: 'ap-guangzhou', endpoint: `http://127.0.0.1:${port}/`, timeoutMs: 2000 },
    requests,
    failNext: (times) => {
      failures = times;
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
