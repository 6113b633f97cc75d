import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import ExcelJS from './exceljs.ts';
import JSZip from 'jszip';
import { excelSerialToIsoDate, matchHeader, readFirstSheetRows, withWorkbookPartsFirst } from './xlsx.ts';

async function chineseWorkbook(rows: number): Promise<{ buffer: Buffer; expected: string[] }> {
  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  stream.on('data', (c: Buffer) => chunks.push(c));
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useSharedStrings: true });
  const sheet = workbook.addWorksheet('台账');
  const expected: string[] = [];
  const words = ['粉尘爆炸危险场所', '液氨制冷车间', '有限空间作业', '消防通道堵塞', '危险化学品仓库', '燃气管道泄漏', '脚手架搭设不规范'];
  for (let i = 0; i < rows; i++) {
    const text = `${words[i % words.length]}第${i}处隐患：${'整改'.repeat(1 + (i % 5))}（演示数据）`;
    expected.push(text);
    sheet.addRow([i, text]).commit();
  }
  sheet.commit();
  await workbook.commit();
  return { buffer: Buffer.concat(chunks), expected };
}

describe('xlsx reading', () => {
  // ExcelJS (like Excel and WPS) writes the worksheets before workbook.xml and sharedStrings.xml; the streaming reader
  // then spooled the sheet and, now and then, stopped before reading workbook.xml (a TypeError on `sheets`, seen as
  // 「文件不是有效的 .xlsx 表格」 in CI). The reader is now given the parts first.
  it('puts the parts a worksheet needs ahead of the worksheets, and leaves a well-ordered file as it is', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('清单').addRow(['序号', '检查内容']);
    const written = Buffer.from(await workbook.xlsx.writeBuffer());
    const order = async (buffer: Buffer) => Object.values((await JSZip.loadAsync(buffer)).files).filter((f) => !f.dir).map((f) => f.name);
    const before = await order(written);
    expect(before.indexOf('xl/worksheets/sheet1.xml')).toBeLessThan(before.indexOf('xl/workbook.xml'));
    const reordered = await withWorkbookPartsFirst(written);
    const after = await order(reordered);
    expect(after.indexOf('xl/workbook.xml')).toBeLessThan(after.indexOf('xl/worksheets/sheet1.xml'));
    expect(after.indexOf('xl/sharedStrings.xml')).toBeLessThan(after.indexOf('xl/worksheets/sheet1.xml'));
    expect([...after].sort()).toEqual([...before].sort());
    // Every part comes out as it went in (the deflated bytes are copied, not rewritten).
    const contents = async (buffer: Buffer) => {
      const zip = await JSZip.loadAsync(buffer);
      return Object.fromEntries(await Promise.all(Object.values(zip.files).filter((f) => !f.dir).map(async (f) => [f.name, await f.async('string')] as const)));
    };
    expect(await contents(reordered)).toEqual(await contents(written));
    expect(await withWorkbookPartsFirst(reordered)).toBe(reordered);
  });

  it('reads the same small workbook many times at once without a failed read', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('清单');
    sheet.addRow(['序号', '检查内容']);
    for (let i = 1; i <= 12; i++) sheet.addRow([String(i), `可燃气体报警装置${i}`]);
    const buffer = Buffer.from(await workbook.xlsx.writeBuffer());
    const counts: number[] = [];
    for (let round = 0; round < 300; round++) {
      counts.push(
        ...(await Promise.all(
          Array.from({ length: 8 }, async () => {
            let rows = 0;
            for await (const _row of readFirstSheetRows(buffer)) rows++;
            return rows;
          }),
        )),
      );
    }
    expect(counts.filter((rows) => rows !== 13)).toEqual([]);
  });

  it('reads large Chinese sheets without splitting characters across stream chunks (no U+FFFD)', async () => {
    const { buffer, expected } = await chineseWorkbook(30_000);
    const read: string[] = [];
    for await (const row of readFirstSheetRows(buffer)) read.push(row.cells[1] ?? '');
    expect(read.filter((text) => text.includes('\uFFFD'))).toEqual([]);
    expect(read).toEqual(expected);
  });

  it('matches headers with aliases, full-width brackets and stray spaces', () => {
    const columns = [
      { field: 'funds', header: '整改资金（万元）', aliases: ['资金（万元）'] },
      { field: 'name', header: '单位名称', aliases: ['企业名称'] },
    ] as const;
    const found = matchHeader(['序号', ' 企业 名称 ', '整改资金(万元)'], columns);
    expect([...found.entries()]).toEqual([['name', 1], ['funds', 2]]);
  });

  it.each([
    [45000, '2023-03-15'],
    [1, '1899-12-31'],
    [0, null],
    [Number.NaN, null],
  ])('Excel serial %s → %s', (serial, iso) => {
    expect(excelSerialToIsoDate(serial)).toBe(iso);
  });
});
