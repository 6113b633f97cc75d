import { useState, type ReactNode } from 'react';
import { Alert, Button, Card, Checkbox, Col, DatePicker, Descriptions, Form, Input, Progress, Row, Space, Statistic, Typography } from 'antd';
import { DownloadOutlined, FileExcelOutlined, FileWordOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { errorMessage } from '../../api/client.ts';
import { useMe } from '../../app/auth.tsx';
import { useQuery } from '../../app/useQuery.ts';
import { isRunning, jobPercent, useJob } from '../../app/hooks/useJob.ts';
import { RegionCascader } from '../reference/RegionCascader.tsx';
import { circularsApi, type CircularFormat, type CircularIssue, type CircularParams, type CircularResult, type CircularSection } from './api.ts';

const formats: { format: CircularFormat; label: string; icon: ReactNode }[] = [
  { format: 'docx', label: '生成 Word 通报', icon: <FileWordOutlined /> },
  { format: 'xlsx', label: '生成 Excel 附表', icon: <FileExcelOutlined /> },
];

/** The parts an office may leave out of the Word circular (总体情况 always stays). */
const sectionOptions: { value: CircularSection; label: string }[] = [
  { value: 'ranking', label: '各地排名' },
  { value: 'lists', label: '逾期和长期未整改隐患清单' },
  { value: 'escalations', label: '督办情况' },
  { value: 'inspections', label: '检查和企业主要负责人带队检查情况' },
  { value: 'nextSteps', label: '下一步工作要求' },
];

/** Last month: the circular is usually written in the first days of the next month. */
const defaultMonth = () => dayjs().subtract(1, 'month').format('YYYY-MM');

/** One format's generate button, progress bar and download link. */
function Generator({ params, format, label, icon }: { params: CircularParams & CircularIssue; format: CircularFormat; label: string; icon: ReactNode }) {
  const { job, starting, error, start } = useJob<CircularResult>();
  const running = starting || isRunning(job);
  return (
    <Card size="small" title={label} data-testid={`circular-${format}`}>
      <Space orientation="vertical" style={{ width: '100%' }}>
        <Button type="primary" icon={icon} loading={running} onClick={() => void start(() => circularsApi.start({ ...params, format }))} data-testid={`circular-generate-${format}`}>
          生成
        </Button>
        {(running || job) && <Progress percent={jobPercent(job)} status={job?.status === 'failed' ? 'exception' : running ? 'active' : 'success'} data-testid={`circular-progress-${format}`} />}
        {job?.status === 'failed' && <Alert type="error" showIcon title={job.error ?? '生成失败'} />}
        {error && <Alert type="error" showIcon title={error} />}
        {job?.status === 'succeeded' && job.result && (
          <Button icon={<DownloadOutlined />} href={circularsApi.fileUrl(job.id)} download data-testid={`circular-download-${format}`}>
            下载 {job.result.fileName}
          </Button>
        )}
      </Space>
    </Card>
  );
}

/** 月通报: pick a region within the scope and a month, check the headline numbers, then generate .docx / .xlsx. */
export default function CircularPage() {
  const me = useMe();
  const [month, setMonth] = useState(defaultMonth);
  const [regionCode, setRegionCode] = useState<string | undefined>(undefined);
  const params: CircularParams = { month, regionCode };
  const preview = useQuery(`${month}|${regionCode ?? ''}`, (signal) => circularsApi.preview(params, signal));
  const [docNo, setDocNo] = useState('');
  const [signer, setSigner] = useState('');
  const [issuedOn, setIssuedOn] = useState(() => dayjs().format('YYYY-MM-DD'));
  const [sections, setSections] = useState<CircularSection[]>(sectionOptions.map((o) => o.value));
  const issue: CircularIssue = { docNo: docNo.trim() || undefined, signer: signer.trim() || undefined, issuedOn, sections };

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={4} style={{ margin: 0 }}>
        月通报
      </Typography.Title>
      <Space wrap>
        <RegionCascader rootCode={me.org?.regionCode ?? null} value={regionCode ?? null} onChange={setRegionCode} placeholder="本辖区" style={{ width: 260 }} />
        <DatePicker
          picker="month"
          allowClear={false}
          value={dayjs(`${month}-01`)}
          disabledDate={(d) => d.isAfter(dayjs(), 'month')}
          onChange={(d) => setMonth((d ?? dayjs()).format('YYYY-MM'))}
          data-testid="circular-month"
        />
      </Space>
      {preview.error !== undefined && <Alert type="error" showIcon title={errorMessage(preview.error)} />}
      {preview.data && (
        <Card title={preview.data.title} loading={preview.loading} data-testid="circular-preview">
          <Descriptions
            size="small"
            column={3}
            items={[
              { key: 'asOf', label: '统计时点', children: preview.data.asOf },
              { key: 'region', label: '地区', children: preview.data.region.name },
              { key: 'sectors', label: '行业领域', children: preview.data.sectors ? preview.data.sectors.join('、') : '全部' },
            ]}
          />
          <Row gutter={[16, 16]} style={{ marginTop: 12 }}>
            {preview.data.headline.map((h) => (
              <Col key={h.label} xs={12} md={6} xl={4}>
                <Statistic title={h.label} value={h.value} />
              </Col>
            ))}
          </Row>
          <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0 }}>
            逾期清单 {preview.data.counts.overdue} 项、长期未整改 {preview.data.counts.longStanding} 项、本月督办 {preview.data.counts.escalations} 次、参与排名的下级地区 {preview.data.counts.subRegions} 个。
          </Typography.Paragraph>
        </Card>
      )}
      <Card size="small" title="发文信息（写入 Word 通报）" data-testid="circular-issue">
        <Form layout="vertical">
          <Row gutter={16}>
            <Col xs={24} md={8}>
              <Form.Item label="文号" extra="留空则保留「××安委办〔年〕××号」占位">
                <Input value={docNo} maxLength={40} placeholder="如 亳安委办〔2026〕15号" onChange={(e) => setDocNo(e.target.value)} data-testid="circular-doc-no" />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item label="签发人">
                <Input value={signer} maxLength={20} onChange={(e) => setSigner(e.target.value)} data-testid="circular-signer" />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item label="成文日期" extra="不早于统计时点">
                <DatePicker
                  allowClear={false}
                  value={dayjs(issuedOn)}
                  onChange={(d) => setIssuedOn((d ?? dayjs()).format('YYYY-MM-DD'))}
                  style={{ width: '100%' }}
                  data-testid="circular-issued-on"
                />
              </Form.Item>
            </Col>
          </Row>
          <Form.Item label="包含的部分（总体情况始终包含）" style={{ marginBottom: 0 }}>
            <Checkbox.Group options={sectionOptions} value={sections} onChange={(v) => setSections(v)} data-testid="circular-sections" />
          </Form.Item>
        </Form>
      </Card>
      <Row gutter={16}>
        {formats.map((f) => (
          <Col key={f.format} xs={24} md={12}>
            <Generator key={`${f.format}|${month}|${regionCode ?? ''}`} params={{ ...params, ...issue }} {...f} />
          </Col>
        ))}
      </Row>
    </Space>
  );
}
