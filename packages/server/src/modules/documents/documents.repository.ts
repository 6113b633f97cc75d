import { and, desc, eq, sql } from 'drizzle-orm';
import { rowsOf, type Db } from '../../db/client.ts';
import { issuedDocuments } from '../../db/schema/index.ts';

export type IssuedDocumentRow = typeof issuedDocuments.$inferSelect;

/**
 * Takes the next 序号 of an org's kind word in a year: one statement, so two concurrent issues queue on the counter
 * row, and a rolled-back transaction gives its number back (no gap).
 */
export async function takeDocumentSeq(tx: Db, orgId: string, kindWord: string, year: number): Promise<number> {
  const result = await tx.execute(sql`INSERT INTO document_counters (org_id, kind_word, year, last_no) VALUES (${orgId}, ${kindWord}, ${year}, 1)
    ON CONFLICT (org_id, kind_word, year) DO UPDATE SET last_no = document_counters.last_no + 1
    RETURNING last_no`);
  const [row] = rowsOf<{ last_no: number }>(result);
  if (!row) throw new Error('document counter returned no row');
  return row.last_no;
}

/** The latest revision of a document issued for a subject, or null. Callers check the subject's scope first. */
export async function findLatestIssued(db: Db, kind: string, subjectId: string): Promise<IssuedDocumentRow | null> {
  const [row] = await db
    .select()
    .from(issuedDocuments)
    .where(and(eq(issuedDocuments.kind, kind), eq(issuedDocuments.subjectId, subjectId)))
    .orderBy(desc(issuedDocuments.revision))
    .limit(1);
  return row ?? null;
}

export async function insertIssued(tx: Db, row: typeof issuedDocuments.$inferInsert): Promise<IssuedDocumentRow> {
  const [inserted] = await tx.insert(issuedDocuments).values(row).returning();
  if (!inserted) throw new Error('issued document not recorded');
  return inserted;
}
