import { api, apiUrl, request } from '../../api/client.ts';
import type { Id, Page } from '../../api/types.ts';
import type {
  officerTipChannels,
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
  TipAction,
} from '@zhiben/core/src/tip/tip-vocabulary.ts';
import type { HazardLevel } from '../../app/labels.ts';

// Wire types of the tips API (docs/tips-api.md), mirrored by hand like the other features.

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

export type Reporter = { name: string; phone: string; idNumber?: string; bankAccount?: string; bankName?: string };

/** The JSON `data` part of a public submission (and the body of an officer-entered tip). */
export type TipInput = {
  targetEnterpriseId?: Id;
  targetName: string;
  regionCode: string;
  address?: string;
  lat?: number;
  lng?: number;
  category: TipCategory;
  content: string;
  anonymous: boolean;
  reporter?: Reporter;
  consent: true;
};
export type OfficerTipInput = Omit<TipInput, 'consent'> & { channel: OfficerChannel; consent?: boolean };

export type TipReceipt = { tipNo: string; receiptCode: string; receivedAt: string; merged: boolean };

export type PublicEnterprise = { id: Id; name: string; regionCode: string; regionName: string };

export type TipMessage = { at: string; from: 'officer' | 'reporter'; text: string };

export type TipLookup = {
  tipNo: string;
  status: TipStatus;
  statusLabel: string;
  receivedAt: string;
  feedback: { at: string; text: string }[];
  messages: TipMessage[];
  reward: { status: RewardStatus; amountYuan: number | null } | null;
  canFollowUp: boolean;
};

export type TipListItem = {
  id: Id;
  tipNo: string;
  channel: TipChannel;
  status: TipStatus;
  category: TipCategory;
  targetName: string;
  enterpriseId: Id | null;
  regionCode: string;
  regionName: string;
  sector: string | null;
  receivedAt: string;
  dueAt: string;
  slaState: SlaState;
  handlingOrgName: string | null;
  anonymous: boolean;
  rewardStatus: RewardStatus;
};

export type TipAttachment = { id: string; name: string; type: string; size: number };

export type TipInvestigation = {
  findings: string;
  verified: boolean;
  violationKind: ViolationKind;
  penaltyYuan: number | null;
  hazardId: Id | null;
  hazardNo: string | null;
};

export type TipReward = {
  status: RewardStatus;
  amountYuan: number | null;
  computedYuan: number | null;
  rule: string;
  approvedAt: string | null;
  paidAt: string | null;
  voucherNo: string | null;
};

export type TipEvent = { at: string; actorName: string; kind: string; note: string };

export type RouteSuggestion = { orgId: Id; orgName: string; sector: string | null; reason: string };

/** A department the tip may be routed to (county, city, province of the tip), the suggested one first. */
export type RouteOption = { id: Id; name: string; kind: 'committee' | 'regulator'; regionCode: string; sectors: string[] };

/** The server's reward under the configured rules, present while 提出奖励 is offered. */
export type RewardPreview = { amountYuan: number; penaltyYuan: number | null; violationKind: ViolationKind; rule: string };

export type TipDetail = TipListItem & {
  content: string;
  address: string;
  lat: number | null;
  lng: number | null;
  receivingOrgName: string;
  attachments: TipAttachment[];
  messages: TipMessage[];
  investigation: TipInvestigation | null;
  declineReason: DeclineReason | null;
  declineNote: string | null;
  duplicateOf: { id: Id; tipNo: string } | null;
  routeSuggestion: RouteSuggestion | null;
  routeOptions: RouteOption[];
  rewardPreview: RewardPreview | null;
  /** Why a verified/unfounded tip cannot be closed yet (for the tip officer), else null. */
  closeHint: string | null;
  reward: TipReward | null;
  hasIdentity: boolean;
  events: TipEvent[];
  version: number;
  actions: TipDetailAction[];
};

export type RevealedIdentity = {
  name: string | null;
  phone: string | null;
  idNumber: string | null;
  bankAccount: string | null;
  bankName: string | null;
  ip: string | null;
};

export type TipFilters = {
  status?: TipStatus[];
  channel?: TipChannel;
  regionCode?: string;
  sector?: string;
  sla?: SlaState;
  q?: string;
};

export type TipFigures = {
  received: number;
  accepted: number;
  declined: number;
  verified: number;
  verifiedRate: number | null;
  rewardApprovedYuan: number;
  rewardPaidYuan: number;
  slaCompliance: number | null;
};
export type TipStatsGroup = TipFigures & { key: string; label: string };
export type TipStats = { totals: TipFigures; byRegion: TipStatsGroup[]; bySector: TipStatsGroup[]; byChannel: TipStatsGroup[] };

/** Payload of each action (without `version`), as in tips.schema.ts `tipActionBodies`. */
export type TipActionPayloads = {
  accept: { note?: string };
  decline: { reason: DeclineReason; note?: string; duplicateOfTipId?: Id };
  route: { sector: string; orgId?: Id; enterpriseId?: Id; note?: string };
  investigate: { findings: string; verified: boolean; violationKind: ViolationKind; penaltyYuan: number | null };
  register_hazard: {
    enterpriseId?: Id;
    level: HazardLevel;
    criterionIds: string[];
    title: string;
    description?: string;
    location?: string;
    foundAt?: string;
    deadline: string;
  };
  reply: { text: string };
  ask: { text: string };
  propose_reward: { amountYuan?: number; note?: string };
  approve_reward: { note?: string };
  record_payment: { voucherNo: string; paidAt: string; amountYuan?: number };
  close: { note?: string };
};

