import { useState } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import { Alert, Button, Card, Descriptions, Result, Space, Table, Tag } from 'antd';
import { DownloadOutlined, EditOutlined, ImportOutlined } from '@ant-design/icons';
import { errorMessage, isNotFound } from '../../api/client.ts';
import { useQuery } from '../../app/useQuery.ts';
import { useSectors } from '../reference/useSectors.ts';
import { evidenceRequirementLabels } from '../inspections/labels.tsx';
import { checklistsApi, type Checklist } from './api.ts';
import { ChecklistEditorModal } from './ChecklistEditorModal.tsx';
import { ChecklistImportModal, ownerKindLabels } from './ChecklistsPage.tsx';

type Item = Checklist['items'][number];

export default function ChecklistDetailPage() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const { sectorName } = useSectors();
  const [importing, setImporting] = useState(false);
  const [editing, setEditing] = useState(false);
  const query = useQuery(`checklist:${id}`, (signal) => checklistsApi.get(id, signal));
  const c = query.data;
  if (query.error !== undefined && !c)
    return <Result status={isNotFound(query.error) ? '404' : 'error'} title={isNotFound(query.error) ? '检查表不存在或不在您的权限范围内' : errorMessage(query.error)} extra={<Button onClick={() => void navigate('/checklists')}>返回检查表库</Button>} />;
  return (
    <Card
      loading={!c}
      title={c?.title}
      extra={
        c && (
          <Space wrap>
            <Button icon={<DownloadOutlined />} href={checklistsApi.exportUrl(c.id)} download>
              导出 .xlsx
            </Button>
            {c.actions.includes('new_version') && c.latest && (
              <Button type="primary" icon={<EditOutlined />} onClick={() => setEditing(true)} data-testid="checklist-edit">
                编辑为新版本
              </Button>
            )}
            {c.actions.includes('new_version') && c.latest && (
              <Button icon={<ImportOutlined />} onClick={() => setImporting(true)}>
                导入新版本
              </Button>
            )}
          </Space>
        )
      }
    >
      {c && (
        <Space orientation="vertical" style={{ width: '100%' }} size="middle">
          <Descriptions
            size="small"
            bordered
            column={{ xs: 1, md: 3 }}
            items={[
              { key: 'kind', label: '类别', children: ownerKindLabels[c.ownerKind] },
              { key: 'owner', label: '制定单位', children: c.ownerName },
              { key: 'version', label: '版本', children: `第${c.version}版${c.latest ? '（现行）' : ''}` },
              { key: 'sectors', label: '行业领域', children: c.sectors.map(sectorName).join('、') || '—' },
              { key: 'from', label: '生效日期', children: `${c.effectiveFrom}${c.effectiveTo ? ` 至 ${c.effectiveTo}` : ''}` },
              { key: 'count', label: '检查项', children: c.items.length },
            ]}
          />
          {c.coverageGaps.length > 0 && (
            <Alert type="warning" showIcon title={`本单位行业的 ${c.coverageGaps.length} 条重大事故隐患判定标准未被清单引用`} description={c.coverageGaps.slice(0, 5).map((g) => g.text).join('；')} />
          )}
          <Table<Item>
            rowKey="seq"
            size="small"
            pagination={false}
            dataSource={c.items}
            scroll={{ x: 900 }}
            columns={[
              { title: '编号', dataIndex: 'code', width: 80 },
              { title: '检查内容', dataIndex: 'text', render: (t: string, it) => <span>{it.major && <Tag color="red">重大</Tag>}{t}</span> },
              { title: '检查方法', dataIndex: 'guidance', width: 260, ellipsis: true },
              { title: '佐证', dataIndex: 'evidence', width: 70, render: (e: Item['evidence']) => evidenceRequirementLabels[e] },
              { title: '判定依据', dataIndex: 'criterionIds', width: 160, render: (ids: string[]) => ids.join('、') },
            ]}
          />
        </Space>
      )}
      {c && editing && (
        <ChecklistEditorModal
          open
          current={c}
          onClose={() => setEditing(false)}
          onDone={(nid) => {
            setEditing(false);
            void navigate(`/checklists/${nid}`);
          }}
        />
      )}
      {c && <ChecklistImportModal open={importing} replaces={c.id} onClose={() => setImporting(false)} onDone={(nid) => { setImporting(false); void navigate(`/checklists/${nid}`); query.reload(); }} />}
    </Card>
  );
}
