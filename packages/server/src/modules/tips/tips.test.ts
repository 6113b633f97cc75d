import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import type { LightMyRequestResponse } from 'fastify';
import JSZip from 'jszip';
import ExcelJS from '../../lib/exceljs.ts';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';
import { GPS_MARKER, jpegWithExif } from '../files/test-fixtures.ts';

// ---- the planted identity: every value is unique, so finding it anywhere but the reveal answer is a leak ----
const MARK = 'ZBMK7Q';
function idNumberWithCheck(body17: string): string {
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...body17].reduce((s, d, i) => s + Number(d) * (weights[i] ?? 0), 0);
  return body17 + '10X98765432'[sum % 11];
}
const reporter = {
  name: `演示${MARK}举报人`,
  phone: '13973910428',
  idNumber: idNumberWithCheck('34162119900307639'),
  bankAccount: '6222 0273 9104 2817',
  bankName: `演示银行${MARK}支行`,
};
const REPORTER_IP = '203.0.113.77';
const plainNeedles = [MARK, reporter.phone, reporter.idNumber, '6222027391042817', reporter.bankAccount, REPORTER_IP, '演示ZBMK7Q'];
const encodings = (s: string) => [s, Buffer.from(s).toString('base64'), encodeURIComponent(s), Buffer.from(s).toString('hex'), JSON.stringify(s).slice(1, -1)];
const needles = [...new Set(plainNeedles.flatMap(encodings))].filter((n) => n.length >= 6);

let t: TestApp;
const logLines: string[] = [];
/** Every response body seen by any role, except the one legitimate reveal answer. */
const seen: { who: string; url: string; text: string }[] = [];
// Roles by key: jb 亳州市举报受理员 (receiving org 亳州市安委办), aqb 亳州市安委办 (approves rewards), yjj 涡阳县应急管理局
// (hazchem, the handling regulator), mcYjj/mcAqb 蒙城县 (other county), zjj 涡阳县住建局 (other sector), ent the demo
// enterprise's admin, town a 涡阳县 locality, auditor.
let jb = '';
let enterpriseId: string;
const tokens = new Map<string, string>();

async function call(who: string, method: 'GET' | 'POST', url: string, body?: unknown): Promise<LightMyRequestResponse> {
  const token = tokens.get(who) ?? null;
  const response = await t.request(token, method, url, body);
  seen.push({ who, url, text: response.body });
  return response;
}

