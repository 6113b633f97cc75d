import jpeg from 'jpeg-js';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { isAppError } from '../../errors.ts';
import { sanitizeImageOffThread } from './image-runner.ts';
import { applyOrientation, imageDimensions, jpegOrientation, reencodeJpeg, reencodePng, sanitizeImage, stripWebp } from './image.ts';
import { GPS_MARKER, jpegClaiming, jpegWithExif, pngWithText, twoColourPixels, vp8lData, vp8xData, webpContainer } from './test-fixtures.ts';

const latin1 = (bytes: Uint8Array) => Buffer.from(bytes).toString('latin1');

function errorCode(run: () => unknown): string | null {
  try {
    run();
    return null;
  } catch (error) {
    return isAppError(error) ? error.code : 'not an AppError';
  }
}

/** RIFF chunk ids in order, and the RIFF size field. */
function riffChunks(bytes: Buffer): { ids: string[]; riffSize: number } {
  const ids: string[] = [];
  let at = 12;
  while (at + 8 <= bytes.length) {
    ids.push(bytes.toString('latin1', at, at + 4));
    const size = bytes.readUInt32LE(at + 4);
    at += 8 + size + (size % 2);
  }
  return { ids, riffSize: bytes.readUInt32LE(4) };
}

describe('JPEG', () => {
  it('re-encoding drops the EXIF segment and its GPS data', () => {
    const input = jpegWithExif();
    expect(latin1(input)).toContain(GPS_MARKER);
    const output = reencodeJpeg(input);
    expect(latin1(output)).not.toContain(GPS_MARKER);
    expect(latin1(output)).not.toContain('Exif');
    const decoded = jpeg.decode(output);
    expect([decoded.width, decoded.height]).toEqual([32, 16]);
  });

  it('reads the frame size and EXIF orientation from the headers', () => {
    expect(imageDimensions('jpeg', jpegWithExif({ width: 40, height: 24 }))).toEqual({ width: 40, height: 24 });
    expect(jpegOrientation(jpegWithExif({ orientation: 6 }))).toBe(6);
    expect(jpegOrientation(jpeg.encode({ width: 8, height: 8, data: twoColourPixels(8, 8) }).data)).toBe(1);
  });

  it('applies the EXIF orientation to the pixels so the photo stays upright', () => {
    // 32×16, left red / right blue, "rotate 90° clockwise to view": upright it is 16×32, top red / bottom blue.
    const output = jpeg.decode(reencodeJpeg(jpegWithExif({ orientation: 6 })));
    expect([output.width, output.height]).toEqual([16, 32]);
    const pixel = (x: number, y: number) => [...output.data.subarray((y * 16 + x) * 4, (y * 16 + x) * 4 + 3)];
    const [topRed = 0, , topBlue = 0] = pixel(8, 4);
    const [bottomRed = 0, , bottomBlue = 0] = pixel(8, 28);
    expect(topRed).toBeGreaterThan(200);
    expect(topBlue).toBeLessThan(60);
    expect(bottomBlue).toBeGreaterThan(200);
    expect(bottomRed).toBeLessThan(60);
  });

  it('maps every orientation like the EXIF specification', () => {
    // 2×1 image: pixel values 1, 2.
    const image = { width: 2, height: 1, data: new Uint8Array(new Uint32Array([1, 2]).buffer) };
    const values = (o: number) => {
      const out = applyOrientation(image, o);
      return { size: [out.width, out.height], pixels: [...new Uint32Array(out.data.buffer)] };
    };
    expect(values(1)).toEqual({ size: [2, 1], pixels: [1, 2] });
    expect(values(2)).toEqual({ size: [2, 1], pixels: [2, 1] });
    expect(values(3)).toEqual({ size: [2, 1], pixels: [2, 1] });
    expect(values(4)).toEqual({ size: [2, 1], pixels: [1, 2] });
    expect(values(5)).toEqual({ size: [1, 2], pixels: [1, 2] });
    expect(values(6)).toEqual({ size: [1, 2], pixels: [1, 2] });
    expect(values(7)).toEqual({ size: [1, 2], pixels: [2, 1] });
    expect(values(8)).toEqual({ size: [1, 2], pixels: [2, 1] });
  });

  it('refuses more than 40 megapixels from the header, before decoding', () => {
    expect(errorCode(() => sanitizeImage('jpeg', jpegClaiming(8000, 6000)))).toBe('FILE_IMAGE_TOO_MANY_PIXELS');
    expect(errorCode(() => sanitizeImage('jpeg', Buffer.from([0xff, 0xd8, 0xff, 0xd9])))).toBe('FILE_IMAGE_INVALID');
  });

  it('refuses a corrupt JPEG with a clear error', () => {
    const truncated = jpegWithExif().subarray(0, 300);
    expect(errorCode(() => reencodeJpeg(Buffer.concat([truncated, Buffer.alloc(50, 0x13)])))).toBe('FILE_IMAGE_INVALID');
  });
});

