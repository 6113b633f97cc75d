import { call, urlOf } from '../../api/client.ts';
import type { BodyOf, QueryOf, ResponseOf, TipActionBody, TipFollowup, TipSubmission } from '../../api/contract.ts';
import type { Id } from '../../api/types.ts';
import type { officerTipChannels, TipAction } from '@zhiben/core/src/tip/tip-vocabulary.ts';

// Thin typed calls of the tips API (docs/tips-api.md); every wire type comes from the generated contract.

export {
  officerTipChannels,
  tipActions,
  tipCategories,
  tipChannels,
  tipDeclineReasons,
  tipRewardStatuses,
  tipSlaStates,
  tipStatuses,
  tipViolationKinds,
  workerReportOutcomes,
  workerReportStatuses,
} from '@zhiben/core/src/tip/tip-vocabulary.ts';
export type {
  TipAction,
  TipCategory,
  TipChannel,
  TipDeclineReason as DeclineReason,
  TipDetailAction,
  TipRewardStatus as RewardStatus,
  TipSlaState as SlaState,
  TipStatus,
  TipViolationKind as ViolationKind,
  WorkerReportOutcome,
  WorkerReportStatus,
} from '@zhiben/core/src/tip/tip-vocabulary.ts';
export type OfficerChannel = (typeof officerTipChannels)[number];

/** The JSON `data` part of a public submission. */
export type TipInput = TipSubmission;
export type Reporter = NonNullable<TipInput['reporter']>;
export type OfficerTipInput = BodyOf<'/api/tips', 'post'>;
export type TipReceipt = ResponseOf<'/api/public/tips', 'post'>;
export type PublicEnterprise = ResponseOf<'/api/public/tips/enterprises', 'get'>[number];
export type PublicRegion = ResponseOf<'/api/public/tips/regions', 'get'>[number];
export type TipLookup = ResponseOf<'/api/public/tips/lookup', 'post'>;
export type TipMessage = TipLookup['messages'][number];

export type TipListItem = ResponseOf<'/api/tips', 'get'>['items'][number];
export type TipDetail = ResponseOf<'/api/tips/{id}', 'get'>;
export type TipAttachment = TipDetail['attachments'][number];
export type TipInvestigation = NonNullable<TipDetail['investigation']>;
export type TipReward = NonNullable<TipDetail['reward']>;
export type TipEvent = TipDetail['events'][number];
export type RouteSuggestion = NonNullable<TipDetail['routeSuggestion']>;
/** A department the tip may be routed to (county, city, province of the tip), the suggested one first. */
export type RouteOption = TipDetail['routeOptions'][number];
/** The server's reward under the configured rules, present while 提出奖励 is offered. */
export type RewardPreview = NonNullable<TipDetail['rewardPreview']>;
export type RevealedIdentity = ResponseOf<'/api/tips/{id}/reveal', 'post'>;

type TipsQuery = QueryOf<'/api/tips', 'get'>;
export type TipFilters = Omit<TipsQuery, 'page' | 'pageSize'>;
export type TipStats = ResponseOf<'/api/tips/stats', 'get'>;
export type TipFigures = TipStats['totals'];
export type TipStatsGroup = TipStats['byRegion'][number];

// 从业人员内部报告
export type WorkerReport = ResponseOf<'/api/worker-reports', 'get'>['items'][number];
export type WorkerReportInput = BodyOf<'/api/worker-reports', 'post'>;
export type WorkerReportHandleInput = BodyOf<'/api/worker-reports/{id}/handle', 'post'>;
export type WorkerReportLink = ResponseOf<'/api/enterprises/own/worker-report-link', 'get'>;
export type WorkerReportStatsRow = ResponseOf<'/api/worker-reports/stats', 'get'>['items'][number];

const followupOf = (receiptCode: string, text: string): TipFollowup => ({ receiptCode, text });

function withFiles(json: unknown, files: File[]): FormData {
  const form = new FormData();
  form.append('data', JSON.stringify(json));
  for (const file of files) form.append('files', file, file.name);
  return form;
}

