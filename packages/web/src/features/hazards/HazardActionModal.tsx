import { useEffect, useState, type ReactNode } from 'react';
import { Alert, Button, Col, DatePicker, Descriptions, Form, Input, InputNumber, Modal, Radio, Row } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { ApiError, errorMessage } from '../../api/client.ts';
import type { Id } from '../../api/types.ts';
import { feedback } from '../../app/feedback.ts';
import { markServerFieldError } from '../../app/forms.ts';
import {
  dateFormat,
  hazardActionLabels,
  hazardLevelLabels,
  hazardStatusLabels,
  planFieldLabels,
  type HazardAction,
  type HazardLevel,
  type PlanField,
} from '../../app/labels.ts';
import { RemoteSelect, type RemoteOption } from '../../app/RemoteSelect.tsx';
import { useSectors } from '../reference/useSectors.ts';
import { hazardsApi, toEvidenceRefs, type Evidence, type Hazard } from './api.ts';
import { CriterionPicker } from './CriterionPicker.tsx';
import { EvidenceUpload } from './EvidenceUpload.tsx';
import { planFieldHints } from './labels.tsx';

const { TextArea } = Input;

type Values = {
  level?: HazardLevel;
  criterionIds?: string[];
  deadline?: Dayjs | null;
  newDeadline?: Dayjs | null;
  note?: string;
  reason?: string;
  interimControls?: string;
  evidence?: Evidence[];
  approve?: boolean;
  docNo?: string;
  intoHazardId?: Id;
  plan?: {
    responsible?: string;
    measures?: string;
    fundsWanYuan?: number | null;
    deadline?: Dayjs | null;
    contingency?: string;
  };
};

const day = (d: Dayjs | null | undefined): string | null => (d ? d.format(dateFormat) : null);
const trim = (s: string | undefined): string => (s ?? '').trim();
const parseDay = (s: string | null | undefined): Dayjs | null => (s ? dayjs(s) : null);

/** The request body of each action (docs/hazards-api.md), without `version`. */
function bodyFor(action: HazardAction, v: Values): Record<string, unknown> {
  switch (action) {
    case 'confirm':
      return { level: v.level, criterionIds: v.criterionIds ?? [], deadline: day(v.deadline) ?? undefined, note: trim(v.note) || undefined };
    case 'dismiss':
    case 'return':
    case 'void':
      return { reason: trim(v.reason) };
    case 'submit_plan':
      return {
        plan: {
          responsible: trim(v.plan?.responsible),
          measures: trim(v.plan?.measures),
          fundsWanYuan: v.plan?.fundsWanYuan ?? null,
          deadline: day(v.plan?.deadline),
          contingency: trim(v.plan?.contingency),
        },
        interimControls: trim(v.interimControls) || undefined,
      };
    case 'report_progress':
    case 'complete':
    case 'verify':
      return { note: trim(v.note), evidence: toEvidenceRefs(v.evidence) };
    case 'request_extension':
      return { reason: trim(v.reason), interimControls: trim(v.interimControls), newDeadline: day(v.newDeadline) };
    case 'decide_extension':
      return { approve: v.approve === true, note: trim(v.note) || undefined };
    case 'list':
      return { docNo: trim(v.docNo), deadline: day(v.deadline) };
    case 'delist':
      return { note: trim(v.note), docNo: trim(v.docNo) || undefined };
    case 'merge':
      return { intoHazardId: v.intoHazardId, note: trim(v.note) || undefined };
  }
}

function initialValues(action: HazardAction, h: Hazard): Values {
  switch (action) {
    case 'confirm':
      return { level: h.level, criterionIds: h.criterionIds, deadline: parseDay(h.deadline) };
    case 'submit_plan':
      return {
        plan: {
          responsible: h.plan?.responsible ?? '',
          measures: h.plan?.measures ?? '',
          fundsWanYuan: h.plan?.fundsWanYuan ?? null,
          deadline: parseDay(h.plan?.deadline ?? h.deadline),
          contingency: h.plan?.contingency ?? '',
        },
        interimControls: h.interimControls ?? '',
      };
    case 'request_extension':
      return { interimControls: h.interimControls ?? '' };
    case 'decide_extension':
      return { approve: true };
    case 'delist':
      return { docNo: '' };
    case 'dismiss':
    case 'report_progress':
    case 'complete':
    case 'verify':
    case 'return':
    case 'list':
    case 'merge':
    case 'void':
      return {};
  }
}

