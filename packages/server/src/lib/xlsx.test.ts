import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import ExcelJS from './exceljs.ts';
import { excelSerialToIsoDate, matchHeader, readFirstSheetRows } from './xlsx.ts';

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