// 从业人员内部报告
export type WorkerReport = {
  id: Id;
  reportNo: string;
  content: string;
  location: string;
  anonymous: boolean;
  reporterName: string | null;
  viaLink: boolean;
  status: WorkerReportStatus;
  outcome: WorkerReportOutcome | null;
  note: string | null;
  rewardYuan: number | null;
  receivedAt: string;
  handledAt: string | null;
  version: number;
  actions: 'handle'[];
};

export type WorkerReportInput = { content: string; location?: string; anonymous: boolean; reporterName?: string };
export type WorkerReportHandleInput = { version: number; outcome: WorkerReportOutcome; note: string; rewardYuan?: number };
export type WorkerReportLink = { token: string; path: string; createdAt: string };
export type WorkerReportStatsRow = {
  enterpriseId: Id;
  enterpriseName: string;
  regionName: string;
  received: number;
  handled: number;
  hazardFound: number;
  rewardYuan: number;
};

const tipPath = (id: Id) => `/api/tips/${encodeURIComponent(String(id))}`;

function tipFilterQuery(f: TipFilters): Record<string, string | undefined> {
  return {
    status: f.status && f.status.length > 0 ? f.status.join(',') : undefined,
    channel: f.channel,
    regionCode: f.regionCode,
    sector: f.sector,
    sla: f.sla,
    q: f.q,
  };
}

function withFiles(json: unknown, files: File[]): FormData {
  const form = new FormData();
  form.append('data', JSON.stringify(json));
  for (const file of files) form.append('files', file, file.name);
  return form;
}

/** Public endpoints: no session; receipt codes travel only in POST bodies, never in URLs. */
export const publicTipsApi = {
  enterprises: (q: string, signal?: AbortSignal) =>
    request<PublicEnterprise[]>('GET', '/api/public/tips/enterprises', { query: { q }, signal, skipAuthRedirect: true }),
  /** Multipart when there are files, plain JSON otherwise (both accepted by the server). */
  submit: (data: TipInput, files: File[], idempotencyKey: string) =>
    request<TipReceipt>('POST', '/api/public/tips', {
      body: files.length > 0 ? withFiles(data, files) : data,
      headers: { 'Idempotency-Key': idempotencyKey },
      skipAuthRedirect: true,
    }),
  lookup: (receiptCode: string) => request<TipLookup>('POST', '/api/public/tips/lookup', { body: { receiptCode }, skipAuthRedirect: true }),
  followup: (receiptCode: string, text: string, files: File[]) =>
    request<void>('POST', '/api/public/tips/followup', {
      body: files.length > 0 ? withFiles({ receiptCode, text }, files) : { receiptCode, text },
      skipAuthRedirect: true,
    }),
  workerReportTarget: (token: string, signal?: AbortSignal) =>
    request<{ enterpriseName: string }>('GET', `/api/public/worker-reports/${encodeURIComponent(token)}`, { signal, skipAuthRedirect: true }),
  workerReport: (token: string, body: WorkerReportInput) =>
    request<{ reportNo: string }>('POST', `/api/public/worker-reports/${encodeURIComponent(token)}`, { body, skipAuthRedirect: true }),
};

export const tipsApi = {
  list: (f: TipFilters & { page: number; pageSize: number }, signal?: AbortSignal) =>
    api.get<Page<TipListItem>>('/api/tips', { ...tipFilterQuery(f), page: f.page, pageSize: f.pageSize }, signal),
  get: (id: Id, signal?: AbortSignal) => api.get<TipDetail>(tipPath(id), undefined, signal),
  act: <A extends TipAction>(id: Id, action: A, body: TipActionPayloads[A] & { version: number }) =>
    api.post<TipDetail>(`${tipPath(id)}/actions/${action}`, body),
  reveal: (id: Id, purpose: string) => api.post<RevealedIdentity>(`${tipPath(id)}/reveal`, { purpose }),
  create: (body: OfficerTipInput, idempotencyKey: string) =>
    request<{ tip: TipDetail; receiptCode: string }>('POST', '/api/tips', { body, headers: { 'Idempotency-Key': idempotencyKey } }),
  stats: (q: { regionCode?: string; from?: string; to?: string }, signal?: AbortSignal) => api.get<TipStats>('/api/tips/stats', q, signal),
  exportUrl: (f: TipFilters) => apiUrl('/api/tips/export.xlsx', tipFilterQuery(f)),
  attachmentUrl: (tipId: Id, attachmentId: string) => `${tipPath(tipId)}/attachments/${encodeURIComponent(attachmentId)}`,
};

export const workerReportsApi = {
  list: (q: { status?: WorkerReportStatus; page: number; pageSize: number }, signal?: AbortSignal) =>
    api.get<Page<WorkerReport>>('/api/worker-reports', q, signal),
  create: (body: WorkerReportInput) => api.post<WorkerReport>('/api/worker-reports', body),
  handle: (id: Id, body: WorkerReportHandleInput) => api.post<WorkerReport>(`/api/worker-reports/${encodeURIComponent(String(id))}/handle`, body),
  stats: (q: { regionCode?: string }, signal?: AbortSignal) => api.get<Page<WorkerReportStatsRow>>('/api/worker-reports/stats', q, signal),
  link: (signal?: AbortSignal) => api.get<WorkerReportLink>('/api/enterprises/own/worker-report-link', undefined, signal),
  rotateLink: () => api.post<WorkerReportLink>('/api/enterprises/own/worker-report-link'),
};
