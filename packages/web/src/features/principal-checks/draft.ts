import type { FieldPhoto } from '../inspections/api.ts';
import type { ItemResult } from '../inspections/labels.tsx';

/** A principal-led check being recorded on the phone: kept in localStorage until the server acknowledged it. */
export type Draft = {
  /** Same key on every retry of one check, so a resubmission after a lost answer is not recorded twice. */
  idempotencyKey: string;
  checkDate: string;
  checklistKey: string | null;
  location: { lat: number | null; lng: number | null };
  photos: FieldPhoto[];
  attendance: string;
  /** A 不符合 raises a hazard of the enterprise with this deadline (yyyy-mm-dd). */
  answers: Record<number, { result: ItemResult; note: string; photos: FieldPhoto[]; deadline?: string }>;
  conclusion: string;
  /** Where the flow stands: 0 = on site, 1..n = item n, n+1 = conclusion. */
  step: number;
};

const keyOf = (enterpriseId: string) => `zhiben:principal-check-draft:${enterpriseId}`;

export function loadDraft(enterpriseId: string): Draft | null {
  try {
    const raw = window.localStorage.getItem(keyOf(enterpriseId));
    if (!raw) return null;
    const parsed = JSON.parse(raw) as Partial<Draft>;
    return typeof parsed.idempotencyKey === 'string' && typeof parsed.checkDate === 'string' ? (parsed as Draft) : null;
  } catch {
    return null;
  }
}

export function saveDraft(enterpriseId: string, draft: Draft): void {
  try {
    window.localStorage.setItem(keyOf(enterpriseId), JSON.stringify(draft));
  } catch {
    // storage full or disabled: the page still works, the draft is only not kept across reloads
  }
}

export function clearDraft(enterpriseId: string): void {
  window.localStorage.removeItem(keyOf(enterpriseId));
}

/** 参加人员: one per line, 「姓名 岗位」. */
export function parseAttendance(text: string): { name: string; post: string; signed: boolean }[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      const [name = '', ...rest] = line.split(/[\s,，]+/);
      return { name: name.slice(0, 32), post: rest.join(' ').slice(0, 50), signed: true };
    });
}
