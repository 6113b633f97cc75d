import { inflateRawSync } from 'node:zlib';

/**
 * File type detection by content (magic bytes), never by name or declared mime: both are chosen by the
 * uploader. Pure functions, no I/O.
 */

export type FileKind = 'jpeg' | 'png' | 'webp' | 'pdf' | 'docx' | 'xlsx';

export type FileType = { kind: FileKind; mime: string; extensions: readonly string[]; image: boolean };

const MiB = 1024 * 1024;

export const fileTypes: Record<FileKind, FileType> = {
  jpeg: { kind: 'jpeg', mime: 'image/jpeg', extensions: ['.jpg', '.jpeg'], image: true },
  png: { kind: 'png', mime: 'image/png', extensions: ['.png'], image: true },
  webp: { kind: 'webp', mime: 'image/webp', extensions: ['.webp'], image: true },
  pdf: { kind: 'pdf', mime: 'application/pdf', extensions: ['.pdf'], image: false },
  docx: { kind: 'docx', mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', extensions: ['.docx'], image: false },
  xlsx: { kind: 'xlsx', mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', extensions: ['.xlsx'], image: false },
};

/** Per-type size limits: photos from phones stay well under 10 MiB; scanned documents may be larger. */
export const IMAGE_LIMIT_BYTES = 10 * MiB;
export const DOCUMENT_LIMIT_BYTES = 20 * MiB;
export const limitFor = (type: FileType): number => (type.image ? IMAGE_LIMIT_BYTES : DOCUMENT_LIMIT_BYTES);

const startsWith = (bytes: Uint8Array, magic: readonly number[], at = 0): boolean =>
  bytes.length >= at + magic.length && magic.every((b, i) => bytes[at + i] === b);
const ascii = (text: string): number[] => [...text].map((c) => c.charCodeAt(0));

const JPEG = [0xff, 0xd8, 0xff];
const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const RIFF = ascii('RIFF');
const WEBP = ascii('WEBP');
const PDF = ascii('%PDF-');
const ZIP_LOCAL = [0x50, 0x4b, 0x03, 0x04];

/** The detected type, or null for anything not on the allow-list (executables, HTML, SVG, other zips, …). */
export function sniff(bytes: Uint8Array): FileType | null {
  if (startsWith(bytes, JPEG)) return fileTypes.jpeg;
  if (startsWith(bytes, PNG)) return fileTypes.png;
  if (startsWith(bytes, RIFF) && startsWith(bytes, WEBP, 8)) return fileTypes.webp;
  if (startsWith(bytes, PDF)) return fileTypes.pdf;
  if (startsWith(bytes, ZIP_LOCAL)) return sniffOfficeZip(bytes);
  return null;
}

function sniffOfficeZip(bytes: Uint8Array): FileType | null {
  const names = zipEntryNames(bytes);
  if (!names) return null;
  // Macro-enabled documents (.docm/.xlsm renamed) carry VBA; they are not evidence we want to hand around.
  // (A VBA part under another name is found by its content type: explainRiskyContent.)
  if (names.some((n) => n.toLowerCase().endsWith('vbaproject.bin'))) return null;
  const isWord = names.includes('word/document.xml');
  const isExcel = names.includes('xl/workbook.xml');
  if (isWord === isExcel) return null; // neither, or an ambiguous hybrid
  return isWord ? fileTypes.docx : fileTypes.xlsx;
}

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const EOCD_MIN = 22;
const MAX_ZIP_ENTRIES = 20_000;

/**
 * Entry names from a zip's central directory, or null when it is not a well-formed (non-zip64) zip. Minimal
 * on purpose: only names are needed, nothing is decompressed, and every offset is bounds-checked.
 */
export function zipEntryNames(bytes: Uint8Array): string[] | null {
  return zipEntries(bytes)?.map((e) => e.name) ?? null;
}

type ZipEntry = { name: string; method: number; compressedSize: number; localHeader: number };

/** Central-directory entries (name, compression, where the local header is), or null for a malformed zip. */
function zipEntries(bytes: Uint8Array): ZipEntry[] | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end record sits in the last 22 bytes plus an optional comment of up to 65535 bytes.
  const lowest = Math.max(0, bytes.length - EOCD_MIN - 0xffff);
  let eocd = -1;
  for (let at = bytes.length - EOCD_MIN; at >= lowest; at--) {
    if (view.getUint32(at, true) === EOCD_SIGNATURE) {
      eocd = at;
      break;
    }
  }
  if (eocd < 0) return null;
  const entryCount = view.getUint16(eocd + 10, true);
  const directorySize = view.getUint32(eocd + 12, true);
  const directoryOffset = view.getUint32(eocd + 16, true);
  if (entryCount === 0xffff || directoryOffset === 0xffffffff || entryCount > MAX_ZIP_ENTRIES) return null;
  if (directoryOffset + directorySize > eocd) return null;

  const decoder = new TextDecoder('utf-8', { fatal: false });
  const names: ZipEntry[] = [];
  let at = directoryOffset;
  for (let i = 0; i < entryCount; i++) {
    if (at + 46 > eocd || view.getUint32(at, true) !== CENTRAL_SIGNATURE) return null;
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const nameEnd = at + 46 + nameLength;
    if (nameEnd > eocd) return null;
    names.push({
      name: decoder.decode(bytes.subarray(at + 46, nameEnd)),
      method: view.getUint16(at + 10, true),
      compressedSize: view.getUint32(at + 20, true),
      localHeader: view.getUint32(at + 42, true),
    });
    at = nameEnd + extraLength + commentLength;
  }
  return names;
}

const MAX_XML_PART = 2 * 1024 * 1024;

/** One small XML part of the zip, decompressed (bounded), or null. */
function readPart(bytes: Uint8Array, entry: ZipEntry): string | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = entry.localHeader;
  if (at + 30 > bytes.length || view.getUint32(at, true) !== 0x04034b50) return null;
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  const data = bytes.subarray(start, start + entry.compressedSize);
  try {
    const raw = entry.method === 0 ? Buffer.from(data) : entry.method === 8 ? inflateRawSync(data, { maxOutputLength: MAX_XML_PART }) : null;
    return raw ? raw.toString('utf8') : null;
  } catch {
    return null;
  }
}

