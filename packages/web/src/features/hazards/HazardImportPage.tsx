import { useEffect, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { Alert, Button, Card, Col, Progress, Result, Row, Space, Statistic, Steps, Table, Typography, Upload } from 'antd';
import { DownloadOutlined, InboxOutlined } from '@ant-design/icons';
import { hazardLevelLabels, hazardSourceLabel, hazardStatusLabels } from '../../app/labels.ts';
import { errorMessage } from '../../api/client.ts';
import { hazardsApi, type ImportOutcome, type ImportPreview, type ImportRowError, type Job } from './api.ts';
import { isRunning, jobPercent, useJob } from '../../app/hooks/useJob.ts';
import { gradingApi, type LedgerGradingReport } from '../grading/api.ts';
import { LedgerGradingPanel } from '../grading/LedgerGradingPanel.tsx';

const sampleLabels: Record<string, string> = {
  row: '行号',
  hazardNo: '隐患编号',
  enterpriseName: '单位',
  enterprise: '单位',
  uscc: '统一社会信用代码',
  regionCode: '区划代码',
  regionName: '所在地区',
  sector: '行业领域',
  level: '等级',
  source: '来源',
  title: '隐患名称',
  description: '隐患描述',
  location: '隐患位置',
  foundAt: '发现日期',
  deadline: '整改期限',
  status: '状态',
  criterionIds: '判定依据',
  closedAt: '销号日期',
  fixedOnSite: '立查立改',
  interimControls: '临时管控措施',
  duplicate: '已存在（跳过）',
};

function cell(key: string, v: unknown): string {
  if (v === null || v === undefined || v === '') return '—';
  if (key === 'level' && typeof v === 'string') return (hazardLevelLabels as Record<string, string>)[v] ?? v;
  if (key === 'source' && typeof v === 'string') return hazardSourceLabel(v);
  if (key === 'status' && typeof v === 'string') return (hazardStatusLabels as Record<string, string>)[v] ?? v;
  if (typeof v === 'boolean') return v ? '是' : '否';
  if (Array.isArray(v)) return v.map((x) => cell('', x)).join('、');
  if (typeof v === 'object') return JSON.stringify(v);
  return String(v);
}

/** The refused rows of a job as .xlsx (the ledger's cells, row number, 原因): the same file goes back with the job. */
function DownloadErrorsButton({ jobId, file }: { jobId: string; file: File }) {
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const download = async () => {
    setBusy(true);
    setFailure(null);
    try {
      await hazardsApi.downloadImportErrors(jobId, file);
    } catch (err) {
      setFailure(errorMessage(err));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Space>
      <Button size="small" icon={<DownloadOutlined />} loading={busy} onClick={() => void download()} data-testid="import-errors-download">
        下载错误行
      </Button>
      {failure && <Typography.Text type="danger">{failure}</Typography.Text>}
    </Space>
  );
}

function ErrorTable({ errors, title, truncated, download }: { errors: ImportRowError[]; title: string; truncated?: boolean; download?: { jobId: string; file: File } | null }) {
  if (errors.length === 0) return null;
  return (
    <Table<ImportRowError & { key: number }>
      size="small"
      title={() => (
        <Space wrap>
          {truncated ? `${title}（仅列出前 ${errors.length} 条）` : title}
          {download && <DownloadErrorsButton jobId={download.jobId} file={download.file} />}
        </Space>
      )}
      dataSource={errors.map((e, i) => ({ ...e, key: i }))}
      pagination={{ pageSize: 10, showSizeChanger: false }}
      data-testid="import-errors"
      columns={[
        { title: '行号', dataIndex: 'row', width: 80 },
        { title: '列', dataIndex: 'column', width: 160, render: (c: string | null) => c ?? '—' },
        { title: '原因', dataIndex: 'message' },
      ]}
    />
  );
}

function SampleTable({ rows }: { rows: Record<string, unknown>[] }) {
  if (rows.length === 0) return null;
  const order = Object.keys(sampleLabels);
  const rank = (k: string) => (order.includes(k) ? order.indexOf(k) : order.length);
  const keys = [...new Set(rows.flatMap((r) => Object.keys(r)))].sort((a, b) => rank(a) - rank(b));
  return (
    <Table<Record<string, unknown> & { key: number }>
      size="small"
      title={() => `数据预览（前 ${rows.length} 行）`}
      dataSource={rows.map((r, i) => ({ ...r, key: i }))}
      pagination={false}
      scroll={{ x: Math.max(800, keys.length * 140) }}
      columns={keys.map((k) => ({
        title: sampleLabels[k] ?? k,
        dataIndex: k,
        width: k === 'description' || k === 'title' ? 220 : 130,
        ellipsis: true,
        render: (v: unknown) => cell(k, v),
      }))}
    />
  );
}

function JobProgress({ job, label }: { job: Job<unknown>; label: string }) {
  return (
    <div style={{ padding: '24px 0' }}>
      <Typography.Paragraph>
        {job.status === 'queued'
          ? '排队等待处理…'
          : job.progress.total > 0
            ? `${label}：已处理 ${job.progress.done} / ${job.progress.total} 行`
            : '正在读取文件…'}
      </Typography.Paragraph>
      <Progress percent={jobPercent(job)} status="active" data-testid="import-progress" />
    </div>
  );
}

function PreviewSummary({ result, download }: { result: ImportPreview; download: { jobId: string; file: File } | null }) {
  const skipped = result.skipped ?? 0;
  const fresh = result.valid - skipped;
  const invalid = Math.max(0, result.total - result.valid);
  return (
    <>
      {invalid === 0 ? (
        <Alert
          type="success"
          showIcon
          title={`预检通过：共 ${result.total} 行，将新增 ${fresh} 条${skipped ? `，${skipped} 条已存在将跳过` : ''}。`}
        />
      ) : (
        <Alert
          type={fresh > 0 ? 'warning' : 'error'}
          showIcon
          title={`共 ${result.total} 行：可导入 ${fresh} 条${skipped ? `，已存在将跳过 ${skipped} 条` : ''}，${invalid} 行有错误将不导入（可修改后重新导入）。`}
        />
      )}
      <Row gutter={16}>
        <Col span={6}>
          <Statistic title="总行数" value={result.total} />
        </Col>
        <Col span={6}>
          <Statistic title="将新增" value={fresh} styles={{ content: { color: '#389e0d' } }} />
        </Col>
        <Col span={6}>
          <Statistic title="已存在（跳过）" value={skipped} />
        </Col>
        <Col span={6}>
          <Statistic title="有错误" value={invalid} styles={{ content: { color: invalid ? '#cf1322' : undefined } }} />
        </Col>
      </Row>
      <ErrorTable errors={result.errors} truncated={result.errorsTruncated} title="错误明细" download={download} />
      <SampleTable rows={result.sample} />
    </>
  );
}

/** 隐患导入: upload an .xlsx ledger, check it (preview job), then import it (import job) and show the outcome. */
export default function HazardImportPage() {
  const navigate = useNavigate();
  const [file, setFile] = useState<File | null>(null);
  const [pickError, setPickError] = useState<string | null>(null);
  const preview = useJob<ImportPreview & { grading?: LedgerGradingReport }>();
  const run = useJob<ImportOutcome>();
  // When the preview's time budget left rows unchecked, every row goes through the 判定助手 in a follow-up job.
  const fullCheck = useJob<ImportPreview & { grading?: LedgerGradingReport }>();
  // 判定助手: criteria picked per row in the preview, written on import.
  const [picks, setPicks] = useState<Map<number, string[]>>(() => new Map());

  const reset = () => {
    preview.reset();
    fullCheck.reset();
    run.reset();
    setFile(null);
    setPickError(null);
    setPicks(new Map());
  };

  const previewDone = preview.job?.status === 'succeeded' && preview.job.result ? preview.job.result : null;
  const uncheckedInPreview = previewDone?.grading?.unchecked ?? 0;
  useEffect(() => {
    if (file && uncheckedInPreview > 0 && !fullCheck.job && !fullCheck.starting) void fullCheck.start(() => hazardsApi.importGrading(file));
  }, [file, uncheckedInPreview, fullCheck]);
  const gradingReport = (fullCheck.job?.status === 'succeeded' ? fullCheck.job.result?.grading : undefined) ?? previewDone?.grading;
  const outcome = run.job?.status === 'succeeded' && run.job.result ? run.job.result : null;
  const step = run.job || run.starting ? 2 : preview.job || preview.starting ? 1 : 0;

  return (
    <Card
      title="隐患导入"
      extra={
        <Typography.Link href={hazardsApi.templateUrl} download>
          <DownloadOutlined /> 下载导入模板
        </Typography.Link>
      }
      style={{ maxWidth: 1200 }}
    >
      <Steps current={step} style={{ marginBottom: 24 }} items={[{ title: '选择文件' }, { title: '数据预检' }, { title: '导入结果' }]} />
      {pickError && <Alert type="error" showIcon title={pickError} style={{ marginBottom: 16 }} />}
      {preview.error && <Alert type="error" showIcon title={preview.error} style={{ marginBottom: 16 }} />}
      {run.error && <Alert type="error" showIcon title={run.error} style={{ marginBottom: 16 }} />}

      {step === 0 && (
        <Space orientation="vertical" style={{ width: '100%' }} size="middle">
          <Typography.Paragraph style={{ marginBottom: 0 }}>
            请使用平台模板填写隐患台账（每行一条隐患，以统一社会信用代码识别单位）。上传后先进行数据预检，确认无误后再导入。
          </Typography.Paragraph>
          <Upload.Dragger
            accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            maxCount={1}
            multiple={false}
            showUploadList={false}
            beforeUpload={(f) => {
              if (!f.name.toLowerCase().endsWith('.xlsx')) {
                setPickError('仅支持 .xlsx 格式的文件');
                return Upload.LIST_IGNORE;
              }
              setPickError(null);
              setFile(f);
              void preview.start(() => hazardsApi.importPreview(f));
              return false;
            }}
            data-testid="import-dragger"
          >
            <p className="ant-upload-drag-icon">
              <InboxOutlined />
            </p>
            <p className="ant-upload-text">点击或拖拽 .xlsx 文件到此区域</p>
            <p className="ant-upload-hint">选择文件后自动开始预检，预检不会写入任何数据</p>
          </Upload.Dragger>
        </Space>
      )}

      {step === 1 && (
        <Space orientation="vertical" style={{ width: '100%' }} size="middle">
          {file && <Typography.Text>文件：{file.name}</Typography.Text>}
          {preview.starting && <Progress percent={0} status="active" />}
          {preview.job && isRunning(preview.job) && <JobProgress job={preview.job} label="正在预检" />}
          {preview.job?.status === 'failed' && <Result status="error" title="预检失败" subTitle={preview.job.error ?? '预检任务执行失败'} />}
          {previewDone && <PreviewSummary result={previewDone} download={preview.job && file ? { jobId: preview.job.id, file } : null} />}
          {fullCheck.job && isRunning(fullCheck.job) && <JobProgress job={fullCheck.job} label="判定助手正在逐行核对全部行" />}
          {fullCheck.error && <Alert type="warning" showIcon title={`逐行核对未完成：${fullCheck.error}`} />}
          {previewDone && gradingReport && (
            <LedgerGradingPanel
              report={gradingReport}
              picks={picks}
              onPick={(row, id) => setPicks((prev) => new Map(prev).set(row, [...new Set([...(prev.get(row) ?? []), id])]))}
            />
          )}
          <Space>
            <Button onClick={reset} disabled={isRunning(preview.job)}>
              重新选择文件
            </Button>
            {previewDone && file && (
              <Button
                type="primary"
                disabled={previewDone.valid - (previewDone.skipped ?? 0) <= 0}
                loading={run.starting}
                onClick={() => void run.start(() => gradingApi.importWithPicks(file, picks))}
                data-testid="import-confirm"
              >
                确认导入
              </Button>
            )}
          </Space>
        </Space>
      )}

      {step === 2 && (
        <Space orientation="vertical" style={{ width: '100%' }} size="middle">
          {run.starting && <Progress percent={0} status="active" />}
          {run.job && isRunning(run.job) && <JobProgress job={run.job} label="正在导入" />}
          {run.job?.status === 'failed' && <Result status="error" title="导入失败" subTitle={run.job.error ?? '导入任务执行失败'} />}
          {outcome && (
            <>
              {outcome.failed === 0 ? (
                <Alert type="success" showIcon title={`导入完成：新增 ${outcome.created} 条${outcome.skipped ? `，跳过 ${outcome.skipped} 条（已存在）` : ''}。`} />
              ) : (
                <Alert
                  type={outcome.created > 0 ? 'warning' : 'error'}
                  showIcon
                  title={`新增 ${outcome.created} 条，跳过 ${outcome.skipped} 条，${outcome.failed} 条未导入。`}
                />
              )}
              <Row gutter={16}>
                <Col span={8}>
                  <Statistic title="新增" value={outcome.created} styles={{ content: { color: '#389e0d' } }} />
                </Col>
                <Col span={8}>
                  <Statistic title="跳过" value={outcome.skipped} />
                </Col>
                <Col span={8}>
                  <Statistic title="失败" value={outcome.failed} styles={{ content: { color: outcome.failed ? '#cf1322' : undefined } }} />
                </Col>
              </Row>
              <ErrorTable errors={outcome.errors} truncated={outcome.errorsTruncated} title="未导入的行（请修改后重新导入）" download={run.job && file ? { jobId: run.job.id, file } : null} />
            </>
          )}
          <Space>
            <Button onClick={reset} disabled={isRunning(run.job)}>
              继续导入
            </Button>
            <Button type="primary" disabled={isRunning(run.job)} onClick={() => void navigate('/hazards')}>
              查看隐患台账
            </Button>
          </Space>
        </Space>
      )}
    </Card>
  );
}
