import { useEffect, useState, type ReactNode } from 'react';
import { Alert, Button, DatePicker, Descriptions, Form, Input, InputNumber, Modal, Radio, Select, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { ApiError, errorMessage } from '../../api/client.ts';
import type { Id } from '../../api/types.ts';
import { feedback } from '../../app/feedback.ts';
import { markServerFieldError } from '../../app/forms.ts';
import { dateFormat, hazardLevelLabels, type HazardLevel } from '../../app/labels.ts';
import { RemoteSelect, type RemoteOption } from '../../app/RemoteSelect.tsx';
import { CriterionPicker } from '../hazards/CriterionPicker.tsx';
import { useSectors } from '../reference/useSectors.ts';
import { enterprisesApi } from '../enterprises/api.ts';
import { publicTipsApi, tipDeclineReasons, tipsApi, tipViolationKinds, type DeclineReason, type TipAction, type TipActionPayloads, type TipDetail, type ViolationKind } from './api.ts';
import { declineReasonLabels, tipActionLabels, violationKindLabels, yuan } from './labels.tsx';

const { TextArea } = Input;

type Values = {
  note?: string;
  text?: string;
  reason?: DeclineReason;
  duplicateOfTipId?: Id;
  sector?: string;
  routeTo?: 'suggested' | 'other';
  orgId?: Id;
  enterpriseId?: Id;
  findings?: string;
  verified?: boolean;
  violationKind?: ViolationKind;
  penaltyYuan?: number | null;
  level?: HazardLevel;
  criterionIds?: string[];
  title?: string;
  description?: string;
  location?: string;
  foundAt?: Dayjs | null;
  deadline?: Dayjs | null;
  amountYuan?: number | null;
  voucherNo?: string;
  paidAt?: Dayjs | null;
};

const trim = (s: string | undefined): string => (s ?? '').trim();
const day = (d: Dayjs | null | undefined): string => (d ? d.format(dateFormat) : '');
const optionalNumber = (n: number | null | undefined): number | undefined => (typeof n === 'number' ? n : undefined);

/** The request body of each action (tips.schema.ts `tipActionBodies`), without `version`. */
function bodyFor<A extends TipAction>(action: A, v: Values, tip: TipDetail): TipActionPayloads[A];
function bodyFor(action: TipAction, v: Values, tip: TipDetail): TipActionPayloads[TipAction] {
  switch (action) {
    case 'accept':
    case 'approve_reward':
    case 'close':
      return { note: trim(v.note) };
    case 'decline':
      return { reason: v.reason ?? 'out_of_scope', note: trim(v.note), duplicateOfTipId: v.reason === 'repeat' ? v.duplicateOfTipId : undefined };
    case 'route':
      return {
        sector: v.sector ?? '',
        orgId: v.routeTo === 'other' ? v.orgId : undefined,
        enterpriseId: tip.enterpriseId === null ? v.enterpriseId : undefined,
        note: trim(v.note),
      };
    case 'investigate':
      return { findings: trim(v.findings), verified: v.verified === true, violationKind: v.violationKind ?? 'none', penaltyYuan: v.penaltyYuan ?? null };
    case 'register_hazard':
      return {
        enterpriseId: tip.enterpriseId === null ? v.enterpriseId : undefined,
        level: v.level ?? 'general',
        criterionIds: v.criterionIds ?? [],
        title: trim(v.title),
        description: trim(v.description),
        location: trim(v.location),
        foundAt: day(v.foundAt) || undefined,
        deadline: day(v.deadline),
      };
    case 'reply':
    case 'ask':
      return { text: trim(v.text) };
    case 'propose_reward':
      return { amountYuan: optionalNumber(v.amountYuan), note: trim(v.note) };
    case 'record_payment':
      return { voucherNo: trim(v.voucherNo), paidAt: day(v.paidAt), amountYuan: optionalNumber(v.amountYuan) };
  }
}

function initialValues(action: TipAction, tip: TipDetail): Values {
  switch (action) {
    case 'decline':
      return { reason: 'out_of_scope' };
    case 'route':
      return { sector: tip.routeSuggestion?.sector ?? tip.sector ?? undefined, routeTo: tip.routeSuggestion ? 'suggested' : 'other' };
    case 'investigate':
      return { verified: true, violationKind: tip.category, penaltyYuan: null };
    case 'register_hazard':
      return {
        level: tip.investigation?.violationKind === 'major_hazard' || tip.category === 'major_hazard' ? 'major' : 'general',
        criterionIds: [],
        title: '',
        description: tip.investigation?.findings || tip.content,
        location: tip.address,
        foundAt: dayjs(),
      };
    case 'propose_reward':
      return { amountYuan: tip.rewardPreview?.amountYuan ?? tip.reward?.computedYuan ?? null };
    case 'record_payment':
      return { amountYuan: tip.reward?.amountYuan ?? null, paidAt: dayjs() };
    case 'accept':
    case 'approve_reward':
    case 'close':
    case 'reply':
    case 'ask':
      return {};
  }
}

const required = (message: string) => [{ required: true, whitespace: true, message }];

/**
 * The reward per 《安全生产领域举报奖励办法》, always as the server computed it under the configured rules: the
 * preview (`rewardPreview`) before the proposal, the recorded computation after it.
 */
function RewardSummary({ tip }: { tip: TipDetail }) {
  const r = tip.reward;
  const inv = tip.investigation;
  if (!r) {
    const preview = tip.rewardPreview;
    return (
      <Descriptions
        size="small"
        bordered
        column={1}
        style={{ marginBottom: 16 }}
        data-testid="reward-summary"
        items={[
          { key: 'penalty', label: '罚没款', children: yuan(preview?.penaltyYuan ?? inv?.penaltyYuan) },
          ...(preview ? [{ key: 'kind', label: '查实问题', children: violationKindLabels[preview.violationKind] }] : []),
          { key: 'computed', label: '按规则计算', children: <strong data-testid="reward-preview">{preview ? yuan(preview.amountYuan) : '不予奖励'}</strong> },
          ...(preview ? [{ key: 'rule', label: '计算规则', children: <span style={{ whiteSpace: 'pre-wrap' }}>{preview.rule}</span> }] : []),
        ]}
      />
    );
  }
  return (
    <Descriptions
      size="small"
      bordered
      column={1}
      style={{ marginBottom: 16 }}
      data-testid="reward-summary"
      items={[
        ...(inv ? [{ key: 'penalty', label: '罚没款', children: yuan(inv.penaltyYuan) }] : []),
        { key: 'computed', label: '按规则计算', children: <strong>{yuan(r.computedYuan)}</strong> },
        ...(r.amountYuan !== null ? [{ key: 'amount', label: '拟奖励金额', children: yuan(r.amountYuan) }] : []),
        { key: 'rule', label: '计算规则', children: <span style={{ whiteSpace: 'pre-wrap' }}>{r.rule}</span> },
      ]}
    />
  );
}

/** Option lists that may be unavailable to the user (e.g. the org register): an empty list instead of an error toast. */
const quietly =
  (fetch: (q: string) => Promise<RemoteOption[]>) =>
  async (q: string): Promise<RemoteOption[]> => {
    try {
      return await fetch(q);
    } catch {
      return [];
    }
  };

function EnterprisePicker({ required: isRequired }: { required: boolean }) {
  return (
    <Form.Item
      label="关联企业"
      name="enterpriseId"
      rules={isRequired ? [{ required: true, message: '请选择隐患所在企业' }] : []}
      extra="举报未匹配到企业名录时，在此选择被举报单位"
    >
      <RemoteSelect
        placeholder="输入企业名称搜索"
        fetchOptions={quietly(async (q) => {
          try {
            const page = await enterprisesApi.list({ q: q || undefined, page: 1, pageSize: 20 });
            return page.items.map((e) => ({ value: e.id, label: `${e.name}（${e.uscc}）` }));
          } catch {
            // Without access to the enterprise register (tip officers), the public name search still finds it.
            if (q.trim().length < 2) return [];
            const list = await publicTipsApi.enterprises(q.trim());
            return list.map((e) => ({ value: e.id, label: `${e.name}（${e.regionName}）` }));
          }
        })}
      />
    </Form.Item>
  );
}

function ActionFields({ action, tip, form }: { action: TipAction; tip: TipDetail; form: ReturnType<typeof Form.useForm<Values>>[0] }): ReactNode {
  const { sectors } = useSectors();
  const reason = Form.useWatch('reason', form);
  const routeTo = Form.useWatch('routeTo', form);
  const sector = Form.useWatch('sector', form);
  const verified = Form.useWatch('verified', form);
  const foundAt = Form.useWatch('foundAt', form);
  const level = Form.useWatch('level', form);
  switch (action) {
    case 'accept':
      return (
        <Form.Item label="受理意见" name="note">
          <TextArea rows={3} maxLength={1000} />
        </Form.Item>
      );
    case 'decline':
      return (
        <>
          <Form.Item label="不予受理理由" name="reason" rules={[{ required: true, message: '请选择不予受理的理由' }]}>
            <Radio.Group>
              {tipDeclineReasons.map((r) => (
                <Radio key={r} value={r} style={{ display: 'flex', marginBottom: 6 }}>
                  {declineReasonLabels[r]}
                </Radio>
              ))}
            </Radio.Group>
          </Form.Item>
          {reason === 'repeat' && (
            <Form.Item
              label="重复的已受理举报"
              name="duplicateOfTipId"
              rules={[{ required: true, message: '重复举报须关联一件已受理的举报' }]}
              extra="只有首个有效举报人可获奖励；本件将关联到所选举报。"
            >
              <RemoteSelect
                placeholder="输入举报编号或被举报单位搜索"
                fetchOptions={async (q) => {
                  const page = await tipsApi.list({ q: q || undefined, status: ['accepted', 'investigating', 'verified', 'unfounded', 'closed'], page: 1, pageSize: 20 });
                  return page.items
                    .filter((t) => String(t.id) !== String(tip.id))
                    .map((t) => ({ value: t.id, label: `${t.tipNo} ${t.targetName}` }));
                }}
              />
            </Form.Item>
          )}
          <Form.Item label="说明" name="note">
            <TextArea rows={3} maxLength={1000} />
          </Form.Item>
        </>
      );
    case 'route':
      return (
        <>
          <Form.Item label="行业领域" name="sector" rules={[{ required: true, message: '请选择行业领域' }]} extra="按行业领域和属地确定牵头负责部门（一件事）">
            <Select showSearch={{ optionFilterProp: 'label' }} options={sectors.map((s) => ({ value: s.code, label: `${s.name}（牵头：${s.lead}）` }))} />
          </Form.Item>
          <Form.Item label="承办部门" name="routeTo" rules={[{ required: true, message: '请选择承办部门' }]}>
            <Radio.Group>
              {tip.routeSuggestion && (
                <Radio value="suggested" style={{ display: 'flex', marginBottom: 6 }}>
                  建议：{tip.routeSuggestion.orgName}
                  <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
                    {tip.routeSuggestion.reason}
                  </Typography.Text>
                </Radio>
              )}
              <Radio value="other" style={{ display: 'flex' }}>
                {tip.routeSuggestion ? '指定其他部门' : '指定部门（不选则按行业和属地自动确定）'}
              </Radio>
            </Radio.Group>
          </Form.Item>
          {routeTo === 'other' && (
            <Form.Item
              label="部门"
              name="orgId"
              rules={tip.routeSuggestion ? [{ required: true, message: '请选择承办部门' }] : []}
              extra="举报所在县、市、省的监管部门（须监管所选行业领域）和安委办"
            >
              <Select
                showSearch={{ optionFilterProp: 'label' }}
                placeholder="选择承办部门"
                data-testid="route-org-select"
                options={tip.routeOptions
                  .filter((o) => o.kind === 'committee' || sector === undefined || o.sectors.includes(sector))
                  .map((o) => ({ value: o.id, label: `${o.name}${o.id === tip.routeSuggestion?.orgId ? '（建议）' : ''}` }))}
              />
            </Form.Item>
          )}
          {tip.enterpriseId === null && <EnterprisePicker required={false} />}
          <Form.Item label="转办说明" name="note">
            <TextArea rows={3} maxLength={1000} />
          </Form.Item>
        </>
      );
    case 'investigate':
      return (
        <>
          <Form.Item label="核查情况" name="findings" rules={required('请填写核查情况')}>
            <TextArea rows={4} maxLength={4000} showCount />
          </Form.Item>
          <Form.Item label="核查结论" name="verified" rules={[{ required: true, message: '请选择核查结论' }]}>
            <Radio.Group
              optionType="button"
              buttonStyle="solid"
              options={[
                { value: true, label: '查实' },
                { value: false, label: '未查实' },
              ]}
              onChange={(e) => {
                if (e.target.value === false) form.setFieldsValue({ violationKind: 'none', penaltyYuan: null });
              }}
            />
          </Form.Item>
          <Form.Item label="查实问题性质" name="violationKind" rules={[{ required: true, message: '请选择问题性质' }]}>
            <Select
              disabled={verified === false}
              options={tipViolationKinds.map((k) => ({ value: k, label: violationKindLabels[k] }))}
            />
          </Form.Item>
          <Form.Item label="罚没款（元）" name="penaltyYuan" extra="按《安全生产领域举报奖励办法》，奖励按罚没款的比例计算">
            <InputNumber min={0} precision={0} step={1000} style={{ width: 220 }} disabled={verified === false} />
          </Form.Item>
        </>
      );
    case 'register_hazard':
      return (
        <>
          <Alert
            type="info"
            showIcon
            style={{ marginBottom: 16 }}
            title="登记后隐患进入隐患数据库，来源为「群众举报查实」；企业端只显示「监管发现」，不显示举报信息。"
          />
          {tip.enterpriseId === null && <EnterprisePicker required />}
          <Form.Item label="隐患等级" name="level" rules={[{ required: true, message: '请选择隐患等级' }]}>
            <Radio.Group optionType="button" options={(['general', 'major'] as const).map((l) => ({ value: l, label: hazardLevelLabels[l] }))} />
          </Form.Item>
          <Form.Item
            label="判定依据"
            name="criterionIds"
            rules={level === 'major' ? [{ type: 'array', min: 1, required: true, message: '重大事故隐患须选择至少一条判定依据' }] : []}
          >
            <CriterionPicker at={foundAt ? foundAt.format(dateFormat) : undefined} preferredStandards={sectors.find((s) => s.code === tip.sector)?.standards ?? []} />
          </Form.Item>
          <Form.Item label="隐患名称" name="title" rules={required('请填写隐患名称')}>
            <Input maxLength={200} />
          </Form.Item>
          <Form.Item label="隐患描述" name="description">
            <TextArea rows={3} maxLength={4000} />
          </Form.Item>
          <Form.Item label="隐患位置" name="location">
            <Input maxLength={200} />
          </Form.Item>
          <Form.Item label="发现日期" name="foundAt">
            <DatePicker style={{ width: 200 }} disabledDate={(d) => d.isAfter(dayjs(), 'day')} />
          </Form.Item>
          <Form.Item label="整改期限" name="deadline" rules={[{ required: true, message: '请选择整改期限' }]}>
            <DatePicker style={{ width: 200 }} disabledDate={(d) => d.isBefore(dayjs(), 'day')} />
          </Form.Item>
        </>
      );
    case 'reply':
      return (
        <Form.Item label="答复内容" name="text" rules={required('请填写答复内容')} extra="举报人凭查询码可看到答复；请勿写入举报人身份信息。">
          <TextArea rows={5} maxLength={2000} showCount />
        </Form.Item>
      );
    case 'ask':
      return (
        <Form.Item label="问题" name="text" rules={required('请填写要询问的问题')} extra="举报人凭查询码看到问题后可补充回答。">
          <TextArea rows={4} maxLength={2000} showCount />
        </Form.Item>
      );
    case 'propose_reward':
      return (
        <>
          <RewardSummary tip={tip} />
          <Form.Item label="拟奖励金额（元）" name="amountYuan" extra="不填则按规则计算的金额；调整时请在说明中写明理由">
            <InputNumber min={0} precision={0} style={{ width: 220 }} />
          </Form.Item>
          <Form.Item label="说明" name="note">
            <TextArea rows={3} maxLength={1000} />
          </Form.Item>
        </>
      );
    case 'approve_reward':
      return (
        <>
          <RewardSummary tip={tip} />
          <Form.Item label="审批意见" name="note">
            <TextArea rows={3} maxLength={1000} />
          </Form.Item>
        </>
      );
    case 'record_payment':
      return (
        <>
          <RewardSummary tip={tip} />
          <Form.Item label="凭证号" name="voucherNo" rules={required('请填写发放凭证号')}>
            <Input maxLength={64} />
          </Form.Item>
          <Form.Item label="发放日期" name="paidAt" rules={[{ required: true, message: '请选择发放日期' }]}>
            <DatePicker style={{ width: 200 }} disabledDate={(d) => d.isAfter(dayjs(), 'day')} />
          </Form.Item>
          <Form.Item label="实发金额（元）" name="amountYuan">
            <InputNumber min={0} precision={0} style={{ width: 220 }} />
          </Form.Item>
        </>
      );
    case 'close':
      return (
        <Form.Item label="办结说明" name="note">
          <TextArea rows={3} maxLength={1000} />
        </Form.Item>
      );
  }
}

const dangerActions = new Set<TipAction>(['decline']);

/** One modal per workflow action: the contract's fields, the current `version`, and the server's verdict. */
export function TipActionModal({
  tip,
  action,
  onClose,
  onDone,
  onReload,
}: {
  tip: TipDetail;
  action: TipAction | null;
  onClose: () => void;
  onDone: (t: TipDetail) => void;
  /** After a 409: fetch the latest tip. */
  onReload: () => void;
}) {
  const [form] = Form.useForm<Values>();
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<ApiError | string | null>(null);

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
      const saved = await tipsApi.act(tip.id, action, { version: tip.version, ...bodyFor(action, values, tip) });
      feedback.success(`${tipActionLabels[action]}成功`);
      onDone(saved);
    } catch (err) {
      setError(err instanceof ApiError ? err : errorMessage(err));
      markServerFieldError(form, err);
    } finally {
      setSaving(false);
    }
  };

  const conflict = error instanceof ApiError && error.status === 409;
  const label = action ? tipActionLabels[action] : '';

  return (
    <Modal
      open={action !== null}
      title={`${label} · ${tip.tipNo}`}
      width={action === 'register_hazard' ? 860 : 640}
      onCancel={onClose}
      onOk={() => void submit()}
      okText={`确定${label}`}
      okButtonProps={{ danger: action !== null && dangerActions.has(action) }}
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
        <Form<Values> key={`${action}:${tip.version}`} form={form} layout="vertical" preserve={false} initialValues={initialValues(action, tip)}>
          <ActionFields action={action} tip={tip} form={form} />
        </Form>
      )}
    </Modal>
  );
}
