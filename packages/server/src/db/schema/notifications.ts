import { sql } from 'drizzle-orm';
import { index, integer, pgTable, text, timestamp, uniqueIndex, uuid, varchar } from 'drizzle-orm/pg-core';
import { users } from './auth.ts';
import { hazards } from './hazards.ts';

export const notifications = pgTable(
  'notifications',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    hazardId: uuid('hazard_id').references(() => hazards.id),
    regionCode: varchar('region_code', { length: 12 }),
    recipientUserId: uuid('recipient_user_id').references(() => users.id),
    recipientName: text('recipient_name').notNull(),
    recipientAddress: text('recipient_address').notNull().default(''),
    channel: text('channel').$type<'in_app' | 'sms' | 'email'>().notNull(),
    template: text('template').notNull(),
    // Unique per (hazard, template, dedupe key): a daily job can run twice without double reminders.
    dedupeKey: text('dedupe_key').notNull(),
    title: text('title').notNull(),
    body: text('body').notNull(),
    status: text('status').$type<'pending' | 'sent' | 'failed'>().notNull().default('pending'),
    attempts: integer('attempts').notNull().default(0),
    lastError: text('last_error'),
    readAt: timestamp('read_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    sentAt: timestamp('sent_at', { withTimezone: true }),
    /** The gateway's id for the message (Tencent SerialNo), to match its delivery receipt. */
    providerMessageId: text('provider_message_id'),
    /** The delivery receipt: null until the gateway reports one. */
    receiptStatus: text('receipt_status').$type<'delivered' | 'failed'>(),
    receiptAt: timestamp('receipt_at', { withTimezone: true }),
    receiptDetail: text('receipt_detail'),
  },
  (t) => [
    uniqueIndex('notifications_dedupe_uq').on(t.dedupeKey, t.channel, t.recipientName),
    index('notifications_pending_idx').on(t.status, t.createdAt),
    index('notifications_user_idx').on(t.recipientUserId, t.createdAt),
    index('notifications_provider_idx').on(t.providerMessageId),
    // A hazard's view lists its notices: without this it read the whole table (0.6 ms at 5,000 notices in the
    // bench, growing with every notice sent in the province).
    index('notifications_hazard_idx')
      .on(t.hazardId, t.createdAt)
      .where(sql`${t.hazardId} IS NOT NULL`),
  ],
);

/** 函告、通报、约谈、曝光 against a hazard or an enterprise. */
