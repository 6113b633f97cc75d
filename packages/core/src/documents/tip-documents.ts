import type { TipFacts } from '../tip/tip-machine.ts';
import type { TipStatus } from '../tip/tip-vocabulary.ts';
import type { WorkflowActor } from '../workflow/actor.ts';

// Which numbered letters to the reporter a tip's detail offers: 《举报受理告知书》 (or 《举报不予受理告知书》) once the
// tip is decided on, 《举报答复书》 once it is investigated. Both come from the receiving org — the one that holds the
// reporter's identity and answers them — and only to its tip officers.

export const tipDocumentKinds = ['acceptance_notice', 'reply_letter'] as const;
export type TipDocumentKind = (typeof tipDocumentKinds)[number];

/** The 文号 kind word of each letter (谯应急举受〔2026〕3号). */
export const TIP_DOCUMENT_KIND_WORDS: Record<TipDocumentKind, string> = { acceptance_notice: '举受', reply_letter: '举复' };

export type OfferedTipDocument = { kind: TipDocumentKind; title: string };

const DECIDED: ReadonlySet<TipStatus> = new Set(['accepted', 'investigating', 'verified', 'unfounded', 'closed', 'declined']);
const INVESTIGATED: ReadonlySet<TipStatus> = new Set(['verified', 'unfounded', 'closed']);

export const tipAcceptanceTitle = (status: TipStatus): string => (status === 'declined' ? '举报不予受理告知书' : '举报受理告知书');

export function tipDocuments(facts: Pick<TipFacts, 'status' | 'receivingOrgId'>, actor: Pick<WorkflowActor, 'roles' | 'orgId'>): OfferedTipDocument[] {
  if (!actor.roles.includes('tip_officer') || actor.orgId === null || actor.orgId !== facts.receivingOrgId) return [];
  const offered: OfferedTipDocument[] = [];
  if (DECIDED.has(facts.status)) offered.push({ kind: 'acceptance_notice', title: tipAcceptanceTitle(facts.status) });
  if (INVESTIGATED.has(facts.status)) offered.push({ kind: 'reply_letter', title: '举报答复书' });
  return offered;
}
