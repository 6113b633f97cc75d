import { describe, expect, it } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import { ResponsiveTable, cellContent } from './ResponsiveTable.tsx';

type Row = { id: string; no: string; org: { name: string }; status: 'open' | 'closed' };
const rows: Row[] = [
  { id: 'a', no: 'YH-001', org: { name: '亳州甲化工' }, status: 'open' },
  { id: 'b', no: 'YH-002', org: { name: '谯城乙仓储' }, status: 'closed' },
];
const columns = [
  { title: '编号', dataIndex: 'no' },
  { title: '单位', dataIndex: ['org', 'name'] },
  { title: '状态', dataIndex: 'status', render: (s: Row['status']) => (s === 'open' ? '整改中' : '已销号') },
];

describe('ResponsiveTable', () => {
  it('renders cards (no table) below md, with every column title and content', () => {
    const html = renderToStaticMarkup(<ResponsiveTable<Row> narrow rowKey="id" dataSource={rows} columns={columns} pagination={false} />);
    expect(html).not.toContain('<table');
    expect(html.match(/data-testid="responsive-card"/g)).toHaveLength(2);
    for (const text of ['YH-001', 'YH-002', '亳州甲化工', '谯城乙仓储', '整改中', '已销号', '单位', '状态']) expect(html).toContain(text);
  });

  it('renders a table from md up with the same columns', () => {
    const html = renderToStaticMarkup(<ResponsiveTable<Row> narrow={false} rowKey="id" dataSource={rows} columns={columns} pagination={false} />);
    expect(html).toContain('<table');
    expect(html).not.toContain('responsive-card');
    expect(html).toContain('谯城乙仓储');
  });

  it.each([
    [{ dataIndex: 'no' }, 'YH-001'],
    [{ dataIndex: ['org', 'name'] }, '亳州甲化工'],
    [{ dataIndex: 'status', render: (s: string) => `状态:${s}` }, '状态:open'],
    [{ render: (_: unknown, r: Row) => r.id.toUpperCase() }, 'A'],
    [{}, null],
  ])('cellContent(%o) is what the table cell shows', (column, expected) => {
    expect(cellContent<Row>(column, rows[0]!, 0)).toBe(expected);
  });
});
