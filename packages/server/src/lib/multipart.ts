// Multipart uploads, read one way for every endpoint: a single spreadsheet (ledger and register imports) or a
// JSON field `data` with attached files (tips). Limits become the zh-CN errors of the one error table.
import type { FastifyRequest } from 'fastify';
import type { MultipartFile } from '@fastify/multipart';
import { AppError } from '../errors.ts';

const MiB = 1024 * 1024;
type MultipartFields = MultipartFile['fields'];
const codeOf = (error: unknown): unknown => (typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined);

/** The one uploaded file (field `file`) of an import, as bytes; 400 naming the field when it is missing, 413 when too large. */
export async function readUploadedFile(request: FastifyRequest, what: string): Promise<Buffer> {
  return (await readUploadedFileAndFields(request, what)).buffer;
}

/** The uploaded file and the form fields sent before it (e.g. the 判定助手's `criteria` on a 台账 import). */
export async function readUploadedFileAndFields(request: FastifyRequest, what: string): Promise<{ buffer: Buffer; fields: MultipartFields }> {
  if (!request.isMultipart()) throw AppError('VALIDATION', { field: 'file', message: '请以 multipart/form-data 上传 .xlsx 文件（字段名 file）' });
  try {
    const file = await request.file();
    if (!file) throw AppError('VALIDATION', { field: 'file', message: `请选择要导入的${what}` });
    return { buffer: await file.toBuffer(), fields: file.fields };
  } catch (error) {
    if (codeOf(error) === 'FST_REQ_FILE_TOO_LARGE') throw AppError('FILE_TOO_LARGE', { field: 'file' });
    throw error;
  }
}

/** The text of a form field sent before the file (`jobId`, `criteria`); undefined when it is absent or is a file. */
export function fieldText(fields: MultipartFields, name: string): string | undefined {
  const field = fields[name];
  const part = Array.isArray(field) ? field[0] : field;
  return part && part.type === 'field' ? String(part.value) : undefined;
}

export type RawFile = { filename: string; bytes: Buffer };

/** multipart with a JSON field `data` and up to `maxFiles` files in field `files` (each non-empty, at most `fileSize` bytes). */
export async function readDataAndFiles(
  request: FastifyRequest,
  limits: { maxFiles: number; fileSize: number; tooManyFiles: () => Error },
): Promise<{ data: unknown; files: RawFile[] }> {
  let data: unknown = undefined;
  const files: RawFile[] = [];
  try {
    for await (const part of request.parts({ limits: { files: limits.maxFiles, fileSize: limits.fileSize, fields: 5 } })) {
      if (part.type === 'file') {
        const bytes = await part.toBuffer();
        if (part.fieldname !== 'files') throw AppError('VALIDATION', { field: 'files', message: '附件字段名应为 files' });
        if (bytes.length === 0) throw AppError('VALIDATION', { field: 'files', message: `附件「${part.filename}」为空` });
        files.push({ filename: part.filename, bytes });
      } else if (part.fieldname === 'data') {
        try {
          data = JSON.parse(String(part.value));
        } catch {
          throw AppError('BAD_JSON', { field: 'data', message: '字段 data 不是有效的 JSON' });
        }
      }
    }
  } catch (error) {
    if (codeOf(error) === 'FST_FILES_LIMIT') throw limits.tooManyFiles();
    if (codeOf(error) === 'FST_REQ_FILE_TOO_LARGE') {
      throw AppError('FILE_TOO_LARGE', { field: 'files', message: `单个附件不能超过 ${Math.floor((limits.fileSize / MiB) * 10) / 10} MB` });
    }
    throw error;
  }
  return { data, files };
}
