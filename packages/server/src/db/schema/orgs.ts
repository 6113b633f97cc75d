import { sql } from 'drizzle-orm';
import { pgTable, text, uniqueIndex, uuid, varchar } from 'drizzle-orm/pg-core';
import { timestamps } from './columns.ts';
import { regions } from './reference.ts';

export const orgs = pgTable(
  'orgs',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    kind: text('kind').$type<'committee' | 'regulator' | 'locality' | 'platform'>().notNull(),
    name: text('name').notNull(),
    regionCode: varchar('region_code', { length: 12 })
      .notNull()
      .references(() => regions.code),
    sectors: text('sectors').array().notNull().default(sql`'{}'::text[]`),
    ...timestamps,
  },
  (t) => [uniqueIndex('orgs_name_region_uq').on(t.regionCode, t.name)],
);