const required = (message: string) => [{ required: true, whitespace: true, message }];
const evidenceRequired = (message: string) => [
  { validator: (_: unknown, v: Evidence[] | undefined) => (v && v.length > 0 ? Promise.resolve() : Promise.reject(new Error(message))) },
];

/** Fields of 五落实 required by level (mirrors core's five-implementations; the server decides). */
const planRequired: Record<HazardLevel, readonly PlanField[]> = {
  major: ['responsible', 'measures', 'fundsWanYuan', 'deadline', 'contingency'],
  general: ['responsible', 'measures', 'deadline'],
};


function planLabel(f: PlanField): string {
  return `${planFieldLabels[f]} · ${planFieldHints[f]}`;
}

const OPEN_STATUSES = 'pending_confirmation,rectifying,pending_verification';

function ActionFields({
  action,
  hazard,
  onUploading,
}: {
  action: HazardAction;
  hazard: Hazard;
  onUploading: (busy: boolean) => void;
}): ReactNode {
  const { sectors } = useSectors();
  const planReq = (f: PlanField) => planRequired[hazard.level].includes(f);
  const sectorStandards = sectors.find((s) => s.code === hazard.sector)?.standards ?? [];
  switch (action) {
    case 'confirm':
      return (
        <>
          <Form.Item label="隐患等级" name="level" rules={[{ required: true, message: '请选择隐患等级' }]}>
            <Radio.Group
              optionType="button"
              options={(['general', 'major'] as const).map((l) => ({ value: l, label: hazardLevelLabels[l] }))}
            />
          </Form.Item>
          <Form.Item label="判定依据" name="criterionIds">
            <CriterionPicker at={hazard.foundAt} initialCriteria={hazard.criteria} preferredStandards={sectorStandards} />
          </Form.Item>
          <Form.Item label="整改期限" name="deadline" rules={[{ required: true, message: '请选择整改期限' }]}>
            <DatePicker style={{ width: 200 }} />
          </Form.Item>
          <Form.Item label="认定意见" name="note">
            <TextArea rows={3} maxLength={1000} />
          </Form.Item>
        </>
      );
    case 'dismiss':
      return (
        <Form.Item label="不予认定理由" name="reason" rules={required('请填写不予认定的理由')}>
          <TextArea rows={4} maxLength={1000} />
        </Form.Item>
      );
    case 'void':
      return (
        <Form.Item label="作废理由" name="reason" rules={required('请填写作废理由')} extra="作废后隐患编号仍保留，不再复用。">
          <TextArea rows={4} maxLength={1000} />
        </Form.Item>
      );
    case 'return':
      return (
        <Form.Item label="退回理由" name="reason" rules={required('请填写退回整改的理由')}>
          <TextArea rows={4} maxLength={1000} />
        </Form.Item>
      );
    case 'submit_plan':
      return (
        <>
          <Row gutter={16}>
            <Col span={12}>
              <Form.Item label={planLabel('responsible')} name={['plan', 'responsible']} rules={planReq('responsible') ? required('请填写整改责任人') : []}>
                <Input maxLength={64} />
              </Form.Item>
            </Col>
            <Col span={6}>
              <Form.Item
                label={planLabel('fundsWanYuan')}
                name={['plan', 'fundsWanYuan']}
                rules={planReq('fundsWanYuan') ? [{ required: true, message: '请填写治理资金' }] : []}
              >
                <InputNumber min={0} step={0.1} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            <Col span={6}>
              <Form.Item label={planLabel('deadline')} name={['plan', 'deadline']} rules={planReq('deadline') ? [{ required: true, message: '请选择完成时限' }] : []}>
                <DatePicker style={{ width: '100%' }} />
              </Form.Item>
            </Col>
          </Row>
          <Form.Item label={planLabel('measures')} name={['plan', 'measures']} rules={planReq('measures') ? required('请填写治理措施') : []}>
            <TextArea rows={3} maxLength={4000} />
          </Form.Item>
          <Form.Item label={planLabel('contingency')} name={['plan', 'contingency']} rules={planReq('contingency') ? required('请填写应急预案') : []}>
            <TextArea rows={2} maxLength={4000} />
          </Form.Item>
          <Form.Item label="临时管控措施" name="interimControls">
            <TextArea rows={2} maxLength={2000} />
          </Form.Item>
        </>
      );
    case 'report_progress':
      return (
        <>
          <Form.Item label="整改进展" name="note" rules={required('请填写整改进展')}>
            <TextArea rows={4} maxLength={2000} />
          </Form.Item>
          <Form.Item label="佐证材料" name="evidence">
            <EvidenceUpload defaultKind="after" onUploadingChange={onUploading} />
          </Form.Item>
        </>
      );
    case 'complete':
      return (
        <>
          <Form.Item label="整改情况说明" name="note" rules={required('请填写整改情况说明')}>
            <TextArea rows={4} maxLength={2000} />
          </Form.Item>
          <Form.Item label="佐证材料" name="evidence" required rules={evidenceRequired('请上传整改后照片或相关文件')}>
            <EvidenceUpload defaultKind="after" onUploadingChange={onUploading} />
          </Form.Item>
        </>
      );
    case 'verify':
      return (
        <>
          <Form.Item label="验收意见" name="note" rules={required('请填写验收意见')}>
            <TextArea rows={4} maxLength={2000} />
          </Form.Item>
          <Form.Item
            label="验收材料"
            name="evidence"
            required={hazard.level === 'major'}
            rules={hazard.level === 'major' ? evidenceRequired('重大事故隐患验收须上传验收材料') : []}
          >
            <EvidenceUpload defaultKind="verification" onUploadingChange={onUploading} />
          </Form.Item>
        </>
      );
    case 'request_extension':
      return (
        <>
          <Form.Item label="延期理由" name="reason" rules={required('请填写延期理由')}>
            <TextArea rows={3} maxLength={1000} />
          </Form.Item>
          <Form.Item label="临时管控措施" name="interimControls" rules={required('申请延期须落实临时管控措施')}>
            <TextArea rows={3} maxLength={2000} />
          </Form.Item>
          <Form.Item
            label="申请延期至"
            name="newDeadline"
            rules={[{ required: true, message: '请选择新的整改期限' }]}
            extra={hazard.deadline ? `当前整改期限：${hazard.deadline}` : undefined}
          >
            <DatePicker
              style={{ width: 200 }}
              disabledDate={(d) => (hazard.deadline ? !d.isAfter(dayjs(hazard.deadline), 'day') : d.isBefore(dayjs(), 'day'))}
            />
          </Form.Item>
        </>
      );
    case 'decide_extension':
      return (
        <>
          {hazard.pendingExtension && (
            <Descriptions
              size="small"
              bordered
              column={1}
              style={{ marginBottom: 16 }}
              items={[
                { key: 'reason', label: '延期理由', children: hazard.pendingExtension.reason },
                { key: 'ic', label: '临时管控措施', children: hazard.pendingExtension.interimControls },
                { key: 'nd', label: '申请延期至', children: `${hazard.pendingExtension.newDeadline}（原期限 ${hazard.deadline ?? '—'}）` },
              ]}
            />
          )}
          <Form.Item label="审批结果" name="approve" rules={[{ required: true, message: '请选择审批结果' }]}>
            <Radio.Group
              options={[
                { value: true, label: '同意延期' },
                { value: false, label: '不同意' },
              ]}
            />
          </Form.Item>
          <Form.Item label="审批意见" name="note">
            <TextArea rows={3} maxLength={1000} />
          </Form.Item>
        </>
      );
    case 'list':
      return (
        <>
          <Form.Item label="督办文号" name="docNo" rules={required('请填写挂牌督办文号')}>
            <Input maxLength={64} placeholder="如 涡安办〔2026〕12号" />
          </Form.Item>
          <Form.Item label="督办期限" name="deadline" rules={[{ required: true, message: '请选择督办期限' }]}>
            <DatePicker style={{ width: 200 }} disabledDate={(d) => d.isBefore(dayjs(), 'day')} />
          </Form.Item>
        </>
      );
    case 'delist':
      return (
        <>
          <Form.Item label="摘牌说明" name="note" rules={required('请填写摘牌说明')}>
            <TextArea rows={3} maxLength={1000} />
          </Form.Item>
          <Form.Item label="摘牌文号" name="docNo">
            <Input maxLength={64} />
          </Form.Item>
        </>
      );
    case 'merge':
      return (
        <>
          <Form.Item
            label="合并到"
            name="intoHazardId"
            rules={[{ required: true, message: '请选择要合并到的隐患' }]}
            extra="仅可合并到同一单位的未销号隐患；本隐患的来源并入目标隐患，统计时只计一次。"
          >
            <RemoteSelect
              placeholder="输入隐患编号或名称搜索"
              fetchOptions={async (q): Promise<RemoteOption[]> => {
                const page = await hazardsApi.list({
                  enterpriseId: hazard.enterprise.id,
                  q: q || undefined,
                  status: OPEN_STATUSES.split(',') as Hazard['status'][],
                  page: 1,
                  pageSize: 20,
                });
                return page.items
                  .filter((h) => String(h.id) !== String(hazard.id))
                  .map((h) => ({ value: h.id, label: `${h.hazardNo} ${h.title}（${hazardStatusLabels[h.status]}）` }));
              }}
            />
          </Form.Item>
          <Form.Item label="合并说明" name="note">
            <TextArea rows={3} maxLength={1000} />
          </Form.Item>
        </>
      );
  }
}

