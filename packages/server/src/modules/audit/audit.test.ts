import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { addDays, chinaDate } from '../notifications/reminders.ts';
import { demoEnterpriseId, insertTestHazard } from '../notifications/test-fixtures.ts';
import { appendAudit, auditHash, verifyAuditChain, verifyAuditCheckpoint, writeAuditCheckpoint, type AuditEntry } from './audit.repository.ts';

type Row = { id: number; at: Date; actor_user_id: string | null; actor_name: string; ip: string | null; action: string; entity_type: string | null; entity_id: string | null; region_code: string | null; detail: Record<string, unknown>; hash: string };
const entryOf = (r: Row): AuditEntry => ({ at: new Date(r.at), actorUserId: r.actor_user_id, actorName: r.actor_name, ip: r.ip, action: r.action, entityType: r.entity_type, entityId: r.entity_id, regionCode: r.region_code, detail: r.detail });
/** As the database owner with the trigger off: what the append-only guard cannot stop, and the chain must reveal. */
const asOwner = (statements: string) => t.database.unsafeOwnerExec(`ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_update; ${statements} ALTER TABLE audit_log ENABLE TRIGGER audit_log_no_update;`);
const literal = (v: unknown) => (v === null ? 'NULL' : `'${String(v).replace(/'/g, "''")}'`);

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ enterpriseCount: 20 });
});
afterAll(async () => t?.close());

