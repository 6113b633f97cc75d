import { describe, expect, it } from 'vitest';
import { acceptedFileTypesText, formatFileSize } from './file-types.ts';

describe('formatFileSize', () => {
  it.each([
    [0, '0 B'],
    [512, '512 B'],
    [1024, '1 KB'],
    [1536, '1.5 KB'],
    [10 * 1024 * 1024, '10 MB'],
    [20 * 1024 * 1024, '20 MB'],
    [2.5 * 1024 * 1024, '2.5 MB'],
    [1024 * 1024 - 1, '1024 KB'],
  ])('%d bytes → %s', (bytes, text) => {
    expect(formatFileSize(bytes)).toBe(text);
  });
});

describe('acceptedFileTypesText', () => {
  it('is the one sentence naming every accepted type', () => {
    expect(acceptedFileTypesText).toBe('JPEG/PNG/WebP 图片、PDF、Word（.docx）和 Excel（.xlsx）文件');
  });
});
