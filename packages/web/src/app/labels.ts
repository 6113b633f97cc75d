import type { OrgKind } from '../api/types.ts';

export const roleLabels: Record<string, string> = {
  committee_officer: '安委办干部',
  regulator_officer: '行业监管干部',
  locality_officer: '乡镇街道干部',
  tip_officer: '举报受理员',
  expert: '专家',
  sysadmin: '系统管理员',
  auditor: '审计员',
  enterprise_admin: '企业安全管理员',
  enterprise_principal: '企业主要负责人',
};

export const staffRoles = [
  'committee_officer',
  'regulator_officer',
  'locality_officer',
  'tip_officer',
  'expert',
  'sysadmin',
  'auditor',
] as const;

export const enterpriseRoles = ['enterprise_admin', 'enterprise_principal'] as const;

export function roleLabel(role: string): string {
  return roleLabels[role] ?? role;
}

export const orgKindLabels: Record<OrgKind, string> = {
  committee: '安委会办公室',
  regulator: '行业监管部门',
  locality: '乡镇街道',
  platform: '平台运维',
};

export const orgKinds: OrgKind[] = ['committee', 'regulator', 'locality', 'platform'];

export const dateTimeFormat = 'YYYY-MM-DD HH:mm:ss';