const dangerActions: HazardAction[] = ['dismiss', 'void', 'return'];

/** One modal per lifecycle action: the contract's fields, the current `version`, and the server's verdict. */
export function HazardActionModal({
  hazard,
  action,
  onClose,
  onDone,
  onReload,
}: {
  hazard: Hazard;
  action: HazardAction | null;
  onClose: () => void;
  onDone: (h: Hazard) => void;
  /** After a 409: fetch the latest hazard. */
  onReload: () => void;
}) {
  const [form] = Form.useForm<Values>();
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<ApiError | string | null>(null);
  const [uploading, setUploading] = useState(false);

  useEffect(() => {
    setError(null);
  }, [action]);

  const submit = async () => {
    if (!action) return;
    let values: Values;
    try {
      values = await form.validateFields();
    } catch {
      return;
    }
    setSaving(true);
    setError(null);
    try {
      const saved = await hazardsApi.act(hazard.id, action, { version: hazard.version, ...bodyFor(action, values) });
      feedback.success(`${hazardActionLabels[action]}成功`);
      onDone(saved);
    } catch (err) {
      setError(err instanceof ApiError ? err : errorMessage(err));
      markServerFieldError(form, err);
    } finally {
      setSaving(false);
    }
  };

  const conflict = error instanceof ApiError && error.status === 409;
  const label = action ? hazardActionLabels[action] : '';

  return (
    <Modal
      open={action !== null}
      title={`${label} · ${hazard.hazardNo}`}
      width={action === 'submit_plan' || action === 'confirm' ? 860 : 640}
      onCancel={onClose}
      onOk={() => void submit()}
      okText={uploading ? '文件上传中…' : `确定${label}`}
      okButtonProps={{ danger: action !== null && dangerActions.includes(action), disabled: uploading }}
      confirmLoading={saving}
      destroyOnHidden
      mask={{ closable: false }}
    >
      {error && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 16 }}
          title={typeof error === 'string' ? error : error.message}
          data-testid="action-error"
          action={
            conflict ? (
              <Button
                size="small"
                onClick={() => {
                  onReload();
                  onClose();
                }}
              >
                刷新
              </Button>
            ) : undefined
          }
        />
      )}
      {action && (
        <Form<Values>
          key={`${action}:${hazard.version}`}
          form={form}
          layout="vertical"
          preserve={false}
          initialValues={initialValues(action, hazard)}
        >
          <ActionFields action={action} hazard={hazard} onUploading={setUploading} />
        </Form>
      )}
    </Modal>
  );
}
