/** Builders of small test files (images, zips, WebP containers) for the files module's tests. */
import { crc32 } from 'node:zlib';
import jpeg from 'jpeg-js';
import { PNG } from 'pngjs';

export const GPS_MARKER = 'GPSLatitude=33.5N;ZHIBEN-GPS-MARKER';

/** RGBA pixels: left half red, right half blue, so orientation changes are visible. */
export function twoColourPixels(width: number, height: number): Buffer {
  const data = Buffer.alloc(width * height * 4);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const at = (y * width + x) * 4;
      const left = x < width / 2;
      data[at] = left ? 255 : 0;
      data[at + 2] = left ? 0 : 255;
      data[at + 3] = 255;
    }
  }
  return data;
}

/** A big-endian TIFF/EXIF block: IFD0 with the orientation tag, followed by a GPS-looking string. */
function exifPayload(orientation: number): Buffer {
  const tiff = Buffer.alloc(8 + 2 + 12 + 4);
  tiff.write('MM', 0, 'latin1');
  tiff.writeUInt16BE(42, 2);
  tiff.writeUInt32BE(8, 4);
  tiff.writeUInt16BE(1, 8); // one entry
  tiff.writeUInt16BE(0x0112, 10); // Orientation
  tiff.writeUInt16BE(3, 12); // SHORT
  tiff.writeUInt32BE(1, 14);
  tiff.writeUInt16BE(orientation, 18);
  tiff.writeUInt32BE(0, 22); // no next IFD
  return Buffer.concat([Buffer.from('Exif\0\0', 'latin1'), tiff, Buffer.from(GPS_MARKER, 'latin1')]);
}

/** A JPEG (via jpeg-js) with an EXIF APP1 segment spliced in right after SOI. */
export function jpegWithExif(options: { width?: number; height?: number; orientation?: number } = {}): Buffer {
  const width = options.width ?? 32;
  const height = options.height ?? 16;
  const plain = jpeg.encode({ width, height, data: twoColourPixels(width, height) }, 90).data;
  const payload = exifPayload(options.orientation ?? 1);
  const segment = Buffer.alloc(4);
  segment.writeUInt16BE(0xffe1, 0);
  segment.writeUInt16BE(payload.length + 2, 2);
  return Buffer.concat([plain.subarray(0, 2), segment, payload, plain.subarray(2)]);
}

/** A JPEG whose frame header claims other dimensions (for the pixel limit, which must trip before decoding). */
export function jpegClaiming(width: number, height: number): Buffer {
  const bytes = Buffer.from(jpeg.encode({ width: 8, height: 8, data: twoColourPixels(8, 8) }, 90).data);
  for (let at = 2; at < bytes.length - 9; at++) {
    if (bytes[at] === 0xff && bytes[at + 1] === 0xc0) {
      bytes.writeUInt16BE(height, at + 5);
      bytes.writeUInt16BE(width, at + 7);
      return bytes;
    }
  }
  throw new Error('no SOF0 in encoded JPEG');
}

function pngChunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/** A PNG (via pngjs) with a tEXt chunk carrying the GPS marker after IHDR. */
export function pngWithText(width = 8, height = 8): Buffer {
  const image = new PNG({ width, height });
  image.data = twoColourPixels(width, height);
  const plain = PNG.sync.write(image);
  const afterIhdr = 8 + 8 + 13 + 4;
  const text = pngChunk('tEXt', Buffer.from(`Comment\0${GPS_MARKER}`, 'latin1'));
  return Buffer.concat([plain.subarray(0, afterIhdr), text, plain.subarray(afterIhdr)]);
}

/** A tiny PDF; `tag` goes into a comment so tests can make distinct files (storage is by content). */
export const minimalPdf = (tag = ''): Buffer =>
  Buffer.from(`%PDF-1.4\n%${tag}\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n`, 'utf8');

/** A zip with stored (uncompressed) entries, written by hand so tests do not depend on a zip library. */
export function storedZip(entries: Record<string, string>): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, content] of Object.entries(entries)) {
    const nameBytes = Buffer.from(name, 'utf8');
    const data = Buffer.from(content, 'utf8');
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, data);
    centrals.push(central, nameBytes);
    offset += local.length + nameBytes.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(entries).length, 8);
  end.writeUInt16LE(Object.keys(entries).length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

export const minimalDocx = (text = '') =>
  storedZip({ '[Content_Types].xml': '<Types/>', '_rels/.rels': '<Relationships/>', 'word/document.xml': `<w:document>${text}</w:document>` });

export type WebpChunk = { id: string; data: Buffer };

/** A RIFF/WEBP container from chunks (padded to even sizes); the image data need not be decodable. */
export function webpContainer(chunks: readonly WebpChunk[]): Buffer {
  const parts = chunks.map(({ id, data }) => {
    const head = Buffer.alloc(8);
    head.write(id, 0, 'latin1');
    head.writeUInt32LE(data.length, 4);
    return Buffer.concat([head, data, Buffer.alloc(data.length % 2)]);
  });
  const body = Buffer.concat(parts);
  const header = Buffer.alloc(12);
  header.write('RIFF', 0, 'latin1');
  header.writeUInt32LE(4 + body.length, 4);
  header.write('WEBP', 8, 'latin1');
  return Buffer.concat([header, body]);
}

/** VP8X payload: flags byte, 3 reserved bytes, canvas width-1 and height-1 as 24-bit little-endian. */
export function vp8xData(flags: number, width: number, height: number): Buffer {
  const data = Buffer.alloc(10);
  data[0] = flags;
  data.writeUIntLE(width - 1, 4, 3);
  data.writeUIntLE(height - 1, 7, 3);
  return data;
}

/** A VP8L header (signature + 14-bit width-1 and height-1) followed by filler bytes. */
export function vp8lData(width: number, height: number): Buffer {
  const bits = (width - 1) | ((height - 1) << 14);
  const data = Buffer.alloc(9);
  data[0] = 0x2f;
  data.writeUInt32LE(bits >>> 0, 1);
  return data;
}