describe('PNG', () => {
  it('re-encoding drops text chunks and keeps the pixels', () => {
    const input = pngWithText(8, 8);
    expect(latin1(input)).toContain(GPS_MARKER);
    const output = reencodePng(input);
    expect(latin1(output)).not.toContain(GPS_MARKER);
    expect(latin1(output)).not.toContain('tEXt');
    const decoded = PNG.sync.read(output);
    expect([decoded.width, decoded.height]).toEqual([8, 8]);
    expect(Buffer.compare(decoded.data, twoColourPixels(8, 8))).toBe(0);
  });

  it('keeps transparency when there is some', () => {
    const image = new PNG({ width: 2, height: 1 });
    image.data = Buffer.from([255, 0, 0, 128, 0, 0, 255, 255]);
    const decoded = PNG.sync.read(reencodePng(PNG.sync.write(image)));
    expect([...decoded.data]).toEqual([255, 0, 0, 128, 0, 0, 255, 255]);
  });

  it('reads the size from IHDR', () => {
    expect(imageDimensions('png', pngWithText(12, 5))).toEqual({ width: 12, height: 5 });
  });
});

describe('WebP', () => {
  const alpha = 0x10;
  const metadataFlags = 0x20 | 0x08 | 0x04;

  it('drops EXIF, XMP and ICCP chunks, clears their VP8X flags and rewrites the RIFF size', () => {
    const input = webpContainer([
      { id: 'VP8X', data: vp8xData(alpha | metadataFlags, 9, 4) },
      { id: 'ICCP', data: Buffer.from('icc-profile') },
      { id: 'ALPH', data: Buffer.from([0, 1, 2]) },
      { id: 'VP8L', data: vp8lData(9, 4) },
      { id: 'EXIF', data: Buffer.from(`MM\0*${GPS_MARKER}`, 'latin1') },
      { id: 'XMP ', data: Buffer.from('<x:xmpmeta>odd</x:xmpmeta>!') },
    ]);
    const output = stripWebp(input);
    const { ids, riffSize } = riffChunks(output);
    expect(ids).toEqual(['VP8X', 'ALPH', 'VP8L']);
    expect(riffSize).toBe(output.length - 8);
    expect(output[20]).toBe(alpha);
    expect(latin1(output)).not.toContain(GPS_MARKER);
    expect(latin1(output)).not.toContain('xmpmeta');
    expect(imageDimensions('webp', output)).toEqual({ width: 9, height: 4 });
  });

  it('keeps animation chunks and leaves a clean file unchanged', () => {
    const animated = webpContainer([
      { id: 'VP8X', data: vp8xData(0x02, 3, 3) },
      { id: 'ANIM', data: Buffer.alloc(6) },
      { id: 'ANMF', data: Buffer.alloc(17, 1) },
    ]);
    expect(Buffer.compare(stripWebp(animated), animated)).toBe(0);
  });

  it('reads VP8 and VP8L sizes', () => {
    const vp8 = Buffer.alloc(10);
    vp8.set([0, 0, 0, 0x9d, 0x01, 0x2a]);
    vp8.writeUInt16LE(640, 6);
    vp8.writeUInt16LE(480, 8);
    expect(imageDimensions('webp', webpContainer([{ id: 'VP8 ', data: vp8 }]))).toEqual({ width: 640, height: 480 });
    expect(imageDimensions('webp', webpContainer([{ id: 'VP8L', data: vp8lData(1000, 16000) }]))).toEqual({ width: 1000, height: 16000 });
  });

  it('refuses broken containers and pictures over the pixel limit', () => {
    const good = webpContainer([{ id: 'VP8L', data: vp8lData(4, 4) }]);
    const overrun = Buffer.from(good);
    overrun.writeUInt32LE(1000, 16); // chunk claims more bytes than there are
    expect(errorCode(() => stripWebp(overrun))).toBe('FILE_IMAGE_INVALID');
    expect(errorCode(() => stripWebp(webpContainer([{ id: 'EXIF', data: Buffer.from('only metadata') }])))).toBe('FILE_IMAGE_INVALID');
    const huge = webpContainer([{ id: 'VP8X', data: vp8xData(0, 10000, 5000) }, { id: 'VP8L', data: vp8lData(4, 4) }]);
    expect(errorCode(() => sanitizeImage('webp', huge))).toBe('FILE_IMAGE_TOO_MANY_PIXELS');
  });
});

describe('off the main thread', () => {
  it('sanitises in a worker with the same result and errors', async () => {
    const input = jpegWithExif();
    const output = await sanitizeImageOffThread('jpeg', input);
    expect(Buffer.compare(output, reencodeJpeg(input))).toBe(0);
    await expect(sanitizeImageOffThread('jpeg', jpegClaiming(8000, 6000))).rejects.toMatchObject({ code: 'FILE_IMAGE_TOO_MANY_PIXELS' });
    const corrupt = Buffer.concat([input.subarray(0, 300), Buffer.alloc(50, 0x13)]);
    await expect(sanitizeImageOffThread('jpeg', corrupt)).rejects.toMatchObject({ code: 'FILE_IMAGE_INVALID' });
  });

  it('runs several uploads at once', async () => {
    const outputs = await Promise.all([1, 2, 3, 4, 5].map(() => sanitizeImageOffThread('png', pngWithText())));
    expect(new Set(outputs.map((o) => o.toString('base64'))).size).toBe(1);
  });
});
