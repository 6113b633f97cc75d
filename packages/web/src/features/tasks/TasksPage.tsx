import { useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { Button, Card, Select, Space, Tag } from 'antd';
import { DownloadOutlined, ImportOutlined, PlusOutlined } from '@ant-design/icons';
import { useAuth } from '../../app/auth.tsx';
import { ListError, ListToolbar } from '../../app/ListToolbar.tsx';
import { flag, manyOf, text } from '../../app/hooks/urlFilters.ts';
import { useUrlFilters } from '../../app/hooks/useUrlFilters.ts';
import { useQuery } from '../../app/useQuery.ts';
import { ownPlanOptions } from '../plans/api.ts';
import { memberUnitOptions } from '../plans/moduleB.tsx';
import { displayStatusColors, displayStatusLabels, taskDisplayStatuses, tasksApi, type TaskListItem } from './api.ts';
import { TaskFormModal } from './TaskFormModal.tsx';
import { TaskImportModal } from './TaskImportModal.tsx';
import { ResponsiveTable } from '../../app/ResponsiveTable.tsx';
import { fetchedOptions } from '../../app/forms.ts';

const filterSpec = { q: text(), planId: text(), actionCode: text(), leadOrgId: text(), displayStatus: manyOf(taskDisplayStatuses), mine: flag() };

/** 任务清单: tasks in scope with filters (行动, lead org, status incl. 逾期), import and export of a plan's list. */
export default function TasksPage() {
  const { me } = useAuth();
  const canManage = me?.capabilities.includes('plans.manage') ?? false;
  const f = useUrlFilters(filterSpec);
  const [importing, setImporting] = useState(false);
  const [adding, setAdding] = useState(false);
  const navigate = useNavigate();
  const query = useQuery(f.key, (signal) => tasksApi.list({ ...f.query, page: f.page, pageSize: f.pageSize }, signal));
  const plans = useQuery('own-plans', (signal) => ownPlanOptions(signal));
  const orgs = useQuery('member-units', () => memberUnitOptions());
  const actionCodes = [...new Map((query.data?.items ?? []).filter((t) => t.actionCode).map((t) => [t.actionCode, t.actionName])).entries()];
  const planId = f.filters.planId ?? plans.data?.[0]?.value;
  return (
    <Card
      title="任务清单"
      extra={
        <Space wrap>
          <Link to="/tasks/board">任务看板</Link>
          {planId && (
            <Button icon={<DownloadOutlined />} href={tasksApi.exportUrl(planId)} data-testid="task-export">
              导出任务清单
            </Button>
          )}
          {canManage && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)} disabled={!planId} data-testid="task-add">
              新增任务
            </Button>
          )}
          {canManage && (
            <Button icon={<ImportOutlined />} onClick={() => setImporting(true)} disabled={!planId} data-testid="task-import">
              导入任务清单
            </Button>
          )}
        </Space>
      }
    >
      <ListToolbar search={{ value: f.filters.q, onSearch: (q) => f.set({ q }), placeholder: '编号或任务名称' }} onReset={f.reset}>
        <Select allowClear placeholder="方案" style={{ width: 220 }} value={f.filters.planId} {...fetchedOptions(plans)} onChange={(v?: string) => f.set({ planId: v })} />
        <Select
          allowClear
          placeholder="行动"
          style={{ width: 200 }}
          value={f.filters.actionCode}
          options={actionCodes.map(([code, name]) => ({ value: code, label: `${code} ${name}` }))}
          onChange={(v?: string) => f.set({ actionCode: v })}
        />
        <Select
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          placeholder="牵头单位"
          style={{ width: 200 }}
          value={f.filters.leadOrgId}
          {...fetchedOptions(orgs)}
          onChange={(v?: string) => f.set({ leadOrgId: v })}
        />
        <Select
          mode="multiple"
          allowClear
          placeholder="状态"
          style={{ minWidth: 180 }}
          value={f.filters.displayStatus}
          options={taskDisplayStatuses.map((s) => ({ value: s, label: displayStatusLabels[s] }))}
          onChange={(displayStatus) => f.set({ displayStatus })}
          data-testid="task-status-filter"
        />
        <Button type={f.filters.displayStatus.includes('overdue') ? 'primary' : 'default'} danger onClick={() => f.set({ displayStatus: ['overdue'] })}>
          只看逾期
        </Button>
      </ListToolbar>
      <ListError error={query.error} />
      <ResponsiveTable<TaskListItem>
        rowKey="id"
        size="middle"
        loading={query.loading}
        dataSource={query.data?.items ?? []}
        pagination={f.pagination(query.data?.total ?? 0, '项任务')}
        scroll={{ x: 960 }}
        data-testid="tasks-table"
        columns={[
          { title: '编号', dataIndex: 'displayCode', width: 110, render: (v: string, t) => <Link to={`/tasks/${t.id}`}>{v}</Link> },
          { title: '任务', dataIndex: 'name', render: (v: string, t) => <Space size={4}>{t.key && <Tag color="red">重点</Tag>}{v}</Space> },
          { title: '行动', dataIndex: 'actionName', width: 140 },
          { title: '牵头单位', width: 140, render: (_: unknown, t) => t.leadOrg?.name ?? '—' },
          { title: '完成时限', dataIndex: 'dueDate', width: 110, render: (v: string | null, t) => v ?? t.nextDue ?? '—' },
          { title: '进度', dataIndex: 'progressPercent', width: 80, align: 'right', render: (v: number | null) => (v === null ? '—' : `${v}%`) },
          { title: '状态', dataIndex: 'displayStatus', width: 90, render: (s: TaskListItem['displayStatus'], t) => <Tag color={displayStatusColors[s]}>{t.displayStatusLabel}</Tag> },
        ]}
      />
      {planId && adding && <TaskFormModal open={adding} planId={planId} task={null} onClose={() => setAdding(false)} onSaved={(t) => void navigate(`/tasks/${t.id}`)} />}
      <TaskImportModal planId={planId} open={importing} onClose={() => setImporting(false)} onImported={query.reload} />
    </Card>
  );
}
