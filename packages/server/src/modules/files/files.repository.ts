import { and, eq, inArray, or, sql } from 'drizzle-orm';
import type { Scope } from '@zhiben/core';
import type { Db } from '../../db/client.ts';
import { fileUploads, files, hazardEvents, hazards } from '../../db/schema/index.ts';
import { scopeWhere } from '../../lib/scope-sql.ts';

export type FileRow = typeof files.$inferSelect;

/** Content-addressed: the same bytes uploaded twice keep the first row (and its first uploader). */
export async function insertFileIfAbsent(db: Db, values: typeof files.$inferInsert & { createdBy: string }): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.insert(files).values(values).onConflictDoNothing({ target: files.sha256 });
    await tx
      .insert(fileUploads)
      .values({ sha256: values.sha256, userId: values.createdBy, originalName: values.originalName })
      .onConflictDoUpdate({ target: [fileUploads.sha256, fileUploads.userId], set: { originalName: values.originalName } });
  });
}

export async function insertAnonymousFileIfAbsent(db: Db, values: typeof files.$inferInsert): Promise<void> {
  await db.insert(files).values(values).onConflictDoNothing({ target: files.sha256 });
}

const uploadedBy = (userId: string, sha256: string) =>
  sql`EXISTS (SELECT 1 FROM ${fileUploads} WHERE ${fileUploads.sha256} = ${sha256} AND ${fileUploads.userId} = ${userId})`;

/** Hashes among these that this user uploaded themselves. */
export async function uploadedByUser(db: Db, userId: string, sha256s: readonly string[]): Promise<Set<string>> {
  if (sha256s.length === 0) return new Set();
  const rows = await db
    .select({ sha256: fileUploads.sha256 })
    .from(fileUploads)
    .where(and(eq(fileUploads.userId, userId), inArray(fileUploads.sha256, [...sha256s])));
  return new Set(rows.map((r) => r.sha256));
}

/**
 * Evidence of some hazard the scope can see: the hazard timeline is where files get attached, so reading a
 * file follows reading the hazard (DESIGN §4).
 */
const evidenceInScope = (scope: Scope, sha256: string) => sql`EXISTS (
  SELECT 1 FROM ${hazardEvents} JOIN ${hazards} ON ${hazards.id} = ${hazardEvents.hazardId}
  WHERE ${hazardEvents.payload}->'evidence' @> jsonb_build_array(jsonb_build_object('sha256', ${sha256}::text))
    AND ${scopeWhere(scope, { regionCode: hazards.regionCode, sector: hazards.sector, enterpriseId: hazards.enterpriseId })}
)`;

/**
 * The file when the user uploaded it or it is evidence of a hazard in scope; otherwise null (answered as 404).
 * `myName`: the name this user gave it when uploading (null when they did not upload it).
 */
export async function findReadableFile(db: Db, scope: Scope, userId: string, sha256: string): Promise<(FileRow & { mine: boolean; myName: string | null }) | null> {
  const [row] = await db
    .select({ file: files, mine: sql<boolean>`${fileUploads.userId} IS NOT NULL`, myName: fileUploads.originalName })
    .from(files)
    .leftJoin(fileUploads, and(eq(fileUploads.sha256, files.sha256), eq(fileUploads.userId, userId)))
    .where(and(eq(files.sha256, sha256), or(uploadedBy(userId, sha256), evidenceInScope(scope, sha256))))
    .limit(1);
  return row ? { ...row.file, mine: row.mine, myName: row.myName } : null;
}

/**
 * Metadata of these files regardless of scope. Only for validating evidence a caller attaches: it returns
 * name/mime/size for hashes the caller already holds, never file contents.
 */
export async function unsafeFilesByHash(db: Db, sha256s: readonly string[]): Promise<Map<string, FileRow>> {
  if (sha256s.length === 0) return new Map();
  const rows = await db.select().from(files).where(inArray(files.sha256, [...sha256s]));
  return new Map(rows.map((r) => [r.sha256, r]));
}
