import type { FieldSealer } from '../tips/tip-crypto.ts';
import * as repo from './auth.repository.ts';
import type { Db } from '../../db/client.ts';
import { matchingTotpStep } from './totp.ts';

/**
 * TOTP secrets at rest are sealed like tip identity (SM4-CTR + HMAC-SM3, sub-keys of the master key outside the
 * database), bound to the user and the slot, so the database owner can neither read one nor move it to another
 * account. A code is accepted once: the step it matched must be later than the last accepted one.
 */
export type TotpSlot = 'secret' | 'pending';
const context = (userId: string, slot: TotpSlot) => `totp:${userId}:${slot}`;

export const sealTotpSecret = (sealer: FieldSealer, userId: string, slot: TotpSlot, secret: string): string => sealer.seal(secret, context(userId, slot));
export const openTotpSecret = (sealer: FieldSealer, userId: string, slot: TotpSlot, sealed: string): string => sealer.open(sealed, context(userId, slot));

/** Verifies `code` against the sealed secret and claims its step; false for a wrong or a replayed code. */
export async function acceptTotpCode(db: Db, sealer: FieldSealer, userId: string, slot: TotpSlot, sealed: string, code: string, at: Date): Promise<boolean> {
  let secret: string;
  try {
    secret = openTotpSecret(sealer, userId, slot, sealed);
  } catch {
    return false; // altered, or moved from another account: no code can match it
  }
  const step = matchingTotpStep(secret, code, at);
  if (step === null) return false;
  return repo.claimTotpStep(db, userId, step);
}

/** Seals TOTP secrets left in plaintext by earlier versions (start-up; needs the key, so not a migration). */
export async function systemSealPlaintextTotpSecrets(db: Db, sealer: FieldSealer): Promise<number> {
  const rows = await repo.systemPlaintextTotpSecrets(db);
  for (const row of rows) {
    const seal = (value: string | null, slot: TotpSlot) => (value && !value.startsWith('v1.') ? sealTotpSecret(sealer, row.id, slot, value) : value);
    await repo.updateUserFields(db, row.id, { totpSecret: seal(row.totpSecret, 'secret'), totpPendingSecret: seal(row.totpPendingSecret, 'pending') });
  }
  return rows.length;
}
