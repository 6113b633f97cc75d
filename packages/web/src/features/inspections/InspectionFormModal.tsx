import { Alert, Checkbox, DatePicker, Form, Input, Radio, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { call } from '../../api/client.ts';
import { useMe } from '../../app/auth.tsx';
import { FormModal } from '../../app/FormModal.tsx';
import { useFormSubmit } from '../../app/hooks/useFormSubmit.ts';
import { dateFormat } from '../../app/labels.ts';
import { RemoteSelect } from '../../app/RemoteSelect.tsx';
import { useQuery } from '../../app/useQuery.ts';
import { useSectorSelect, useSectors } from '../reference/useSectors.ts';
import { inspectionsApi, type PlanInspectionInput } from './api.ts';
import { inspectionKindLabels, inspectionMethodLabels, inspectionMethods, staffInspectionKinds, subjectKindLabels, type InspectionKind, type InspectionMethod } from './labels.tsx';
import { fetchedOptions } from '../../app/forms.ts';

type Values = {
  kind?: InspectionKind;
  methods?: InspectionMethod[];
  subjectKind?: 'enterprise' | 'premises';
  enterpriseId?: string;
  premisesId?: string;
  plannedOn?: Dayjs | null;
  checklistSource?: 'sector' | 'checklist';
  sector?: string;
  checklistId?: string;
  members?: string;
  experts?: string[];
  jointOrgs?: string;
  campaign?: string;
};

const splitNames = (s: string | undefined): string[] =>
  (s ?? '')
    .split(/[,，、\s]+/)
    .map((x) => x.trim())
    .filter(Boolean);

const searchEnterprises = async (q: string) => (await call('get', '/api/enterprises', { query: { q, pageSize: 20 } })).items.map((e) => ({ value: e.id, label: e.name }));
const searchPremises = async (q: string) => (await call('get', '/api/premises', { query: { q, pageSize: 20 } })).items.map((p) => ({ value: p.id, label: `${p.name}（${p.address || p.regionCode}）` }));

/** What triggered the inspection (a tip found true, an overdue hazard): the server's offer on that record. */
export type InspectionTrigger = { kind: 'tip' | 'hazard_overdue'; id: string; no: string; enterpriseId: string; enterpriseName: string };
const triggerLabels: Record<InspectionTrigger['kind'], string> = { tip: '核查属实的举报', hazard_overdue: '逾期未整改的隐患' };

/**
 * 新建检查: kind, methods, subject, date, checklist (a library list or the sector's 判定标准), the team (the planner
 * leads). From a tip or an overdue hazard (`trigger`) the subject is that enterprise and the server sets the due date.
 */
export function InspectionFormModal({
  open,
  onClose,
  onCreated,
  initial,
  initialEnterprise,
  trigger,
}: {
  open: boolean;
  onClose: () => void;
  onCreated: (id: string) => void;
  initial?: Partial<Values>;
  /** The subject chosen before the form opened (专家指导帮扶 plan): its label for the picker. */
  initialEnterprise?: { id: string; name: string };
  trigger?: InspectionTrigger | undefined;
}) {
  const me = useMe();
  const [form] = Form.useForm<Values>();
  const { sectors } = useSectors();
  const sectorSelect = useSectorSelect();
  const subjectKind = Form.useWatch('subjectKind', form);
  const source = Form.useWatch('checklistSource', form);
  const enterpriseId = Form.useWatch('enterpriseId', form);
  const sector = Form.useWatch('sector', form);
  // Experts who may serve this enterprise (回避, 轮换, status: the server's rule), fewest recent visits first.
  const candidates = useQuery(open && me.capabilities.includes('experts.read') && subjectKind !== 'premises' && enterpriseId ? `expert-candidates:${enterpriseId}:${sector ?? ''}` : null, (signal) =>
    call('get', '/api/experts/candidates', { query: { enterpriseId: enterpriseId ?? '', ...(source !== 'checklist' && sector ? { sector } : {}) }, signal }),
  );
  const checklists = useQuery(open ? 'inspection-form-checklists' : null, (signal) => call('get', '/api/checklists', { query: {}, signal }));

  const { submit, saving, error } = useFormSubmit(
    form,
    (v: Values) => {
      const body: PlanInspectionInput = {
        kind: v.kind ?? 'routine',
        methods: v.methods ?? [],
        jointOrgs: splitNames(v.jointOrgs),
        subjectKind: v.subjectKind ?? 'enterprise',
        enterpriseId: v.subjectKind === 'enterprise' ? (v.enterpriseId ?? null) : null,
        premisesId: v.subjectKind === 'premises' ? (v.premisesId ?? null) : null,
        plannedOn: (v.plannedOn ?? dayjs()).format(dateFormat),
        campaign: v.campaign?.trim() || null,
        members: [
          { userId: me.id, name: me.displayName, role: 'leader', orgName: me.org?.name ?? '' },
          ...splitNames(v.members).map((name) => ({ userId: null, name, role: 'officer' as const, orgName: me.org?.name ?? '' })),
          ...(v.subjectKind === 'premises' ? [] : (v.experts ?? [])).map((expertId) => ({ userId: null, expertId, name: candidates.data?.items.find((c) => c.id === expertId)?.name ?? '专家', role: 'expert' as const, orgName: '' })),
        ],
        checklist: v.checklistSource === 'checklist' ? { checklistId: v.checklistId ?? '' } : { sector: v.sector ?? '' },
        trigger: trigger ? { kind: trigger.kind, id: trigger.id } : null,
      };
      return inspectionsApi.plan(body);
    },
    { success: '已安排检查', onSuccess: (saved) => onCreated(saved.id) },
  );

  return (
    <FormModal open={open} title={trigger ? `安排检查 · ${triggerLabels[trigger.kind]} ${trigger.no}` : '新建检查'} width={720} onClose={onClose} onSubmit={submit} saving={saving} error={error} okText="安排检查" errorTestId="inspection-form-error">
      <Form<Values>
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={{
          kind: trigger?.kind === 'hazard_overdue' ? 'supervision' : 'enforcement',
          methods: [],
          subjectKind: 'enterprise',
          plannedOn: dayjs(),
          checklistSource: 'sector',
          sector: sectors[0]?.code,
          ...(trigger ? { enterpriseId: trigger.enterpriseId } : initialEnterprise ? { enterpriseId: initialEnterprise.id } : {}),
          ...initial,
        }}
      >
        <Form.Item label="检查类型" name="kind" rules={[{ required: true, message: '请选择检查类型' }]}>
          <Select options={staffInspectionKinds.map((k) => ({ value: k, label: inspectionKindLabels[k] }))} data-testid="form-kind" />
        </Form.Item>
        <Form.Item label="检查方式" name="methods">
          <Checkbox.Group options={inspectionMethods.map((m) => ({ value: m, label: inspectionMethodLabels[m] }))} />
        </Form.Item>
        {trigger && (
          <Alert
            type="info"
            showIcon
            style={{ marginBottom: 16 }}
            title={`由${triggerLabels[trigger.kind]} ${trigger.no} 触发：检查 ${trigger.enterpriseName}，未填完成期限时按规定天数自动设定。`}
            data-testid="inspection-trigger"
          />
        )}
        <Form.Item label="检查对象" name="subjectKind" hidden={trigger !== undefined}>
          <Radio.Group options={(['enterprise', 'premises'] as const).map((k) => ({ value: k, label: subjectKindLabels[k] }))} />
        </Form.Item>
        {subjectKind === 'premises' ? (
          <Form.Item label="场所" name="premisesId" rules={[{ required: true, message: '请选择场所' }]}>
            <RemoteSelect fetchOptions={searchPremises} placeholder="输入场所名称搜索" />
          </Form.Item>
        ) : (
          <Form.Item label="生产经营单位" name="enterpriseId" rules={[{ required: true, message: '请选择被检查单位' }]}>
            <RemoteSelect
              fetchOptions={searchEnterprises}
              placeholder="输入单位名称或信用代码搜索"
              id="form-enterprise"
              initialOption={trigger ? { value: trigger.enterpriseId, label: trigger.enterpriseName } : initialEnterprise ? { value: initialEnterprise.id, label: initialEnterprise.name } : undefined}
            />
          </Form.Item>
        )}
        <Form.Item label="计划检查日期" name="plannedOn" rules={[{ required: true, message: '请选择日期' }]}>
          <DatePicker style={{ width: 200 }} />
        </Form.Item>
        <Form.Item label="检查表" name="checklistSource">
          <Radio.Group options={[{ value: 'sector', label: '按行业判定标准' }, { value: 'checklist', label: '检查表库' }]} />
        </Form.Item>
        {source === 'checklist' ? (
          <Form.Item label="检查表" name="checklistId" rules={[{ required: true, message: '请选择检查表' }]}>
            <Select showSearch={{ optionFilterProp: 'label' }} {...fetchedOptions(checklists, (page) => page.items.map((c) => ({ value: c.id, label: `${c.title}（${c.itemCount}项）` })))} />
          </Form.Item>
        ) : (
          <Form.Item label="行业领域" name="sector" rules={[{ required: true, message: '请选择行业领域' }]}>
            <Select {...sectorSelect} data-testid="form-sector" />
          </Form.Item>
        )}
        <Form.Item label="检查人员" name="members" extra={`带队负责人：${me.displayName}；其他人员以逗号或顿号分隔`}>
          <Input maxLength={300} />
        </Form.Item>
        {candidates.data && (
          <Form.Item
            label="专家"
            name="experts"
            extra={
              candidates.data.excluded.length > 0
                ? `不可指派：${candidates.data.excluded.map((x) => x.reason).join('；')}`
                : '按近12个月到该企业服务次数由少到多排列（轮换）；专家登录后可看到指派给他的检查'
            }
          >
            <Select
              mode="multiple"
              placeholder={candidates.data.items.length === 0 ? '暂无可指派的专家' : '选择专家（可不选）'}
              data-testid="form-experts"
              showSearch={{ optionFilterProp: 'label' }}
              options={candidates.data.items.map((c) => ({ value: c.id, label: `${c.name}（${c.employer || '—'}，近12个月到该企业${c.recentVisits}次）` }))}
            />
          </Form.Item>
        )}
        <Form.Item label="联合检查单位" name="jointOrgs" extra="可不填；多个以顿号分隔">
          <Input maxLength={500} />
        </Form.Item>
        <Form.Item label="专项行动" name="campaign">
          <Input maxLength={100} />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
