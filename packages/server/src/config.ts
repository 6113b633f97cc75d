import path from 'node:path';
import { DEFAULT_SLOW_PROGRESS } from '@zhiben/core';

export type Config = {
  port: number;
  host: string;
  databaseUrl: string | null;
  dataDir: string;
  /** Uploaded evidence, content-addressed; outside the web root. */
  filesDir: string;
  webDist: string;
  bodyLimitBytes: number;
  uploadLimitBytes: number;
  seedDemo: boolean;
  cookieSecure: boolean;
  /** Default 进展缓慢 thresholds; the page may override them per request. */
  slowProgress: { overdueShare: number; longStanding: number };
};

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const dataDir = path.resolve(env.DATA_DIR ?? 'data');
  return {
    port: Number(env.PORT ?? 3000),
    host: env.HOST ?? '0.0.0.0',
    databaseUrl: env.DATABASE_URL?.trim() || null,
    dataDir,
    filesDir: path.resolve(env.FILES_DIR ?? path.join(dataDir, 'files')),
    webDist: path.resolve(env.WEB_DIST ?? 'packages/web/dist'),
    bodyLimitBytes: Number(env.BODY_LIMIT_BYTES ?? 1024 * 1024),
    uploadLimitBytes: Number(env.UPLOAD_LIMIT_BYTES ?? 20 * 1024 * 1024),
    seedDemo: env.SEED_DEMO !== 'false',
    cookieSecure: env.COOKIE_SECURE === 'true',
    slowProgress: {
      overdueShare: Number(env.SLOW_PROGRESS_OVERDUE_SHARE ?? DEFAULT_SLOW_PROGRESS.overdueShare),
      longStanding: Number(env.SLOW_PROGRESS_LONG_STANDING ?? DEFAULT_SLOW_PROGRESS.longStanding),
    },
  };
}
