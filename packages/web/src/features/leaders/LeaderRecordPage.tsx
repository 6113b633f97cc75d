import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { Button, Card, Descriptions, Empty, Form, Input, Result, Select, Space, Table, Tag, Typography } from 'antd';
import { ArrowLeftOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { cadencePeriodStateLabels, type CadencePeriodState } from '@zhiben/core/src/tasks/meeting-cadence.ts';
import { errorMessage, isNotFound } from '../../api/client.ts';
import { FormModal } from '../../app/FormModal.tsx';
import { useAuth } from '../../app/auth.tsx';
import { feedback } from '../../app/feedback.ts';
import { useFormSubmit } from '../../app/hooks/useFormSubmit.ts';
import { useQuery } from '../../app/useQuery.ts';
import { filingOrgOptions } from '../plans/api.ts';
import { displayStatusColors, displayStatusLabels } from '../tasks/api.ts';
import { leadersApi, type DutyListView, type LeaderRecord } from './api.ts';
import { fetchedOptions } from '../../app/forms.ts';

const years = [2024, 2025, 2026] as const;
export const cadenceColors: Record<CadencePeriodState, string> = { met: 'success', missed: 'error', running: 'processing' };

/** One period of a cadence rule as a tag: done (已达到), missed (未达到) or still running. */
export const CadenceTag = ({ p }: { p: { period: string; label: string; count: number; required: number; state: CadencePeriodState } }) => (
  <Tag color={cadenceColors[p.state]} title={`${p.label}：${p.count}/${p.required} 次，${cadencePeriodStateLabels[p.state]}`} data-testid={`cadence-${p.state}`}>
    {p.label} {p.count}/{p.required}
  </Tag>
);

type DutyValues = { items?: string; taskIds?: string[]; filedWithOrgId?: string };

function DutyListFormModal({ record, duty, onClose, onSaved }: { record: LeaderRecord; duty: DutyListView | null; onClose: () => void; onSaved: () => void }) {
  const [form] = Form.useForm<DutyValues>();
  const orgs = useQuery('filing-orgs', (signal) => filingOrgOptions(signal));
  const { submit, saving, error } = useFormSubmit(
    form,
    (v: DutyValues) => {
      const items = (v.items ?? '')
        .split('\n')
        .map((s) => s.trim())
        .filter(Boolean)
        .map((text) => ({ text }));
      const body = { items, taskIds: v.taskIds ?? [], filedWithOrgId: v.filedWithOrgId ?? null };
      return duty ? leadersApi.updateDutyList(duty.id, { ...body, version: duty.version }) : leadersApi.createDutyList({ ...body, leaderId: record.leader.id, year: record.year });
    },
    { success: '职责清单已保存', onSuccess: onSaved },
  );
  const tasks = [...record.tasksOwned, ...(duty?.tasks ?? [])];
  const initial: DutyValues = duty ? { items: duty.items.map((i) => i.text).join('\n'), taskIds: duty.tasks.map((t) => t.id), filedWithOrgId: duty.filedWithOrgId ?? undefined } : { taskIds: record.tasksOwned.map((t) => t.id) };
  return (
    <FormModal open title={`${record.leader.name} ${record.year}年职责清单和年度任务清单`} onClose={onClose} onSubmit={submit} saving={saving} error={error} width={720}>
      <Form form={form} layout="vertical" initialValues={initial} preserve={false}>
        <Form.Item label="职责（每行一项）" name="items" rules={[{ required: true, whitespace: true, message: '至少填写一项职责' }]}>
          <Input.TextArea rows={6} data-testid="duty-items" />
        </Form.Item>
        <Form.Item label="年度任务" name="taskIds">
          <Select mode="multiple" allowClear optionFilterProp="label" options={[...new Map(tasks.map((t) => [t.id, { value: t.id, label: `${t.code} ${t.name}` }])).values()]} />
        </Form.Item>
        <Form.Item label="备案单位" name="filedWithOrgId">
          <Select allowClear showSearch={{ optionFilterProp: 'label' }} {...fetchedOptions(orgs)} />
        </Form.Item>
      </Form>
    </FormModal>
  );
}

/** 履职档案 of one leader for a year: 职责清单, meetings chaired, tasks owned, 督导 led and the meeting cadence. */
export default function LeaderRecordPage() {
  const { id = '' } = useParams();
  const { me } = useAuth();
  const canManage = me?.capabilities.includes('plans.manage') ?? false;
  const [year, setYear] = useState<number>(new Date().getFullYear());
  const query = useQuery(`leader-record:${id}:${year}`, (signal) => leadersApi.record(id, year, signal));
  const [duty, setDuty] = useState<DutyListView | 'new' | null>(null);
  const r = query.data;
  if (query.error !== undefined && !r) {
    return <Result status={isNotFound(query.error) ? '404' : 'error'} title={isNotFound(query.error) ? '领导不存在或不在您的权限范围内' : errorMessage(query.error)} extra={<Link to="/leaders">返回领导列表</Link>} />;
  }
  const file = (d: DutyListView) =>
    leadersApi.fileDutyList(d.id, d.version).then(
      () => {
        feedback.success('已报备案');
        query.reload();
      },
      (err: unknown) => feedback.error(err),
    );
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Card
        loading={!r}
        title={
          <Space wrap>
            <Link to="/leaders" aria-label="返回">
              <ArrowLeftOutlined />
            </Link>
            <span data-testid="leader-record-title">{r ? `${r.leader.name} 履职档案` : '履职档案'}</span>
          </Space>
        }
        extra={<Select value={year} style={{ width: 110 }} options={years.map((y) => ({ value: y, label: `${y}年` }))} onChange={setYear} />}
      >
        {r && (
          <Descriptions size="small" column={{ xs: 1, md: 3 }}>
            <Descriptions.Item label="职务">{r.leader.post}</Descriptions.Item>
            <Descriptions.Item label="类别">{r.leader.roleLabel}</Descriptions.Item>
            <Descriptions.Item label="单位">{r.leader.memberOrgName ?? r.leader.orgName}</Descriptions.Item>
          </Descriptions>
        )}
      </Card>
      {r && (
        <>
          <Card
            title="职责清单和年度任务清单"
            extra={
              canManage &&
              r.dutyLists.length === 0 && (
                <Button icon={<PlusOutlined />} onClick={() => setDuty('new')} data-testid="duty-add">
                  填写职责清单
                </Button>
              )
            }
          >
            {r.dutyLists.length === 0 ? (
              <Empty description={`${r.year}年尚无职责清单`} />
            ) : (
              r.dutyLists.map((d) => (
                <div key={d.id} data-testid="duty-list">
                  <ol>
                    {d.items.map((i, n) => (
                      <li key={n}>{i.text}</li>
                    ))}
                  </ol>
                  <Space wrap>
                    {d.tasks.map((t) => (
                      <Link key={t.id} to={`/tasks/${t.id}`}>
                        <Tag color={displayStatusColors[t.displayStatus]} style={{ whiteSpace: 'normal' }}>
                          {t.code} {t.name}
                        </Tag>
                      </Link>
                    ))}
                  </Space>
                  <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
                    {d.filedOn ? `已于 ${d.filedOn} 报${d.filedWithOrgName ?? ''}备案` : d.filedWithOrgName ? `待报${d.filedWithOrgName}备案` : '未设备案单位'}
                  </Typography.Paragraph>
                  {d.editable && (
                    <Space>
                      <Button size="small" icon={<EditOutlined />} onClick={() => setDuty(d)}>
                        修改
                      </Button>
                      {!d.filedOn && d.filedWithOrgId && (
                        <Button size="small" onClick={() => void file(d)}>
                          报上级备案
                        </Button>
                      )}
                    </Space>
                  )}
                </div>
              ))
            )}
          </Card>
          <Card title={`主持会议（${r.meetingsChaired.length}）`}>
            <Table
              size="small"
              rowKey="id"
              pagination={false}
              data-testid="leader-meetings"
              dataSource={r.meetingsChaired}
              locale={{ emptyText: '本年度未主持会议' }}
              scroll={{ x: 480 }}
              columns={[
                { title: '日期', dataIndex: 'date', width: 110 },
                { title: '类型', dataIndex: 'kindLabel', width: 100 },
                { title: '会议', dataIndex: 'name', render: (v: string, m) => <Link to={`/meetings/${m.id}`}>{v}</Link> },
              ]}
            />
          </Card>
          <Card title={`负责任务（${r.tasksOwned.length}）`}>
            <Table
              size="small"
              rowKey="id"
              pagination={false}
              dataSource={r.tasksOwned}
              locale={{ emptyText: '无' }}
              scroll={{ x: 600 }}
              columns={[
                { title: '编号', dataIndex: 'code', width: 100, render: (v: string, t) => <Link to={`/tasks/${t.id}`}>{v}</Link> },
                { title: '任务', dataIndex: 'name' },
                { title: '牵头单位', dataIndex: 'leadOrgName', width: 160, render: (v: string | null) => v ?? '—' },
                { title: '完成时限', dataIndex: 'dueDate', width: 110, render: (v: string | null) => v ?? '—' },
                { title: '状态', dataIndex: 'displayStatus', width: 90, render: (s: keyof typeof displayStatusLabels) => <Tag color={displayStatusColors[s]}>{displayStatusLabels[s]}</Tag> },
              ]}
            />
          </Card>
          <Card title={`带队督导（${r.supervisionsLed.length}）`}>
            {r.supervisionsLed.length === 0 ? (
              <Empty description="暂无督导记录" />
            ) : (
              <ul>
                {r.supervisionsLed.map((s) => (
                  <li key={s.id}>
                    {s.date} {s.name}
                  </li>
                ))}
              </ul>
            )}
          </Card>
          <Card title="会议频次">
            {r.cadence ? (
              <>
                <Typography.Paragraph type="secondary">{r.cadence.rule}</Typography.Paragraph>
                <Space wrap data-testid="leader-cadence">
                  {r.cadence.periods.map((p) => (
                    <CadenceTag key={p.period} p={p} />
                  ))}
                </Space>
              </>
            ) : (
              <Empty description="该类别无会议频次要求" />
            )}
          </Card>
        </>
      )}
      {r && duty && (
        <DutyListFormModal
          record={r}
          duty={duty === 'new' ? null : duty}
          onClose={() => setDuty(null)}
          onSaved={() => {
            setDuty(null);
            query.reload();
          }}
        />
      )}
    </Space>
  );
}
