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
  'hazards.read',
  'hazards.report',
  'hazards.register',
  'hazards.import',
  'escalations.write',
  'stats.read',
  'tips.read',
  'tips.handle',
  'tips.approve',
  'tips.reveal',
  'worker_reports.handle',
  'worker_reports.read',
  'premises.read',
  'premises.write',
  'premises.reveal',
  'checklists.read',
  'checklists.write',
  'inspections.read',
  'inspections.plan',
  'inspections.fill',
  'inspections.review',
  'principal_checks.submit',
  'grants.confirm',
  'plans.read',
  'plans.manage',
  'experts.read',
  'experts.manage',
  /** An expert's own record and visits (专家本人). */
  'experts.self',
  'service_bodies.read',
  'service_bodies.manage',
] as const;
export type Capability = (typeof capabilities)[number];

const byRole: Record<Role, readonly Capability[]> = {
  committee_officer: ['grants.confirm', 'enterprises.read', 'enterprises.write', 'enterprises.import', 'reference.read', 'hazards.read', 'hazards.register', 'hazards.import', 'escalations.write', 'stats.read', 'tips.read', 'tips.approve', 'worker_reports.read', 'premises.read', 'premises.reveal', 'checklists.read', 'checklists.write', 'inspections.read', 'inspections.plan', 'inspections.fill', 'inspections.review', 'plans.read', 'plans.manage', 'experts.read', 'experts.manage', 'service_bodies.read', 'service_bodies.manage'],
  regulator_officer: ['enterprises.read', 'enterprises.write', 'enterprises.import', 'reference.read', 'hazards.read', 'hazards.register', 'hazards.import', 'escalations.write', 'stats.read', 'tips.read', 'worker_reports.read', 'premises.read', 'checklists.read', 'checklists.write', 'inspections.read', 'inspections.plan', 'inspections.fill', 'inspections.review', 'plans.read', 'experts.read', 'experts.manage', 'service_bodies.read', 'service_bodies.manage'],
  locality_officer: ['enterprises.read', 'enterprises.write', 'enterprises.import', 'reference.read', 'hazards.read', 'hazards.register', 'hazards.import', 'stats.read', 'worker_reports.read', 'premises.read', 'premises.write', 'premises.reveal', 'checklists.read', 'checklists.write', 'inspections.read', 'inspections.plan', 'inspections.fill', 'plans.read', 'experts.read', 'service_bodies.read'],
  tip_officer: ['reference.read', 'tips.read', 'tips.handle', 'tips.reveal'],
  expert: ['reference.read', 'checklists.read', 'inspections.read', 'inspections.fill', 'experts.self'],
  sysadmin: ['users.manage', 'orgs.manage', 'reference.read'],
  security_officer: ['users.manage'],
  auditor: ['audit.read'],
  enterprise_admin: ['enterprise.own', 'reference.read', 'hazards.read', 'hazards.report', 'worker_reports.handle', 'checklists.read', 'checklists.write', 'inspections.read'],
  enterprise_principal: ['enterprise.own', 'reference.read', 'hazards.read', 'hazards.report', 'worker_reports.handle', 'checklists.read', 'checklists.write', 'inspections.read', 'principal_checks.submit'],
};

export function capabilitiesFor(roles: readonly Role[]): Capability[] {
  const set = new Set<Capability>();
  for (const role of roles) for (const c of byRole[role]) set.add(c);
  return capabilities.filter((c) => set.has(c));
}

export const can = (roles: readonly Role[], capability: Capability): boolean =>
  roles.some((r) => byRole[r].includes(capability));
