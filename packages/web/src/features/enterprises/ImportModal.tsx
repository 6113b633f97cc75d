import { useEffect, useState, type ReactNode } from 'react';
import { Alert, Button, Modal, Progress, Result, Space, Statistic, Table, Typography, Upload, Row, Col } from 'antd';
import { DownloadOutlined, InboxOutlined } from '@ant-design/icons';
import { isRunning, jobPercent, useJob } from '../../app/hooks/useJob.ts';
import { enterprisesApi, type EnterpriseImportResult, type ImportError } from './api.ts';

/** Upload an .xlsx ledger, follow the import job, then show created/updated/failed counts and row errors. */
export function ImportModal({ open, onClose, onImported }: { open: boolean; onClose: () => void; onImported: () => void }) {
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const { job, starting: uploading, error: jobError, start, reset } = useJob<EnterpriseImportResult>();
  const error = fileError ?? jobError;

  useEffect(() => {
    if (!open) {
      reset();
      setFile(null);
      setFileError(null);
    }
  }, [open, reset]);

  const succeeded = job?.status === 'succeeded';
  useEffect(() => {
    if (succeeded) onImported();
  }, [succeeded, onImported]);

  const startImport = () => {
    if (file) void start(() => enterprisesApi.import(file));
  };

  const running = isRunning(job);
  const percent = jobPercent(job);

  let footer: ReactNode;
  if (!job) {
    footer = (
      <Space>
        <Button onClick={onClose}>取消</Button>
        <Button type="primary" disabled={!file} loading={uploading} onClick={startImport}>
          开始导入
        </Button>
      </Space>
    );
  } else {
    footer = (
      <Button type="primary" disabled={running} onClick={onClose}>
        {running ? '导入中…' : '完成'}
      </Button>
    );
  }

  return (
    <Modal open={open} title="导入企业台账" width={820} onCancel={onClose} footer={footer} destroyOnHidden mask={{ closable: !running }}>
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
      {!job && (
        <Space orientation="vertical" style={{ width: '100%' }} size="middle">
          <Typography.Paragraph style={{ marginBottom: 0 }}>
            请使用平台模板填写企业信息（以统一社会信用代码识别企业：已存在的更新，不存在的新增）。
            <Typography.Link href={enterprisesApi.templateUrl} download>
              <DownloadOutlined /> 下载导入模板
            </Typography.Link>
          </Typography.Paragraph>
          <Upload.Dragger
            accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            maxCount={1}
            multiple={false}
            beforeUpload={(f) => {
              if (!f.name.toLowerCase().endsWith('.xlsx')) {
                setFileError('仅支持 .xlsx 格式的文件');
                return Upload.LIST_IGNORE;
              }
              setFileError(null);
              setFile(f);
              return false;
            }}
            onRemove={() => setFile(null)}
            fileList={file ? [{ uid: 'file', name: file.name, size: file.size, status: 'done' }] : []}
          >
            <p className="ant-upload-drag-icon">
              <InboxOutlined />
            </p>
            <p className="ant-upload-text">点击或拖拽 .xlsx 文件到此区域</p>
            <p className="ant-upload-hint">文件大小以服务器限制为准</p>
          </Upload.Dragger>
        </Space>
      )}
      {job && running && (
        <div style={{ padding: '24px 0' }}>
          <Typography.Paragraph>
            {job.status === 'queued'
              ? '排队等待处理…'
              : job.progress.total > 0
                ? `正在导入：已处理 ${job.progress.done} / ${job.progress.total} 行`
                : '正在读取文件…'}
          </Typography.Paragraph>
          <Progress percent={percent} status="active" data-testid="import-progress" />
        </div>
      )}
      {job && job.status === 'failed' && <Result status="error" title="导入失败" subTitle={job.error ?? '导入任务执行失败'} />}
      {job && job.status === 'succeeded' && job.result && <ImportResult result={job.result} />}
    </Modal>
  );
}

function ImportResult({ result }: { result: EnterpriseImportResult }) {
  return (
    <Space orientation="vertical" style={{ width: '100%' }} size="middle">
      {result.failed === 0 ? (
        <Alert type="success" showIcon title={`导入完成：新增 ${result.created} 家，更新 ${result.updated} 家。`} />
      ) : result.created + result.updated > 0 ? (
        <Alert type="warning" showIcon title={`部分导入成功：新增 ${result.created} 家，更新 ${result.updated} 家，${result.failed} 行未导入。`} />
      ) : (
        <Alert type="error" showIcon title={`导入失败：${result.failed} 行均未导入，请按错误明细修改后重新导入。`} />
      )}
      <Row gutter={16}>
        <Col span={8}>
          <Statistic title="新增" value={result.created} styles={{ content: { color: '#389e0d' } }} />
        </Col>
        <Col span={8}>
          <Statistic title="更新" value={result.updated} styles={{ content: { color: '#1f5fbf' } }} />
        </Col>
        <Col span={8}>
          <Statistic title="失败" value={result.failed} styles={{ content: { color: result.failed ? '#cf1322' : undefined } }} />
        </Col>
      </Row>
      {result.errors.length > 0 && (
        <Table<ImportError & { key: number }>
          size="small"
          title={() => '错误明细（请修改后重新导入失败的行）'}
          dataSource={result.errors.map((e, i) => ({ ...e, key: i }))}
          pagination={{ pageSize: 10, showSizeChanger: false }}
          columns={[
            { title: '行号', dataIndex: 'row', width: 80 },
            { title: '列', dataIndex: 'column', width: 160, render: (c: string | null) => c ?? '—' },
            { title: '原因', dataIndex: 'message' },
          ]}
        />
      )}
    </Space>
  );
}