function multipart(data: unknown, files: { name: string; bytes: Buffer; type?: string }[] = []) {
  const boundary = '----zhibenTip';
  const parts: Buffer[] = [Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="data"\r\n\r\n${JSON.stringify(data)}\r\n`)];
  for (const f of files) {
    parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="files"; filename="${f.name}"\r\nContent-Type: ${f.type ?? 'image/jpeg'}\r\n\r\n`), f.bytes, Buffer.from('\r\n'));
  }
  parts.push(Buffer.from(`--${boundary}--\r\n`));
  return { payload: Buffer.concat(parts), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

async function submit(data: unknown, options: { files?: { name: string; bytes: Buffer; type?: string }[]; key?: string; ip?: string; app?: TestApp } = {}) {
  const body = multipart(data, options.files);
  const response = await (options.app ?? t).app.inject({
    method: 'POST',
    url: '/api/public/tips',
    payload: body.payload,
    headers: { ...body.headers, ...(options.key ? { 'idempotency-key': options.key } : {}) },
    remoteAddress: options.ip ?? REPORTER_IP,
  });
  seen.push({ who: 'public', url: '/api/public/tips', text: response.body });
  return response;
}

const publicPost = async (url: string, body: unknown, ip = REPORTER_IP, app: TestApp = t) => {
  const response = await app.app.inject({ method: 'POST', url, payload: body as Record<string, unknown>, remoteAddress: ip });
  seen.push({ who: 'public', url, text: response.body });
  return response;
};

const tipData = (overrides: Record<string, unknown> = {}) => ({
  targetEnterpriseId: enterpriseId,
  targetName: '演示化工有限公司',
  regionCode: '341621000000',
  address: '涡阳县演示工业园',
  category: 'major_hazard',
  content: '液氯储罐区紧急切断阀长期拆除，夜间违规超量储存，工人未经培训上岗',
  anonymous: false,
  reporter,
  consent: true,
  ...overrides,
});

async function act(who: string, id: string, action: string, body: Record<string, unknown>) {
  const current = (await call(who, 'GET', `/api/tips/${id}`)).json() as { version: number };
  const response = await call(who, 'POST', `/api/tips/${id}/actions/${action}`, { version: current.version, ...body });
  expect(response.statusCode, `${action}: ${response.body}`).toBe(200);
  return response.json() as { status: string; actions: string[]; version: number; reward: { amountYuan: number; status: string } | null; investigation: { hazardId: string | null } | null; handlingOrgName: string | null };
}

beforeAll(async () => {
  t = await createTestApp({ enterpriseCount: 120, logStream: { write: (line) => void logLines.push(line) } });
  for (const [key, username] of [
    ['jb', 'bozhou_jb'], ['aqb', 'bozhou_aqb'], ['yjj', 'guoyang_yjj'], ['mcYjj', 'mengcheng_yjj'], ['mcAqb', 'mengcheng_aqb'],
    ['zjj', 'guoyang_zjj'], ['ent', 'ent_admin'], ['town', 'guoyang_town'], ['auditor', 'auditor'],
  ] as const) {
    tokens.set(key, await t.login(username));
  }
  jb = tokens.get('jb') ?? '';
  enterpriseId = (await call('ent', 'GET', '/api/me')).json().enterprise.id;
  // The demo enterprise must be hazchem so the county 应急局 is its lead department.
  await t.database.db.execute(sql`UPDATE enterprises SET sectors = ARRAY['hazchem']::text[] WHERE id = ${enterpriseId}`);
});
afterAll(async () => t?.close());

let tipId = '';
let receiptCode = '';
let hazardId = '';
let attachmentId = '';
let revealText = '';

describe('the tip workflow end to end through the API', () => {
  it('public submission with a photo: receipt shown once, EXIF stripped, retry with the same key replays it', async () => {
    const photo = jpegWithExif();
    expect(photo.includes(Buffer.from(GPS_MARKER))).toBe(true);
    const first = await submit(tipData(), { files: [{ name: '现场.jpg', bytes: photo }], key: 'tip-key-0001' });
    expect(first.statusCode, first.body).toBe(201);
    const receipt = first.json() as { tipNo: string; receiptCode: string; merged: boolean };
    expect(receipt.receiptCode.replace(/-/g, '')).toMatch(/^[2-9A-HJKMNP-Z]{20}$/);
    expect(receipt.merged).toBe(false);
    receiptCode = receipt.receiptCode;
    const retry = await submit(tipData(), { files: [{ name: '现场.jpg', bytes: photo }], key: 'tip-key-0001' });
    expect(retry.statusCode).toBe(201);
    expect(retry.json()).toEqual(first.json());
    const [count] = await t.rows<{ n: number }>(sql`SELECT count(*)::int AS n FROM tips`);
    expect(count?.n).toBe(1);
    const [file] = await t.rows<{ sha256: string }>(sql`SELECT sha256 FROM tip_attachments`);
    const stored = await t.rows<{ n: number }>(sql`SELECT count(*)::int AS n FROM tip_attachments`);
    expect(stored[0]?.n).toBe(1);
    expect(file?.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('lookup by receipt code in the body; a wrong code is 404 in Chinese', async () => {
    const found = await publicPost('/api/public/tips/lookup', { receiptCode: receiptCode.toLowerCase() });
    expect(found.statusCode, found.body).toBe(200);
    expect(found.json()).toMatchObject({ status: 'received', statusLabel: '待受理', feedback: [], reward: null, canFollowUp: true });
    const wrong = await publicPost('/api/public/tips/lookup', { receiptCode: 'ABCD-EFGH-JKMN-PQRS-TUVW' });
    expect(wrong.statusCode).toBe(404);
    expect(wrong.json()).toMatchObject({ code: 'TIP_RECEIPT_NOT_FOUND', message: expect.stringContaining('查询码不存在') });
  });

  it('the inbox shows the tip with its SLA clock and the receiving officer may accept, decline and reveal', async () => {
    const list = await call('jb', 'GET', '/api/tips?status=received');
    expect(list.statusCode, list.body).toBe(200);
    const item = (list.json() as { items: { id: string; slaState: string; dueAt: string; anonymous: boolean }[] }).items[0];
    expect(item).toMatchObject({ slaState: 'ok', anonymous: false });
    tipId = item?.id ?? '';
    // Received Monday 2026-11-23 (16:00 China time): 5 working days → Monday 2026-11-30.
    expect(item?.dueAt).toBe('2026-11-30T15:59:59.999Z');
    expect(list.json().calendarNotice).toBeNull();
    const detail = (await call('jb', 'GET', `/api/tips/${tipId}`)).json();
    expect(detail.actions).toEqual(['accept', 'decline', 'reveal']);
    expect(detail.hasIdentity).toBe(true);
    expect(detail.receivingOrgName).toBe('亳州市安全生产委员会办公室');
    attachmentId = detail.attachments[0].id;
    const bytes = await t.request(jb, 'GET', `/api/tips/${tipId}/attachments/${attachmentId}`);
    expect(bytes.statusCode).toBe(200);
    expect(bytes.rawPayload.includes(Buffer.from(GPS_MARKER))).toBe(false);
    expect(bytes.rawPayload.subarray(0, 2).toString('hex')).toBe('ffd8');
  });

  it('accept → route to the lead department (一件事) → ask → the reporter answers', async () => {
    await act('jb', tipId, 'accept', { note: '属于安全生产举报' });
    const detail = (await call('jb', 'GET', `/api/tips/${tipId}`)).json();
    expect(detail.routeSuggestion).toMatchObject({ orgName: expect.stringContaining('应急管理局'), sector: 'hazchem' });
    expect(detail.slaState).toBe('met');
    const routed = await act('jb', tipId, 'route', { sector: 'hazchem' });
    expect(routed.status).toBe('investigating');
    expect(routed.handlingOrgName).toBe('涡阳县应急管理局');
    // The department it was handed to has it on its 待办 and in 转本部门的; another bureau of the county does not.
    const routedToMe = async (who: string) => ((await call(who, 'GET', '/api/todos')).json().items as { key: string; count: number }[]).find((i) => i.key === 'tips.routed_to_me')?.count;
    expect(await routedToMe('yjj')).toBe(1);
    expect(await routedToMe('zjj')).toBe(0);
    expect(await routedToMe('jb')).toBe(0);
    expect(((await call('yjj', 'GET', '/api/tips?status=investigating&mine=true')).json().items as { id: string }[]).map((i) => i.id)).toEqual([tipId]);
    expect((await call('zjj', 'GET', '/api/tips?mine=true')).json().total).toBe(0);
    const routedNotices = await t.rows<{ org: string; body: string }>(
      sql`SELECT o.name AS org, n.body FROM notifications n JOIN users u ON u.id = n.recipient_user_id JOIN orgs o ON o.id = u.org_id WHERE n.template = 'tip_routed'`,
    );
    expect(routedNotices.length).toBeGreaterThan(0);
    expect(routedNotices.every((n) => n.org === '涡阳县应急管理局' && n.body.startsWith('举报 ') && !n.body.includes('超量'))).toBe(true);
    await act('jb', tipId, 'ask', { text: '请问夜间超量储存大约在几点？' });
    const followup = await publicPost('/api/public/tips/followup', { receiptCode, text: '一般在凌晨两点左右卸车' });
    expect(followup.statusCode, followup.body).toBe(204);
    const withPhoto = multipart({ receiptCode, text: '补充一张卸车照片' }, [{ name: '卸车.jpg', bytes: jpegWithExif() }]);
    const multipartFollowup = await t.app.inject({ method: 'POST', url: '/api/public/tips/followup', payload: withPhoto.payload, headers: withPhoto.headers, remoteAddress: REPORTER_IP });
    expect(multipartFollowup.statusCode, multipartFollowup.body).toBe(204);
    expect((await call('jb', 'GET', `/api/tips/${tipId}`)).json().attachments).toHaveLength(2);
    const lookup = (await publicPost('/api/public/tips/lookup', { receiptCode })).json();
    expect(lookup.messages.map((m: { from: string }) => m.from)).toEqual(['officer', 'reporter', 'reporter']);
  });

  it('the handling regulator investigates and registers the hazard in one step with source tip', async () => {
    const yjjView = (await call('yjj', 'GET', `/api/tips/${tipId}`)).json();
    expect(yjjView.actions).toEqual(['investigate', 'ask']);
    expect(yjjView.inspectionTrigger).toBeNull();
    await act('yjj', tipId, 'investigate', { findings: '现场查实紧急切断阀被拆除，超量储存液氯', verified: true, violationKind: 'major_hazard', penaltyYuan: 100_000 });
    // Found true: the handling regulator is offered 安排检查 of the reported enterprise; the tip officer plans none.
    expect((await call('yjj', 'GET', `/api/tips/${tipId}`)).json().inspectionTrigger).toMatchObject({ kind: 'tip', id: tipId, enterpriseId });
    expect((await call('jb', 'GET', `/api/tips/${tipId}`)).json().inspectionTrigger).toBeNull();
    const registered = await act('yjj', tipId, 'register_hazard', {
      level: 'major', criterionIds: ['HG2017-5'], title: '液氯储罐区紧急切断阀被拆除', description: '罐区进出料管线紧急切断阀被拆除', location: '液氯罐区', deadline: '2026-12-31',
    });
    hazardId = registered.investigation?.hazardId ?? '';
    expect(hazardId).not.toBe('');
    const [hazard] = await t.rows<{ source: string }>(sql`SELECT source FROM hazards WHERE id = ${hazardId}`);
    expect(hazard?.source).toBe('tip');
    const staffView = (await call('yjj', 'GET', `/api/hazards/${hazardId}`)).json();
    expect(staffView.source).toBe('tip');
    const entView = await call('ent', 'GET', `/api/hazards/${hazardId}`);
    expect(entView.statusCode).toBe(200);
    expect(entView.json().source).toBe('supervision');
    expect(entView.body).not.toContain('tipNo');
    expect(entView.body).not.toContain('tipId');
    expect(entView.body).not.toContain('"tip"');
    const entList = await call('ent', 'GET', '/api/hazards');
    expect(entList.body).not.toContain('"tip"');
  });

  it('reply → reward (calculator) → approval by another person → payment → close; lookup shows feedback and reward', async () => {
    await act('jb', tipId, 'reply', { text: '经核查，反映问题属实，已责令整改并立案处罚。' });
    const proposed = await act('jb', tipId, 'propose_reward', {});
    expect(proposed.reward).toMatchObject({ status: 'proposed', amountYuan: 15_000 });
    expect((await call('jb', 'GET', `/api/tips/${tipId}`)).json().actions).not.toContain('approve_reward');
    // The 安委办 is told, and its 待办 counts the reward; the link opens exactly what is counted.
    const notices = await t.rows<{ username: string; body: string }>(
      sql`SELECT u.username, n.body FROM notifications n JOIN users u ON u.id = n.recipient_user_id WHERE n.template = 'reward_proposed'`,
    );
    expect(notices.map((n) => n.username)).toContain('bozhou_aqb');
    expect(notices.map((n) => n.username)).not.toContain('mengcheng_aqb');
    expect(notices.every((n) => !n.body.includes(reporter.name) && !n.body.includes('超量'))).toBe(true);
    const rewardTodo = async (who: string) =>
      ((await call(who, 'GET', '/api/todos')).json() as { items: { key: string; count: number; api: string }[] }).items.find((i) => i.key === 'tips.reward_proposed');
    const todo = await rewardTodo('aqb');
    expect(todo?.count).toBe(1);
    const listed = (await call('aqb', 'GET', todo?.api ?? '')).json();
    expect(listed.total).toBe(1);
    expect(listed.items.map((i: { id: string }) => i.id)).toEqual([tipId]);
    expect((await rewardTodo('mcAqb'))?.count).toBe(0);
    expect(await rewardTodo('jb')).toBeUndefined();
    await act('aqb', tipId, 'approve_reward', { note: '同意' });
    expect((await rewardTodo('aqb'))?.count).toBe(0);
    await act('jb', tipId, 'record_payment', { voucherNo: 'JL-2026-0001', paidAt: '2026-11-23', amountYuan: 15_000 });
    const closed = await act('jb', tipId, 'close', { note: '办结' });
    expect(closed.status).toBe('closed');
    const lookup = (await publicPost('/api/public/tips/lookup', { receiptCode })).json();
    expect(lookup).toMatchObject({ status: 'closed', reward: { status: 'paid', amountYuan: 15_000 }, canFollowUp: false });
    expect(lookup.feedback.map((f: { text: string }) => f.text)).toEqual(['经核查，反映问题属实，已责令整改并立案处罚。']);
    const late = await publicPost('/api/public/tips/followup', { receiptCode, text: '补充一点' });
    expect(late.statusCode).toBe(409);
  });

  it('a stale version is a conflict', async () => {
    const response = await call('jb', 'POST', `/api/tips/${tipId}/actions/reply`, { version: 1, text: '再次答复' });
    expect(response.statusCode).toBe(409);
  });
});

describe('identity reveal', () => {
  it('only the receiving tip officer may reveal, with a purpose; each reveal is audited in the same transaction', async () => {
    for (const who of ['aqb', 'yjj']) {
      const denied = await call(who, 'POST', `/api/tips/${tipId}/reveal`, { purpose: '核实举报人身份以发放奖励' });
      expect(denied.statusCode, who).toBe(403);
      expect(denied.json().code).toBe('TIP_REVEAL_FORBIDDEN');
    }
    const noPurpose = await call('jb', 'POST', `/api/tips/${tipId}/reveal`, {});
    expect(noPurpose.statusCode).toBe(400);
    const before = await t.rows<{ n: number }>(sql`SELECT count(*)::int AS n FROM audit_log WHERE action = 'tip.reveal'`);
    const revealed = await t.request(jb, 'POST', `/api/tips/${tipId}/reveal`, { purpose: '核实举报人身份以发放奖励' });
    expect(revealed.statusCode, revealed.body).toBe(200);
    expect(revealed.json()).toEqual({ ...reporter, bankAccount: '6222027391042817', ip: REPORTER_IP });
    revealText = revealed.body;
    const after = await t.rows<{ n: number; detail: { purpose: string } }>(sql`SELECT count(*)::int AS n, max(detail::text)::jsonb AS detail FROM audit_log WHERE action = 'tip.reveal'`);
    expect((after[0]?.n ?? 0) - (before[0]?.n ?? 0)).toBe(1);
    expect(after[0]?.detail.purpose).toBe('核实举报人身份以发放奖励');
    const audit = await call('auditor', 'GET', '/api/audit?action=tip.reveal');
    expect(audit.statusCode, audit.body).toBe(200);
    expect(audit.body).toContain('核实举报人身份以发放奖励');
  });

  it('identity is stored sealed (SM4-CTR + HMAC-SM3), apart from the tip, and a moved field fails authentication', async () => {
    const [row] = await t.rows<{ name: string; phone: string }>(sql`SELECT name, phone FROM tip_identities WHERE tip_id = ${tipId}`);
    expect(row?.name).toMatch(/^v1\./);
    expect(row?.name).not.toContain(MARK);
    // Swap name and phone in the database: the MAC binds each value to its field, so reveal refuses.
    // The app role may not UPDATE identities at all; the owner can, and then the MAC catches it.
    await expect(t.database.db.execute(sql`UPDATE tip_identities SET name = phone WHERE tip_id = ${tipId}`)).rejects.toThrow();
    await t.database.unsafeOwnerExec(`UPDATE tip_identities SET name = phone, phone = name WHERE tip_id = '${tipId}'`);
    const tampered = await t.request(jb, 'POST', `/api/tips/${tipId}/reveal`, { purpose: '篡改检测' });
    expect(tampered.statusCode).toBe(500);
    expect(tampered.body).not.toContain(MARK);
    await t.database.unsafeOwnerExec(`UPDATE tip_identities SET name = phone, phone = name WHERE tip_id = '${tipId}'`);
  });
});

const docxText = async (bytes: Buffer) => {
  const xml = (await (await JSZip.loadAsync(bytes)).file('word/document.xml')?.async('string')) ?? '';
  return [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
};

describe('letters to the reporter (受理告知书, 答复书)', () => {
  it('the receiving tip officer prints them with the reporter’s name (audited as a reveal); no one else is offered them', async () => {
    const detail = (await call('jb', 'GET', `/api/tips/${tipId}`)).json();
    expect(detail.documents).toEqual([
      { kind: 'acceptance_notice', title: '举报受理告知书' },
      { kind: 'reply_letter', title: '举报答复书' },
    ]);
    const reveals = async () => (await t.rows<{ n: number }>(sql`SELECT count(*)::int AS n FROM audit_log WHERE action = 'tip.reveal'`))[0]?.n ?? 0;
    const before = await reveals();
    const notice = await t.request(jb, 'GET', `/api/tips/${tipId}/documents/acceptance_notice`);
    expect(notice.statusCode, notice.body).toBe(200);
    const docNo = decodeURIComponent(String(notice.headers['x-document-number']));
    expect(docNo).toMatch(/^亳安委办举受〔2026〕\d+号$/);
    const noticeText = await docxText(notice.rawPayload);
    for (const expected of ['举报受理告知书', docNo, `${reporter.name}：`, detail.tipNo, '依法受理', '予以保密', '亳州市安全生产委员会办公室', '（印章）']) expect(noticeText, expected).toContain(expected);
    expect(await reveals()).toBe(before + 1);
    const [audit] = await t.rows<{ purpose: string }>(sql`SELECT detail->>'purpose' AS purpose FROM audit_log WHERE action = 'tip.reveal' ORDER BY id DESC LIMIT 1`);
    expect(audit?.purpose).toBe('出具《举报受理告知书》');

    const letter = await t.request(jb, 'GET', `/api/tips/${tipId}/documents/reply_letter`);
    expect(letter.statusCode, letter.body).toBe(200);
    const letterText = await docxText(letter.rawPayload);
    for (const expected of ['举报答复书', '问题属实', '现场查实紧急切断阀被拆除', '已登记隐患', '罚款100000元', '经核查，反映问题属实，已责令整改并立案处罚。', '奖励金额15000元，已发放']) {
      expect(letterText, expected).toContain(expected);
    }
    // In scope but not the receiving org's tip officer: not offered, 409, and no identity.
    for (const who of ['aqb', 'yjj']) {
      expect((await call(who, 'GET', `/api/tips/${tipId}`)).json().documents, who).toEqual([]);
      const refused = await call(who, 'GET', `/api/tips/${tipId}/documents/acceptance_notice`);
      expect(refused.statusCode, who).toBe(409);
      expect(refused.json().message).toContain('举报受理员');
    }
    const unknown = await call('jb', 'GET', `/api/tips/${tipId}/documents/poster`);
    expect(unknown.statusCode).toBe(400);
  });
});

describe('scope: every tips endpoint answers 404 outside scope', () => {
  it.each(['mcYjj', 'mcAqb', 'zjj', 'town', 'ent', 'auditor'])('%s', async (who) => {
    const responses = [
      await call(who, 'GET', `/api/tips/${tipId}`),
      await call(who, 'POST', `/api/tips/${tipId}/actions/reply`, { version: 1, text: 'x' }),
      await call(who, 'POST', `/api/tips/${tipId}/reveal`, { purpose: '越权查看测试' }),
      await call(who, 'GET', `/api/tips/${tipId}/attachments/${attachmentId}`),
      await call(who, 'GET', `/api/tips/${tipId}/documents/acceptance_notice`),
    ];
    for (const r of responses) expect(r.statusCode, r.body).toBe(404);
    const list = await call(who, 'GET', '/api/tips');
    if (list.statusCode === 200) expect((list.json() as { total: number }).total).toBe(0);
    else expect(list.statusCode).toBe(404);
    const exported = await t.request(tokens.get(who) ?? null, 'GET', '/api/tips/export.xlsx');
    if (exported.statusCode === 200) {
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(exported.rawPayload as unknown as ArrayBuffer);
      expect(book.worksheets[0]?.actualRowCount).toBe(1);
    } else expect(exported.statusCode).toBe(404);
    expect((await call(who, 'POST', '/api/tips', { ...tipData({ anonymous: true, reporter: undefined }), channel: 'phone' })).statusCode).toBe(404);
    const stats = await call(who, 'GET', '/api/tips/stats');
    if (stats.statusCode === 200) expect(stats.json().totals.received).toBe(0);
    else expect(stats.statusCode).toBe(404);
  });
});

describe('duplicates, bad uploads, anonymous tips, repeats', () => {
  it('the same content from the same IP within 10 minutes merges into the first tip with a new receipt code', async () => {
    const data = tipData({ anonymous: true, reporter: undefined, content: '演示仓库堆放烟花爆竹，无任何消防设施，周边为居民区' });
    const first = (await submit(data, { ip: '198.51.100.9' })).json();
    t.clock.advance(5 * 60 * 1000);
    const again = await submit(data, { ip: '198.51.100.9' });
    expect(again.statusCode).toBe(201);
    expect(again.json()).toMatchObject({ tipNo: first.tipNo, merged: true });
    expect(again.json().receiptCode).not.toBe(first.receiptCode);
    const otherIp = (await submit(data, { ip: '198.51.100.10' })).json();
    expect(otherIp.tipNo).not.toBe(first.tipNo);
    t.clock.advance(11 * 60 * 1000);
    const later = (await submit(data, { ip: '198.51.100.9' })).json();
    expect(later.tipNo).not.toBe(first.tipNo);
    // Both codes of the merged tip find it.
    for (const code of [first.receiptCode, again.json().receiptCode]) {
      expect((await publicPost('/api/public/tips/lookup', { receiptCode: code }, '198.51.100.9')).json().tipNo).toBe(first.tipNo);
    }
  });

  it('the same Idempotency-Key with another body is refused', async () => {
    await submit(tipData({ content: '第一版内容：演示厂房违规住人，存在火灾隐患' }), { key: 'tip-key-mismatch', ip: '198.51.100.20' });
    const other = await submit(tipData({ content: '第二版内容：演示厂房违规住人，存在火灾隐患' }), { key: 'tip-key-mismatch', ip: '198.51.100.20' });
    expect(other.statusCode).toBe(409);
    expect(other.json().code).toBe('IDEMPOTENCY_MISMATCH');
  });

  it('disguised and oversized uploads are refused in Chinese and nothing is written', async () => {
    const [before] = await t.rows<{ n: number }>(sql`SELECT count(*)::int AS n FROM tips`);
    const exe = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(200, 1)]);
    const disguised = await submit(tipData({ content: '伪装附件测试：演示企业违规动火作业' }), { files: [{ name: '照片.jpg', bytes: exe }], ip: '198.51.100.30' });
    expect(disguised.statusCode).toBe(400);
    expect(disguised.json()).toMatchObject({ code: 'FILE_TYPE_NOT_ALLOWED', message: expect.stringContaining('附件「照片.jpg」') });
    const big = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(6 * 1024 * 1024, 0x20)]);
    const oversized = await submit(tipData({ content: '超大附件测试：演示企业违规动火作业' }), { files: [{ name: '材料.pdf', bytes: big, type: 'application/pdf' }], ip: '198.51.100.30' });
    expect(oversized.statusCode).toBe(413);
    expect(oversized.json().message).toContain('不能超过');
    const sixFiles = Array.from({ length: 6 }, (_, i) => ({ name: `${i}.jpg`, bytes: jpegWithExif() }));
    const tooMany = await submit(tipData({ content: '附件过多测试：演示企业违规动火作业' }), { files: sixFiles, ip: '198.51.100.30' });
    expect(tooMany.statusCode).toBe(400);
    expect(tooMany.json().code).toBe('TIP_TOO_MANY_FILES');
    const noConsent = await submit(tipData({ consent: false }), { ip: '198.51.100.30' });
    expect(noConsent.statusCode).toBe(400);
    expect(noConsent.json().message).toContain('举报须知');
    const noTarget = await submit(tipData({ targetName: '', content: '未填被举报单位：演示企业违规动火作业' }), { ip: '198.51.100.30' });
    expect(noTarget.statusCode).toBe(400);
    expect(noTarget.json()).toMatchObject({ code: 'VALIDATION', field: 'targetName' });
    expect(noTarget.json().message).toContain('「被举报单位」');
    const noReporter = await submit(tipData({ reporter: undefined, content: '实名但未填写身份：演示企业违规动火作业' }), { ip: '198.51.100.30' });
    expect(noReporter.json().code).toBe('TIP_REPORTER_REQUIRED');
    const [after] = await t.rows<{ n: number }>(sql`SELECT count(*)::int AS n FROM tips`);
    expect(after?.n).toBe(before?.n);
  });

  it('an anonymous tip stores no identity at all and offers no reveal', async () => {
    const response = await submit(tipData({ anonymous: true, reporter, content: '匿名举报测试：演示企业特种作业人员无证上岗' }), { ip: '198.51.100.40' });
    const tipNo = response.json().tipNo as string;
    const [row] = await t.rows<{ id: string; has_identity: boolean }>(sql`SELECT id, has_identity FROM tips WHERE tip_no = ${tipNo}`);
    expect(row?.has_identity).toBe(false);
    const identities = await t.rows<{ n: number }>(sql`SELECT count(*)::int AS n FROM tip_identities WHERE tip_id = ${row?.id ?? ''}`);
    expect(identities[0]?.n).toBe(0);
    const detail = (await call('jb', 'GET', `/api/tips/${row?.id ?? ''}`)).json();
    expect(detail.actions).not.toContain('reveal');
    expect((await call('jb', 'POST', `/api/tips/${row?.id ?? ''}/reveal`, { purpose: '匿名举报不可查看' })).statusCode).toBe(403);
  });

  it('a repeat of an accepted matter is declined with a link to it, and the reporter sees why', async () => {
    const response = await submit(tipData({ anonymous: true, reporter: undefined, content: '重复举报：液氯储罐区紧急切断阀被拆除' }), { ip: '198.51.100.50' });
    const code = response.json().receiptCode as string;
    const [row] = await t.rows<{ id: string }>(sql`SELECT id FROM tips WHERE tip_no = ${response.json().tipNo as string}`);
    const id = row?.id ?? '';
    const bad = await call('jb', 'POST', `/api/tips/${id}/actions/decline`, { version: 1, reason: 'repeat' });
    expect(bad.json().code).toBe('TIP_DUPLICATE_INVALID');
    const declined = await act('jb', id, 'decline', { reason: 'repeat', duplicateOfTipId: tipId, note: '已在办理' });
    expect(declined.status).toBe('declined');
    expect((await call('jb', 'GET', `/api/tips/${id}`)).json().duplicateOf.id).toBe(tipId);
    const lookup = (await publicPost('/api/public/tips/lookup', { receiptCode: code }, '198.51.100.50')).json();
    expect(lookup.feedback[0].text).toContain('重复举报');
    // The 不予受理告知书 of an anonymous tip is addressed to 举报人 and says why.
    const declinedNotice = await t.request(jb, 'GET', `/api/tips/${id}/documents/acceptance_notice`);
    expect(declinedNotice.statusCode, declinedNotice.body).toBe(200);
    const noticeText = await docxText(declinedNotice.rawPayload);
    for (const expected of ['举报不予受理告知书', '举报人：', '重复举报（已受理事项）', '已在办理', '不予受理']) expect(noticeText, expected).toContain(expected);
  });
});

describe('officer-entered tips, statistics and export', () => {
  it('a phone tip entered by the officer gets a receipt code for the caller', async () => {
    const response = await call('jb', 'POST', '/api/tips', { ...tipData({ anonymous: true, reporter: undefined, content: '电话举报：演示企业有限空间作业未检测' }), channel: 'phone' });
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json()).toMatchObject({ tip: { channel: 'phone', status: 'received' }, receiptCode: expect.any(String) });
    const outside = await call('jb', 'POST', '/api/tips', { ...tipData({ targetEnterpriseId: undefined, regionCode: '340100000000', anonymous: true, reporter: undefined }), channel: 'phone' });
    expect(outside.statusCode).toBe(400);
  });

  it('statistics by region, sector and channel use the list scope', async () => {
    const stats = (await call('jb', 'GET', '/api/tips/stats')).json();
    const [all] = await t.rows<{ n: number }>(sql`SELECT count(*)::int AS n FROM tips`);
    expect(stats.totals.received).toBe(all?.n);
    expect(stats.totals.rewardPaidYuan).toBe(15_000);
    expect(stats.totals.verifiedRate).toBe(1);
    expect(stats.byChannel.map((g: { key: string }) => g.key).sort()).toEqual(['phone', 'web']);
    expect(stats.byRegion[0]).toMatchObject({ key: '341621000000', label: '涡阳县' });
    const yjjStats = (await call('yjj', 'GET', '/api/tips/stats')).json();
    expect(yjjStats.totals.received).toBe(1);
    const yjjList = (await call('yjj', 'GET', '/api/tips')).json();
    expect(yjjList.total).toBe(1);
  });

  it('exports the ledger without identity fields', async () => {
    const response = await t.request(jb, 'GET', '/api/tips/export.xlsx');
    expect(response.statusCode).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    const cells: string[] = [];
    workbook.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell((cell) => void cells.push(String(cell.value)))));
    expect(cells).toContain('举报编号');
    expect(cells.some((c) => c.startsWith('JB2026'))).toBe(true);
    seen.push({ who: 'jb', url: '/api/tips/export.xlsx (unzipped)', text: cells.join('\n') });
  });
});

