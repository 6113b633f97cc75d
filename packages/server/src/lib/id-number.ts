import { explainIdCardError } from '@zhiben/core';
import { AppError } from '../errors.ts';

/**
 * An optional ID number about to be sealed (experts, service-body staff, supervisors, premises owners): null when not
 * given, else checked by GB 11643 as of `now` — 400 naming `field` with the reason after 「label」.
 */
export function checkedIdNumber(idNumber: string | undefined, now: Date, field = 'idNumber', label = '身份证号'): string | null {
  if (!idNumber) return null;
  const reason = explainIdCardError(idNumber, now);
  if (reason) throw AppError('VALIDATION', { field, message: `「${label}」${reason}` });
  return idNumber;
}
