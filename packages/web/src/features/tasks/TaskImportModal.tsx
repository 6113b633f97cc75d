import { useState } from 'react';
import { Alert, Button, Modal, Progress, Space, Table, Upload } from 'antd';
import { UploadOutlined } from '@ant-design/icons';
import { isRunning, jobPercent, useJob } from '../../app/hooks/useJob.ts';
import { tasksApi, type TaskImportResult } from './api.ts';

/** 导入任务清单 .xlsx into a plan: a background job with progress; the rows not saved are listed with their reasons. */
export function TaskImportModal({ planId, open, onClose, onImported }: { planId: string | undefined; open: boolean; onClose: () => void; onImported: () => void }) {
  const [file, setFile] = useState<File | null>(null);
  const { job, starting, error, start, reset } = useJob<TaskImportResult>();
  const running = starting || isRunning(job);
  const result = job?.status === 'succeeded' ? job.result : null;
  const close = () => {
    if (result && result.created > 0) onImported();
    reset();
    setFile(null);
    onClose();
  };
  return (
    <Modal open={open} title="导入任务清单" onCancel={close} footer={<Button onClick={close}>关闭</Button>} width={760} destroyOnHidden>
      <Space orientation="vertical" style={{ width: '100%' }}>
        <Alert type="info" showIcon title="按「导出任务清单」的表格格式填写；有错误的行不保存，导入的任务为草拟状态，核对后再下发。" />
        <Space wrap>
          <Upload
            accept=".xlsx"
            maxCount={1}
            beforeUpload={(f) => {
              setFile(f);
              return false;
            }}
            onRemove={() => setFile(null)}
          >
            <Button icon={<UploadOutlined />} data-testid="task-import-file">
              选择 .xlsx 文件
            </Button>
          </Upload>
          <Button type="primary" disabled={!file || !planId} loading={running} onClick={() => file && planId && void start(() => tasksApi.startImport(planId, file))} data-testid="task-import-start">
            开始导入
          </Button>
        </Space>
        {error && <Alert type="error" showIcon title={error} />}
        {job && <Progress percent={jobPercent(job)} status={job.status === 'failed' ? 'exception' : undefined} />}
        {job?.status === 'failed' && <Alert type="error" showIcon title={job.error ?? '导入失败'} />}
        {result && (
          <>
            <Alert
              type={result.failed > 0 ? 'warning' : 'success'}
              showIcon
              title={`共 ${result.total} 行，导入 ${result.created} 条，${result.failed} 行有错误未导入`}
              data-testid="task-import-result"
            />
            {result.errors.length > 0 && (
              <Table
                size="small"
                data-testid="import-errors"
                rowKey={(e) => `${e.row}-${e.column}-${e.message}`}
                dataSource={result.errors}
                pagination={{ pageSize: 10 }}
                columns={[
                  { title: '行号', dataIndex: 'row', width: 80 },
                  { title: '列', dataIndex: 'column', width: 120 },
                  { title: '错误', dataIndex: 'message' },
                ]}
              />
            )}
          </>
        )}
      </Space>
    </Modal>
  );
}
