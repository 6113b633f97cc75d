import { SLOW_PROGRESS_BOUNDS } from '@zhiben/core/src/stats/slow-progress.ts';
import { requirementsToRules } from '../../app/workflow/requirements.ts';

const { overdueShare, longStanding } = SLOW_PROGRESS_BOUNDS;

/**
 * Rules of the 进展缓慢 threshold form (the share is typed in percent), from the bounds the server enforces: a value
 * out of range is refused with a message rather than clamped by the InputNumber, which silently changed 150 to 100.
 */
export const thresholdRules = requirementsToRules(
  {
    overdueSharePercent: { required: true, min: overdueShare.min * 100, max: overdueShare.max * 100 },
    longStanding: { required: true, min: longStanding.min, max: longStanding.max },
  },
  {},
);
