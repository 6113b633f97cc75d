import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { can } from '@zhiben/core';
import { AppError } from '../../errors.ts';
import { requireAuth } from '../../plugins/auth.ts';
import { errorResponse, standardErrors } from '../../lib/schemas.ts';
import type { AuthContext } from '../../lib/request-context.ts';
import * as repo from './files.repository.ts';
import { fileParams, uploadedFile } from './files.schema.ts';
import { storeUpload, storedPath } from './files.service.ts';
import { DOCUMENT_LIMIT_BYTES, fileTypes, type FileKind } from './sniff.ts';
import { auditBulkExport } from '../audit/audit.export.ts';

const kindOfMime = (mime: string): FileKind => (Object.values(fileTypes).find((t) => t.mime === mime)?.kind ?? 'pdf');

const MiB = 1024 * 1024;

/**
 * Business users who may attach evidence to hazards: staff who read hazards or enterprises, and enterprise
 * users. Platform roles (sysadmin, auditor) get 404 like any endpoint they lack the capability for.
 */
function requireUploader(request: FastifyRequest): AuthContext {
  const auth = requireAuth(request);
  const roles = auth.user.roles;
  // Experts and third-party staff upload the photos of the inspections they are on.
  if (!can(roles, 'hazards.read') && !can(roles, 'enterprise.own') && !can(roles, 'enterprises.read') && !can(roles, 'inspections.fill')) throw AppError('NOT_FOUND');
  return auth;
}

/** RFC 5987 value: encodeURIComponent leaves ' ( ) * unescaped, which are not attr-chars. */
const rfc5987 = (value: string) => encodeURIComponent(value).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

const isFileTooLarge = (error: unknown) => typeof error === 'object' && error !== null && (error as { code?: unknown }).code === 'FST_REQ_FILE_TOO_LARGE';

export async function fileRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const deps = () => ({ db: app.services.database.db, filesDir: app.services.config.filesDir });
  const tags = ['files'];
  // The largest per-type limit, capped by the deployment's upload limit; per-type limits apply after sniffing.
  const uploadLimit = Math.min(app.services.config.uploadLimitBytes, DOCUMENT_LIMIT_BYTES);

  app.post(
    '/api/files',
    { schema: { tags, consumes: ['multipart/form-data'], response: { 201: uploadedFile, 413: errorResponse, ...standardErrors } } },
    async (request, reply) => {
      const auth = requireUploader(request);
      if (!request.isMultipart()) throw AppError('VALIDATION', { field: 'file', message: '请以 multipart/form-data 上传文件（字段名 file）' });
      const part = await request.file({ limits: { fileSize: uploadLimit } });
      if (!part || part.fieldname !== 'file') throw AppError('VALIDATION', { field: 'file', message: '请选择要上传的文件' });
      let bytes: Buffer;
      try {
        bytes = await part.toBuffer();
      } catch (error) {
        if (isFileTooLarge(error)) {
          throw AppError('FILE_TOO_LARGE', { field: 'file', message: `文件不能超过 ${Math.floor((uploadLimit / MiB) * 10) / 10} MB` });
        }
        throw error;
      }
      if (bytes.length === 0) throw AppError('VALIDATION', { field: 'file', message: '文件为空' });
      const stored = await storeUpload(deps(), auth.user.id, { filename: part.filename, bytes });
      return reply.status(201).send(stored);
    },
  );

  app.get('/api/files/:sha256', { schema: { tags, params: fileParams } }, async (request, reply) => {
    const auth = requireAuth(request);
    const row = await repo.findReadableFile(deps().db, auth.scope, auth.user.id, request.params.sha256);
    if (!row) throw AppError('NOT_FOUND');
    const file = storedPath(deps().filesDir, row.sha256);
    const size = await stat(file).then(
      (s) => s.size,
      () => null,
    );
    if (size === null) {
      request.log.error({ sha256: row.sha256 }, 'file row without stored bytes');
      throw AppError('NOT_FOUND');
    }
    // Names are per upload: the caller's own name for bytes they uploaded (uploads before names were kept per
    // upload: the stored name if they were the first), otherwise a neutral one — never another uploader's.
    const ownName = row.myName ?? (row.createdBy === auth.user.id ? row.originalName : null);
    const name = ownName ?? `证据材料-${row.sha256.slice(0, 8)}${fileTypes[kindOfMime(row.mime)]?.extensions[0] ?? ''}`;
    if (!row.mine) await auditBulkExport(deps().db, request, 'file', { sha256: row.sha256, uploadedBy: row.createdBy });
    return reply
      .header('content-type', row.mime)
      .header('content-length', size)
      .header('content-disposition', `inline; filename*=UTF-8''${rfc5987(name)}`)
      .header('x-content-type-options', 'nosniff')
      .header('cache-control', 'private, no-store')
      .send(createReadStream(file));
  });
}
