import { describe, expect, it } from 'vitest';
import type { HazardStatus } from '../hazard/hazard-machine.ts';
import { explainHazardTriggerRefused, explainTipTriggerRefused } from './triggers.ts';

describe('what may trigger an inspection', () => {
  it.each<[string, boolean | null, boolean]>([
    ['verified', true, true],
    ['closed', true, true],
    ['verified', false, false],
    ['investigating', null, false],
    ['received', null, false],
  ])('a tip %s (verified %s) triggers: %s', (status, verified, ok) => {
    expect(explainTipTriggerRefused({ status, verified }) === null).toBe(ok);
  });

  it.each<[HazardStatus, string, boolean]>([
    ['rectifying', '2026-11-01', true],
    ['rectifying', '2026-11-23', false],
    ['pending_verification', '2026-11-01', true],
    ['closed', '2026-11-01', false],
  ])('a hazard %s due %s, today 2026-11-23, triggers: %s', (status, deadline, ok) => {
    expect(explainHazardTriggerRefused({ status, deadline }, '2026-11-23') === null).toBe(ok);
  });
});
