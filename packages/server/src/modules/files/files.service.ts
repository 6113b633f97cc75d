import { createHash, randomUUID } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import type { Db } from '../../db/client.ts';
import { AppError } from '../../errors.ts';
import { sanitizeImageOffThread } from './image-runner.ts';
import * as repo from './files.repository.ts';
import type { Evidence, EvidenceInput, UploadedFile } from './files.schema.ts';
import { explainRiskyContent, fileTypes, limitFor, sniff, type FileType } from './sniff.ts';

export type FileDeps = { db: Db; filesDir: string };

const MAX_NAME_LENGTH = 120;
const MiB = 1024 * 1024;

/** Where a stored file lives: fanned out by the first two hex digits so no directory grows huge. */
export const storedPath = (filesDir: string, sha256: string): string => path.join(filesDir, sha256.slice(0, 2), sha256);

const typeByMime = new Map(Object.values(fileTypes).map((t) => [t.mime, t]));

/**
 * A display name safe to show and to put in a content-disposition header: no path, no control or bidi
 * characters (U+202E can make "gpj.exe" read as "exe.jpg"), at most 120 characters, and an extension that
 * matches the detected type (a PDF uploaded as "photo.jpg" becomes "photo.pdf").
 */
export function sanitizeFileName(raw: string, type: FileType): string {
  const base = raw.split(/[\\/]/).pop() ?? '';
  const cleaned = base
    .normalize('NFC')
    .replace(/[\p{Cc}\p{Cf}]/gu, '')
    .replace(/[<>:"|?*]/g, '_')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\.+/, '');
  const dot = cleaned.lastIndexOf('.');
  const stem = (dot > 0 ? cleaned.slice(0, dot) : cleaned).trim() || '附件';
  const extension = type.extensions[0] ?? '';
  const room = MAX_NAME_LENGTH - extension.length;
  return `${Array.from(stem).slice(0, room).join('').trim()}${extension}`;
}

/** Writes once per content: temp file + fsync + rename, so a reader never sees a half-written file. */
async function writeContentAddressed(filesDir: string, sha256: string, bytes: Buffer): Promise<void> {
  const target = storedPath(filesDir, sha256);
  await fs.mkdir(path.dirname(target), { recursive: true });
  const exists = await fs.stat(target).then(
    () => true,
    () => false,
  );
  if (exists) return;
  const temp = `${target}.${randomUUID()}.tmp`;
  try {
    const handle = await fs.open(temp, 'wx', 0o600);
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await fs.rename(temp, target);
  } catch (error) {
    await fs.rm(temp, { force: true });
    throw error;
  }
}

/**
 * Checks an upload by its content, strips image metadata, stores the bytes by their hash and records the
 * metadata. The file goes to disk before the row, so a row never points at a missing file.
 */
export async function storeUpload(deps: FileDeps, userId: string, upload: { filename: string; bytes: Buffer }): Promise<UploadedFile> {
  const stored = await checkAndWrite(deps.filesDir, upload);
  await repo.insertFileIfAbsent(deps.db, { sha256: stored.sha256, mime: stored.mime, size: stored.size, originalName: stored.name, createdBy: userId });
  return stored;
}

/**
 * The same checks and storage for an upload without an account (public tips): no uploader is recorded, so the
 * file can only be reached through the record it is attached to.
 */
export async function storeAnonymousUpload(deps: FileDeps, upload: { filename: string; bytes: Buffer }): Promise<UploadedFile> {
  const stored = await checkAndWrite(deps.filesDir, upload);
  await repo.insertAnonymousFileIfAbsent(deps.db, { sha256: stored.sha256, mime: stored.mime, size: stored.size, originalName: stored.name, createdBy: null });
  return stored;
}

async function checkAndWrite(filesDir: string, upload: { filename: string; bytes: Buffer }): Promise<UploadedFile> {
  const type = sniff(upload.bytes);
  if (!type) throw AppError('FILE_TYPE_NOT_ALLOWED', { field: 'file' });
  const risk = explainRiskyContent(upload.bytes, type);
  if (risk) throw AppError('FILE_RISKY_CONTENT', { field: 'file', message: risk });
  const limit = limitFor(type);
  if (upload.bytes.length > limit) {
    throw AppError('FILE_TOO_LARGE', { field: 'file', message: `${type.image ? '图片' : '文件'}不能超过 ${limit / MiB} MB` });
  }
  const stored = type.kind === 'jpeg' || type.kind === 'png' || type.kind === 'webp' ? await sanitizeImageOffThread(type.kind, upload.bytes) : upload.bytes;
  const sha256 = createHash('sha256').update(stored).digest('hex');
  const name = sanitizeFileName(upload.filename, type);
  await writeContentAddressed(filesDir, sha256, stored);
  return { sha256, name, mime: type.mime, size: stored.length };
}

/**
 * Turns the evidence a client attaches into stored-file facts (mime and size from the `files` row, never from
 * the client). Throws VALIDATION naming the items whose file was never uploaded.
 * Only files the caller uploaded themselves may be attached (file_uploads), so knowing a hash is not enough to
 * attach someone else's file to a hazard in one's own scope and then read it.
 */
export async function resolveEvidence(db: Db, userId: string, evidence: readonly EvidenceInput[]): Promise<Evidence[]> {
  const hashes = [...new Set(evidence.map((e) => e.sha256))];
  const [rows, mine] = await Promise.all([repo.unsafeFilesByHash(db, hashes), repo.uploadedByUser(db, userId, hashes)]);
  const missing = evidence.filter((e) => !rows.has(e.sha256) || !mine.has(e.sha256));
  if (missing.length > 0) {
    const names = missing.map((e) => e.name?.trim() || e.sha256.slice(0, 12)).join('、');
    throw AppError('VALIDATION', { field: 'evidence', message: `附件不存在或未上传：${names}` });
  }
  return evidence.map((item) => {
    const row = rows.get(item.sha256);
    if (!row) throw new Error('unreachable: checked above');
    const type = typeByMime.get(row.mime);
    const name = item.name?.trim() && type ? sanitizeFileName(item.name, type) : row.originalName;
    return { sha256: row.sha256, name, mime: row.mime, size: row.size, kind: item.kind };
  });
}
