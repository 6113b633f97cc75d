import { api, apiUrl, request } from '../../api/client.ts';
import type { Id, Items, Page } from '../../api/types.ts';
import type { HazardAction, HazardLevel, HazardSource, HazardStatus, ListingLevel } from '../../app/labels.ts';

// Wire types of the hazard API (docs/hazards-api.md).

export type EvidenceKind = 'before' | 'after' | 'document' | 'verification';

/** A stored file (POST /api/files) as evidence of a hazard event. */
export type Evidence = { sha256: string; name: string; mime: string; size: number; kind: EvidenceKind };
export type UploadedFile = Omit<Evidence, 'kind'>;

export type Plan = {
  responsible: string;
  measures: string;
  fundsWanYuan: number | null;
  deadline: string | null;
  contingency: string;
};

export type HazardListItem = {
  id: Id;
  hazardNo: string;
  enterpriseId: Id;
  enterpriseName: string;
  regionCode: string;
  regionName: string;
  sector: string;
  level: HazardLevel;
  source: HazardSource;
  title: string;
  foundAt: string;
  deadline: string | null;
  status: HazardStatus;
  overdue: boolean;
  overdueDays: number;
  listed: boolean;
  stock: boolean;
};

export type HazardCriterion = { id: string; standardId: string; text: string | null; topic: string | null };

export type TimelineEvent = {
  seq: number;
  at: string;
  actorName: string;
  kind: string;
  fromStatus: HazardStatus | null;
  toStatus: HazardStatus;
  payload: Record<string, unknown> | null;
  hash: string;
};

export type NotificationChannel = 'in_app' | 'sms' | 'email';

export type HazardNotification = {
  id: Id;
  channel: NotificationChannel | string;
  recipientName: string;
  template: string;
  status: string;
  createdAt: string;
  sentAt: string | null;
};

export type Hazard = {
  id: Id;
  hazardNo: string;
  enterprise: { id: Id; name: string; uscc: string };
  regionCode: string;
  regionName: string;
  sector: string;
  level: HazardLevel;
  source: HazardSource;
  criterionIds: string[];
  criteria: HazardCriterion[];
  title: string;
  description: string;
  location: string;
  foundAt: string;
  foundBy: { orgName: string | null; userName: string | null; enterprise: boolean };
  deadline: string | null;
  overdue: boolean;
  overdueDays: number;
  plan: Plan | null;
  planMissing: string[];
  interimControls: string | null;
  status: HazardStatus;
  fixedOnSite: boolean;
  listing: { level: ListingLevel; orgId: Id; orgName: string; docNo: string; deadline: string | null; listedAt: string } | null;
  pendingExtension: { reason: string; interimControls: string; newDeadline: string; requestedAt: string } | null;
  mergedInto: { id: Id; hazardNo: string } | null;
  closedAt: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
  actions: HazardAction[];
  timeline: TimelineEvent[];
  timelineVerified: boolean;
  attachments: (Evidence & { seq: number })[];
  notifications: HazardNotification[];
};

export type HazardPeriod = 'stock' | 'increment';

export type HazardFilters = {
  status?: HazardStatus[];
  level?: HazardLevel;
  sector?: string;
  source?: HazardSource;
  regionCode?: string;
  overdue?: boolean;
  listed?: boolean;
  period?: HazardPeriod;
  /** DESIGN §5 ageing bucket of open overdue hazards. */
  ageing?: AgeingBucket;
  longStanding?: boolean;
  selfFound?: boolean;
  foundFrom?: string;
  foundTo?: string;
  listingLevel?: ListingLevel;
  q?: string;
  enterpriseId?: Id;
};

export type AgeingBucket = 'd1_30' | 'd31_90' | 'over90';

export type HazardInput = {
  enterpriseId: Id;
  level: HazardLevel;
  source?: HazardSource;
  criterionIds: string[];
  title: string;
  description: string;
  location: string;
  foundAt: string;
  deadline: string;
  fixedOnSite?: boolean;
  interimControls?: string;
  evidence?: Evidence[];
};

export type DuplicateCandidate = { id: Id; hazardNo: string; title: string; status: HazardStatus; score: number; reasons: string[] };

export type LinkInput = { description: string; location?: string; source?: HazardSource; evidence?: Evidence[] };

export type EscalationKind = 'letter' | 'circular' | 'interview' | 'exposure';
export type EscalationInput = { kind: EscalationKind; hazardId?: Id; enterpriseId?: Id; regionCode?: string; departmentId?: Id; docNo: string; note: string };

