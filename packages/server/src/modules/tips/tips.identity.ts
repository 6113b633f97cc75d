// Reporter identity (举报人保护): sealed field by field when a tip is received, opened only by revealIdentity —
// the one code path that reads tip_identities — for a tip officer of the receiving org, with an audit row.
import { canRevealIdentity, flatActor } from '@zhiben/core';
import { AppError } from '../../errors.ts';
import type { AuthContext, Initiator } from '../../lib/request-context.ts';
import { appendAudit } from '../audit/audit.repository.ts';
import type { TipCrypto } from './tip-crypto.ts';
import type { TipDeps } from './tips.intake.ts';
import * as repo from './tips.repository.ts';
import { tipFactsOf } from './tips.workflow.ts';

export type IdentityField = 'name' | 'phone' | 'idNumber' | 'bankAccount' | 'bankName' | 'ip';
export const identityFields: readonly IdentityField[] = ['name', 'phone', 'idNumber', 'bankAccount', 'bankName', 'ip'];
const fieldContext = (tipId: string, field: IdentityField) => `tip:${tipId}:${field}`;

/** Each identity field sealed on its own, bound to its tip and field name. */
export function sealIdentity(crypto: TipCrypto, tipId: string, values: Record<IdentityField, string | null>): Record<IdentityField, string | null> {
  const sealed = {} as Record<IdentityField, string | null>;
  for (const f of identityFields) {
    const value = values[f];
    sealed[f] = value === null ? null : crypto.seal(value, fieldContext(tipId, f));
  }
  return sealed;
}

export type RevealedIdentity = Record<IdentityField, string | null>;

/**
 * 查看举报人身份: only a tip officer of the receiving org, one tip at a time, with a stated purpose. The audit row
 * (purpose, no identity values) is written in the same transaction that reads the sealed fields.
 */
export async function revealIdentity(deps: TipDeps, auth: AuthContext, who: Initiator, joined: repo.JoinedTip, purpose: string): Promise<RevealedIdentity> {
  const facts = await tipFactsOf(deps.db, joined.tip, deps.settings.rewardRules);
  if (!canRevealIdentity(facts, flatActor(auth.actor))) throw AppError('TIP_REVEAL_FORBIDDEN');
  const now = deps.clock.now();
  return deps.db.transaction(async (tx) => {
    const row = await repo.findIdentity(tx, joined.tip.id);
    if (!row) throw AppError('NOT_FOUND', { message: '该举报没有举报人身份信息' });
    await appendAudit(tx, {
      at: now, actorUserId: who.userId, actorName: who.name, ip: who.ip, action: 'tip.reveal', entityType: 'tip', entityId: joined.tip.id,
      regionCode: joined.tip.regionCode, detail: { tipNo: joined.tip.tipNo, purpose },
    });
    const open = (field: IdentityField) => (row[field] === null ? null : deps.crypto.open(row[field], fieldContext(joined.tip.id, field)));
    return { name: open('name'), phone: open('phone'), idNumber: open('idNumber'), bankAccount: open('bankAccount'), bankName: open('bankName'), ip: open('ip') };
  });
}
