import { useState } from 'react';
import { Alert, App, Button, Card, Descriptions, Form, Input, InputNumber, Radio, Select, Space, Switch, Table, Tag, Typography } from 'antd';
import { LinkOutlined, PlusOutlined, ReloadOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { errorMessage } from '../../api/client.ts';
import { feedback } from '../../app/feedback.ts';
import { FormModal } from '../../app/FormModal.tsx';
import { useFormSubmit } from '../../app/hooks/useFormSubmit.ts';
import { oneOf } from '../../app/hooks/urlFilters.ts';
import { useUrlFilters } from '../../app/hooks/useUrlFilters.ts';
import { dateTimeFormat } from '../../app/labels.ts';
import { ListError, ListToolbar } from '../../app/ListToolbar.tsx';
import { useQuery } from '../../app/useQuery.ts';
import { actionForm, type ActionFormRegistry } from '../../app/workflow/actionForm.ts';
import { WorkflowActionModal } from '../../app/workflow/WorkflowActionModal.tsx';
import {
  workerReportOutcomes,
  workerReportStatuses,
  workerReportsApi,
  type WorkerReport,
  type WorkerReportOutcome,
  type WorkerReportHandleInput,
  type WorkerReportStatus,
} from './api.ts';
import { workerReportOutcomeLabels, workerReportStatusLabels, yuan } from './labels.tsx';
import { toWorkerReportInput, WorkerReportFields, type WorkerReportValues } from './WorkerReportFields.tsx';

const workerReportFilters = { status: oneOf([...workerReportStatuses, 'all'] as const) };

const fmt = (ts: string | null) => (ts ? dayjs(ts).format(dateTimeFormat) : '—');

/** The per-enterprise anonymous report link (for posters, QR codes, the staff room); a new one retires the old. */
function ReportLinkCard() {
  const { modal } = App.useApp();
  const link = useQuery('worker-report-link', (signal) => workerReportsApi.link(signal));
  const [rotating, setRotating] = useState(false);
  const url = link.data ? `${window.location.origin}${link.data.path}` : '';

  const rotate = () => {
    modal.confirm({
      title: '重新生成报告链接？',
      content: '生成后旧链接立即失效，已张贴或分发的旧链接需要更换。',
      okText: '重新生成',
      okButtonProps: { danger: true },
      onOk: async () => {
        setRotating(true);
        try {
          link.setData(await workerReportsApi.rotateLink());
          feedback.success('已生成新的报告链接');
        } catch (err) {
          feedback.error(err);
        } finally {
          setRotating(false);
        }
      },
    });
  };

  return (
    <Card title="从业人员报告链接" size="small" extra={<Button size="small" loading={rotating} onClick={rotate}>重新生成</Button>}>
      {link.error !== undefined && <Alert type="error" showIcon title={errorMessage(link.error)} />}
      {link.data && (
        <Space orientation="vertical" style={{ width: '100%' }}>
          <Typography.Text type="secondary">
            本单位从业人员可通过此链接匿名报告事故隐患，无需登录；报告进入下方列表，由本单位处理，属地监管部门可看到汇总情况。
          </Typography.Text>
          <Typography.Text copyable={{ text: url, tooltips: ['复制链接', '已复制'] }} data-testid="worker-report-link">
            <LinkOutlined /> {url}
          </Typography.Text>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            生成于 {fmt(link.data.createdAt)}
          </Typography.Text>
        </Space>
      )}
    </Card>
  );
}

type HandleValues = { outcome?: WorkerReportOutcome; note?: string; reward?: boolean; rewardYuan?: number | null };

/** 处理: the enterprise's handling of a report, with an optional internal reward (one action, one registry entry). */
const handleForm = actionForm<HandleValues>()({
  initial: () => ({ outcome: 'hazard_found', reward: false }),
  Fields: ({ record: report, form }) => {
    const reward = Form.useWatch('reward', form);
    return (
      <>
        <Descriptions
          size="small"
          bordered
          column={1}
          style={{ marginBottom: 16 }}
          items={[
            { key: 'content', label: '报告内容', children: <span style={{ whiteSpace: 'pre-wrap' }}>{report.content}</span> },
            { key: 'location', label: '位置', children: report.location || '—' },
          ]}
        />
        <Form.Item label="处理结果" name="outcome" rules={[{ required: true, message: '请选择处理结果' }]}>
          <Radio.Group options={workerReportOutcomes.map((o) => ({ value: o, label: workerReportOutcomeLabels[o] }))} />
        </Form.Item>
        <Form.Item label="处理情况" name="note" rules={[{ required: true, whitespace: true, message: '请填写处理情况' }]}>
          <Input.TextArea rows={4} maxLength={2000} showCount placeholder="核实情况、整改措施和完成时间" />
        </Form.Item>
        <Form.Item label="给予内部奖励" name="reward" valuePropName="checked">
          <Switch />
        </Form.Item>
        {reward && (
          <Form.Item label="奖励金额（元）" name="rewardYuan" rules={[{ required: true, message: '请填写奖励金额' }]} extra="按本单位从业人员报告奖励制度确定">
            <InputNumber min={0} precision={0} style={{ width: 200 }} />
          </Form.Item>
        )}
      </>
    );
  },
  toBody: (v: HandleValues, _r: WorkerReport) => ({
    outcome: v.outcome ?? 'hazard_found',
    note: (v.note ?? '').trim(),
    rewardYuan: v.reward && typeof v.rewardYuan === 'number' ? v.rewardYuan : undefined,
  }),
});

type HandleBody = Omit<WorkerReportHandleInput, 'version'>;
const workerReportForms: ActionFormRegistry<WorkerReport, 'handle', { handle: HandleBody }> = { handle: handleForm };

/** A report filed by a logged-in enterprise user (e.g. entering one received on paper). */
function NewReportModal({ open, onClose, onDone }: { open: boolean; onClose: () => void; onDone: () => void }) {
  const [form] = Form.useForm<WorkerReportValues>();
  const anonymous = Form.useWatch('anonymous', form);
  const { submit, saving, error } = useFormSubmit(
    form,
    (v: WorkerReportValues) => workerReportsApi.create(toWorkerReportInput(v)),
    { success: (r) => `已登记内部报告 ${r.reportNo}`, onSuccess: onDone },
  );
  return (
    <FormModal open={open} title="登记从业人员报告" onClose={onClose} onSubmit={submit} saving={saving} error={error} okText="提交">
      <Form<WorkerReportValues> form={form} layout="vertical" preserve={false} initialValues={{ anonymous: true }}>
        <WorkerReportFields anonymous={anonymous} />
      </Form>
    </FormModal>
  );
}

/** 从业人员内部报告 (enterprise users): the report link, the list, and handling with the internal reward. */
export default function WorkerReportsPage() {
  const urlFilters = useUrlFilters(workerReportFilters);
  /** Open reports first: no filter in the URL means 待处理. */
  const show = urlFilters.filters.status ?? 'open';
  const list = useQuery(`worker-reports:${urlFilters.key}`, (signal) =>
    workerReportsApi.list({ status: show === 'all' ? undefined : show, page: urlFilters.page, pageSize: urlFilters.pageSize }, signal),
  );
  const [handling, setHandling] = useState<WorkerReport | null>(null);
  const [creating, setCreating] = useState(false);

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <ReportLinkCard />
      <Card
        title="从业人员内部报告"
        extra={
          <Space>
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
              登记报告
            </Button>
            <Button icon={<ReloadOutlined />} onClick={list.reload} aria-label="刷新" />
          </Space>
        }
      >
        <ListToolbar>
          <Select<WorkerReportStatus | 'all'>
            placeholder="状态"
            style={{ width: 140 }}
            value={show}
            onChange={(status) => urlFilters.set({ status })}
            options={[
              ...workerReportStatuses.map((s) => ({ value: s, label: workerReportStatusLabels[s] })),
              { value: 'all' as const, label: '全部状态' },
            ]}
          />
        </ListToolbar>
        <ListError error={list.error} />
        <Table<WorkerReport>
          rowKey="id"
          loading={list.loading}
          dataSource={list.data?.items ?? []}
          pagination={urlFilters.pagination(list.data?.total ?? 0, '条报告')}
          scroll={{ x: 1100 }}
          data-testid="worker-reports-table"
          columns={[
            { title: '报告编号', dataIndex: 'reportNo', width: 160 },
            { title: '内容', dataIndex: 'content', ellipsis: true },
            { title: '位置', dataIndex: 'location', width: 160, ellipsis: true, render: (v: string) => v || '—' },
            {
              title: '报告人',
              key: 'reporter',
              width: 140,
              render: (_: unknown, r) => (
                <Space size={4}>
                  {r.anonymous ? <Tag>匿名</Tag> : <span>{r.reporterName ?? '—'}</span>}
                  {r.viaLink && <Tag color="blue">链接</Tag>}
                </Space>
              ),
            },
            { title: '收到时间', dataIndex: 'receivedAt', width: 160, render: (v: string) => fmt(v) },
            {
              title: '状态',
              dataIndex: 'status',
              width: 180,
              render: (_: unknown, r) =>
                r.status === 'open' ? (
                  <Tag color="orange">{workerReportStatusLabels.open}</Tag>
                ) : (
                  <Space size={4} wrap>
                    <Tag color="green">{r.outcome ? workerReportOutcomeLabels[r.outcome] : workerReportStatusLabels.handled}</Tag>
                    {r.rewardYuan !== null && r.rewardYuan > 0 && <Tag color="gold">奖励 {yuan(r.rewardYuan)}</Tag>}
                  </Space>
                ),
            },
            {
              title: '操作',
              key: 'actions',
              width: 90,
              fixed: 'end',
              render: (_: unknown, r) =>
                r.actions.includes('handle') ? (
                  <Button size="small" type="link" onClick={() => setHandling(r)}>
                    处理
                  </Button>
                ) : null,
            },
          ]}
          expandable={{
            expandedRowRender: (r) => (
              <Descriptions
                size="small"
                column={1}
                items={[
                  { key: 'content', label: '内容', children: <span style={{ whiteSpace: 'pre-wrap' }}>{r.content}</span> },
                  { key: 'note', label: '处理情况', children: r.note ?? '—' },
                  { key: 'handledAt', label: '处理时间', children: fmt(r.handledAt) },
                ]}
              />
            ),
          }}
        />
      </Card>
      {handling && (
        <WorkflowActionModal
          record={handling}
          recordNo={handling.reportNo}
          action="handle"
          forms={workerReportForms}
          labels={{ handle: '处理' }}
          perform={(_action, body) => workerReportsApi.handle(handling.id, body)}
          onClose={() => setHandling(null)}
          onDone={() => {
            setHandling(null);
            list.reload();
          }}
          onReload={list.reload}
        />
      )}
      <NewReportModal
        open={creating}
        onClose={() => setCreating(false)}
        onDone={() => {
          setCreating(false);
          list.reload();
        }}
      />
    </Space>
  );
}
