import { isIP } from 'node:net';
import path from 'node:path';
import { DEFAULT_SLOW_PROGRESS, DEFAULT_RANKING_MIN_SAMPLE } from '@zhiben/core';

export type Config = {
  port: number;
  host: string;
  databaseUrl: string | null;
  /**
   * DATABASE_APP_URL: optional login of the restricted role (zhiben_app) for the request pool, e.g. through
   * PgBouncer; DATABASE_URL (the owner) then only migrates. Without it the pool switches role per connection.
   */
  databaseAppUrl: string | null;
  dataDir: string;
  /** Uploaded evidence, content-addressed; outside the web root. */
  filesDir: string;
  webDist: string;
  bodyLimitBytes: number;
  uploadLimitBytes: number;
  /** `npm start`'s evaluation mode (see loadConfig). */
  demoMode: boolean;
  seedDemo: boolean;
  cookieSecure: boolean;
  /** API_DOCS: who may read /api/docs and /api/openapi.json — 'staff' (signed-in staff, the default), 'public' or 'off'. */
  apiDocs: 'public' | 'staff' | 'off';
  /**
   * Fastify `trustProxy`: which X-Forwarded-For hops to believe. false (the default) uses the socket address, so a
   * client cannot pick its own IP to dodge the per-IP tip limits or spoof logged addresses.
   */
  trustProxy: TrustProxy;
  /** Default 进展缓慢 thresholds; the page may override them per request. */
  slowProgress: { overdueShare: number; longStanding: number };
  /** RANKING_MIN_SAMPLE: rows with fewer hazards are listed in rankings but not ranked. */
  rankingMinSample: number;
};

export type TrustProxy = boolean | string[];

/** RANKING_MIN_SAMPLE: a whole number ≥ 0 (0 ranks every row); anything else stops the start with the reason. */
export function parseMinSample(raw: string | undefined): number {
  if (raw === undefined || raw.trim() === '') return DEFAULT_RANKING_MIN_SAMPLE;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) throw new Error(`RANKING_MIN_SAMPLE 应为不小于 0 的整数，当前为「${raw}」`);
  return value;
}

/**
 * `TRUST_PROXY`: unset/`false` → false; `true`; or a comma-separated list of proxy addresses/CIDRs. A bare hop count
 * is refused: Fastify 5.12 types no longer take one and at run time it trusts no hop (fails closed), so it would
 * silently put every client behind the proxy under one rate limit.
 */
export function parseTrustProxy(raw: string | undefined): TrustProxy {
  const value = raw?.trim() ?? '';
  if (value === '' || value.toLowerCase() === 'false') return false;
  if (value.toLowerCase() === 'true') return true;
  if (/^\d+$/.test(value)) throw new Error(`TRUST_PROXY 无效：不支持跳数「${value}」，请填写代理服务器的地址或网段（如 10.0.0.5,172.16.0.0/12）`);
  const entries = value.split(',').map((e) => e.trim()).filter((e) => e !== '');
  for (const entry of entries) {
    const [address = '', bits, ...rest] = entry.split('/');
    const family = isIP(address);
    const maxBits = family === 6 ? 128 : 32;
    const bitsOk = bits === undefined || (/^\d+$/.test(bits) && Number(bits) <= maxBits);
    // proxy-addr also accepts the names loopback, linklocal and uniquelocal.
    const named = ['loopback', 'linklocal', 'uniquelocal'].includes(entry);
    if (!named && (family === 0 || !bitsOk || rest.length > 0)) {
      throw new Error(`TRUST_PROXY 无效：「${entry}」不是 IP 地址或 CIDR（可用 true 或逗号分隔的代理地址）`);
    }
  }
  return entries;
}

export function parseApiDocs(raw: string | undefined): Config['apiDocs'] {
  const value = raw?.trim().toLowerCase() || 'staff';
  if (value === 'public' || value === 'staff' || value === 'off') return value;
  throw new Error(`API_DOCS 无效：「${raw}」，可用 staff（默认，仅登录的工作人员）、public 或 off`);
}

/**
 * `options.demo` is `npm start`'s evaluation mode (main.ts --demo): it loads the demo region and listens on every
 * interface unless told otherwise. Without it the safe defaults hold: no demo data (SEED_DEMO=true to load it),
 * HOST=127.0.0.1, and a login with the published demo password must change it first.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, options: { demo?: boolean } = {}): Config {
  const dataDir = path.resolve(env.DATA_DIR ?? 'data');
  const demo = options.demo === true;
  return {
    demoMode: demo,
    port: Number(env.PORT ?? 3000),
    host: env.HOST ?? (demo ? '0.0.0.0' : '127.0.0.1'),
    databaseUrl: env.DATABASE_URL?.trim() || null,
    databaseAppUrl: env.DATABASE_APP_URL?.trim() || null,
    dataDir,
    filesDir: path.resolve(env.FILES_DIR ?? path.join(dataDir, 'files')),
    webDist: path.resolve(env.WEB_DIST ?? 'packages/web/dist'),
    bodyLimitBytes: Number(env.BODY_LIMIT_BYTES ?? 1024 * 1024),
    uploadLimitBytes: Number(env.UPLOAD_LIMIT_BYTES ?? 20 * 1024 * 1024),
    seedDemo: env.SEED_DEMO === undefined || env.SEED_DEMO === '' ? demo : env.SEED_DEMO === 'true',
    cookieSecure: env.COOKIE_SECURE === 'true',
    apiDocs: parseApiDocs(env.API_DOCS),
    trustProxy: parseTrustProxy(env.TRUST_PROXY),
    slowProgress: {
      overdueShare: Number(env.SLOW_PROGRESS_OVERDUE_SHARE ?? DEFAULT_SLOW_PROGRESS.overdueShare),
      longStanding: Number(env.SLOW_PROGRESS_LONG_STANDING ?? DEFAULT_SLOW_PROGRESS.longStanding),
    },
    rankingMinSample: parseMinSample(env.RANKING_MIN_SAMPLE),
  };
}

/**
 * Where the signed audit checkpoint goes: beside the tip key (outside the database and its backups), or
 * AUDIT_CHECKPOINT_FILE. The database owner can rewrite the log but not this file's signature.
 */
export function auditCheckpointFile(env: NodeJS.ProcessEnv, dataDir: string): string {
  if (env.AUDIT_CHECKPOINT_FILE?.trim()) return path.resolve(env.AUDIT_CHECKPOINT_FILE.trim());
  const keyDir = env.TIP_KEY_FILE?.trim() ? path.dirname(path.resolve(env.TIP_KEY_FILE.trim())) : path.join(dataDir, 'keys');
  return path.join(keyDir, 'audit-checkpoint.json');
}