export type ImportRowError = { row: number; column: string | null; message: string };
/** Preview: `valid` rows passed every check (of which `skipped` are already on record and would be skipped). */
export type ImportPreview = {
  total: number;
  valid: number;
  skipped?: number;
  errors: ImportRowError[];
  errorsTruncated?: boolean;
  sample: Record<string, unknown>[];
};
export type ImportOutcome = {
  total?: number;
  created: number;
  skipped: number;
  failed: number;
  errors: ImportRowError[];
  errorsTruncated?: boolean;
};

export type Job<R> = {
  id: Id;
  kind: string;
  status: 'queued' | 'running' | 'succeeded' | 'failed';
  progress: { done: number; total: number };
  result: R | null;
  error: string | null;
  createdAt: string;
  finishedAt: string | null;
};

/** What a request carries of an evidence item: the server fills in mime and size from the stored file. */
export type EvidenceRef = { sha256: string; name: string; kind: EvidenceKind };
export const toEvidenceRefs = (list: Evidence[] | undefined): EvidenceRef[] =>
  (list ?? []).map((e) => ({ sha256: e.sha256, name: e.name.slice(0, 120), kind: e.kind }));

/** List filters as query parameters (`status` joined with commas, booleans only when set). */
export function filterQuery(f: HazardFilters): Record<string, string | number | boolean | undefined> {
  return {
    status: f.status && f.status.length > 0 ? f.status.join(',') : undefined,
    level: f.level,
    sector: f.sector,
    source: f.source,
    regionCode: f.regionCode,
    overdue: f.overdue ? true : undefined,
    listed: f.listed ? true : undefined,
    period: f.period,
    ageing: f.ageing,
    longStanding: f.longStanding ? true : undefined,
    selfFound: f.selfFound ? true : undefined,
    foundFrom: f.foundFrom,
    foundTo: f.foundTo,
    listingLevel: f.listingLevel,
    q: f.q,
    enterpriseId: f.enterpriseId === undefined ? undefined : String(f.enterpriseId),
  };
}

const hazardPath = (id: Id) => `/api/hazards/${encodeURIComponent(String(id))}`;

function upload<T>(path: string, file: File): Promise<T> {
  const form = new FormData();
  form.append('file', file);
  return api.post<T>(path, form);
}

export const hazardsApi = {
  list: (f: HazardFilters & { page: number; pageSize: number }, signal?: AbortSignal) =>
    api.get<Page<HazardListItem>>('/api/hazards', { ...filterQuery(f), page: f.page, pageSize: f.pageSize }, signal),
  get: (id: Id, signal?: AbortSignal) => api.get<Hazard>(hazardPath(id), undefined, signal),
  create: (body: HazardInput, idempotencyKey: string) =>
    request<Hazard>('POST', '/api/hazards', {
      body: { ...body, evidence: toEvidenceRefs(body.evidence) },
      headers: { 'Idempotency-Key': idempotencyKey },
    }),
  duplicates: (body: { enterpriseId: Id; title: string; description: string; location: string; criterionIds: string[] }, signal?: AbortSignal) =>
    request<Items<DuplicateCandidate>>('POST', '/api/hazards/duplicates', { body, signal }),
  link: (id: Id, body: LinkInput) => api.post<Hazard>(`${hazardPath(id)}/link`, { ...body, evidence: toEvidenceRefs(body.evidence) }),
  act: (id: Id, action: HazardAction, body: Record<string, unknown> & { version: number }) =>
    api.post<Hazard>(`${hazardPath(id)}/actions/${action}`, body),
  escalate: (body: EscalationInput) => api.post<unknown>('/api/escalations', body),
  exportUrl: (f: HazardFilters) => apiUrl('/api/hazards/export.xlsx', filterQuery(f)),
  templateUrl: '/api/hazards/import-template.xlsx',
  importPreview: (file: File) => upload<{ job: Job<ImportPreview> }>('/api/hazards/import/preview', file),
  import: (file: File) => upload<{ job: Job<ImportOutcome> }>('/api/hazards/import', file),
  job: <R>(id: Id) => api.get<Job<R>>(`/api/jobs/${encodeURIComponent(String(id))}`),
};

export const filesApi = {
  upload: (file: File) => upload<UploadedFile>('/api/files', file),
  url: (sha256: string) => `/api/files/${encodeURIComponent(sha256)}`,
};
