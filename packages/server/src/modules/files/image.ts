/**
 * Image sanitising for uploaded evidence: photos from phones carry EXIF (GPS position, device serials, owner
 * names), which must not travel with a hazard record. JPEG and PNG are decoded and re-encoded, so nothing but
 * pixels survives; WebP keeps its compressed image data and loses its metadata chunks. Pure, no I/O.
 */
import jpeg from 'jpeg-js';
import { PNG } from 'pngjs';
import { AppError } from '../../errors.ts';
import type { FileKind } from './sniff.ts';

/** Decoding needs about 4 bytes per pixel (and more inside the JPEG decoder); this bounds memory per upload. */
export const MAX_MEGAPIXELS = 40;
export const JPEG_QUALITY = 85;

export type Dimensions = { width: number; height: number };
export type ImageKind = Extract<FileKind, 'jpeg' | 'png' | 'webp'>;

const u16be = (b: Uint8Array, at: number) => ((b[at] ?? 0) << 8) | (b[at + 1] ?? 0);
const u16le = (b: Uint8Array, at: number) => (b[at] ?? 0) | ((b[at + 1] ?? 0) << 8);
const u24le = (b: Uint8Array, at: number) => u16le(b, at) | ((b[at + 2] ?? 0) << 16);
const u32be = (b: Uint8Array, at: number) => ((u16be(b, at) << 16) >>> 0) + u16be(b, at + 2);
const u32le = (b: Uint8Array, at: number) => u16le(b, at) + u16le(b, at + 2) * 0x10000;
const fourcc = (b: Uint8Array, at: number) => String.fromCharCode(...b.subarray(at, at + 4));

// ---- dimensions from headers (read before any decoding) ----

/** Width and height from the image header, or null when the header cannot be found. */
export function imageDimensions(kind: ImageKind, bytes: Uint8Array): Dimensions | null {
  switch (kind) {
    case 'jpeg':
      return jpegDimensions(bytes);
    case 'png':
      return bytes.length >= 24 && fourcc(bytes, 12) === 'IHDR' ? { width: u32be(bytes, 16), height: u32be(bytes, 20) } : null;
    case 'webp':
      return webpDimensions(bytes);
  }
}

type JpegSegment = { marker: number; start: number; dataStart: number; end: number };

/** The marker segments before the scan data (SOS); standalone markers carry no length. */
function* jpegSegments(bytes: Uint8Array): Generator<JpegSegment> {
  let at = 2;
  while (at + 4 <= bytes.length) {
    if (bytes[at] !== 0xff) return;
    let markerAt = at + 1;
    while (bytes[markerAt] === 0xff) markerAt++; // fill bytes
    const marker = bytes[markerAt] ?? 0;
    if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      at = markerAt + 1;
      continue;
    }
    if (marker === 0xd9 || marker === 0xda) return;
    const length = u16be(bytes, markerAt + 1);
    if (length < 2) return;
    const end = markerAt + 1 + length;
    if (end > bytes.length) return;
    yield { marker, start: at, dataStart: markerAt + 3, end };
    at = end;
  }
}

const isStartOfFrame = (marker: number) => marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;

function jpegDimensions(bytes: Uint8Array): Dimensions | null {
  for (const segment of jpegSegments(bytes)) {
    if (isStartOfFrame(segment.marker) && segment.end - segment.dataStart >= 5) {
      return { height: u16be(bytes, segment.dataStart + 1), width: u16be(bytes, segment.dataStart + 3) };
    }
  }
  return null;
}

function webpDimensions(bytes: Uint8Array): Dimensions | null {
  if (bytes.length < 30) return null;
  const data = 20;
  switch (fourcc(bytes, 12)) {
    case 'VP8X':
      return { width: u24le(bytes, data + 4) + 1, height: u24le(bytes, data + 7) + 1 };
    case 'VP8 ':
      if (bytes[data + 3] !== 0x9d || bytes[data + 4] !== 0x01 || bytes[data + 5] !== 0x2a) return null;
      return { width: u16le(bytes, data + 6) & 0x3fff, height: u16le(bytes, data + 8) & 0x3fff };
    case 'VP8L': {
      if (bytes[data] !== 0x2f) return null;
      const [b1 = 0, b2 = 0, b3 = 0, b4 = 0] = bytes.subarray(data + 1, data + 5);
      return { width: 1 + (((b2 & 0x3f) << 8) | b1), height: 1 + (((b4 & 0x0f) << 10) | (b3 << 2) | ((b2 & 0xc0) >> 6)) };
    }
    default:
      return null;
  }
}

