import { useState } from 'react';
import { Alert, Button, Card, Flex, Input, Progress, Select, Space, Typography } from 'antd';
import { DownloadOutlined, FileWordOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { jobPercent, isRunning, useJob } from '../../app/hooks/useJob.ts';
import { dispatchApi, type DocumentRequest, type DocumentResult } from './api.ts';

const kindLabels: Record<DocumentRequest['kind'], string> = { monthly: '调度通报（月）', quarterly: '季度通报', annual: '年度自评报告' };

function defaultPeriod(kind: DocumentRequest['kind']): string {
  const now = dayjs();
  if (kind === 'monthly') return now.format('YYYY-MM');
  if (kind === 'quarterly') return `${now.year()}-Q${Math.floor(now.month() / 3) + 1}`;
  return String(now.year());
}

/** 调度通报 / 季度通报 / 年度自评报告 (.docx): generated in a background job with progress, then downloaded. */
export function DispatchDocumentCard({ initialPeriod }: { initialPeriod?: string }) {
  const [kind, setKind] = useState<DocumentRequest['kind']>('monthly');
  const [period, setPeriod] = useState(initialPeriod ?? defaultPeriod('monthly'));
  const { job, starting, error, start } = useJob<DocumentResult>();
  const running = starting || isRunning(job);
  return (
    <Card title="调度文书" extra={<FileWordOutlined />} data-testid="dispatch-documents">
      <Flex wrap gap={12} align="center">
        <Select
          value={kind}
          style={{ width: 180 }}
          options={(Object.keys(kindLabels) as DocumentRequest['kind'][]).map((k) => ({ value: k, label: kindLabels[k] }))}
          onChange={(k: DocumentRequest['kind']) => {
            setKind(k);
            setPeriod(defaultPeriod(k));
          }}
          data-testid="document-kind"
        />
        <Input value={period} onChange={(e) => setPeriod(e.target.value.trim())} style={{ width: 140 }} placeholder="2026-10 / 2026-Q3 / 2026" data-testid="document-period" />
        <Button type="primary" loading={running} onClick={() => void start(() => dispatchApi.startDocument({ kind, period, planId: null }))} data-testid="document-generate">
          生成
        </Button>
      </Flex>
      {error && <Alert type="error" showIcon title={error} style={{ marginTop: 12 }} data-testid="document-error" />}
      {job && (
        <Space orientation="vertical" style={{ width: '100%', marginTop: 12 }}>
          <Progress percent={jobPercent(job)} status={job.status === 'failed' ? 'exception' : job.status === 'succeeded' ? 'success' : 'active'} />
          {job.status === 'failed' && <Alert type="error" showIcon title={job.error ?? '生成失败'} />}
          {job.status === 'succeeded' && job.result && (
            <Space>
              <Typography.Text>{job.result.title}</Typography.Text>
              <Button icon={<DownloadOutlined />} href={dispatchApi.documentUrl(job.id)} data-testid="document-download">
                下载 .docx
              </Button>
            </Space>
          )}
        </Space>
      )}
    </Card>
  );
}
