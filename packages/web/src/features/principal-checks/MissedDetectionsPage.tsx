import { useState } from 'react';
import { Link } from 'react-router-dom';
import { Button, Card, Input, Modal, Select, Space, Table, Tag, Typography } from 'antd';
import { errorMessage } from '../../api/client.ts';
import { feedback } from '../../app/feedback.ts';
import { ListError } from '../../app/ListToolbar.tsx';
import { useQuery } from '../../app/useQuery.ts';
import { principalChecksApi } from '../inspections/api.ts';

type Detection = Awaited<ReturnType<typeof principalChecksApi.detections>>['items'][number];
type Verdict = 'confirmed' | 'rejected';
const verdictLabels: Record<Verdict, string> = { confirmed: '属实', rejected: '不属实' };
const reasonLabels = { criterion_passed: '带队检查判为「符合」的条款', no_major_raised: '带队检查未发现重大隐患' } as const;

/**
 * 查不出: a major hazard found by regulators soon after the principal's check passed the same criterion. The
 * regulator marks each pair 属实 (the check missed it) or 不属实.
 */
export default function MissedDetectionsPage() {
  const [verdict, setVerdict] = useState<'pending' | Verdict | undefined>('pending');
  const list = useQuery(`missed:${verdict ?? ''}`, (signal) => principalChecksApi.detections({ verdict }, signal));
  const [reviewing, setReviewing] = useState<{ d: Detection; verdict: Verdict } | null>(null);
  const [note, setNote] = useState('');
  const [saving, setSaving] = useState(false);

  const save = async () => {
    if (!reviewing) return;
    setSaving(true);
    try {
      await principalChecksApi.review(reviewing.d.hazard.id, { verdict: reviewing.verdict, note });
      feedback.success(`已标记为${verdictLabels[reviewing.verdict]}`);
      setReviewing(null);
      setNote('');
      list.reload();
    } catch (e) {
      feedback.error(errorMessage(e));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Card title="查不出：带队检查后被发现的重大事故隐患" extra={list.data && <Typography.Text type="secondary">检查后 {list.data.windowDays} 天内</Typography.Text>}>
      <Space style={{ marginBottom: 16 }}>
        <Select
          style={{ width: 140 }}
          allowClear
          placeholder="核实结果"
          value={verdict}
          onChange={setVerdict}
          options={[
            { value: 'pending', label: '待核实' },
            { value: 'confirmed', label: '属实' },
            { value: 'rejected', label: '不属实' },
          ]}
        />
      </Space>
      <ListError error={list.error} />
      <Table<Detection>
        rowKey={(d) => d.hazard.id}
        loading={list.loading}
        dataSource={list.data?.items ?? []}
        scroll={{ x: 1100 }}
        data-testid="missed-detections"
        columns={[
          { title: '单位', key: 'e', width: 200, render: (_: unknown, d) => `${d.enterprise.name}（${d.enterprise.regionName}）` },
          { title: '带队检查', key: 'c', width: 200, render: (_: unknown, d) => <Link to={`/inspections/${d.check.id}`}>{d.check.inspectionNo}</Link> },
          { title: '检查日期', key: 'cd', width: 110, render: (_: unknown, d) => d.check.checkDate },
          { title: '其后发现的重大隐患', key: 'h', width: 260, render: (_: unknown, d) => <Link to={`/hazards/${d.hazard.id}`}>{d.hazard.hazardNo} {d.hazard.title}</Link> },
          { title: '间隔', key: 'days', width: 80, render: (_: unknown, d) => `${d.daysAfter} 天` },
          { title: '依据', key: 'r', width: 180, render: (_: unknown, d) => reasonLabels[d.reason] },
          {
            title: '核实',
            key: 'v',
            width: 180,
            fixed: 'end',
            render: (_: unknown, d) =>
              d.review ? (
                <Tag color={d.review.verdict === 'confirmed' ? 'red' : 'default'}>{verdictLabels[d.review.verdict]}</Tag>
              ) : (
                <Space>
                  <Button size="small" danger onClick={() => setReviewing({ d, verdict: 'confirmed' })}>属实</Button>
                  <Button size="small" onClick={() => setReviewing({ d, verdict: 'rejected' })}>不属实</Button>
                </Space>
              ),
          },
        ]}
      />
      <Modal open={reviewing !== null} title={reviewing ? `标记为${verdictLabels[reviewing.verdict]}` : ''} onCancel={() => setReviewing(null)} onOk={() => void save()} confirmLoading={saving} okText="确定">
        <Input.TextArea rows={3} maxLength={1000} placeholder="核实意见（可不填）" value={note} onChange={(e) => setNote(e.target.value)} />
      </Modal>
    </Card>
  );
}
