import { doublePrecision, index, integer, pgTable, text, uuid, varchar } from 'drizzle-orm/pg-core';
import type { PremisesKind, PremisesStatus } from '@zhiben/core';
import { timestamps } from './columns.ts';
import { users } from './auth.ts';
import { enterprises } from './enterprises.ts';
import { regions } from './reference.ts';

/**
 * 场所 without a USCC (MODULES A-0): 出租屋、闲置院落、废弃厂房、九小场所、经营性自建房 …, down to village level.
 * The owner's ID number is sealed like a tip reporter's identity (SM4-CTR + HMAC-SM3, key outside the database,
 * context `premises:<id>:owner_id_number`); only a reveal with a purpose, audited, reads it.
 */
export const premises = pgTable(
  'premises',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    kind: text('kind').$type<PremisesKind>().notNull(),
    name: text('name').notNull(),
    address: text('address').notNull().default(''),
    regionCode: varchar('region_code', { length: 12 })
      .notNull()
      .references(() => regions.code),
    /** From the kind (premisesKindSector): whose regulator reads it; null = only whole-region scopes. */
    sector: text('sector'),
    lat: doublePrecision('lat'),
    lng: doublePrecision('lng'),
    ownerName: text('owner_name').notNull().default(''),
    ownerPhone: text('owner_phone').notNull().default(''),
    ownerIdSealed: text('owner_id_sealed'),
    userName: text('user_name').notNull().default(''),
    userPhone: text('user_phone').notNull().default(''),
    /** When the user (tenant) is a registered enterprise. */
    enterpriseId: uuid('enterprise_id').references(() => enterprises.id),
    grid: text('grid').notNull().default(''),
    gridOfficerId: uuid('grid_officer_id').references(() => users.id),
    status: text('status').$type<PremisesStatus>().notNull(),
    note: text('note').notNull().default(''),
    version: integer('version').notNull().default(1),
    createdBy: uuid('created_by').references(() => users.id),
    ...timestamps,
  },
  (t) => [
    index('premises_region_idx').using('btree', t.regionCode.op('text_pattern_ops')),
    index('premises_enterprise_idx').on(t.enterpriseId),
  ],
);