describe('audit log', () => {
  it('records logins and failures with who, what and from where, readable by the auditor only', async () => {
    await t.request(null, 'POST', '/api/auth/login', { username: 'guoyang_aqb', password: 'bad-password-1' });
    await t.login('guoyang_aqb');
    const auditor = await t.login('auditor');
    const list = await t.request(auditor, 'GET', '/api/audit?action=auth.login_failed');
    expect(list.statusCode).toBe(200);
    const failed = list.json().items.find((i: { actorName: string }) => i.actorName === 'guoyang_aqb');
    expect(failed).toMatchObject({ action: 'auth.login_failed', ip: '127.0.0.1' });
    const actions = (await t.request(auditor, 'GET', '/api/audit/actions')).json().items.map((a: { value: string }) => a.value);
    expect(actions).toEqual(expect.arrayContaining(['auth.login', 'auth.login_failed', 'system.seed_demo']));
    const officer = await t.login('guoyang_aqb');
    expect((await t.request(officer, 'GET', '/api/audit')).statusCode).toBe(404);
    const sysadmin = await t.login('sysadmin');
    expect((await t.request(sysadmin, 'GET', '/api/audit')).statusCode).toBe(404);
  });

  it('reads in Chinese: action and object names, the detail as labelled lines, the filter options labelled', async () => {
    const auditor = await t.login('auditor');
    const list = (await t.request(auditor, 'GET', '/api/audit?action=auth.login_failed')).json() as { items: { actionLabel: string; detailLines: { label: string; value: string }[] }[] };
    expect(list.items[0]?.actionLabel).toBe('登录失败');
    const seeded = (await t.request(auditor, 'GET', '/api/audit?action=system.seed_demo')).json() as { items: { actionLabel: string; entityTypeLabel: string | null; detailLines: { label: string; value: string }[] }[] };
    expect(seeded.items[0]?.actionLabel).toBe('生成演示数据');
    expect(seeded.items[0]?.detailLines.length).toBeGreaterThan(0);
    expect(seeded.items[0]?.detailLines.every((l) => !l.value.includes('{"'))).toBe(true);
    const actions = (await t.request(auditor, 'GET', '/api/audit/actions')).json() as { items: { value: string; label: string }[] };
    expect(actions.items).toEqual(expect.arrayContaining([{ value: 'auth.login', label: '登录' }]));
    // An export is on record with who and how many rows.
    const officer = await t.login('guoyang_yjj');
    expect((await t.request(officer, 'GET', '/api/hazards/export.xlsx')).statusCode).toBe(200);
    const exported = (await t.request(auditor, 'GET', '/api/audit?action=export.hazards')).json() as { items: { actionLabel: string; actorName: string; entityTypeLabel: string }[] };
    expect(exported.items[0]).toMatchObject({ actionLabel: '导出隐患台账', entityTypeLabel: '隐患台账' });
  });

  it('业务操作: 认定, 审批延期, 挂牌 … read from the workflow timelines, with who, the record number and a summary without free text', async () => {
    const enterpriseId = await demoEnterpriseId(t.database.db);
    const today = chinaDate(t.clock.now());
    const officer = await t.login('guoyang_yjj');
    const pending = await insertTestHazard(t.database.db, t.clock.now(), { enterpriseId, deadline: addDays(today, 30), status: 'pending_confirmation', level: 'general' });
    const confirmed = await t.request(officer, 'POST', `/api/hazards/${pending.id}/actions/confirm`, { version: 1, note: '现场核实：张某某负责的罐区' });
    expect(confirmed.statusCode, confirmed.body).toBe(200);
    const auditor = await t.login('auditor');
    type Events = { items: { recordNo: string; kind: string; actionLabel: string; actorName: string; orgName: string | null; summary: string; streamLabel: string }[]; total: number };
    const events = (await t.request(auditor, 'GET', '/api/audit/business?stream=hazard&kind=confirm')).json() as Events;
    const row = events.items.find((e) => e.recordNo === pending.hazardNo);
    expect(row).toMatchObject({ kind: 'confirm', actionLabel: '认定', streamLabel: '隐患', orgName: '涡阳县应急管理局' });
    expect(row?.summary).toContain('待认定 → ');
    expect(row?.summary).toContain(`整改期限 ${addDays(today, 30)}`);
    expect(JSON.stringify(events)).not.toContain('张某某');
    expect(events.items.every((e) => e.kind === 'confirm')).toBe(true);
    // The window: nothing before it; a reversed window is refused naming the field.
    const old = (await t.request(auditor, 'GET', '/api/audit/business?from=2020-01-01&to=2020-02-01')).json() as Events;
    expect(old.total).toBe(0);
    const reversed = await t.request(auditor, 'GET', '/api/audit/business?from=2026-02-01&to=2026-01-01');
    expect(reversed.statusCode).toBe(400);
    expect(reversed.json()).toMatchObject({ field: 'from' });
    expect(((await t.request(auditor, 'GET', '/api/audit/business/kinds')).json() as { items: { value: string; label: string }[] }).items).toEqual(
      expect.arrayContaining([{ stream: 'hazard', value: 'verify', label: '验收销号' }, { stream: 'tip', value: 'approve_reward', label: '批准奖励' }]),
    );
    for (const who of ['guoyang_yjj', 'sysadmin', 'ent_admin']) {
      const token = await t.login(who);
      expect((await t.request(token, 'GET', '/api/audit/business')).statusCode, who).toBe(404);
      expect((await t.request(token, 'GET', '/api/audit/business/kinds')).statusCode, who).toBe(404);
    }
  });

  it('the application role cannot update or delete audit rows', async () => {
    await expect(t.database.db.execute(sql`UPDATE audit_log SET action = 'x'`)).rejects.toThrow();
    await expect(t.database.db.execute(sql`DELETE FROM audit_log`)).rejects.toThrow();
    const [row] = await t.rows<{ n: number }>(sql`SELECT count(*)::int AS n FROM audit_log WHERE action = 'x'`);
    expect(row?.n).toBe(0);
  });

  it('verifies the chain, and detects a row altered behind the application’s back', async () => {
    const auditor = await t.login('auditor');
    const before = (await t.request(auditor, 'GET', '/api/audit/verify')).json();
    expect(before).toMatchObject({ ok: true, brokenAtId: null });
    expect(before.checked).toBeGreaterThan(3);
    const [target] = await t.rows<{ id: number }>(sql`SELECT id FROM audit_log ORDER BY id LIMIT 1 OFFSET 2`);
    // A database owner disabling the trigger and editing a row: exactly what the hash chain exists to reveal.
    await t.database.unsafeOwnerExec(
      `ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_update; UPDATE audit_log SET actor_name = 'someone-else' WHERE id = ${Number(target?.id)}; ALTER TABLE audit_log ENABLE TRIGGER audit_log_no_update;`,
    );
    const after = await verifyAuditChain(t.database.db);
    expect(after).toMatchObject({ ok: false, brokenAtId: Number(target?.id) });
    expect((await t.request(auditor, 'GET', '/api/audit/verify')).json().ok).toBe(false);
  });
});

