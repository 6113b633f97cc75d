import { integer, pgTable, text, timestamp, uniqueIndex, uuid, varchar } from 'drizzle-orm/pg-core';
import { users } from './auth.ts';

export const files = pgTable('files', {
  sha256: varchar('sha256', { length: 64 }).primaryKey(),
  mime: text('mime').notNull(),
  size: integer('size').notNull(),
  originalName: text('original_name').notNull(),
  createdBy: uuid('created_by').references(() => users.id),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/** Outbox: written in the transaction of the change, delivered by a worker to pluggable channels. */

export const fileUploads = pgTable(
  'file_uploads',
  {
    sha256: varchar('sha256', { length: 64 })
      .notNull()
      .references(() => files.sha256),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    /** The name this user gave these bytes: names are per upload, not per blob (another uploader's never shows). */
    originalName: text('original_name'),
  },
  (t) => [uniqueIndex('file_uploads_pk').on(t.sha256, t.userId)],
);
