import type { Role } from '../roles.ts';

export const capabilities = [
  'enterprises.read',
  'enterprises.write',
  'enterprises.import',
  'enterprise.own',
  'users.manage',
  'orgs.manage',
  'reference.read',
  'audit.read',
] as const;
export type Capability = (typeof capabilities)[number];

const byRole: Record<Role, readonly Capability[]> = {
  committee_officer: ['enterprises.read', 'enterprises.write', 'enterprises.import', 'reference.read'],
  regulator_officer: ['enterprises.read', 'enterprises.write', 'enterprises.import', 'reference.read'],
  locality_officer: ['enterprises.read', 'enterprises.write', 'enterprises.import', 'reference.read'],
  tip_officer: ['reference.read'],
  expert: ['reference.read'],
  sysadmin: ['users.manage', 'orgs.manage', 'reference.read'],
  auditor: ['audit.read'],
  enterprise_admin: ['enterprise.own', 'reference.read'],
  enterprise_principal: ['enterprise.own', 'reference.read'],
};

export function capabilitiesFor(roles: readonly Role[]): Capability[] {
  const set = new Set<Capability>();
  for (const role of roles) for (const c of byRole[role]) set.add(c);
  return capabilities.filter((c) => set.has(c));
}

export const can = (roles: readonly Role[], capability: Capability): boolean =>
  roles.some((r) => byRole[r].includes(capability));
