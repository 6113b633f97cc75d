import type { Role } from '../roles.ts';
import type { Scope } from './scope.ts';
import { can } from './capabilities.ts';

export type EnterpriseAction = 'edit' | 'edit_contacts';

/** Fields an enterprise's own users may maintain; everything else is the regulators' register. */
export const enterpriseContactFields = ['address', 'lat', 'lng', 'principal', 'controller', 'safetyManager'] as const;

/** Actions on an enterprise record the caller has already loaded within its scope. */
export function enterpriseActionsFor(roles: readonly Role[], scope: Scope): EnterpriseAction[] {
  if (scope.kind === 'enterprise') return ['edit_contacts'];
  if (scope.kind === 'region' && can(roles, 'enterprises.write')) return ['edit'];
  return [];
}

export const highRiskOf = (sectors: readonly string[], highRiskSectors: ReadonlySet<string>): boolean =>
  sectors.some((s) => highRiskSectors.has(s));
