import { describe, expect, it } from 'vitest';
import { TIP_FILES_HINT } from './TipFilesInput.tsx';

describe('the tip attachment hint', () => {
  it('reads whole sizes without a trailing .0 and names the types as the server does', () => {
    expect(TIP_FILES_HINT).toContain('每张不超过 10 MB');
    expect(TIP_FILES_HINT).toContain('每个不超过 20 MB');
    expect(TIP_FILES_HINT).not.toMatch(/\.0 MB/);
    expect(TIP_FILES_HINT).toContain('照片支持 JPEG/PNG/WebP');
    expect(TIP_FILES_HINT).toContain('文档支持 PDF、Word（.docx）和 Excel（.xlsx）');
  });
});
