import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { Alert, Button, Card, DatePicker, Form, Input, Select, Space, Table, Tag, Typography, Upload } from 'antd';
import { DownloadOutlined, ImportOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { useAuth } from '../../app/auth.tsx';
import { FormModal } from '../../app/FormModal.tsx';
import { oneOf, text } from '../../app/hooks/urlFilters.ts';
import { useFormSubmit } from '../../app/hooks/useFormSubmit.ts';
import { useUrlFilters } from '../../app/hooks/useUrlFilters.ts';
import { dateFormat } from '../../app/labels.ts';
import { ListError, ListToolbar } from '../../app/ListToolbar.tsx';
import { useQuery } from '../../app/useQuery.ts';
import { useSectorSelect, useSectors } from '../reference/useSectors.ts';
import { checklistsApi, type ChecklistSummary, type ImportReport } from './api.ts';
import { ChecklistEditorModal } from './ChecklistEditorModal.tsx';

export const ownerKindLabels: Record<ChecklistSummary['ownerKind'], string> = {
  department: '执法检查重点事项清单',
  township: '网格员检查导则',
  campaign: '专项行动检查清单',
  enterprise: '企业排查重点事项清单',
  sector_criteria: '行业判定标准',
};
const ownerKinds = ['department', 'township', 'campaign', 'enterprise'] as const;
const filtersSpec = { q: text(), sector: text(), ownerKind: oneOf(ownerKinds) };

type ImportValues = { title?: string; sectors?: string[]; effectiveFrom?: Dayjs | null; file?: File };

/** .xlsx import: check first (row-by-row report), then publish; nothing is written while a row has a problem. */
export function ChecklistImportModal({ open, onClose, onDone, replaces }: { open: boolean; onClose: () => void; onDone: (id: string) => void; replaces?: string }) {
  const [form] = Form.useForm<ImportValues>();
  const sectorSelect = useSectorSelect();
  const [report, setReport] = useState<ImportReport | null>(null);
  const file = Form.useWatch('file', form);
  const { submit, saving, error } = useFormSubmit(
    form,
    async (v: ImportValues) => {
      if (!v.file) throw new Error('请选择要导入的 .xlsx 文件');
      const meta = { title: v.title ?? '', sectors: v.sectors ?? [], effectiveFrom: (v.effectiveFrom ?? dayjs()).format(dateFormat) };
      const checked = await checklistsApi.import(v.file, meta, { dryRun: true, replaces });
      setReport(checked);
      if (checked.errors.length > 0) return null;
      return checklistsApi.import(v.file, meta, { dryRun: false, replaces });
    },
    { success: '检查表已发布', onSuccess: (r) => r?.checklist && onDone(r.checklist.id) },
  );
  return (
    <FormModal open={open} title={replaces ? '导入新版本' : '导入检查表'} onClose={onClose} onSubmit={submit} saving={saving} error={error} okText="检查并发布" width={640}>
      <Form<ImportValues> form={form} layout="vertical" preserve={false} initialValues={{ effectiveFrom: dayjs(), sectors: [] }}>
        <Typography.Paragraph>
          <Typography.Link href={checklistsApi.templateUrl} download>
            <DownloadOutlined /> 下载导入模板
          </Typography.Link>
        </Typography.Paragraph>
        <Form.Item label="清单名称" name="title" rules={[{ required: true, whitespace: true, min: 2, message: '请填写清单名称' }]}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item label="行业领域" name="sectors">
          <Select mode="multiple" {...sectorSelect} />
        </Form.Item>
        <Form.Item label="生效日期" name="effectiveFrom" rules={[{ required: true, message: '请选择生效日期' }]}>
          <DatePicker style={{ width: 200 }} />
        </Form.Item>
        <Form.Item label="文件" name="file" rules={[{ required: true, message: '请选择要导入的 .xlsx 文件' }]} valuePropName="file" getValueFromEvent={(e: { file: File }) => e.file}>
          <Upload accept=".xlsx" maxCount={1} beforeUpload={() => false} showUploadList={false}>
            <Button icon={<UploadOutlined />}>{file ? file.name : '选择 .xlsx 文件'}</Button>
          </Upload>
        </Form.Item>
      </Form>
      {report && report.errors.length > 0 && (
        <Alert
          type="error"
          showIcon
          title={`有 ${report.errors.length} 处问题，未导入`}
          description={
            <ul style={{ margin: 0, paddingInlineStart: 18, maxHeight: 200, overflow: 'auto' }}>
              {report.errors.slice(0, 50).map((e) => (
                <li key={`${e.row}-${e.field}`}>第 {e.row} 行 {e.field}：{e.message}</li>
              ))}
            </ul>
          }
        />
      )}
    </FormModal>
  );
}

/** 检查表 library: the lists in force (org, township, campaign, the enterprise's own) with .xlsx import and export. */
export default function ChecklistsPage() {
  const { can } = useAuth();
  const navigate = useNavigate();
  const { sectorName } = useSectors();
  const sectorSelect = useSectorSelect();
  const [importing, setImporting] = useState(false);
  const [editing, setEditing] = useState(false);
  const urlFilters = useUrlFilters(filtersSpec);
  const { filters, set: update } = urlFilters;
  const list = useQuery(`checklists:${urlFilters.key}`, (signal) => checklistsApi.list(urlFilters.query, signal));
  return (
    <Card
      title="检查表库"
      extra={
        <Space wrap>
          {filters.sector && (
            <Button icon={<DownloadOutlined />} href={checklistsApi.sectorExportUrl(filters.sector)} download>
              导出行业判定标准
            </Button>
          )}
          {can('checklists.write') && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing(true)} data-testid="checklist-new">
              新建检查表
            </Button>
          )}
          {can('checklists.write') && (
            <Button icon={<ImportOutlined />} onClick={() => setImporting(true)}>
              导入检查表
            </Button>
          )}
        </Space>
      }
    >
      <ListToolbar search={{ value: filters.q, onSearch: (q) => update({ q }), placeholder: '清单名称' }} onReset={urlFilters.reset}>
        <Select allowClear placeholder="清单类别" style={{ width: 200 }} value={filters.ownerKind} onChange={(ownerKind: (typeof ownerKinds)[number] | undefined) => update({ ownerKind })} options={ownerKinds.map((k) => ({ value: k, label: ownerKindLabels[k] }))} />
        <Select allowClear placeholder="行业领域" style={{ width: 180 }} value={filters.sector} onChange={(sector: string | undefined) => update({ sector })} {...sectorSelect} />
      </ListToolbar>
      <ListError error={list.error} />
      <Table<ChecklistSummary>
        rowKey="id"
        className="zb-clickable-rows"
        loading={list.loading}
        dataSource={list.data?.items ?? []}
        onRow={(c) => ({ onClick: () => void navigate(`/checklists/${c.id}`) })}
        scroll={{ x: 1000 }}
        columns={[
          { title: '清单名称', dataIndex: 'title', render: (t: string) => <Typography.Link>{t}</Typography.Link> },
          { title: '类别', dataIndex: 'ownerKind', width: 180, render: (k: ChecklistSummary['ownerKind']) => ownerKindLabels[k] },
          { title: '制定单位', dataIndex: 'ownerName', width: 200, ellipsis: true },
          { title: '行业领域', dataIndex: 'sectors', width: 160, render: (ss: string[]) => ss.map((s) => <Tag key={s}>{sectorName(s)}</Tag>) },
          { title: '检查项', dataIndex: 'itemCount', width: 80 },
          { title: '版本', dataIndex: 'version', width: 70, render: (v: number) => `第${v}版` },
          { title: '生效日期', dataIndex: 'effectiveFrom', width: 110 },
        ]}
      />
      <ChecklistImportModal open={importing} onClose={() => setImporting(false)} onDone={(id) => void navigate(`/checklists/${id}`)} />
      {editing && <ChecklistEditorModal open onClose={() => setEditing(false)} onDone={(id) => void navigate(`/checklists/${id}`)} />}
    </Card>
  );
}