describe('rate limits per IP', () => {
  it('answers 429 with a Chinese message after the limit, per IP', async () => {
    const limited = await createTestApp({ enterpriseCount: 20, tips: { rateLimits: { windowMs: 60_000, submitPerWindow: 2, lookupPerWindow: 3 } } });
    try {
      const codes: number[] = [];
      for (let i = 0; i < 4; i++) codes.push((await publicPost('/api/public/tips/lookup', { receiptCode: 'ABCD-EFGH-JKMN-PQRS-TUVW' }, '192.0.2.1', limited)).statusCode);
      expect(codes).toEqual([404, 404, 404, 429]);
      const blocked = await publicPost('/api/public/tips/lookup', { receiptCode: 'ABCD-EFGH-JKMN-PQRS-TUVW' }, '192.0.2.1', limited);
      expect(blocked.json()).toMatchObject({ code: 'TIP_RATE_LIMITED', message: expect.stringContaining('过于频繁') });
      expect((await publicPost('/api/public/tips/lookup', { receiptCode: 'ABCD-EFGH-JKMN-PQRS-TUVW' }, '192.0.2.2', limited)).statusCode).toBe(404);
      const data = { targetName: '演示企业', regionCode: '341621000000', category: 'general_hazard', content: '限流测试：演示企业消防通道堵塞', anonymous: true, consent: true };
      const submits: number[] = [];
      for (let i = 0; i < 3; i++) submits.push((await submit({ ...data, content: `${data.content}${i}` }, { ip: '192.0.2.3', app: limited })).statusCode);
      expect(submits).toEqual([201, 201, 429]);
    } finally {
      await limited.close();
    }
  });

  it('by default a client cannot reset its limit with a made-up X-Forwarded-For', async () => {
    const limited = await createTestApp({ enterpriseCount: 20, tips: { rateLimits: { windowMs: 60_000, submitPerWindow: 2, lookupPerWindow: 3 } } });
    try {
      const spoofed = (url: string, payload: Record<string, unknown>, i: number) =>
        limited.app.inject({ method: 'POST', url, payload, remoteAddress: '192.0.2.7', headers: { 'x-forwarded-for': `198.18.0.${i + 1}` } });
      const lookups: number[] = [];
      for (let i = 0; i < 4; i++) lookups.push((await spoofed('/api/public/tips/lookup', { receiptCode: 'ABCD-EFGH-JKMN-PQRS-TUVW' }, i)).statusCode);
      expect(lookups).toEqual([404, 404, 404, 429]);
      const data = { targetName: '演示企业', regionCode: '341621000000', category: 'general_hazard', anonymous: true, consent: true };
      const submits: number[] = [];
      for (let i = 0; i < 3; i++) submits.push((await spoofed('/api/public/tips', { ...data, content: `伪造来源地址测试：演示企业消防通道堵塞${i}` }, i)).statusCode);
      expect(submits).toEqual([201, 201, 429]);
    } finally {
      await limited.close();
    }
  });
});

