import ExcelJS from '../../lib/exceljs.ts';
import { describe, expect, it } from 'vitest';
import { DOCUMENT_LIMIT_BYTES, IMAGE_LIMIT_BYTES, fileTypes, limitFor, sniff, zipEntryNames } from './sniff.ts';
import { jpegWithExif, minimalDocx, minimalPdf, pngWithText, storedZip, vp8lData, webpContainer } from './test-fixtures.ts';

const kindOf = (bytes: Uint8Array) => sniff(bytes)?.kind ?? null;

describe('sniff', () => {
  it('recognises the allowed types by their magic bytes', async () => {
    expect(kindOf(jpegWithExif())).toBe('jpeg');
    expect(kindOf(pngWithText())).toBe('png');
    expect(kindOf(webpContainer([{ id: 'VP8L', data: vp8lData(4, 4) }]))).toBe('webp');
    expect(kindOf(minimalPdf())).toBe('pdf');
    expect(kindOf(minimalDocx())).toBe('docx');
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Sheet1').addRow(['隐患', 1]);
    expect(kindOf(Buffer.from(await workbook.xlsx.writeBuffer()))).toBe('xlsx');
  });

  it('refuses everything else, whatever it is called', () => {
    const refused = [
      Buffer.from('MZ\x90\x00\x03\x00\x00\x00This program cannot be run in DOS mode', 'latin1'), // Windows PE
      Buffer.from('\x7fELF\x02\x01\x01\x00', 'latin1'),
      Buffer.from('<!DOCTYPE html><html><script>alert(1)</script></html>'),
      Buffer.from('<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'),
      Buffer.from('GIF89a\x01\x00\x01\x00', 'latin1'),
      Buffer.from(' %PDF-1.4 leading space'),
      Buffer.from('RIFF\x00\x00\x00\x00WAVEfmt ', 'latin1'),
      Buffer.alloc(0),
      Buffer.from([0xff, 0xd8]),
    ];
    for (const bytes of refused) expect(kindOf(bytes)).toBeNull();
  });

  it('accepts a zip only when it is a Word or Excel document without macros', () => {
    expect(kindOf(storedZip({ 'readme.txt': 'hello', 'payload.exe': 'MZ' }))).toBeNull();
    expect(kindOf(storedZip({ 'word/document.xml': '<w/>', 'word/vbaProject.bin': 'macro' }))).toBeNull();
    expect(kindOf(storedZip({ 'word/document.xml': '<w/>', 'xl/workbook.xml': '<x/>' }))).toBeNull();
    expect(kindOf(storedZip({ 'xl/workbook.xml': '<x/>' }))).toBe('xlsx');
    // "word/document.xml" only inside a file's content, not as an entry name
    expect(kindOf(storedZip({ 'notes.txt': 'word/document.xml' }))).toBeNull();
  });

  it('refuses truncated or corrupt zips without throwing', () => {
    const docx = minimalDocx();
    expect(kindOf(docx.subarray(0, docx.length - 10))).toBeNull();
    expect(kindOf(docx.subarray(0, 40))).toBeNull();
    const badOffset = Buffer.from(docx);
    badOffset.writeUInt32LE(0xfffffff0, badOffset.length - 6); // central directory offset past the end
    expect(kindOf(badOffset)).toBeNull();
    expect(zipEntryNames(Buffer.from('PK\x03\x04', 'latin1'))).toBeNull();
  });

  it('lists the entry names of a zip', () => {
    expect(zipEntryNames(storedZip({ 'a.txt': '1', '目录/文件.xml': '2' }))).toEqual(['a.txt', '目录/文件.xml']);
  });

  it('has per-type size limits', () => {
    expect(limitFor(fileTypes.jpeg)).toBe(IMAGE_LIMIT_BYTES);
    expect(limitFor(fileTypes.webp)).toBe(10 * 1024 * 1024);
    expect(limitFor(fileTypes.pdf)).toBe(DOCUMENT_LIMIT_BYTES);
    expect(limitFor(fileTypes.xlsx)).toBe(20 * 1024 * 1024);
  });
});