/** Refuses images whose header is unreadable or which are too large to decode safely. */
export function checkImageSize(kind: ImageKind, bytes: Uint8Array): Dimensions {
  const dimensions = imageDimensions(kind, bytes);
  if (!dimensions || dimensions.width === 0 || dimensions.height === 0) throw AppError('FILE_IMAGE_INVALID', { field: 'file' });
  if (dimensions.width * dimensions.height > MAX_MEGAPIXELS * 1_000_000) throw AppError('FILE_IMAGE_TOO_MANY_PIXELS', { field: 'file' });
  return dimensions;
}

// ---- JPEG ----

/** EXIF orientation (1..8) from the APP1 segment, or 1; it must be applied to the pixels before EXIF is dropped. */
export function jpegOrientation(bytes: Uint8Array): number {
  for (const segment of jpegSegments(bytes)) {
    if (segment.marker !== 0xe1 || fourcc(bytes, segment.dataStart) !== 'Exif') continue;
    const tiff = segment.dataStart + 6;
    const littleEndian = bytes[tiff] === 0x49; // 'II'
    const read16 = (at: number) => (littleEndian ? u16le(bytes, at) : u16be(bytes, at));
    const read32 = (at: number) => (littleEndian ? u32le(bytes, at) : u32be(bytes, at));
    const ifd = tiff + read32(tiff + 4);
    if (ifd + 2 > segment.end) return 1;
    const entries = read16(ifd);
    for (let i = 0; i < entries; i++) {
      const entry = ifd + 2 + i * 12;
      if (entry + 12 > segment.end) return 1;
      if (read16(entry) === 0x0112) {
        const value = read16(entry + 8);
        return value >= 1 && value <= 8 ? value : 1;
      }
    }
    return 1;
  }
  return 1;
}

type Rgba = { width: number; height: number; data: Uint8Array };

/** Turns the pixels so that the image looks as the camera meant without its EXIF orientation tag. */
export function applyOrientation(image: Rgba, orientation: number): Rgba {
  if (orientation <= 1 || orientation > 8) return image;
  const { width: w, height: h } = image;
  const swap = orientation >= 5;
  const out = new Uint8Array(image.data.length);
  const src = new Uint32Array(image.data.buffer.slice(image.data.byteOffset, image.data.byteOffset + w * h * 4));
  const dst = new Uint32Array(out.buffer);
  const outWidth = swap ? h : w;
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      let dx: number;
      let dy: number;
      switch (orientation) {
        case 2: [dx, dy] = [w - 1 - x, y]; break;
        case 3: [dx, dy] = [w - 1 - x, h - 1 - y]; break;
        case 4: [dx, dy] = [x, h - 1 - y]; break;
        case 5: [dx, dy] = [y, x]; break;
        case 6: [dx, dy] = [h - 1 - y, x]; break;
        case 7: [dx, dy] = [h - 1 - y, w - 1 - x]; break;
        default: [dx, dy] = [y, w - 1 - x]; break; // 8
      }
      dst[dy * outWidth + dx] = src[y * w + x] ?? 0;
    }
  }
  return { width: outWidth, height: swap ? w : h, data: out };
}

/** Decodes and re-encodes: the output has a fresh JFIF header and pixels only (no EXIF, XMP, ICC or comments). */
export function reencodeJpeg(bytes: Uint8Array): Buffer {
  let decoded: Rgba;
  try {
    decoded = jpeg.decode(bytes, { useTArray: true, formatAsRGBA: true, maxResolutionInMP: MAX_MEGAPIXELS, maxMemoryUsageInMB: 1024 });
  } catch {
    throw AppError('FILE_IMAGE_INVALID', { field: 'file' });
  }
  const upright = applyOrientation(decoded, jpegOrientation(bytes));
  return jpeg.encode({ width: upright.width, height: upright.height, data: upright.data }, JPEG_QUALITY).data;
}