describe('the marker-leak test', () => {
  it('no identity value (or an obvious encoding) appears in any response, log line or plaintext database column', async () => {
    // Give every role a look at everything it can reach after the workflow.
    for (const who of ['jb', 'aqb', 'yjj', 'mcYjj', 'zjj', 'ent', 'town']) {
      await call(who, 'GET', '/api/tips');
      await call(who, 'GET', `/api/tips/${tipId}`);
      await call(who, 'GET', '/api/tips/stats');
      await call(who, 'GET', `/api/hazards/${hazardId}`);
      await call(who, 'GET', '/api/hazards');
      await call(who, 'GET', '/api/notifications');
    }
    await call('auditor', 'GET', '/api/audit?pageSize=200');
    // The enterprise's own hazard ledger export: no identity, and the tip-found hazard reads 督导检查.
    const ledger = await t.request(tokens.get('ent') ?? '', 'GET', '/api/hazards/export.xlsx');
    expect(ledger.statusCode).toBe(200);
    const ledgerBook = new ExcelJS.Workbook();
    await ledgerBook.xlsx.load(ledger.rawPayload as unknown as ArrayBuffer);
    const ledgerCells: string[] = [];
    ledgerBook.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell((cell) => void ledgerCells.push(String(cell.value)))));
    const [tipHazard] = await t.rows<{ hazard_no: string }>(sql`SELECT hazard_no FROM hazards WHERE id = ${hazardId}`);
    expect(ledgerCells).toContain(tipHazard?.hazard_no);
    expect(ledgerCells.join('\n')).not.toContain('群众举报');
    seen.push({ who: 'ent', url: '/api/hazards/export.xlsx (unzipped)', text: ledgerCells.join('\n') });
    await publicPost('/api/public/tips/lookup', { receiptCode });
    expect(seen.length).toBeGreaterThan(100);
    // The search itself works: the one legitimate answer (the reveal) contains the planted values.
    expect(needles.filter((n) => revealText.includes(n)).length).toBeGreaterThanOrEqual(5);
    const leaks = seen.flatMap((s) => needles.filter((n) => s.text.includes(n)).map((n) => `${s.who} ${s.url}: ${n}`));
    expect(leaks).toEqual([]);

    // A query that fails with the reporter's phone number among its bound values (the table is briefly renamed
    // away by the owner): the log gets the SQLSTATE and a query fingerprint, never the values.
    await t.database.unsafeOwnerExec('ALTER TABLE tips RENAME TO tips_away');
    try {
      const failed = await t.request(jb, 'GET', `/api/tips?q=${encodeURIComponent(reporter.phone)}`);
      expect(failed.statusCode).toBe(500);
    } finally {
      await t.database.unsafeOwnerExec('ALTER TABLE tips_away RENAME TO tips');
    }
    expect(logLines.some((line) => line.includes('"code":"42P01"') && /"query":"[0-9a-f]{16}"/.test(line))).toBe(true);

    expect(logLines.length).toBeGreaterThan(50);
    const log = logLines.join('');
    expect(log).toContain('/api/public/tips/lookup');
    expect(log).toContain('/api/tips/');
    expect(needles.filter((n) => log.includes(n))).toEqual([]);
    // Receipt codes never reach the log either (only POST bodies carry them).
    expect(log).not.toContain(receiptCode);
    expect(log).not.toContain(receiptCode.replace(/-/g, ''));

    const tables = await t.rows<{ table_name: string }>(sql`SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'`);
    expect(tables.map((r) => r.table_name)).toContain('tip_identities');
    const dbLeaks: string[] = [];
    for (const { table_name } of tables) {
      const rows = await t.rows<{ row: string }>(sql`SELECT t::text AS row FROM ${sql.identifier(table_name)} t`);
      for (const { row } of rows) {
        for (const n of [...needles, receiptCode, receiptCode.replace(/-/g, '')]) if (row.includes(n)) dbLeaks.push(`${table_name}: ${n}`);
      }
    }
    expect(dbLeaks).toEqual([]);
  });
});

