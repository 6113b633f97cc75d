import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../dates.ts';
import { DEFAULT_DEADLINE_HORIZON_DAYS, EARLIEST_FOUND_AT, explainHazardDatesInvalid, hazardIntakeRequirements } from './requirements.ts';

const today = '2026-11-23';

describe('the date bounds of a hazard', () => {
  it.each<[string, string | null, 'foundAt' | 'deadline' | null]>([
    ['1900-01-01', '1900-02-01', 'foundAt'],
    ['1999-12-31', '2000-01-31', 'foundAt'],
    ['2000-01-01', '2000-02-01', null],
    ['2026-11-24', '2026-12-24', 'foundAt'],
    ['2026-11-23', '2026-11-22', 'deadline'],
    ['2026-11-01', '2099-12-31', 'deadline'],
    ['2026-11-01', addDays('2026-11-01', DEFAULT_DEADLINE_HORIZON_DAYS), null],
    ['2026-11-01', addDays('2026-11-01', DEFAULT_DEADLINE_HORIZON_DAYS + 1), 'deadline'],
    ['2026-11-01', null, null],
  ])('found %s, deadline %s → refused on %s', (foundAt, deadline, field) => {
    expect(explainHazardDatesInvalid({ foundAt, deadline }, today)?.field ?? null).toBe(field);
  });

  it('a historical ledger has no horizon, but the found date is still bounded', () => {
    expect(explainHazardDatesInvalid({ foundAt: '2023-05-07', deadline: '2027-01-31' }, today, null)).toBeNull();
    expect(explainHazardDatesInvalid({ foundAt: '1900-01-01', deadline: null }, today, null)?.field).toBe('foundAt');
  });

  it('property: whatever passes is numbered within 2000…today and due within the horizon', () => {
    const day = fc.integer({ min: -40_000, max: 40_000 }).map((n) => addDays(today, n));
    fc.assert(
      fc.property(day, day, (foundAt, deadline) => {
        if (explainHazardDatesInvalid({ foundAt, deadline }, today) !== null) return;
        expect(foundAt >= EARLIEST_FOUND_AT && foundAt <= today).toBe(true);
        expect(deadline >= foundAt && deadline <= addDays(foundAt, DEFAULT_DEADLINE_HORIZON_DAYS)).toBe(true);
      }),
    );
  });

  it('the intake form gets the same bounds as its requirements', () => {
    const r = hazardIntakeRequirements({ channel: 'register', today });
    expect(r.foundAt).toMatchObject({ min: EARLIEST_FOUND_AT, max: today });
    expect(r.deadline).toMatchObject({ min: EARLIEST_FOUND_AT, max: addDays(today, DEFAULT_DEADLINE_HORIZON_DAYS) });
  });
});
