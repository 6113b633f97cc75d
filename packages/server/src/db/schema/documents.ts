import { integer, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from './auth.ts';
import { orgs } from './orgs.ts';

/**
 * 发文字号 counters: one row per org, kind word (隐改, 督办, …) and year. Taken by one INSERT … ON CONFLICT DO UPDATE
 * in the transaction that records the issued document, so a rolled-back issue gives its number back and two
 * concurrent issues queue on the row.
 */
export const documentCounters = pgTable(
  'document_counters',
  {
    orgId: uuid('org_id')
      .notNull()
      .references(() => orgs.id),
    kindWord: text('kind_word').notNull(),
    year: integer('year').notNull(),
    lastNo: integer('last_no').notNull(),
  },
  (t) => [primaryKey({ columns: [t.orgId, t.kindWord, t.year] })],
);

/** A document issued with a number: printing it again gives the same number; a re-issue is a new revision and number. */
export const issuedDocuments = pgTable(
  'issued_documents',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    kind: text('kind').notNull(),
    subjectId: uuid('subject_id').notNull(),
    revision: integer('revision').notNull(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => orgs.id),
    docNo: text('doc_no').notNull(),
    year: integer('year').notNull(),
    seq: integer('seq').notNull(),
    issuedAt: timestamp('issued_at', { withTimezone: true }).notNull(),
    issuedBy: uuid('issued_by').references(() => users.id),
    /** sha256 of the file as first issued. */
    fileHash: text('file_hash').notNull(),
  },
  (t) => [uniqueIndex('issued_documents_subject_uq').on(t.kind, t.subjectId, t.revision), uniqueIndex('issued_documents_doc_no_uq').on(t.orgId, t.docNo)],
);
