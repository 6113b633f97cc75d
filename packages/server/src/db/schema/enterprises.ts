import { sql } from 'drizzle-orm';
import { boolean, doublePrecision, index, integer, pgTable, text, uniqueIndex, uuid, varchar } from 'drizzle-orm/pg-core';
import { timestamps } from './columns.ts';
import { regions } from './reference.ts';

export const enterprises = pgTable(
  'enterprises',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    uscc: varchar('uscc', { length: 18 }).notNull(),
    name: text('name').notNull(),
    regionCode: varchar('region_code', { length: 12 })
      .notNull()
      .references(() => regions.code),
    address: text('address').notNull().default(''),
    lat: doublePrecision('lat'),
    lng: doublePrecision('lng'),
    sectors: text('sectors').array().notNull().default(sql`'{}'::text[]`),
    highRisk: boolean('high_risk').notNull().default(false),
    scale: text('scale').$type<'large' | 'medium' | 'small' | 'micro'>().notNull().default('small'),
    status: text('status').$type<'operating' | 'suspended' | 'closed'>().notNull().default('operating'),
    principalName: text('principal_name').notNull().default(''),
    principalPhone: text('principal_phone').notNull().default(''),
    controllerName: text('controller_name').notNull().default(''),
    controllerPhone: text('controller_phone').notNull().default(''),
    safetyManagerName: text('safety_manager_name').notNull().default(''),
    safetyManagerPhone: text('safety_manager_phone').notNull().default(''),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('enterprises_uscc_uq').on(t.uscc),
    // text_pattern_ops lets `region_code LIKE '3416%'` (scope prefix) use the index under any collation.
    index('enterprises_region_idx').using('btree', t.regionCode.op('text_pattern_ops')),
    index('enterprises_sectors_idx').using('gin', t.sectors),
  ],
);