const XML_ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
const characterReference = (ref: string) => {
  const hex = /^#x/i.test(ref);
  return String.fromCodePoint(Number.parseInt(ref.slice(hex ? 2 : 1), hex ? 16 : 10));
};
const unescapeXml = (value: string) =>
  value.replace(/&(#x[0-9a-f]+|#\d+|lt|gt|amp|quot|apos);/gi, (_, ref: string) => (ref.startsWith('#') ? characterReference(ref) : (XML_ENTITIES[ref.toLowerCase()] ?? '')));

/** A start tag's attributes as an XML reader sees them: either quote, spaces around `=`, entities resolved. */
function attributesOf(tag: string): Map<string, string> {
  const attributes = new Map<string, string>();
  for (const [, name, double, single] of tag.matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
    if (name) attributes.set(name, unescapeXml(double ?? single ?? ''));
  }
  return attributes;
}

/**
 * An external relationship Office follows when the file opens (a template, an image, a linked file, an OLE object,
 * a frame…): every one with TargetMode External except a hyperlink, which waits for a click.
 */
function fetchesOnOpen(relationship: string): boolean {
  const attributes = attributesOf(relationship);
  if (attributes.get('TargetMode')?.trim() !== 'External') return false;
  return (attributes.get('Type') ?? '').trim().split('/').pop() !== 'hyperlink';
}
const PDF_ACTIVE = ['/JavaScript', '/JS', '/OpenAction', '/AA', '/Launch', '/EmbeddedFile', '/RichMedia', '/XFA'];

/**
 * Content that would act when a colleague opens the evidence: VBA under any part name (found by its content
 * type), ActiveX, or any external relationship but a hyperlink (a template, an image, a linked file, an OLE
 * object) in Office files; JavaScript, automatic actions, launch actions or embedded files in a PDF. Returns the zh-CN reason, or null. (A PDF can hide these in
 * compressed object streams, which are not inflated here: this refuses what is plainly there.)
 */
export function explainRiskyContent(bytes: Uint8Array, type: FileType): string | null {
  if (type.kind === 'pdf') {
    const text = Buffer.from(bytes).toString('latin1');
    const found = PDF_ACTIVE.find((key) => new RegExp(`${key.replace('/', '\\/')}(?![A-Za-z])`).test(text));
    return found ? `PDF 含有脚本或自动执行的动作（${found}），不能作为证据材料` : null;
  }
  if (type.kind !== 'docx' && type.kind !== 'xlsx') return null;
  const entries = zipEntries(bytes) ?? [];
  for (const entry of entries) {
    const name = entry.name.toLowerCase();
    if (name.includes('activex/') || name.endsWith('.bin') && name.includes('vba')) return '文件含有宏或 ActiveX 控件，不能作为证据材料';
    if (name.startsWith('xl/externallinks/')) return '表格含有指向其他文件的外部链接，不能作为证据材料';
    if (name === '[content_types].xml') {
      const types = readPart(bytes, entry) ?? '';
      if (/vbaProject|macroEnabled|activeX/i.test(types)) return '文件含有宏（VBA）或 ActiveX 控件，不能作为证据材料';
    }
    if (name.endsWith('.rels')) {
      const rels = readPart(bytes, entry) ?? '';
      for (const rel of rels.match(/<(?:[\w.-]+:)?Relationship\b[^>]*>/g) ?? []) {
        if (fetchesOnOpen(rel)) return '文件引用了外部模板、图片、链接文件或嵌入对象，打开时会访问外部地址，不能作为证据材料';
        if (/vbaProject/i.test(rel)) return '文件含有宏（VBA），不能作为证据材料';
      }
    }
  }
  return null;
}
