import { useState } from 'react';
import { Alert, Card, Drawer, Input, Space, Table, Tabs, Tag, Tree, Typography } from 'antd';
import { errorMessage } from '../../api/client.ts';
import type { TreeDataNode } from 'antd';
import type { Region, Sector } from '../../api/types.ts';
import { useQuery } from '../../app/useQuery.ts';
import { usePaging } from '../../app/usePaging.ts';
import { feedback } from '../../app/feedback.ts';
import { referenceApi, type Criterion, type Standard } from './api.ts';
import { loadRegionChildren, mayHaveChildren } from './regionCache.ts';
import { useSectors } from './useSectors.ts';
import { regionLevelLabels } from '@zhiben/core/src/region.ts';


type RegionNode = TreeDataNode & { key: string; children?: RegionNode[] };

function toNode(r: Region): RegionNode {
  return {
    key: r.code,
    isLeaf: !mayHaveChildren(r),
    title: (
      <span>
        {r.name} <Typography.Text type="secondary">{r.code}</Typography.Text>{' '}
        <Tag variant="filled">{regionLevelLabels[r.level]}</Tag>
      </span>
    ),
  };
}

function attach(nodes: RegionNode[], key: string, children: RegionNode[]): RegionNode[] {
  return nodes.map((n) => {
    if (n.key === key) return { ...n, children, isLeaf: children.length === 0 };
    if (n.children) return { ...n, children: attach(n.children, key, children) };
    return n;
  });
}

function RegionsTab() {
  const top = useQuery('regions:top', () => loadRegionChildren(null));
  const [tree, setTree] = useState<RegionNode[] | null>(null);
  const nodes = tree ?? (top.data ?? []).map(toNode);

  return (
    <Card loading={top.loading}>
      <Typography.Paragraph type="secondary">
        统计用区划代码（12 位：省 2 位、市 2 位、县 2 位、乡镇 3 位、村 3 位），展开节点按需加载下级区划。
      </Typography.Paragraph>
      <Tree<RegionNode>
        treeData={nodes}
        showLine
        height={620}
        loadData={async (node) => {
          try {
            const children = (await loadRegionChildren(node.key)).map(toNode);
            setTree((prev) => attach(prev ?? (top.data ?? []).map(toNode), node.key, children));
          } catch (err) {
            feedback.error(err);
          }
        }}
      />
    </Card>
  );
}

function SectorsTab() {
  const { sectors, loading } = useSectors();
  return (
    <Table<Sector>
      rowKey="code"
      loading={loading}
      dataSource={sectors}
      pagination={false}
      size="middle"
      columns={[
        { title: '代码', dataIndex: 'code', width: 160 },
        {
          title: '行业领域',
          dataIndex: 'name',
          render: (name: string, s) => (
            <Space>
              {name}
              {s.highRisk && <Tag color="red">高危行业</Tag>}
            </Space>
          ),
        },
        { title: '牵头部门', dataIndex: 'lead', width: 160 },
        {
          title: '配合部门',
          dataIndex: 'co',
          render: (co: string[]) => co.map((c) => <Tag key={c}>{c}</Tag>),
        },
        {
          title: '判定标准',
          dataIndex: 'standards',
          render: (list: string[]) => list.map((c) => <Tag key={c} color="blue">{c}</Tag>),
        },
      ]}
    />
  );
}

function CriteriaBrowser({ standard }: { standard: Standard }) {
  const [q, setQ] = useState('');
  const { page, pageSize, setPage, pagination } = usePaging('条');
  const { data, loading, error } = useQuery(JSON.stringify([standard.id, q, page, pageSize]), () =>
    referenceApi.criteria({ standard: standard.id, q: q || undefined, page, pageSize }),
  );

  return (
    <>
      {!standard.textIncluded && (
        <Typography.Paragraph type="warning">
          本标准为受著作权保护的技术标准，平台仅提供条款编号与主题索引，条文内容请查阅正式出版物。
        </Typography.Paragraph>
      )}
      <Input.Search
        allowClear
        placeholder="搜索条款内容或编号"
        enterButton="搜索"
        style={{ maxWidth: 420, marginBottom: 16 }}
        onSearch={(v) => {
          setQ(v.trim());
          setPage(1);
        }}
      />
      {error !== undefined && <Alert type="error" showIcon title={errorMessage(error)} style={{ marginBottom: 16 }} />}
      <Table<Criterion>
        rowKey="id"
        size="small"
        loading={loading}
        dataSource={data?.items ?? []}
        pagination={pagination(data?.total ?? 0)}
        columns={[
          { title: '编号', dataIndex: 'id', width: 150 },
          {
            title: '条/项',
            width: 110,
            render: (_v, c) =>
              c.clause ??
              [c.article !== null ? `第${c.article}条` : null, c.item !== null ? `第${c.item}项` : null]
                .filter(Boolean)
                .join(' '),
          },
          { title: '分组', dataIndex: 'group', width: 160 },
          {
            title: '内容',
            render: (_v, c) =>
              c.text ?? (
                <span>
                  {c.topic ?? '—'} <Tag>仅索引</Tag>
                </span>
              ),
          },
        ]}
      />
    </>
  );
}

function CriteriaDrawer({ standard, onClose }: { standard: Standard | null; onClose: () => void }) {
  return (
    <Drawer
      open={standard !== null}
      onClose={onClose}
      size={920}
      title={standard ? `${standard.title}${standard.docNo ? `（${standard.docNo}）` : ''}` : ''}
      destroyOnHidden
    >
      {standard && <CriteriaBrowser key={standard.id} standard={standard} />}
    </Drawer>
  );
}

function StandardsTab() {
  const { data, loading } = useQuery('standards', () => referenceApi.standards());
  const [selected, setSelected] = useState<Standard | null>(null);
  return (
    <>
      <Table<Standard>
        rowKey="id"
        className="zb-clickable-rows"
        loading={loading}
        dataSource={data?.items ?? []}
        pagination={false}
        size="middle"
        onRow={(s) => ({ onClick: () => setSelected(s) })}
        columns={[
          { title: '标准名称', dataIndex: 'title', render: (t: string) => <Typography.Link>{t}</Typography.Link> },
          { title: '文号', dataIndex: 'docNo', width: 200, render: (d: string | null) => d ?? '—' },
          { title: '发布单位', dataIndex: 'issuer', width: 180, render: (d: string | null) => d ?? '—' },
          { title: '发布日期', dataIndex: 'published', width: 110, render: (d: string | null) => d ?? '—' },
          { title: '施行日期', dataIndex: 'effective', width: 110, render: (d: string | null) => d ?? '—' },
          { title: '条目数', dataIndex: 'itemCount', width: 80, render: (n: number | null) => n ?? '—' },
          {
            title: '条文',
            dataIndex: 'textIncluded',
            width: 90,
            render: (inc: boolean) => (inc ? <Tag color="green">含全文</Tag> : <Tag>仅索引</Tag>),
          },
        ]}
      />
      <CriteriaDrawer standard={selected} onClose={() => setSelected(null)} />
    </>
  );
}

export default function ReferencePage() {
  return (
    <Card title="基础数据">
      <Tabs
        items={[
          { key: 'regions', label: '行政区划', children: <RegionsTab /> },
          { key: 'sectors', label: '行业领域', children: <SectorsTab /> },
          { key: 'standards', label: '判定标准', children: <StandardsTab /> },
        ]}
      />
    </Card>
  );
}
