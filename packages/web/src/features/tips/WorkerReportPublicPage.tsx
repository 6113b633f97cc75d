import { useEffect, useState } from 'react';
import { useParams } from 'react-router-dom';
import { Button, Card, Form, Result, Skeleton, Typography } from 'antd';
import { errorMessage, isNotFound } from '../../api/client.ts';
import { FormErrorAlert } from '../../app/FormErrorAlert.tsx';
import { useFormSubmit } from '../../app/hooks/useFormSubmit.ts';
import { useQuery } from '../../app/useQuery.ts';
import { publicTipsApi } from './api.ts';
import { PublicLayout } from './PublicLayout.tsx';
import { toWorkerReportInput, WorkerReportFields, type WorkerReportValues } from './WorkerReportFields.tsx';

/** 从业人员隐患报告 via the enterprise's link (no login). */
export default function WorkerReportPublicPage() {
  const { token = '' } = useParams();
  const target = useQuery(`worker-report-target:${token}`, (signal) => publicTipsApi.workerReportTarget(token, signal));
  const [form] = Form.useForm<WorkerReportValues>();
  const anonymous = Form.useWatch('anonymous', form);
  const [reportNo, setReportNo] = useState<string | null>(null);

  useEffect(() => {
    document.title = '从业人员隐患报告 · 治本';
  }, []);

  const { submit, saving, error } = useFormSubmit(form, (v: WorkerReportValues) => publicTipsApi.workerReport(token, toWorkerReportInput(v)), {
    onSuccess: (r) => setReportNo(r.reportNo),
  });

  const notFound = isNotFound(target.error);

  return (
    <PublicLayout title="从业人员隐患报告" nav={false}>
      {target.loading && !target.data ? (
        <Card>
          <Skeleton active />
        </Card>
      ) : target.error !== undefined ? (
        <Result
          status={notFound ? '404' : 'error'}
          title={notFound ? '链接无效或已停用' : '加载失败'}
          subTitle={notFound ? '请向本单位安全管理部门索取新的报告链接。' : errorMessage(target.error)}
        />
      ) : reportNo ? (
        <Card>
          <Result
            status="success"
            title="报告已提交"
            subTitle={`报告编号 ${reportNo}。单位将核实处理，感谢您对安全生产的关心。`}
            extra={
              <Button
                onClick={() => {
                  setReportNo(null);
                  form.resetFields();
                }}
              >
                再报告一条
              </Button>
            }
          />
        </Card>
      ) : (
        <Card title={target.data?.enterpriseName ?? ''}>
          <Typography.Paragraph type="secondary">
            发现本单位的事故隐患，可在此报告，可以匿名。报告由本单位安全管理部门处理，属地监管部门可以看到处理情况的汇总。
            如需向监管部门举报，请使用<Typography.Link href="/tip">安全生产举报</Typography.Link>。
          </Typography.Paragraph>
          <FormErrorAlert error={error} />
          <Form<WorkerReportValues> form={form} layout="vertical" initialValues={{ anonymous: true }}>
            <WorkerReportFields anonymous={anonymous} />
            <Button type="primary" size="large" block loading={saving} onClick={() => void submit()} data-testid="worker-report-submit">
              提交报告
            </Button>
          </Form>
        </Card>
      )}
    </PublicLayout>
  );
}
