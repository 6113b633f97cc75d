import { useState } from 'react';
import { Alert, Button, Card, Form, Input, Radio, Select, Space, Tag, Typography } from 'antd';
import { ExperimentOutlined } from '@ant-design/icons';
import { Link } from 'react-router-dom';
import { useAuth } from '../../app/auth.tsx';
import { feedback } from '../../app/feedback.ts';
import { FormModal } from '../../app/FormModal.tsx';
import { oneOf } from '../../app/hooks/urlFilters.ts';
import { useFormSubmit } from '../../app/hooks/useFormSubmit.ts';
import { useUrlFilters } from '../../app/hooks/useUrlFilters.ts';
import { ListError } from '../../app/ListToolbar.tsx';
import { ResponsiveTable } from '../../app/ResponsiveTable.tsx';
import { useQuery } from '../../app/useQuery.ts';
import { serviceBodiesApi, type Review } from './api.ts';
import { CheckSampleCard } from './BodyOversightCards.tsx';
import { quarterLabel, recentQuarters } from './quarters.ts';

type Values = { result?: 'pass' | 'fail'; defects?: string };

function ResultModal({ review, onClose, onDone }: { review: Review; onClose: () => void; onDone: () => void }) {
  const [form] = Form.useForm<Values>();
  const result = Form.useWatch('result', form);
  const { submit, saving, error } = useFormSubmit(
    form,
    (v: Values) => {
      const defects = (v.defects ?? '').split('\n').map((d) => d.trim()).filter((d) => d.length > 0);
      return serviceBodiesApi.review(review.id, { version: review.version, result: v.result ?? 'pass', defects: v.result === 'fail' ? defects : [] });
    },
    { success: '已录入复核结论', onSuccess: onDone },
  );
  return (
    <FormModal open title={`复核结论：${review.bodyName} · ${review.enterpriseName}`} onClose={onClose} onSubmit={submit} saving={saving} error={error}>
      <Form<Values> form={form} layout="vertical" initialValues={{ result: review.result ?? undefined, defects: review.defects.join('\n') }}>
        <Form.Item label="复核结论" name="result" rules={[{ required: true, message: '请选择复核结论' }]}>
          <Radio.Group
            options={[
              { value: 'pass', label: '合格' },
              { value: 'fail', label: '不合格' },
            ]}
          />
        </Form.Item>
        {result === 'fail' && (
          <Form.Item label="存在问题（每行一项）" name="defects" rules={[{ required: true, whitespace: true, message: '不合格须至少填写一项问题' }]}>
            <Input.TextArea rows={4} maxLength={5000} data-testid="review-defects" />
          </Form.Item>
        )}
      </Form>
    </FormModal>
  );
}

/** 复核抽样: the quarter's draw of each body's reports (at least one per body), and the results entered against it. */
export default function ReviewSamplesPage() {
  const { can } = useAuth();
  const quarters = recentQuarters();
  const urlFilters = useUrlFilters({ quarter: oneOf(quarters) });
  const quarter = urlFilters.filters.quarter ?? quarters[0] ?? '';
  const list = useQuery(`service-reviews:${quarter}`, (signal) => serviceBodiesApi.samples(quarter, signal));
  const [busy, setBusy] = useState(false);
  const [entering, setEntering] = useState<Review | null>(null);
  const data = list.data;
  const draw = async () => {
    setBusy(true);
    try {
      const r = await serviceBodiesApi.draw(quarter);
      feedback.success(`已抽取 ${r.items.length} 份报告`);
      list.setData(r);
    } catch (e) {
      feedback.error(e);
    } finally {
      setBusy(false);
    }
  };
  const done = data?.items.filter((i) => i.result !== null).length ?? 0;
  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Card
        data-testid="review-samples"
        title="服务报告复核抽样"
        extra={
          <Space wrap>
            <Select style={{ width: 160 }} value={quarter} onChange={(q: string) => urlFilters.set({ quarter: q })} options={quarters.map((q) => ({ value: q, label: quarterLabel(q) }))} data-testid="quarter" />
            {can('service_bodies.manage') && (
              <Button type="primary" icon={<ExperimentOutlined />} loading={busy} onClick={() => void draw()} disabled={data?.drawn === true} data-testid="draw">
                {data?.drawn ? '本季度已抽取' : '抽取本季度样本'}
              </Button>
            )}
            <Link to="/service-bodies/ranking">机构排名</Link>
          </Space>
        }
      >
        <ListError error={list.error} />
        {data && (
          <Alert
            type="info"
            showIcon
            style={{ marginBottom: 16 }}
            title={
              data.drawn
                ? `本单位已于 ${new Date(data.drawnAt ?? '').toLocaleString('zh-CN')} 按 ${data.ratePercent ?? 0}% 抽取（每家至少1份）；已复核 ${done} / ${data.items.length} 份。随机种子：${data.seed ?? ''}`
                : `本季度尚未抽取。抽取按每家机构本季度报告的10%（至少1份）进行，同一季度只抽取一次。辖区内已抽取 ${data.items.length} 份。`
            }
          />
        )}
        <ResponsiveTable<Review>
          rowKey="id"
          loading={list.loading}
          dataSource={data?.items ?? []}
          pagination={false}
          columns={[
            { title: '机构', dataIndex: 'bodyName', render: (n: string, r) => <Link to={`/service-bodies/${r.bodyId}`}>{n}</Link> },
            { title: '委托企业', dataIndex: 'enterpriseName' },
            { title: '报告', width: 220, render: (_: unknown, r: Review) => `${r.reportDate} ${r.reportType}` },
            {
              title: '复核结论',
              dataIndex: 'result',
              width: 260,
              render: (res: Review['result'], r) =>
                res === null ? (
                  <Tag color="processing">待复核</Tag>
                ) : (
                  <span>
                    <Tag color={res === 'pass' ? 'green' : 'red'}>{r.resultLabel}</Tag>
                    <Typography.Text type="secondary">{r.defects.join('；')}</Typography.Text>
                  </span>
                ),
            },
            {
              title: '操作',
              width: 110,
              render: (_: unknown, r: Review) =>
                r.mine && can('service_bodies.manage') ? (
                  <Button size="small" onClick={() => setEntering(r)} data-testid={`enter-${r.id}`}>
                    {r.result === null ? '录入结论' : '修改结论'}
                  </Button>
                ) : null,
            },
          ]}
        />
        {entering && (
          <ResultModal
            review={entering}
            onClose={() => setEntering(null)}
            onDone={() => {
              setEntering(null);
              list.reload();
            }}
          />
        )}
      </Card>
      <CheckSampleCard quarter={quarter} drawn={data?.drawn ?? false} />
    </Space>
  );
}
