import { useEffect, useRef, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { Alert, Button, Card, Col, DatePicker, Flex, Form, Input, Radio, Row, Select, Space, Switch, Tag, Typography } from 'antd';
import { LinkOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { errorMessage } from '../../api/client.ts';
import type { Id } from '../../api/types.ts';
import { useAuth, useMe } from '../../app/auth.tsx';
import { feedback } from '../../app/feedback.ts';
import { FormErrorAlert } from '../../app/FormErrorAlert.tsx';
import { useFormSubmit } from '../../app/hooks/useFormSubmit.ts';
import { dateFormat, hazardLevelLabels, hazardSourceLabel, hazardSources, type HazardLevel, type HazardSource } from '../../app/labels.ts';
import { RemoteSelect, type RemoteOption } from '../../app/RemoteSelect.tsx';
import { requirementsToRules } from '../../app/workflow/requirements.ts';
import { enterprisesApi } from '../enterprises/api.ts';
import { useSectors } from '../reference/useSectors.ts';
import { useHazardFormRequirements } from './useHazardFormRequirements.ts';
import { hazardsApi, type DuplicateCandidate, type Evidence, type HazardInput } from './api.ts';
import { CriterionPicker } from './CriterionPicker.tsx';
import { CriterionSuggestions } from '../grading/CriterionSuggestions.tsx';
import { EvidenceUpload } from './EvidenceUpload.tsx';
import { HazardStatusTag } from './labels.tsx';

const { TextArea } = Input;

const DUPLICATE_DEBOUNCE_MS = 600;

type Values = {
  enterpriseId?: Id;
  level: HazardLevel;
  source?: HazardSource;
  criterionIds: string[];
  title: string;
  description: string;
  location: string;
  foundAt: Dayjs;
  deadline?: Dayjs | null;
  fixedOnSite: boolean;
  interimControls?: string;
  evidence: Evidence[];
};

function DuplicateAlert({
  candidates,
  linking,
  onLink,
}: {
  candidates: DuplicateCandidate[];
  linking: Id | null;
  onLink: (c: DuplicateCandidate) => void;
}) {
  return (
    <Alert
      type="warning"
      showIcon
      style={{ marginBottom: 16 }}
      data-testid="duplicates"
      title={`该单位已有 ${candidates.length} 条相似的未销号隐患，可能是同一隐患`}
      description={
        <Flex vertical gap={8} style={{ marginTop: 4 }}>
          {candidates.map((c) => (
            <Flex key={String(c.id)} align="center" gap={8} wrap>
              <Typography.Link href={`/hazards/${encodeURIComponent(String(c.id))}`} target="_blank">
                {c.hazardNo}
              </Typography.Link>
              <span>{c.title}</span>
              <HazardStatusTag status={c.status} />
              <Tag color={c.score >= 0.8 ? 'red' : 'orange'}>相似度 {Math.round(c.score * 100)}%</Tag>
              {c.reasons.length > 0 && <Typography.Text type="secondary">{c.reasons.join('；')}</Typography.Text>}
              <Button size="small" icon={<LinkOutlined />} loading={linking === c.id} disabled={linking !== null && linking !== c.id} onClick={() => onLink(c)}>
                关联到此隐患
              </Button>
            </Flex>
          ))}
          <Typography.Text type="secondary">如确认不是同一隐患，可继续提交新建。</Typography.Text>
        </Flex>
      }
    />
  );
}

/** 登记隐患 (staff) / 上报隐患 (enterprise users): one form, the server decides the initial status. */
export default function HazardFormPage() {
  const me = useMe();
  const { can } = useAuth();
  const navigate = useNavigate();
  const { sectors } = useSectors();
  const [form] = Form.useForm<Values>();
  const isStaff = can('hazards.register');
  const ownEnterprise = !isStaff ? me.enterprise : null;
  const [uploading, setUploading] = useState(false);
  const [linkError, setLinkError] = useState<string | null>(null);
  const [duplicates, setDuplicates] = useState<DuplicateCandidate[]>([]);
  const [linking, setLinking] = useState<Id | null>(null);
  const enterpriseSectors = useRef(new Map<string, string[]>());
  const [preferredStandards, setPreferredStandards] = useState<string[]>([]);

  const enterpriseId = Form.useWatch('enterpriseId', form);
  const title = Form.useWatch('title', form);
  const description = Form.useWatch('description', form);
  const location = Form.useWatch('location', form);
  const criterionIds = Form.useWatch('criterionIds', form);
  const foundAt = Form.useWatch('foundAt', form);
  const fixedOnSite = Form.useWatch('fixedOnSite', form);
  const level = Form.useWatch('level', form);

  const effectiveEnterpriseId = ownEnterprise?.id ?? enterpriseId;

  // Standards of the chosen enterprise's sectors are offered first in the criterion picker.
  useEffect(() => {
    let cancelled = false;
    const apply = (codes: string[]) => {
      const ids = [...new Set(codes.flatMap((code) => sectors.find((s) => s.code === code)?.standards ?? []))];
      if (!cancelled) setPreferredStandards(ids);
    };
    if (effectiveEnterpriseId === undefined) {
      apply([]);
    } else {
      const cached = enterpriseSectors.current.get(String(effectiveEnterpriseId));
      if (cached) apply(cached);
      else
        enterprisesApi.get(effectiveEnterpriseId).then(
          (e) => {
            enterpriseSectors.current.set(String(e.id), e.sectors);
            apply(e.sectors);
          },
          () => apply([]),
        );
    }
    return () => {
      cancelled = true;
    };
  }, [effectiveEnterpriseId, sectors]);

  // Look for open hazards of the same enterprise that look alike (debounced while typing).
  useEffect(() => {
    const text = `${title ?? ''}${description ?? ''}`.trim();
    if (effectiveEnterpriseId === undefined || text === '') {
      setDuplicates([]);
      return undefined;
    }
    const controller = new AbortController();
    const timer = window.setTimeout(() => {
      hazardsApi
        .duplicates(
          {
            enterpriseId: effectiveEnterpriseId,
            title: (title ?? '').trim(),
            description: (description ?? '').trim(),
            location: (location ?? '').trim(),
            criterionIds: criterionIds ?? [],
          },
          controller.signal,
        )
        .then(
          (r) => {
            if (!controller.signal.aborted) setDuplicates(r.items);
          },
          () => {
            // Duplicate detection is advisory: a failure must not block the form.
            if (!controller.signal.aborted) setDuplicates([]);
          },
        );
    }, DUPLICATE_DEBOUNCE_MS);
    return () => {
      window.clearTimeout(timer);
      controller.abort();
    };
  }, [effectiveEnterpriseId, title, description, location, criterionIds]);

  const link = async (c: DuplicateCandidate) => {
    const v = form.getFieldsValue(true) as Partial<Values>;
    setLinking(c.id);
    setLinkError(null);
    try {
      const linked = await hazardsApi.link(c.id, {
        description: (v.description ?? '').trim() || (v.title ?? '').trim(),
        location: (v.location ?? '').trim() || undefined,
        source: v.source,
        evidence: v.evidence && v.evidence.length > 0 ? v.evidence : undefined,
      });
      feedback.success(`已关联到隐患 ${linked.hazardNo}`);
      void navigate(`/hazards/${encodeURIComponent(String(linked.id))}`);
    } catch (err) {
      setLinkError(errorMessage(err));
    } finally {
      setLinking(null);
    }
  };

  // One idempotency key per submission: a double click or a retry after a lost response creates one hazard only.
  const { submit, saving, error } = useFormSubmit(
    form,
    (v: Values, { idempotencyKey }) => {
      const body: HazardInput = {
        enterpriseId: ownEnterprise?.id ?? v.enterpriseId ?? '',
        level: v.level,
        source: v.source,
        criterionIds: v.criterionIds ?? [],
        title: v.title.trim(),
        description: (v.description ?? '').trim(),
        location: (v.location ?? '').trim(),
        foundAt: v.foundAt.format(dateFormat),
        deadline: v.deadline ? v.deadline.format(dateFormat) : '',
        fixedOnSite: isStaff ? v.fixedOnSite : undefined,
        interimControls: (v.interimControls ?? '').trim() || undefined,
        evidence: v.evidence ?? [],
      };
      return hazardsApi.create(body, idempotencyKey);
    },
    {
      success: (created) => `隐患 ${created.hazardNo} 已${isStaff ? '登记' : '上报'}`,
      onSuccess: (created) => void navigate(`/hazards/${encodeURIComponent(created.id)}`, { replace: true }),
    },
  );

  // Which sources this user may choose and when criteria are required are the server's (form requirements).
  const requirements = useHazardFormRequirements(effectiveEnterpriseId);
  const req = requirementsToRules(requirements, { level });
  const source = req('source', '隐患来源');
  const criteria = req('criterionIds', '判定依据');
  const sourceOptions = requirements?.source?.options ? source.options(hazardSources) : [];
  const pageTitle = isStaff ? '登记隐患' : '上报隐患';
  const today = dayjs();

  return (
    <Card title={pageTitle} style={{ maxWidth: 1100 }}>
      {!isStaff && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          title="企业上报的隐患由属地行业监管部门认定后进入整改。"
        />
      )}
      <FormErrorAlert error={error ?? linkError} />
      {duplicates.length > 0 && <DuplicateAlert candidates={duplicates} linking={linking} onLink={(c) => void link(c)} />}
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{
          level: 'general',
          criterionIds: [],
          foundAt: today,
          fixedOnSite: false,
          evidence: [],
        }}
      >
        <Row gutter={16}>
          <Col xs={24} md={12}>
            {ownEnterprise ? (
              <Form.Item label="单位">
                <Input value={ownEnterprise.name} disabled />
              </Form.Item>
            ) : (
              <Form.Item label="单位" name="enterpriseId" rules={[{ required: true, message: '请选择隐患所在单位' }]}>
                <RemoteSelect
                  placeholder="输入企业名称或统一社会信用代码搜索"
                  fetchOptions={async (q): Promise<RemoteOption[]> => {
                    const page = await enterprisesApi.list({ q: q || undefined, page: 1, pageSize: 20 });
                    for (const e of page.items) enterpriseSectors.current.set(String(e.id), e.sectors);
                    return page.items.map((e) => ({ value: e.id, label: `${e.name}（${e.uscc}）` }));
                  }}
                />
              </Form.Item>
            )}
          </Col>
          <Col xs={12} md={6}>
            <Form.Item label="隐患等级" name="level" rules={[{ required: true, message: '请选择隐患等级' }]}>
              <Radio.Group
                optionType="button"
                buttonStyle="solid"
                options={(['general', 'major'] as const).map((l) => ({ value: l, label: hazardLevelLabels[l] }))}
              />
            </Form.Item>
          </Col>
          {sourceOptions.length > 0 && (
            <Col xs={12} md={6}>
              <Form.Item label="隐患来源" name="source" required={source.required} rules={source.rules} extra={source.extra}>
                <Select allowClear options={sourceOptions.map((s) => ({ value: s, label: hazardSourceLabel(s) }))} />
              </Form.Item>
            </Col>
          )}
        </Row>
        <Form.Item
          label="判定依据"
          name="criterionIds"
          required={criteria.required}
          rules={criteria.rules}
          extra={criteria.extra ?? '按发现日期有效的判定标准检索条款。'}
        >
          <CriterionPicker at={foundAt ? foundAt.format(dateFormat) : undefined} preferredStandards={preferredStandards} />
        </Form.Item>
        <Form.Item label="隐患名称" name="title" rules={[{ required: true, whitespace: true, message: '请填写隐患名称' }]}>
          <Input maxLength={200} placeholder="简要概括隐患，如：储罐区可燃气体报警器未投入使用" />
        </Form.Item>
        <Form.Item label="隐患描述" name="description" rules={[{ required: true, whitespace: true, message: '请描述隐患情况' }]}>
          <TextArea rows={4} maxLength={4000} showCount />
        </Form.Item>
        <CriterionSuggestions
          description={[title, description].filter(Boolean).join('。')}
          foundAt={foundAt ? foundAt.format(dateFormat) : undefined}
          enterpriseId={effectiveEnterpriseId}
          selected={criterionIds}
          onPick={(id) => form.setFieldValue('criterionIds', [...new Set([...(criterionIds ?? []), id])])}
        />
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item label="隐患位置" name="location">
              <Input maxLength={200} placeholder="如：罐区 T-102" />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item label="发现日期" name="foundAt" rules={[{ required: true, message: '请选择发现日期' }]}>
              <DatePicker style={{ width: '100%' }} disabledDate={(d) => d.isAfter(today, 'day')} />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item
              label="整改期限"
              name="deadline"
              rules={[{ required: true, message: '请选择整改期限' }]}
              extra={!isStaff ? '拟定的整改完成日期，监管部门认定时可调整' : undefined}
            >
              <DatePicker style={{ width: '100%' }} disabledDate={(d) => (foundAt ? d.isBefore(foundAt, 'day') : false)} />
            </Form.Item>
          </Col>
        </Row>
        {isStaff && (
          <Form.Item label="立查立改" extra="检查时已当场整改完毕：登记后直接进入待验收，须上传整改佐证材料。">
            <Space>
              <Form.Item name="fixedOnSite" valuePropName="checked" noStyle>
                <Switch />
              </Form.Item>
              <span>{fixedOnSite ? '是' : '否'}</span>
            </Space>
          </Form.Item>
        )}
        <Form.Item label="临时管控措施" name="interimControls">
          <TextArea rows={2} maxLength={2000} placeholder="整改完成前采取的防范措施" />
        </Form.Item>
        <Form.Item
          label="佐证材料"
          name="evidence"
          required={fixedOnSite === true}
          rules={[
            {
              validator: (_: unknown, list: Evidence[] | undefined) =>
                fixedOnSite && (!list || list.length === 0) ? Promise.reject(new Error('立查立改须上传整改佐证材料')) : Promise.resolve(),
            },
          ]}
        >
          <EvidenceUpload defaultKind={fixedOnSite ? 'after' : 'before'} onUploadingChange={setUploading} />
        </Form.Item>
        <Flex gap={8}>
          <Button type="primary" loading={saving} disabled={uploading} onClick={() => void submit()} data-testid="hazard-submit">
            {uploading ? '文件上传中…' : isStaff ? '登记' : '上报'}
          </Button>
          <Button onClick={() => void navigate(-1)}>取消</Button>
        </Flex>
      </Form>
    </Card>
  );
}
