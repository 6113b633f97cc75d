/** 隐患来源 (DESIGN §1). */
export const hazardSources = ['self_inspection', 'supervision', 'enforcement', 'tip', 'worker_report', 'monitoring', 'expert', 'accident'] as const;
export type HazardSource = (typeof hazardSources)[number];

/** Enterprise users never receive `tip`: the server presents it as `supervision` (举报人保护). */
export const hazardSourceLabels: Record<HazardSource, string> = {
  self_inspection: '企业自查',
  supervision: '督导检查',
  enforcement: '执法检查',
  tip: '群众举报查实',
  worker_report: '从业人员报告',
  monitoring: '监测预警',
  expert: '专家/第三方',
  accident: '事故暴露',
};

/** What an enterprise may report itself, and what staff register from their own work (tips come via the tip module). */
export const enterpriseReportSources = ['self_inspection', 'worker_report'] as const;
export const staffRegisterSources = ['supervision', 'enforcement', 'monitoring', 'expert', 'accident'] as const;

/** Sources a new hazard may carry, by how it is created: an enterprise's report, a staff registration, or a tip verified by the handling department. */
export function allowedHazardSources(channel: 'report' | 'register', viaTip = false): readonly HazardSource[] {
  if (viaTip) return ['tip'];
  return channel === 'report' ? enterpriseReportSources : staffRegisterSources;
}

// ---- 举报人保护: what an enterprise may learn about a hazard's origin -------------------------------------------
// The one rule, used by the presenter, the list filter, the export and the timeline: an enterprise never sees
// `tip`; to it such a hazard came from 督导检查 (supervision), in every place it could look.

type Viewer = 'enterprise' | 'staff';

/** The source this viewer is shown. */
export const visibleHazardSource = (source: HazardSource, viewer: Viewer): HazardSource =>
  viewer === 'enterprise' && source === 'tip' ? 'supervision' : source;

/** The stored sources a viewer's filter on `shown` must match, so filtering agrees with what the viewer is shown. */
export const storedSourcesShownAs = (shown: HazardSource, viewer: Viewer): HazardSource[] =>
  hazardSources.filter((stored) => visibleHazardSource(stored, viewer) === shown);

/** Payload keys that would name a tip (its id, number, reporter): never shown to an enterprise. */
const tipPayloadKeys: readonly string[] = ['tipId', 'tipNo', 'reporter'];

/** A timeline payload as this viewer may see it: no tip keys, and a `source` shown as the viewer sees it. */
export function visibleEventPayload(payload: Record<string, unknown>, viewer: Viewer): Record<string, unknown> {
  if (viewer !== 'enterprise') return payload;
  const copy: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(payload)) {
    if (tipPayloadKeys.includes(key)) continue;
    copy[key] = key === 'source' && value === 'tip' ? 'supervision' : value;
  }
  return copy;
}
