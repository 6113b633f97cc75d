import type { HazardStatus } from '../hazard/hazard-machine.ts';
import type { OrgKind } from '../roles.ts';

// Which numbered documents a hazard's detail offers. One rule: the server presents the list with the record and
// refuses a download that is not in it; the web shows a button per item.

export const hazardDocumentKinds = ['rectification_notice', 'listing_notice', 'acceptance_record'] as const;
export type HazardDocumentKind = (typeof hazardDocumentKinds)[number];

/** The 文号 kind word of each document (谯应急隐改〔2026〕12号). */
export const HAZARD_DOCUMENT_KIND_WORDS: Record<HazardDocumentKind, string> = { rectification_notice: '隐改', listing_notice: '督办', acceptance_record: '验收' };

export type OfferedDocument = { kind: HazardDocumentKind; title: string };

/** The notice is issued by a government org once the hazard is 认定 (rectifying or later, not voided or merged). */
const NOTICE_STATUSES: ReadonlySet<HazardStatus> = new Set(['rectifying', 'pending_verification', 'closed']);
const ISSUING_ORGS: ReadonlySet<OrgKind> = new Set(['committee', 'regulator', 'locality']);

export const rectificationNoticeTitle = (level: 'major' | 'general'): string => (level === 'major' ? '重大事故隐患告知书' : '隐患整改通知书');

/** The 挂牌督办通知书 while the hazard is listed and open, only from the org that listed it. */
const LISTING_STATUSES: ReadonlySet<HazardStatus> = new Set(['rectifying', 'pending_verification']);

/**
 * The 《隐患整改验收（销号）表》 once the hazard is closed, only from the government org whose officer recorded the 验收
 * (an enterprise that closes its own general hazard keeps its own records). A hazard closed without a recorded 验收
 * (imported as closed) has no such 表 here.
 */
export const ACCEPTANCE_RECORD_TITLE = '隐患整改验收（销号）表';

export function hazardDocuments(
  hazard: { status: HazardStatus; level: 'major' | 'general'; listing: { orgId: string } | null; verifiedByOrgId?: string | null },
  issuer: { kind: OrgKind; id: string } | null,
): OfferedDocument[] {
  if (issuer === null || !ISSUING_ORGS.has(issuer.kind)) return [];
  const offered: OfferedDocument[] = [];
  if (NOTICE_STATUSES.has(hazard.status)) offered.push({ kind: 'rectification_notice', title: rectificationNoticeTitle(hazard.level) });
  if (hazard.listing?.orgId === issuer.id && LISTING_STATUSES.has(hazard.status)) offered.push({ kind: 'listing_notice', title: '挂牌督办通知书' });
  if (hazard.status === 'closed' && hazard.verifiedByOrgId === issuer.id) offered.push({ kind: 'acceptance_record', title: ACCEPTANCE_RECORD_TITLE });
  return offered;
}
