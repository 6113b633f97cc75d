import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { count, sql } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { criteria, regions, sectors, standards } from '../db/schema/index.ts';

// Reference data is vendored under packages/server/reference by scripts/copy-reference.mjs and
// scripts/build-regions.mjs; the app never reads ../shared at run time.
const referenceDir = fileURLToPath(new URL('../../reference/', import.meta.url));
const readJson = <T>(file: string): T => JSON.parse(readFileSync(referenceDir + file, 'utf8')) as T;

type RegionsFile = { rows: [string, string, 'province' | 'city' | 'county' | 'township' | 'village', string | null][] };
type SectorsFile = { sectors: { code: string; name: string; lead: string; co: string[]; standards: string[]; highRisk: boolean }[] };
type StandardEntry = {
  id: string; title: string; docNo?: string | null; issuer?: string | null; kind?: string | null; sector?: string | null;
  published?: string | null; effective?: string | null; supersedes?: string | null; itemCount?: number | null;
  textIncluded?: boolean; file?: string | null;
};
type CriterionEntry = {
  id: string; standardId: string; article?: number | string | null; item?: number | string | null; clause?: string | null; group?: string | null;
  category?: string | null; lead?: string | null; text?: string | null; topic?: string | null; section?: string | null;
};

export const ledgerColumns = () =>
  readJson<{ columns: { field: string; header: string; aliases: string[] }[]; valueAliases?: Record<string, Record<string, string[]>> }>(
    'ledger-columns.json',
  );

/** Standards and criteria rows as vendored (also read by the 判定助手 evaluation, which needs no database). */
export function criteriaReference() {
  const standardEntries = readJson<StandardEntry[]>('criteria/standards.json');
  const standardRows = standardEntries.map((s, sort) => ({
    id: s.id, title: s.title, docNo: s.docNo ?? null, issuer: s.issuer ?? null, kind: s.kind ?? null, sector: s.sector ?? null,
    published: s.published ?? null, effective: s.effective ?? null, supersedes: s.supersedes ?? null,
    itemCount: s.itemCount ?? null, textIncluded: s.textIncluded ?? false, sort,
  }));
  const files = [...new Set(standardEntries.map((s) => s.file).filter((f): f is string => Boolean(f)))];
  const criterionRows = files.flatMap((file) => {
    const data = readJson<CriterionEntry[] | { items: CriterionEntry[] }>(`criteria/${file}`);
    const items = Array.isArray(data) ? data : data.items;
    return items.map((c, sort) => ({
      id: c.id, standardId: c.standardId, article: c.article == null ? null : String(c.article), item: c.item == null ? null : String(c.item), clause: c.clause ?? null,
      group: c.group ?? c.section ?? null, category: c.category ?? null, lead: c.lead ?? null, text: c.text ?? null,
      topic: c.topic ?? null, sort,
    }));
  });
  return { standardRows, criterionRows };
}

async function chunked<T>(rows: T[], size: number, write: (chunk: T[]) => Promise<unknown>) {
  for (let i = 0; i < rows.length; i += size) await write(rows.slice(i, i + size));
}

/** Loads (or refreshes) regions, sectors, standards and criteria. Idempotent: upserts by natural key. */
export async function seedReference(db: Db): Promise<{ regions: number; sectors: number; standards: number; criteria: number }> {
  const regionRows = readJson<RegionsFile>('regions.json').rows.map(([code, name, level, parentCode]) => ({ code, name, level, parentCode }));
  const sectorRows = readJson<SectorsFile>('sectors.json').sectors.map((s, sort) => ({
    code: s.code, name: s.name, lead: s.lead, co: s.co, highRisk: s.highRisk, standards: s.standards, sort,
  }));
  const { standardRows, criterionRows } = criteriaReference();

  const [existing] = await db.select({ n: count() }).from(criteria);
  const [existingRegions] = await db.select({ n: count() }).from(regions);
  if (existing?.n === criterionRows.length && existingRegions?.n === regionRows.length) {
    return { regions: regionRows.length, sectors: sectorRows.length, standards: standardRows.length, criteria: criterionRows.length };
  }
  await db.transaction(async (tx) => {
    // Parents before children so the tree is whole at every step.
    const order = { province: 0, city: 1, county: 2, township: 3, village: 4 } as const;
    regionRows.sort((a, b) => order[a.level] - order[b.level]);
    await chunked(regionRows, 1000, (chunk) =>
      tx.insert(regions).values(chunk).onConflictDoUpdate({ target: regions.code, set: { name: sql`excluded.name`, level: sql`excluded.level`, parentCode: sql`excluded.parent_code` } }),
    );
    await tx.insert(sectors).values(sectorRows).onConflictDoUpdate({
      target: sectors.code,
      set: { name: sql`excluded.name`, lead: sql`excluded.lead`, co: sql`excluded.co`, highRisk: sql`excluded.high_risk`, standards: sql`excluded.standards`, sort: sql`excluded.sort` },
    });
    await tx.insert(standards).values(standardRows).onConflictDoUpdate({
      target: standards.id,
      set: { title: sql`excluded.title`, docNo: sql`excluded.doc_no`, effective: sql`excluded.effective`, itemCount: sql`excluded.item_count`, textIncluded: sql`excluded.text_included`, sort: sql`excluded.sort` },
    });
    await chunked(criterionRows, 500, (chunk) =>
      tx.insert(criteria).values(chunk).onConflictDoUpdate({ target: criteria.id, set: { text: sql`excluded.text`, topic: sql`excluded.topic`, group: sql`excluded.group_name`, sort: sql`excluded.sort` } }),
    );
  });
  return { regions: regionRows.length, sectors: sectorRows.length, standards: standardRows.length, criteria: criterionRows.length };
}
