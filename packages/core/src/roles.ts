export const staffRoles = [
  'committee_officer',
  'regulator_officer',
  'locality_officer',
  'tip_officer',
  'expert',
  'sysadmin',
  'security_officer',
  'auditor',
] as const;
export const enterpriseRoles = ['enterprise_admin', 'enterprise_principal'] as const;
export const allRoles = [...staffRoles, ...enterpriseRoles] as const;

/** Who may be on an inspection team (and in a 双随机 inspector pool): staff orgs' officers and experts — not platform, audit or tip roles. */
export const inspectionTeamRoles = ['committee_officer', 'regulator_officer', 'locality_officer', 'expert'] as const;
export const mayJoinInspectionTeam = (roles: readonly string[]): boolean => roles.some((r) => (inspectionTeamRoles as readonly string[]).includes(r));

export type StaffRole = (typeof staffRoles)[number];
export type EnterpriseRole = (typeof enterpriseRoles)[number];
export type Role = (typeof allRoles)[number];

export const roleLabels: Record<Role, string> = {
  committee_officer: '安委办干部',
  regulator_officer: '行业监管干部',
  locality_officer: '乡镇街道干部',
  tip_officer: '举报受理员',
  expert: '专家',
  sysadmin: '系统管理员',
  security_officer: '安全管理员',
  auditor: '审计员',
  enterprise_admin: '企业安全管理员',
  enterprise_principal: '企业主要负责人',
};

export const orgKinds = ['committee', 'regulator', 'locality', 'platform'] as const;
export type OrgKind = (typeof orgKinds)[number];
export const orgKindLabels: Record<OrgKind, string> = {
  committee: '安委会办公室',
  regulator: '行业监管部门',
  locality: '乡镇街道',
  platform: '平台运维',
};

export const isEnterpriseRole = (role: Role): role is EnterpriseRole =>
  (enterpriseRoles as readonly string[]).includes(role);

/** Which org kinds a staff role may belong to; enterprise roles need an enterprise instead. */
export const orgKindsForRole: Record<StaffRole, readonly OrgKind[]> = {
  committee_officer: ['committee'],
  regulator_officer: ['regulator'],
  locality_officer: ['locality'],
  tip_officer: ['committee', 'regulator'],
  expert: ['committee', 'regulator', 'platform'],
  sysadmin: ['platform'],
  security_officer: ['platform'],
  auditor: ['platform'],
};

/**
 * The three platform officers of 三权分立 (三员: 系统管理员、安全管理员、审计员). Every other role reaches business
 * data (or will: experts get inspections), so granting one needs a second person (grantConfirmer).
 */
export const platformRoles = ['sysadmin', 'security_officer', 'auditor'] as const satisfies readonly Role[];
export const isBusinessRole = (role: Role): boolean => !(platformRoles as readonly Role[]).includes(role);

/**
 * Which accounts an administrator may manage. sysadmin: every account except the auditor's and the security
 * officer's (and never its own roles or org); security_officer: auditor accounts only. So no platform officer
 * can make itself, or a stand-in, into the one who audits it.
 */
export function mayManageAccount(managerRoles: readonly Role[], accountRoles: readonly Role[]): boolean {
  if (managerRoles.includes('security_officer')) return accountRoles.length > 0 && accountRoles.every((r) => r === 'auditor');
  if (managerRoles.includes('sysadmin')) return !accountRoles.some((r) => r === 'auditor' || r === 'security_officer');
  return false;
}

/**
 * 三权分立 (等保): the system administrator, the auditor and business users are separate people.
 * Returns a zh-CN reason when a role combination mixes them, else null.
 */
export function explainRoleCombinationError(roles: readonly Role[]): string | null {
  if (roles.length === 0) return '至少需要一个角色';
  const has = (r: Role) => roles.includes(r);
  const business = roles.some(isBusinessRole);
  if (has('security_officer') && roles.length > 1) return '安全管理员不能兼任其他角色';
  if (has('sysadmin') && (has('auditor') || business)) return '系统管理员不能兼任审计员或业务角色';
  if (has('auditor') && business) return '审计员不能兼任业务角色';
  const ent = roles.filter(isEnterpriseRole).length;
  if (ent > 0 && ent !== roles.length) return '企业角色不能与监管部门角色混用';
  return null;
}
