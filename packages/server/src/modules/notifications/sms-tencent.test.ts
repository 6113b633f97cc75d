import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeSmsGateway, type FakeGateway } from './sms-fake-gateway.ts';
import { createTencentSmsChannel, e164, tc3Sign } from './sms-tencent.ts';

// The worked example of Tencent Cloud's "Signature v3" document (CVM DescribeInstances, 2019-02-25).
const documented = {
  secretId: 'AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE',
  secretKey: 'Gu5t9xGARNpq86cd98joQYCN3EXAMPLE',
  service: 'cvm',
  host: 'cvm.tencentcloudapi.com',
  payload: '{"Limit": 1, "Filters": [{"Values": ["\\u672a\\u547d\\u540d"], "Name": "instance-name"}]}',
  timestamp: 1551113065,
};

describe('TC3-HMAC-SHA256', () => {
  it('reproduces every intermediate value of the documented example', () => {
    const signed = tc3Sign(documented);
    expect(signed.canonicalRequest.split('\n').at(-1)).toBe('35e9c5b0e3ae67532d3c9f17ead6c90222632e5b1ff7f6e89887f1398934f064');
    expect(createHash('sha256').update(signed.canonicalRequest).digest('hex')).toBe('5ffe6a04c0664d6b969fab9a13bdab201d63ee709638e2749d62a09ca18d7031');
    expect(signed.stringToSign).toBe('TC3-HMAC-SHA256\n1551113065\n2019-02-25/cvm/tc3_request\n5ffe6a04c0664d6b969fab9a13bdab201d63ee709638e2749d62a09ca18d7031');
    expect(signed.signature).toBe('72e494ea809ad7a8c8f7a4507b9bddcbaa8e581f516e8da2f66e2c5a96525168');
    expect(signed.authorization).toBe(
      'TC3-HMAC-SHA256 Credential=AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE/2019-02-25/cvm/tc3_request, SignedHeaders=content-type;host, Signature=72e494ea809ad7a8c8f7a4507b9bddcbaa8e581f516e8da2f66e2c5a96525168',
    );
  });

  it('takes the scope date in UTC (00:44 in Beijing is still the day before)', () => {
    expect(tc3Sign({ ...documented, timestamp: 1551113065 }).stringToSign).toContain('2019-02-25/');
    expect(tc3Sign({ ...documented, payload: '{}' }).signature).not.toBe('72e494ea809ad7a8c8f7a4507b9bddcbaa8e581f516e8da2f66e2c5a96525168');
  });

  it('writes mainland numbers in E.164', () => {
    expect(e164('139 0000 1234')).toBe('+8613900001234');
    expect(e164('+8613900001234')).toBe('+8613900001234');
  });
});

describe('Tencent SMS channel against a local fake gateway', () => {
  let gateway: FakeGateway;
  beforeAll(async () => {
    gateway = await startFakeSmsGateway();
  });
  afterAll(async () => gateway.close());
  const message = { id: '00000000-0000-4000-8000-000000000001', channel: 'sms' as const, template: 't', recipientName: '张伟', recipientAddress: '13900001234', title: '标题', body: '正文', hazardId: null };

  it('sends a signed SendSms and returns the SerialNo, then pulls its receipt', async () => {
    const sms = createTencentSmsChannel(gateway.config);
    const handover = await sms.deliver(message);
    expect(handover.providerMessageId).toMatch(/^2433:/);
    const sent = gateway.requests.at(-1);
    expect(sent).toMatchObject({ action: 'SendSms', signatureOk: true, body: { PhoneNumberSet: ['+8613900001234'], TemplateParamSet: ['正文'], SignName: '亳州市安委办' } });
    const receipts = await sms.pullReceipts();
    expect(receipts).toEqual([{ providerMessageId: handover.providerMessageId, status: 'delivered', at: new Date(1764892800 * 1000), detail: '用户接收成功' }]);
  });

  it('rejects (so the outbox retries) on HTTP 5xx and on a wrong signature', async () => {
    gateway.failNext(1);
    await expect(createTencentSmsChannel(gateway.config).deliver(message)).rejects.toThrow('短信网关 HTTP 500');
    await expect(createTencentSmsChannel({ ...gateway.config, secretKey: 'wrong' }).deliver(message)).rejects.toThrow('AuthFailure.SignatureFailure');
  });
});
