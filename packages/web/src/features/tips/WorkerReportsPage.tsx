import { useEffect, useState } from 'react';
import { Alert, App, Button, Card, Descriptions, Flex, Form, Input, InputNumber, Modal, Radio, Select, Space, Switch, Table, Tag, Typography } from 'antd';
import { LinkOutlined, PlusOutlined, ReloadOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { ApiError, errorMessage } from '../../api/client.ts';
import { feedback } from '../../app/feedback.ts';
import { markServerFieldError } from '../../app/forms.ts';
import { dateTimeFormat } from '../../app/labels.ts';
import { usePaging } from '../../app/usePaging.ts';
import { useQuery } from '../../app/useQuery.ts';
import {
  workerReportOutcomes,
  workerReportStatuses,
  workerReportsApi,
  type WorkerReport,
  type WorkerReportOutcome,
  type WorkerReportStatus,
} from './api.ts';
import { workerReportOutcomeLabels, workerReportStatusLabels, yuan } from './labels.tsx';
import { WorkerReportFields } from './WorkerReportFields.tsx';

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

type HandleValues = { outcome: WorkerReportOutcome; note: string; reward: boolean; rewardYuan?: number | null };

function HandleModal({ report, onClose, onDone }: { report: WorkerReport | null; onClose: () => void; onDone: (r: WorkerReport) => void }) {
  const [form] = Form.useForm<HandleValues>();
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<ApiError | string | null>(null);
  const reward = Form.useWatch('reward', form);
  useEffect(() => setError(null), [report]);

  const submit = async () => {
    if (!report) return;
    let v: HandleValues;
    try {
      v = await form.validateFields();
    } catch {
      return;
    }
    setSaving(true);
    setError(null);
    try {
      const saved = await workerReportsApi.handle(report.id, {
        version: report.version,
        outcome: v.outcome,
        note: v.note.trim(),
        rewardYuan: v.reward && typeof v.rewardYuan === 'number' ? v.rewardYuan : undefined,
      });
      feedback.success('已处理');
      onDone(saved);
    } catch (err) {
      setError(err instanceof ApiError ? err : errorMessage(err));
      markServerFieldError(form, err);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open={report !== null}
      title={`处理内部报告 · ${report?.reportNo ?? ''}`}
      onCancel={onClose}
      onOk={() => void submit()}
      okText="确定处理"
      confirmLoading={saving}
      destroyOnHidden
      mask={{ closable: false }}
    >
      {error && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 16 }}
          title={typeof error === 'string' ? error : error.message}
          action={
            error instanceof ApiError && error.status === 409 ? (
              <Button size="small" onClick={onClose}>
                刷新
              </Button>
            ) : undefined
          }
        />
      )}
      {report && (
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
          <Form<HandleValues> form={form} layout="vertical" preserve={false} initialValues={{ outcome: 'hazard_found', reward: false }}>
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
          </Form>
        </>
      )}
    </Modal>
  );
}

type NewValues = { content: string; location?: string; anonymous: boolean; reporterName?: string };

/** A report filed by a logged-in enterprise user (e.g. entering one received on paper). */
function NewReportModal({ open, onClose, onDone }: { open: boolean; onClose: () => void; onDone: () => void }) {
  const [form] = Form.useForm<NewValues>();
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const anonymous = Form.useWatch('anonymous', form);
  const submit = async () => {
    let v: NewValues;
    try {
      v = await form.validateFields();
    } catch {
      return;
    }
    setSaving(true);
    setError(null);
    try {
      const r = await workerReportsApi.create({
        content: v.content.trim(),
        location: (v.location ?? '').trim() || undefined,
        anonymous: v.anonymous,
        reporterName: v.anonymous ? undefined : (v.reporterName ?? '').trim() || undefined,
      });
      feedback.success(`已登记内部报告 ${r.reportNo}`);
      onDone();
    } catch (err) {
      setError(errorMessage(err));
      markServerFieldError(form, err);
    } finally {
      setSaving(false);
    }
  };
  return (
    <Modal open={open} title="登记从业人员报告" onCancel={onClose} onOk={() => void submit()} okText="提交" confirmLoading={saving} destroyOnHidden>
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
      <Form<NewValues> form={form} layout="vertical" preserve={false} initialValues={{ anonymous: true }}>
        <WorkerReportFields anonymous={anonymous} />
      </Form>
    </Modal>
  );
}

/** 从业人员内部报告 (enterprise users): the report link, the list, and handling with the internal reward. */
export default function WorkerReportsPage() {
  const [status, setStatus] = useState<WorkerReportStatus | undefined>('open');
  const paging = usePaging('条报告');
  const key = JSON.stringify({ status, page: paging.page, pageSize: paging.pageSize });
  const list = useQuery(`worker-reports:${key}`, (signal) => workerReportsApi.list({ status, page: paging.page, pageSize: paging.pageSize }, signal));
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
        <Flex gap={12} style={{ marginBottom: 16 }}>
          <Select<WorkerReportStatus>
            allowClear
            placeholder="全部状态"
            style={{ width: 140 }}
            value={status}
            onChange={(v) => {
              setStatus(v);
              paging.setPage(1);
            }}
            options={workerReportStatuses.map((s) => ({ value: s, label: workerReportStatusLabels[s] }))}
          />
        </Flex>
        {list.error !== undefined && <Alert type="error" showIcon title={errorMessage(list.error)} style={{ marginBottom: 16 }} />}
        <Table<WorkerReport>
          rowKey="id"
          loading={list.loading}
          dataSource={list.data?.items ?? []}
          pagination={paging.pagination(list.data?.total ?? 0)}
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
      <HandleModal
        report={handling}
        onClose={() => {
          setHandling(null);
          list.reload();
        }}
        onDone={() => {
          setHandling(null);
          list.reload();
        }}
      />
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