// ---- PNG ----

/** Decodes and re-encodes with only IHDR/IDAT/IEND, which drops tEXt/iTXt/zTXt/eXIf/tIME and friends. */
export function reencodePng(bytes: Uint8Array): Buffer {
  let decoded: { width: number; height: number; data: Buffer };
  try {
    decoded = PNG.sync.read(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  } catch {
    throw AppError('FILE_IMAGE_INVALID', { field: 'file' });
  }
  const out = new PNG({ width: decoded.width, height: decoded.height });
  out.data = decoded.data;
  // Screenshots and photos are usually opaque; RGB instead of RGBA keeps those files a quarter smaller.
  let opaque = true;
  for (let i = 3; i < decoded.data.length; i += 4) {
    if (decoded.data[i] !== 255) {
      opaque = false;
      break;
    }
  }
  return PNG.sync.write(out, { colorType: opaque ? 2 : 6, inputHasAlpha: true });
}

// ---- WebP ----

/** Chunks that make up the picture; everything else (EXIF, XMP, ICCP, unknown) is dropped. */
const WEBP_KEEP = new Set(['VP8 ', 'VP8L', 'VP8X', 'ALPH', 'ANIM', 'ANMF']);
const WEBP_IMAGE = new Set(['VP8 ', 'VP8L', 'ANMF']);
// VP8X flag bits: ICC profile 0x20, EXIF 0x08, XMP 0x04 (alpha 0x10 and animation 0x02 stay).
const VP8X_METADATA_FLAGS = 0x20 | 0x08 | 0x04;

/** Rewrites the RIFF container without metadata chunks; the compressed image data is copied unchanged. */
export function stripWebp(bytes: Uint8Array): Buffer {
  const invalid = () => AppError('FILE_IMAGE_INVALID', { field: 'file' });
  if (bytes.length < 20 || fourcc(bytes, 0) !== 'RIFF' || fourcc(bytes, 8) !== 'WEBP') throw invalid();
  const riffEnd = 8 + u32le(bytes, 4);
  if (riffEnd > bytes.length || riffEnd < 20) throw invalid();
  const kept: Buffer[] = [];
  let hasImage = false;
  let at = 12;
  while (at < riffEnd) {
    if (at + 8 > riffEnd) throw invalid();
    const id = fourcc(bytes, at);
    const size = u32le(bytes, at + 4);
    const dataEnd = at + 8 + size;
    if (dataEnd > riffEnd) throw invalid();
    if (WEBP_KEEP.has(id)) {
      const chunk = Buffer.alloc(8 + size + (size % 2));
      chunk.set(bytes.subarray(at, dataEnd));
      if (id === 'VP8X' && size >= 1) chunk[8] = (chunk[8] ?? 0) & ~VP8X_METADATA_FLAGS;
      kept.push(chunk);
      if (WEBP_IMAGE.has(id)) hasImage = true;
    }
    at = dataEnd + (size % 2); // chunks are padded to an even length
  }
  if (!hasImage) throw invalid();
  const body = Buffer.concat(kept);
  const header = Buffer.alloc(12);
  header.write('RIFF', 0, 'latin1');
  header.writeUInt32LE(4 + body.length, 4);
  header.write('WEBP', 8, 'latin1');
  return Buffer.concat([header, body]);
}

/** The stored form of an uploaded image: checked for size, then metadata-free. */
export function sanitizeImage(kind: ImageKind, bytes: Uint8Array): Buffer {
  checkImageSize(kind, bytes);
  switch (kind) {
    case 'jpeg':
      return reencodeJpeg(bytes);
    case 'png':
      return reencodePng(bytes);
    case 'webp':
      return stripWebp(bytes);
  }
}
