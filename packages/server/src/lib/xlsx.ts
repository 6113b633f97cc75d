import { Readable } from 'node:stream';
import JSZip from 'jszip';
import ExcelJS from './exceljs.ts';
import type * as ExcelTypes from 'exceljs';
import { everyNth } from './yield.ts';

export type SheetRow = { rowNumber: number; cells: string[] };

/** Excel serial day 0 is 1899-12-30 (with the 1900 leap-year bug folded in). */
export function excelSerialToIsoDate(serial: number): string | null {
  if (!Number.isFinite(serial) || serial < 1 || serial > 2958465) return null;
  const ms = Math.round((serial - 25569) * 86400 * 1000);
  return new Date(ms).toISOString().slice(0, 10);
}

type CellValue = ExcelTypes.CellValue;

/** Plain text of any cell value: rich text, hyperlinks, formulas (their result), dates as yyyy-mm-dd. */
export function cellText(value: CellValue | undefined): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((r) => r.text).join('').trim();
    if ('text' in value && typeof value.text === 'string') return value.text.trim();
    if ('result' in value) return cellText(value.result as CellValue);
    if ('error' in value) return '';
    return '';
  }
  return String(value).trim();
}

/** The parts the streaming reader needs before a worksheet, in the order it should meet them. */
const PARTS_BEFORE_SHEETS = ['[Content_Types].xml', '_rels/.rels', 'xl/_rels/workbook.xml.rels', 'xl/workbook.xml', 'xl/sharedStrings.xml', 'xl/styles.xml'];

/**
 * The same workbook with the parts a worksheet depends on stored ahead of the worksheets. Excel, WPS and ExcelJS
 * all write worksheets first; ExcelJS's streaming reader then spools the sheet to a temp file and goes on reading,
 * and now and then (about 1 in 300 reads on a busy machine) its zip loop ends before it has met workbook.xml and
 * the read fails with a TypeError. With the parts first it reads each sheet as it arrives. Only the entry order
 * changes; the file is rewritten only when the order is not already right.
 */
export async function withWorkbookPartsFirst(buffer: Buffer): Promise<Buffer> {
  const zip = await JSZip.loadAsync(buffer);
  const names = Object.values(zip.files).filter((f) => !f.dir).map((f) => f.name);
  const rank = (name: string) => {
    const index = PARTS_BEFORE_SHEETS.indexOf(name);
    if (index !== -1) return index;
    return name.startsWith('xl/worksheets/') ? PARTS_BEFORE_SHEETS.length + 1 : PARTS_BEFORE_SHEETS.length;
  };
  const ordered = names.map((name, index) => ({ name, index })).sort((a, b) => rank(a.name) - rank(b.name) || a.index - b.index).map((e) => e.name);
  if (ordered.every((name, i) => name === names[i])) return buffer;
  // The entries are put back in the new order; generateAsync writes them in that order and copies each deflated
  // entry's bytes as they are. Nothing is inflated: a 100,000-row sheet is about 35 MB of XML, and inflating it
  // here (as this did) raised the import's peak memory for nothing.
  const entries = zip.files;
  for (const name of ordered) {
    const entry = entries[name];
    if (!entry) continue;
    delete entries[name];
    entries[name] = entry;
  }
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 1 } });
}

/**
 * An upper bound on the rows of the first worksheet (the one readFirstSheetRows reads), without parsing it: the
 * row elements in its inflated XML (`<row`, or `:row` under a namespace prefix, which also counts closing tags and
 * other elements starting so: it may only over-count). 0 for a file without worksheets.
 */
export async function firstSheetRowsAtMost(buffer: Buffer): Promise<number> {
  const zip = await JSZip.loadAsync(buffer);
  // The entry the streaming reader meets first among those it takes for worksheets (its own pattern).
  const sheet = Object.values(zip.files).find((f) => !f.dir && /xl\/worksheets\/sheet\d+[.]xml/.test(f.name));
  if (!sheet) return 0;
  let count = 0;
  let tail = '';
  for await (const chunk of new Readable().wrap(sheet.nodeStream('nodebuffer')) as AsyncIterable<Buffer>) {
    // Tags may straddle chunks: carry the last three bytes (ASCII) over.
    const text = tail + chunk.toString('latin1');
    for (let at = text.indexOf('row'); at !== -1; at = text.indexOf('row', at + 3)) {
      const before = text.charCodeAt(at - 1);
      if (before === 0x3c /* < */ || before === 0x3a /* : */) count++;
    }
    tail = text.slice(-3);
  }
  return count;
}

/**
 * Streams the first worksheet's rows as text cells, so a 100k-row file never sits in memory as a workbook.
 * Merged cells arrive as the master value in the first cell and empty in the rest; callers fill down where
 * that matters (ledgers).
 */
export async function* readFirstSheetRows(buffer: Buffer): AsyncGenerator<SheetRow> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from(await withWorkbookPartsFirst(buffer)), {
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    worksheets: 'emit',
  });
  const pause = everyNth(200);
  for await (const worksheet of reader) {
    for await (const row of worksheet as AsyncIterable<ExcelTypes.Row>) {
      await pause();
      const values = row.values as CellValue[];
      const cells: string[] = [];
      for (let i = 1; i < values.length; i++) cells.push(cellText(values[i]));
      yield { rowNumber: row.number, cells };
    }
    return; // first worksheet only
  }
}

export type ColumnSpec<F extends string> = { field: F; header: string; aliases: readonly string[] };

const normaliseHeader = (text: string) => text.replace(/[\s*＊:：]/g, '').replace(/（/g, '(').replace(/）/g, ')');

/** Index of each known field in a header row, matching canonical headers and aliases after normalising. */
export function matchHeader<F extends string>(cells: readonly string[], columns: readonly ColumnSpec<F>[]): Map<F, number> {
  const lookup = new Map<string, F>();
  for (const column of columns) {
    for (const name of [column.header, ...column.aliases]) lookup.set(normaliseHeader(name), column.field);
  }
  const found = new Map<F, number>();
  cells.forEach((cell, index) => {
    const field = lookup.get(normaliseHeader(cell));
    if (field && !found.has(field)) found.set(field, index);
  });
  return found;
}

export const isXlsx = (buffer: Buffer): boolean => buffer.length > 4 && buffer.readUInt32LE(0) === 0x04034b50; // PK\3\4
