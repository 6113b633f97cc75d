/** Wire types shared by several features (API contract in the brief / DESIGN.md §2). */

/** Ids are opaque: the server may use integers or UUIDs. */
export type Id = string | number;

export type Page<T> = { items: T[]; total: number };
export type Items<T> = { items: T[] };

export type Capability =
  | 'enterprises.read'
  | 'enterprises.write'
  | 'enterprises.import'
  | 'enterprise.own'
  | 'users.manage'
  | 'orgs.manage'
  | 'reference.read'
  | 'audit.read'
  | 'hazards.read'
  | 'hazards.report'
  | 'hazards.register'
  | 'hazards.import'
  | 'escalations.write'
  | 'stats.read'
  | 'tips.read'
  | 'tips.handle'
  | 'tips.approve'
  | 'tips.reveal'
  | 'worker_reports.handle'
  | 'worker_reports.read'
  | 'grants.confirm';

export type OrgKind = 'committee' | 'regulator' | 'locality' | 'platform';

export type Me = {
  id: Id;
  username: string;
  displayName: string;
  roles: string[];
  capabilities: string[];
  org: { id: Id; kind: OrgKind; name: string; regionCode: string; sectors: string[] } | null;
  enterprise: { id: Id; name: string; regionCode: string } | null;
  scopeLabel: string;
  totpEnabled: boolean;
  /** An administrator set the password: the console asks for a new one before anything else. */
  mustChangePassword: boolean;
};

export type RegionLevel = 'province' | 'city' | 'county' | 'township' | 'village';

export type Region = {
  code: string;
  name: string;
  level: RegionLevel;
  parentCode: string | null;
  hasChildren: boolean;
};

export type RegionWithPath = Region & { path: Region[] };

export type Sector = {
  code: string;
  name: string;
  lead: string;
  co: string[];
  highRisk: boolean;
  standards: string[];
};