// After the marker-leak test, so the statistics and scope counts above stay those of the main workflow.
describe('route options, reward preview and the close hint (a second tip, routed, verified, paid)', () => {
  type RouteOption = { id: string; name: string; kind: string; regionCode: string; sectors: string[] };
  it('the officer routes from the scoped options, sees the server reward preview, and closes only once the major hazard is registered', async () => {
    const response = await submit(tipData({ anonymous: true, reporter: undefined, content: '第二件举报：演示化工企业氯气管道泄漏报警器长期关闭' }), { ip: '198.51.100.60' });
    expect(response.statusCode, response.body).toBe(201);
    const [row] = await t.rows<{ id: string }>(sql`SELECT id FROM tips WHERE tip_no = ${response.json().tipNo as string}`);
    const id = row?.id ?? '';
    expect((await call('jb', 'GET', `/api/tips/${id}`)).json().routeOptions).toEqual([]);
    await act('jb', id, 'accept', {});

    // 转办: the departments around the tip (county, city, province), the suggested lead department first.
    const detail = (await call('jb', 'GET', `/api/tips/${id}`)).json() as { routeSuggestion: { orgId: string }; routeOptions: RouteOption[] };
    const options = detail.routeOptions;
    expect(options[0]?.id).toBe(detail.routeSuggestion.orgId);
    expect(options[0]).toMatchObject({ name: '涡阳县应急管理局', kind: 'regulator', regionCode: '341621000000', sectors: expect.arrayContaining(['hazchem']) });
    expect(options.map((o) => o.name)).toEqual(expect.arrayContaining(['涡阳县住房和城乡建设局', '亳州市安全生产委员会办公室']));
    expect(new Set(options.map((o) => o.kind))).toEqual(new Set(['regulator', 'committee']));
    expect(options.every((o) => ['341621000000', '341600000000', '340000000000'].includes(o.regionCode))).toBe(true);
    expect(options.map((o) => o.name)).not.toContain('蒙城县应急管理局');
    // Nothing in the chain is refused by the route action itself.
    const countyCommittee = options.find((o) => o.kind === 'committee' && o.regionCode === '341621000000');
    expect(countyCommittee).toBeDefined();
    const routed = await act('jb', id, 'route', { sector: 'hazchem', orgId: options[0]?.id });
    expect(routed.handlingOrgName).toBe('涡阳县应急管理局');
    // Users who may not route get no options.
    expect((await call('yjj', 'GET', `/api/tips/${id}`)).json().routeOptions).toEqual([]);

    // Reward preview: computed by the server from the finding and penalty, only where propose_reward is offered.
    await act('yjj', id, 'investigate', { findings: '现场查实氯气泄漏报警器关闭', verified: true, violationKind: 'major_hazard', penaltyYuan: 40_000 });
    const verified = (await call('jb', 'GET', `/api/tips/${id}`)).json();
    expect(verified.actions).toContain('propose_reward');
    expect(verified.reward).toBeNull();
    expect(verified.rewardPreview).toEqual({ amountYuan: 6_000, penaltyYuan: 40_000, violationKind: 'major_hazard', rule: expect.stringContaining('15%') });
    expect((await call('yjj', 'GET', `/api/tips/${id}`)).json().rewardPreview).toBeNull();

    // Reward paid, hazard not yet registered: no 办结, and the officer is told why.
    expect((await act('jb', id, 'propose_reward', {})).reward).toMatchObject({ amountYuan: 6_000 });
    expect((await call('jb', 'GET', `/api/tips/${id}`)).json().rewardPreview).toBeNull();
    await act('aqb', id, 'approve_reward', {});
    const paid = await act('jb', id, 'record_payment', { voucherNo: 'JL-2026-0002', paidAt: '2026-11-23' });
    expect(paid.actions).not.toContain('close');
    expect((paid as unknown as { closeHint: string | null }).closeHint).toContain('登记到隐患数据库');
    const denied = await call('jb', 'POST', `/api/tips/${id}/actions/close`, { version: paid.version, note: '' });
    expect(denied.statusCode).toBe(403);
    expect((await call('yjj', 'GET', `/api/tips/${id}`)).json().closeHint).toBeNull();

    await act('yjj', id, 'register_hazard', {
      level: 'major', criterionIds: ['HG2017-5'], title: '氯气泄漏报警器长期关闭', description: '氯气管道泄漏报警器被关闭', location: '氯气管廊', deadline: '2026-12-31',
    });
    const ready = (await call('jb', 'GET', `/api/tips/${id}`)).json();
    expect(ready.actions).toContain('close');
    expect(ready.closeHint).toBeNull();
    expect((await act('jb', id, 'close', {})).status).toBe('closed');
  });
});

describe('a deadline in a year whose holidays are provisional', () => {
  it('the inbox says the holidays are provisional when a shown deadline falls in 2027', async () => {
    const now = t.clock.now();
    t.clock.set(new Date('2026-12-28T02:00:00Z'));
    tokens.set('jb', await t.login('bozhou_jb'));
    try {
      const response = await call('jb', 'POST', '/api/tips', { ...tipData({ anonymous: true, reporter: undefined, content: '电话举报：年底演示企业动火作业无监护' }), channel: 'phone' });
      expect(response.statusCode, response.body).toBe(201);
      const list = (await call('jb', 'GET', '/api/tips?status=received')).json() as { items: { dueAt: string }[]; calendarNotice: string | null };
      expect(list.items.some((i) => i.dueAt.startsWith('2027-'))).toBe(true);
      expect(list.calendarNotice).toBe('2027年节假日暂按法定假日推算（不含调休），受理期限以国务院办公厅放假通知为准');
    } finally {
      t.clock.set(now);
      tokens.set('jb', await t.login('bozhou_jb'));
    }
  });
});
