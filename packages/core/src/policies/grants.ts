import { regionPrefix } from '../region.ts';
import type { Actor } from './scope.ts';

/**
 * Why a grant is asked: `access`, roles, org or enterprise the administrator asks for; `password_reset`, the
 * account's own business roles back after an administrator reset its password (until then it has none, so whoever
 * knows the new password, the administrator included, reaches no business data before a second person has
 * checked with the account's owner).
 */
export const grantReasons = ['access', 'password_reset'] as const;
export type GrantReason = (typeof grantReasons)[number];
export const grantReasonLabels: Record<GrantReason, string> = { access: '新授权', password_reset: '重置密码后恢复权限' };

/**
 * 三权分立, two-person rule: a business role given to an account, or an account moved into an org or enterprise,
 * takes effect only when a committee officer (安委办干部) whose region covers that org or enterprise confirms it —
 * never the administrator who asked for it, nor the account itself. Returns a zh-CN reason, or null when `actor`
 * may confirm.
 */
export function explainGrantConfirmDenied(
  actor: Actor,
  grant: { userId: string; requestedBy: string; regionCode: string },
): string | null {
  const org = actor.org;
  const prefix = org ? regionPrefix(org.regionCode) : null;
  if (!actor.roles.includes('committee_officer') || org?.kind !== 'committee' || prefix === null) return '仅安委办干部可以确认授权';
  if (!grant.regionCode.startsWith(prefix)) return '该授权不在本安委办辖区内';
  if (actor.userId === grant.requestedBy) return '申请人不能确认自己提出的授权';
  if (actor.userId === grant.userId) return '不能确认给自己的授权';
  return null;
}
