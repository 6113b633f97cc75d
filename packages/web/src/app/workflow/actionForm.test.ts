import { describe, expect, it } from 'vitest';
import { hazardActionLabels } from '@zhiben/core/src/hazard/hazard-machine.ts';
import { tipActionLabels } from '@zhiben/core/src/tip/tip-vocabulary.ts';
import { doneMessage } from './actionForm.ts';

describe('the toast after an action', () => {
  it.each([
    ['认定', '已认定'],
    ['整改完成', '已提交整改完成'],
    ['申请延期', '已提交延期申请'],
    ['验收销号', '已验收销号'],
    ['办结', '已办结'],
  ])('%s → %s', (label, message) => expect(doneMessage(label)).toBe(message));

  it('never says 成功 after an action name, for every hazard and tip action', () => {
    for (const label of [...Object.values(hazardActionLabels), ...Object.values(tipActionLabels)]) {
      expect(doneMessage(label)).toMatch(/^已/);
      expect(doneMessage(label)).not.toContain('成功');
    }
  });
});
