// Role and org-kind names come from core (pure module, no Node APIs), so server and console never disagree.
import { roleLabels } from '@zhiben/core/src/roles.ts';

export { enterpriseRoles, orgKindLabels, orgKinds, roleLabels, staffRoles } from '@zhiben/core/src/roles.ts';

export function roleLabel(role: string): string {
  return (roleLabels as Record<string, string>)[role] ?? role;
}

export const dateTimeFormat = 'YYYY-MM-DD HH:mm:ss';