/** Public endpoints: no session; receipt codes travel only in POST bodies, never in URLs. */
export const publicTipsApi = {
  enterprises: (q: string, signal?: AbortSignal) => call('get', '/api/public/tips/enterprises', { query: { q }, signal, skipAuthRedirect: true }),
  regions: (parentCode: string | undefined) => call('get', '/api/public/tips/regions', { query: { parentCode }, skipAuthRedirect: true }),
  /** Multipart when there are files, plain JSON otherwise (both accepted by the server). */
  submit: (data: TipInput, files: File[], idempotencyKey: string) =>
    call('post', '/api/public/tips', {
      body: files.length > 0 ? withFiles(data, files) : data,
      headers: { 'Idempotency-Key': idempotencyKey },
      skipAuthRedirect: true,
    }),
  lookup: (receiptCode: string) => call('post', '/api/public/tips/lookup', { body: { receiptCode }, skipAuthRedirect: true }),
  followup: (receiptCode: string, text: string, files: File[]) =>
    call('post', '/api/public/tips/followup', {
      body: files.length > 0 ? withFiles(followupOf(receiptCode, text), files) : followupOf(receiptCode, text),
      skipAuthRedirect: true,
    }),
  workerReportTarget: (enterpriseToken: string, signal?: AbortSignal) =>
    call('get', '/api/public/worker-reports/{enterpriseToken}', { params: { enterpriseToken }, signal, skipAuthRedirect: true }),
  workerReport: (enterpriseToken: string, body: BodyOf<'/api/public/worker-reports/{enterpriseToken}', 'post'>) =>
    call('post', '/api/public/worker-reports/{enterpriseToken}', { params: { enterpriseToken }, body, skipAuthRedirect: true }),
};

export const tipsApi = {
  list: (query: TipsQuery, signal?: AbortSignal) => call('get', '/api/tips', { query, signal }),
  get: (id: Id, signal?: AbortSignal) => call('get', '/api/tips/{id}', { params: { id }, signal }),
  act: <A extends TipAction>(id: Id, action: A, body: TipActionBody<A>) => call('post', '/api/tips/{id}/actions/{action}', { params: { id, action }, body }),
  reveal: (id: Id, purpose: string) => call('post', '/api/tips/{id}/reveal', { params: { id }, body: { purpose } }),
  create: (body: OfficerTipInput, idempotencyKey: string) => call('post', '/api/tips', { body, headers: { 'Idempotency-Key': idempotencyKey } }),
  stats: (query: QueryOf<'/api/tips/stats', 'get'>, signal?: AbortSignal) => call('get', '/api/tips/stats', { query, signal }),
  exportUrl: (query: TipFilters) => urlOf('/api/tips/export.xlsx', { query }),
  /** A numbered letter to the reporter (.docx); printing it again keeps its 文号. */
  documentUrl: (id: Id, kind: TipDetail['documents'][number]['kind']) => urlOf('/api/tips/{id}/documents/{kind}', { params: { id, kind } }),
  attachmentUrl: (id: Id, attachmentId: string) => urlOf('/api/tips/{id}/attachments/{attachmentId}', { params: { id, attachmentId } }),
};

export const workerReportsApi = {
  list: (query: QueryOf<'/api/worker-reports', 'get'>, signal?: AbortSignal) => call('get', '/api/worker-reports', { query, signal }),
  create: (body: WorkerReportInput) => call('post', '/api/worker-reports', { body }),
  handle: (id: Id, body: WorkerReportHandleInput) => call('post', '/api/worker-reports/{id}/handle', { params: { id }, body }),
  stats: (query: QueryOf<'/api/worker-reports/stats', 'get'>, signal?: AbortSignal) => call('get', '/api/worker-reports/stats', { query, signal }),
  link: (signal?: AbortSignal) => call('get', '/api/enterprises/own/worker-report-link', { signal }),
  rotateLink: () => call('post', '/api/enterprises/own/worker-report-link'),
};
