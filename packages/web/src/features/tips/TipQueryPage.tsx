import { useEffect, useState } from 'react';
import { Alert, Button, Card, Descriptions, Empty, Flex, Form, Input, Space, Tag, Timeline, Typography } from 'antd';
import type { UploadFile } from 'antd';
import dayjs from 'dayjs';
import { errorMessage } from '../../api/client.ts';
import { FormErrorAlert } from '../../app/FormErrorAlert.tsx';
import { useFormSubmit } from '../../app/hooks/useFormSubmit.ts';
import { dateTimeFormat } from '../../app/labels.ts';
import { publicTipsApi, type TipLookup } from './api.ts';
import { rewardStatusLabels, TipStatusTag, yuan } from './labels.tsx';
import { PublicLayout } from './PublicLayout.tsx';
import { filesOf, TipFilesInput } from './TipFilesInput.tsx';

const fmt = (ts: string) => dayjs(ts).format(dateTimeFormat);

function Messages({ lookup }: { lookup: TipLookup }) {
  if (lookup.messages.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="暂无往来消息" />;
  return (
    <Flex vertical gap={8} data-testid="tip-messages">
      {lookup.messages.map((m, i) => (
        <div key={`${m.at}:${i}`} className={`zb-tip-message ${m.from === 'officer' ? 'zb-tip-message-officer' : 'zb-tip-message-reporter'}`}>
          <Typography.Text type="secondary" style={{ fontSize: 12, display: 'block' }}>
            {m.from === 'officer' ? '受理人员' : '我'} · {fmt(m.at)}
          </Typography.Text>
          {m.text}
        </div>
      ))}
    </Flex>
  );
}

/** 补充信息 / 回答提问: text and optional files, sent with the receipt code in the body. */
function Followup({ receiptCode, onSent }: { receiptCode: string; onSent: () => void }) {
  const [form] = Form.useForm<{ text: string; files?: UploadFile[] }>();
  const { submit: send, saving: sending, error } = useFormSubmit(
    form,
    (v: { text: string; files?: UploadFile[] }) => publicTipsApi.followup(receiptCode, v.text.trim(), filesOf(v.files)),
    {
      success: '已提交，受理人员会看到您补充的信息',
      onSuccess: () => {
        form.resetFields();
        onSent();
      },
    },
  );
  return (
    <Form form={form} layout="vertical" initialValues={{ files: [] }}>
      <FormErrorAlert error={error} style={{ marginBottom: 12 }} />
      <Form.Item label="补充信息或回答问题" name="text" rules={[{ required: true, whitespace: true, message: '请填写要补充的内容' }]}>
        <Input.TextArea rows={4} maxLength={2000} showCount data-testid="followup-text" />
      </Form.Item>
      <Form.Item label="照片或文件" name="files">
        <TipFilesInput />
      </Form.Item>
      <Button type="primary" loading={sending} onClick={() => void send()} data-testid="followup-submit">
        提交
      </Button>
    </Form>
  );
}

/**
 * 查询办理进度: the receipt code goes in a POST body (never the URL). The code stays in this page's memory
 * while the result is shown, so the reporter can add information; 退出 forgets it.
 */
export default function TipQueryPage() {
  const [code, setCode] = useState('');
  const [activeCode, setActiveCode] = useState<string | null>(null);
  const [lookup, setLookup] = useState<TipLookup | null>(null);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    document.title = '查询举报办理进度 · 治本';
  }, []);

  const load = async (receiptCode: string) => {
    setLoading(true);
    setError(null);
    try {
      setLookup(await publicTipsApi.lookup(receiptCode));
      setActiveCode(receiptCode);
    } catch (err) {
      setLookup(null);
      setActiveCode(null);
      setError(errorMessage(err));
    } finally {
      setLoading(false);
    }
  };

  const leave = () => {
    setLookup(null);
    setActiveCode(null);
    setCode('');
  };

  return (
    <PublicLayout title="查询举报办理进度">
      {!lookup || activeCode === null ? (
        <Card title="输入查询码">
          <Typography.Paragraph type="secondary">查询码是提交举报后页面上显示的一串字符。</Typography.Paragraph>
          {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} data-testid="lookup-error" />}
          <form
            onSubmit={(e) => {
              e.preventDefault();
              const trimmed = code.replace(/\s+/g, '');
              if (trimmed) void load(trimmed);
            }}
          >
            <Flex vertical gap={12}>
              <Input.Password
                size="large"
                value={code}
                onChange={(e) => setCode(e.target.value)}
                placeholder="请输入或粘贴查询码"
                autoComplete="off"
                visibilityToggle
                aria-label="查询码"
                data-testid="lookup-code"
              />
              <Button type="primary" size="large" htmlType="submit" loading={loading} disabled={code.trim() === ''} data-testid="lookup-submit">
                查询
              </Button>
            </Flex>
          </form>
        </Card>
      ) : (
        <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
          <Card
            title={`举报编号 ${lookup.tipNo}`}
            extra={
              <Space>
                <Button size="small" loading={loading} onClick={() => void load(activeCode)}>
                  刷新
                </Button>
                <Button size="small" onClick={leave}>
                  退出
                </Button>
              </Space>
            }
          >
            <Descriptions
              column={1}
              size="small"
              items={[
                { key: 'status', label: '办理状态', children: <TipStatusTag status={lookup.status} label={lookup.statusLabel} /> },
                { key: 'at', label: '提交时间', children: fmt(lookup.receivedAt) },
                {
                  key: 'reward',
                  label: '举报奖励',
                  children: lookup.reward ? (
                    <Space data-testid="lookup-reward">
                      <Tag color={lookup.reward.status === 'paid' ? 'green' : 'blue'}>{rewardStatusLabels[lookup.reward.status]}</Tag>
                      {lookup.reward.amountYuan !== null && <span>{yuan(lookup.reward.amountYuan)}</span>}
                    </Space>
                  ) : (
                    <Typography.Text type="secondary">暂无</Typography.Text>
                  ),
                },
              ]}
            />
          </Card>
          <Card title="办理答复" size="small">
            {lookup.feedback.length === 0 ? (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="暂无答复，受理机关将在规定时限内处理" />
            ) : (
              <Timeline
                items={lookup.feedback.map((f, i) => ({
                  key: `${f.at}:${i}`,
                  content: (
                    <>
                      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                        {fmt(f.at)}
                      </Typography.Text>
                      <div style={{ whiteSpace: 'pre-wrap' }}>{f.text}</div>
                    </>
                  ),
                }))}
                data-testid="lookup-feedback"
              />
            )}
          </Card>
          <Card title="往来消息" size="small">
            <Messages lookup={lookup} />
          </Card>
          <Card title="补充信息" size="small">
            {lookup.canFollowUp ? (
              <Followup receiptCode={activeCode} onSent={() => void load(activeCode)} />
            ) : (
              <Typography.Text type="secondary">该举报已办结或不予受理，不能再补充信息。</Typography.Text>
            )}
          </Card>
        </Space>
      )}
    </PublicLayout>
  );
}
