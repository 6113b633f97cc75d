import { Form, Input, InputNumber, Table, Typography } from 'antd';
import type { StoredReport } from './api.ts';

const { TextArea } = Input;

/** The editable parts of a return (工作情况, task progress, problems, next steps); the platform's figures are shown. */
export function ReportFields({ report, textRules }: { report: StoredReport; textRules?: { required: boolean; rules: object[] } }) {
  return (
    <>
      {report.figures.length > 0 && (
        <Table
          size="small"
          pagination={false}
          style={{ marginBottom: 16 }}
          rowKey="key"
          title={() => '平台已有数据（自动带出）'}
          dataSource={report.figures}
          columns={[
            { title: '指标', dataIndex: 'label' },
            { title: '数值', render: (_: unknown, f) => (f.value === null ? '—' : `${f.value}${f.unit}`) },
            { title: '来源', dataIndex: 'source', render: (s: string) => (s === 'zhiben' ? '平台' : '填报') },
          ]}
        />
      )}
      <Form.Item label="工作情况" name="text" required={textRules?.required ?? true} rules={[{ required: true, whitespace: true, message: '请填写工作情况' }]}>
        <TextArea rows={5} maxLength={20000} data-testid="return-text" />
      </Form.Item>
      {report.taskProgress.length > 0 && (
        <>
          <Typography.Text strong>牵头任务进展</Typography.Text>
          {report.taskProgress.map((t) => (
            <div key={t.taskId} style={{ marginTop: 8 }}>
              <Typography.Text>{`${t.code} ${t.name}`}</Typography.Text>
              <Form.Item name={['taskProgress', t.taskId, 'percent']} style={{ marginBottom: 4 }}>
                <InputNumber min={0} max={100} addonAfter="%" style={{ width: 140 }} />
              </Form.Item>
              <Form.Item name={['taskProgress', t.taskId, 'text']}>
                <TextArea rows={2} maxLength={4000} />
              </Form.Item>
            </div>
          ))}
        </>
      )}
      <Form.Item label="存在问题" name="problems" extra="每行一条；调度时可采纳为本月问题">
        <TextArea rows={3} />
      </Form.Item>
      <Form.Item label="下步打算" name="nextSteps">
        <TextArea rows={3} maxLength={10000} />
      </Form.Item>
    </>
  );
}

/** Form values of a report, from a stored or pre-filled one. */
export function reportValues(report: StoredReport) {
  return {
    text: report.text,
    problems: report.problems.join('\n'),
    nextSteps: report.nextSteps,
    taskProgress: Object.fromEntries(report.taskProgress.map((t) => [t.taskId, { percent: t.percent, text: t.text }])),
  };
}
