import { Form, Input, Radio } from 'antd';

/** Fields shared by the logged-in form and the public link page. */
export function WorkerReportFields({ anonymous }: { anonymous: boolean | undefined }) {
  return (
    <>
      <Form.Item
        label="发现的问题"
        name="content"
        rules={[
          { required: true, whitespace: true, message: '请描述发现的问题' },
          { min: 5, message: '请至少用5个字描述问题' },
        ]}
      >
        <Input.TextArea rows={5} maxLength={4000} showCount placeholder="什么问题、什么时间发现、现在是否仍然存在" />
      </Form.Item>
      <Form.Item label="位置" name="location">
        <Input maxLength={200} placeholder="如：二车间东侧配电室" />
      </Form.Item>
      <Form.Item label="报告方式" name="anonymous">
        <Radio.Group
          optionType="button"
          buttonStyle="solid"
          options={[
            { value: true, label: '匿名' },
            { value: false, label: '署名' },
          ]}
        />
      </Form.Item>
      {anonymous === false && (
        <Form.Item label="姓名" name="reporterName" rules={[{ required: true, whitespace: true, message: '署名报告请填写姓名' }]}>
          <Input maxLength={40} autoComplete="off" />
        </Form.Item>
      )}
    </>
  );
}

export type WorkerReportValues = { content: string; location?: string; anonymous: boolean; reporterName?: string };

/** The request body of a report (both forms): the name only when not anonymous. */
export const toWorkerReportInput = (v: WorkerReportValues) => ({
  content: v.content.trim(),
  location: (v.location ?? '').trim() || undefined,
  anonymous: v.anonymous,
  reporterName: v.anonymous ? undefined : (v.reporterName ?? '').trim() || undefined,
});
