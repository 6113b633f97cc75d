// Role and org-kind names come from core (pure module, no Node APIs), so server and console never disagree.
import { roleLabels } from '@zhiben/core/src/roles.ts';

export { enterpriseRoles, orgKindLabels, orgKinds, roleLabels, staffRoles } from '@zhiben/core/src/roles.ts';

export function roleLabel(role: string): string {
  return (roleLabels as Record<string, string>)[role] ?? role;
}

export const dateTimeFormat = 'YYYY-MM-DD HH:mm:ss';

// Hazard lifecycle labels come from core's pure modules (never the '@zhiben/core' index: it pulls node:crypto).
export {
  hazardActionLabels,
  hazardLevelLabels,
  hazardStatusLabels,
  hazardStatuses,
  listingLevelLabels,
} from '@zhiben/core/src/hazard/hazard-machine.ts';
export type { HazardAction, HazardLevel, HazardStatus, ListingLevel } from '@zhiben/core/src/hazard/hazard-machine.ts';
export { planFieldLabels, planFields } from '@zhiben/core/src/hazard/five-implementations.ts';
export type { PlanField } from '@zhiben/core/src/hazard/five-implementations.ts';

export { hazardSourceLabels, hazardSources, visibleHazardSource, type HazardSource } from '@zhiben/core/src/hazard/sources.ts';
import { hazardSourceLabels } from '@zhiben/core/src/hazard/sources.ts';

export function hazardSourceLabel(source: string): string {
  return (hazardSourceLabels as Record<string, string>)[source] ?? source;
}

// Every notification template the server writes has its label in core (a template without one does not compile).
export { notificationTemplateLabel } from '@zhiben/core/src/notifications/notification-templates.ts';

export const dateFormat = 'YYYY-MM-DD';
