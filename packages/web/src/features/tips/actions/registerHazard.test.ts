import { describe, expect, it } from 'vitest';
import { hazardSourceLabels, visibleHazardSource } from '@zhiben/core/src/hazard/sources.ts';
import { tipSourceNotice } from './registerHazard.tsx';

describe('登记隐患 from a tip', () => {
  it('promises the enterprise sees the source the server actually shows it (督导检查), not a label it never sees', () => {
    const shown = hazardSourceLabels[visibleHazardSource('tip', 'enterprise')];
    expect(shown).toBe('督导检查');
    expect(tipSourceNotice).toContain(`企业端只显示「${shown}」`);
    expect(tipSourceNotice).toContain('来源为「群众举报查实」');
    expect(tipSourceNotice).not.toContain('监管发现');
  });
});