describe('keyed chain and anchored head (issue 11 D12)', () => {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'zhiben-audit-')), 'keys', 'audit-checkpoint.json');
  const rows = () => t.rows<Row>(sql`SELECT * FROM audit_log ORDER BY id`);
  const append = (action: string) =>
    appendAudit(t.database.db, { at: t.clock.now(), actorUserId: null, actorName: '测试', ip: null, action, entityType: null, entityId: null, regionCode: null, detail: { n: action } });

  it('rows written before the keyed chain (plain SHA-256) still verify, and keyed rows continue them', async () => {
    // A log as an earlier version wrote it: three unkeyed rows, then what this version appends.
    let prev = '0'.repeat(64);
    const values: string[] = [];
    for (let i = 1; i <= 3; i++) {
      const entry: AuditEntry = { at: new Date(`2026-01-0${i}T00:00:00.000Z`), actorUserId: null, actorName: '旧版本', ip: null, action: 'legacy.row', entityType: null, entityId: null, regionCode: null, detail: { i } };
      const hash = auditHash(prev, entry);
      values.push(`(${literal(entry.at.toISOString())}, NULL, '旧版本', NULL, 'legacy.row', NULL, NULL, NULL, '{"i":${i}}', '${prev}', '${hash}', 1)`);
      prev = hash;
    }
    await asOwner(`DELETE FROM audit_log; INSERT INTO audit_log (at, actor_user_id, actor_name, ip, action, entity_type, entity_id, region_code, detail, prev_hash, hash, chain) VALUES ${values.join(', ')};`);
    await append('after.upgrade');
    expect(await verifyAuditChain(t.database.db)).toMatchObject({ ok: true, checked: 4 });
    const [, , , keyed] = await t.rows<{ chain: number }>(sql`SELECT chain FROM audit_log ORDER BY id`);
    expect(keyed?.chain).toBe(2);
  });

  it('reports a chain re-hashed by the database owner with the public algorithm', async () => {
    for (let i = 0; i < 5; i++) await append(`work.${i}`);
    const all = await rows();
    const target = all[all.length - 3] as Row;
    // Change a row and recompute every later hash as the old, unkeyed chain: the owner has no key.
    let prev = (all[all.indexOf(target) - 1] as Row).hash;
    const updates: string[] = [];
    for (const row of all.slice(all.indexOf(target))) {
      const entry = { ...entryOf(row), ...(row.id === target.id ? { actorName: '别人' } : {}) };
      const hash = auditHash(prev, entry);
      updates.push(`UPDATE audit_log SET actor_name = ${literal(entry.actorName)}, prev_hash = '${prev}', hash = '${hash}', chain = 1 WHERE id = ${row.id};`);
      prev = hash;
    }
    await asOwner(updates.join(' '));
    const result = await verifyAuditChain(t.database.db);
    expect(result).toMatchObject({ ok: false, brokenAtId: Number(target.id) }); // bigint: a string from node-postgres
    expect(result.reason).toContain('链版本无效');
  });

  it('reports truncation and re-hashing against the signed checkpoint file', async () => {
    // Start from an intact log again, then anchor it.
    await asOwner('DELETE FROM audit_log;');
    for (let i = 0; i < 6; i++) await append(`fresh.${i}`);
    const written = await writeAuditCheckpoint(t.database.db, file, t.clock.now());
    expect(written).toMatchObject({ count: 7 });
    expect((fs.statSync(file).mode & 0o777).toString(8)).toBe('600');
    expect(await verifyAuditCheckpoint(t.database.db, file)).toMatchObject({ ok: true });
    expect(await writeAuditCheckpoint(t.database.db, file, t.clock.now())).toBeNull(); // nothing new since
    // The last three rows deleted (the tail truncation that went unnoticed before): the chain alone cannot tell.
    const before = await rows();
    await asOwner(`DELETE FROM audit_log WHERE id > ${(before[before.length - 4] as Row).id};`);
    expect((await verifyAuditChain(t.database.db)).ok).toBe(true);
    const truncated = await verifyAuditCheckpoint(t.database.db, file);
    expect(truncated.ok).toBe(false);
    expect(truncated.reason).toContain('截断');
    // A forged checkpoint file (the owner cannot sign it) is reported, not trusted.
    const forged = { ...JSON.parse(fs.readFileSync(file, 'utf8')), count: 4, headId: (before[before.length - 4] as Row).id };
    fs.writeFileSync(file, JSON.stringify(forged));
    expect((await verifyAuditCheckpoint(t.database.db, file)).reason).toContain('签名无效');
  });

  it('the checkpoint is also written into the log itself, and the chain covers it', async () => {
    await append('one.more');
    const written = await writeAuditCheckpoint(t.database.db, file, t.clock.now());
    const [last] = await t.rows<{ action: string; detail: { headId: number; count: number } }>(sql`SELECT action, detail FROM audit_log ORDER BY id DESC LIMIT 1`);
    expect(last?.action).toBe('audit.checkpoint');
    expect(last?.detail.count).toBe((written?.count ?? 0) - 1);
    expect(await verifyAuditChain(t.database.db)).toMatchObject({ ok: true });
  });
});
