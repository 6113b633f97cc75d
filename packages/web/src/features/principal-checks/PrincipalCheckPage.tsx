import { useEffect, useMemo, useState } from 'react';
import { Link } from 'react-router-dom';
import { Alert, Button, Card, DatePicker, Flex, Input, List, Progress, Result, Select, Space, Spin, Typography } from 'antd';
import dayjs from 'dayjs';
import { ApiError, errorMessage } from '../../api/client.ts';
import { FormErrorAlert } from '../../app/FormErrorAlert.tsx';
import { outcomeUnknown } from '../../app/hooks/useFormSubmit.ts';
import { dateFormat } from '../../app/labels.ts';
import { useQuery } from '../../app/useQuery.ts';
import { randomUuid } from '../../app/uuid.ts';
import { principalChecksApi, type PrincipalCheckForm } from '../inspections/api.ts';
import { LocationField, PhotoCapture } from '../inspections/FieldCapture.tsx';
import { itemResultLabels, itemResults, PeriodStateTag } from '../inspections/labels.tsx';
import { clearDraft, loadDraft, parseAttendance, saveDraft, type Draft } from './draft.ts';

const big = { size: 'large' as const, block: true };
const defaultDeadline = (checkDate: string) => dayjs(checkDate).add(30, 'day').format(dateFormat);

function newDraft(form: PrincipalCheckForm): Draft {
  return {
    idempotencyKey: randomUuid(),
    checkDate: dayjs().format(dateFormat),
    checklistKey: form.checklists[0]?.key ?? null,
    location: { lat: null, lng: null },
    photos: [],
    attendance: form.principalName ? `${form.principalName} 主要负责人` : '',
    answers: {},
    conclusion: '',
    step: 0,
  };
}

function Periods() {
  const periods = useQuery('own-periods', (signal) => principalChecksApi.periods({}, signal));
  if (!periods.data) return null;
  return (
    <Card size="small" title="带队检查落实情况">
      <List
        size="small"
        dataSource={[...periods.data.periods].sort((a, b) => b.start.localeCompare(a.start)).slice(0, 6)}
        renderItem={(p) => (
          <List.Item extra={<PeriodStateTag state={p.state} />}>
            {p.inspectionId ? <Link to={`/inspections/${p.inspectionId}`}>{p.label}</Link> : p.label}
            {p.doneOn && <Typography.Text type="secondary"> · {p.doneOn}</Typography.Text>}
          </List.Item>
        )}
      />
      {periods.data.missedInARow >= 2 && <Alert type="error" showIcon title={`已连续 ${periods.data.missedInARow} 期未开展带队检查`} />}
    </Card>
  );
}

/**
 * 主要负责人带队检查 on the phone (390 px): on-site proof (GPS, a photo of the principal), then the checklist item by
 * item with large buttons and the camera, then the conclusion; the draft stays in localStorage until submitted.
 */
export default function PrincipalCheckPage() {
  const formQuery = useQuery('principal-check-form', (signal) => principalChecksApi.form(signal));
  const form = formQuery.data;
  const [draft, setDraft] = useState<Draft | null>(null);
  const [saving, setSaving] = useState(false);
  const [uploading, setUploading] = useState(false);
  const [error, setError] = useState<ApiError | string | null>(null);
  const [done, setDone] = useState<{ id: string; inspectionNo: string } | null>(null);

  useEffect(() => {
    if (form && draft === null) setDraft(loadDraft(form.enterprise.id) ?? newDraft(form));
  }, [form, draft]);
  useEffect(() => {
    if (form && draft) saveDraft(form.enterprise.id, draft);
  }, [form, draft]);

  const checklist = useMemo(() => form?.checklists.find((c) => c.key === draft?.checklistKey) ?? null, [form, draft?.checklistKey]);

  if (formQuery.error !== undefined && !form) return <Result status="error" title="加载失败" subTitle={errorMessage(formQuery.error)} extra={<Button onClick={formQuery.reload}>重试</Button>} />;
  if (!form || !draft) return <Spin style={{ display: 'block', margin: 48 }} />;

  if (done) {
    return (
      <Result
        status="success"
        title="带队检查已提交"
        subTitle={`${done.inspectionNo} · 本期已完成，记录已冻结`}
        extra={
          <Space orientation="vertical" style={{ width: '100%' }}>
            <Link to={`/inspections/${done.id}`} data-testid="principal-check-done">
              <Button {...big} type="primary">查看检查记录</Button>
            </Link>
          </Space>
        }
      />
    );
  }

  // Every change is written to localStorage as it is made (not after the next paint): a reload right after a photo
  // arrives keeps it. Writing the same draft twice (StrictMode) is harmless.
  const commit = (change: (d: Draft) => Draft) =>
    setDraft((d) => {
      if (!d) return d;
      const next = change(d);
      saveDraft(form.enterprise.id, next);
      return next;
    });
  const update = (patch: Partial<Draft>) => commit((d) => ({ ...d, ...patch }));
  /** One item's answer changed from the latest draft, not the render's (a photo may arrive after the note was typed). */
  const updateAnswer = (seq: number, change: (a: Draft['answers'][number]) => Draft['answers'][number]) =>
    commit((d) => {
      const current = d.answers[seq];
      return current ? { ...d, answers: { ...d.answers, [seq]: change(current) } } : d;
    });
  const items = checklist?.items ?? [];
  const last = items.length + 1;
  const step = Math.min(draft.step, last);
  const item = step >= 1 && step <= items.length ? items[step - 1] : undefined;
  const answer = item ? draft.answers[item.seq] : undefined;
  const answered = items.filter((i) => draft.answers[i.seq]).length;
  const onSiteReady = draft.location.lat !== null && draft.photos.length > 0 && parseAttendance(draft.attendance).length > 0;

  const submit = async () => {
    setSaving(true);
    setError(null);
    try {
      const saved = await principalChecksApi.submit(
        {
          checkDate: draft.checkDate,
          checklist: checklist?.choice ?? { sector: '' },
          location: draft.location,
          photos: draft.photos,
          attendance: parseAttendance(draft.attendance),
          items: items
            .filter((i) => draft.answers[i.seq])
            .map((i) => {
              const a = draft.answers[i.seq];
              const result = a?.result ?? 'pass';
              const note = a?.note.trim() ?? '';
              // A 不符合 is entered in the enterprise's hazard ledger (自查发现) with its deadline.
              const hazard =
                result === 'fail'
                  ? { action: 'raise' as const, title: (note || i.text).slice(0, 200), description: note, deadline: a?.deadline ?? defaultDeadline(draft.checkDate), fixedOnSite: false, interimControls: '' }
                  : null;
              return { seq: i.seq, result, note, location: '', photos: a?.photos ?? [], criterionIds: [], major: false, hazard };
            }),
          conclusion: draft.conclusion,
        },
        draft.idempotencyKey,
      );
      clearDraft(form.enterprise.id);
      setDone(saved);
    } catch (e) {
      // A lost answer keeps the key: the retry returns the first result instead of recording twice.
      if (!outcomeUnknown(e)) update({ idempotencyKey: randomUuid() });
      setError(e instanceof ApiError ? e : errorMessage(e));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%', maxWidth: 560, margin: '0 auto', display: 'flex' }} className="zb-principal-check">
      <Card size="small">
        <Flex justify="space-between" align="center" wrap gap={8}>
          <Typography.Text strong>{form.enterprise.name}</Typography.Text>
          <Space>
            <span>{form.period.label}</span>
            <PeriodStateTag state={form.period.state} />
          </Space>
        </Flex>
        {items.length > 0 && <Progress percent={Math.round((answered / items.length) * 100)} size="small" format={() => `${answered}/${items.length}`} />}
      </Card>

      {step === 0 && (
        <Card title="第一步：现场确认">
          <Space orientation="vertical" size="large" style={{ width: '100%' }}>
            <div>
              <Typography.Text>检查日期</Typography.Text>
              <DatePicker
                size="large"
                style={{ width: '100%' }}
                value={dayjs(draft.checkDate)}
                allowClear={false}
                inputReadOnly
                disabledDate={(d) => d.format(dateFormat) < form.limits.checkDateMin || d.format(dateFormat) > form.limits.checkDateMax}
                onChange={(d) => d && update({ checkDate: d.format(dateFormat) })}
              />
            </div>
            <div>
              <Typography.Text>检查表</Typography.Text>
              <Select size="large" style={{ width: '100%' }} value={draft.checklistKey} onChange={(k) => update({ checklistKey: k, answers: {} })} options={form.checklists.map((c) => ({ value: c.key, label: `${c.title}（${c.items.length}项）` }))} />
            </div>
            <LocationField value={draft.location} onChange={(location) => update({ location })} testId="pc-gps" />
            <div>
              <Typography.Text>主要负责人现场照片</Typography.Text>
              <PhotoCapture value={draft.photos} onChange={(photos) => update({ photos })} point={draft.location} testId="pc-photo" onUploadingChange={setUploading} />
            </div>
            <div>
              <Typography.Text>参加人员（每行一人：姓名 岗位）</Typography.Text>
              <Input.TextArea rows={3} value={draft.attendance} onChange={(e) => update({ attendance: e.target.value })} data-testid="pc-attendance" />
            </div>
            {!onSiteReady && <Typography.Text type="secondary">须定位、拍照并填写参加人员后开始逐项检查</Typography.Text>}
            <Button {...big} type="primary" disabled={!onSiteReady || uploading} onClick={() => update({ step: 1 })} data-testid="pc-next">
              开始逐项检查
            </Button>
          </Space>
        </Card>
      )}

      {item && (
        <Card title={`第 ${step} / ${items.length} 项${item.major ? ' · 重大隐患判定项' : ''}`} data-testid="pc-item">
          <Space orientation="vertical" size="large" style={{ width: '100%' }}>
            <Typography.Paragraph style={{ fontSize: 16, marginBottom: 0 }}>{item.text}</Typography.Paragraph>
            {item.guidance && <Typography.Text type="secondary">{item.guidance}</Typography.Text>}
            <Flex gap={8}>
              {itemResults.map((r) => (
                <Button
                  key={r}
                  size="large"
                  style={{ flex: 1, height: 56 }}
                  type={answer?.result === r ? 'primary' : 'default'}
                  danger={r === 'fail'}
                  data-testid={`pc-result-${r}`}
                  onClick={() => commit((d) => ({ ...d, answers: { ...d.answers, [item.seq]: { note: d.answers[item.seq]?.note ?? '', photos: d.answers[item.seq]?.photos ?? [], result: r } } }))}
                >
                  {itemResultLabels[r]}
                </Button>
              ))}
            </Flex>
            {answer?.result === 'fail' && (
              <>
                <Input.TextArea rows={2} placeholder="问题描述" value={answer.note} onChange={(e) => updateAnswer(item.seq, (a) => ({ ...a, note: e.target.value }))} />
                <PhotoCapture value={answer.photos} onChange={(photos) => updateAnswer(item.seq, (a) => ({ ...a, photos }))} point={draft.location} testId="pc-item-photo" onUploadingChange={setUploading} />
                <div>
                  <Typography.Text>整改期限（登记为本单位隐患）</Typography.Text>
                  <DatePicker
                    size="large"
                    inputReadOnly
                    allowClear={false}
                    style={{ width: '100%' }}
                    value={dayjs(answer.deadline ?? defaultDeadline(draft.checkDate))}
                    disabledDate={(d) => d.format(dateFormat) < draft.checkDate}
                    onChange={(d) => d && updateAnswer(item.seq, (a) => ({ ...a, deadline: d.format(dateFormat) }))}
                  />
                </div>
              </>
            )}
            <Flex gap={8}>
              <Button size="large" style={{ flex: 1 }} onClick={() => update({ step: step - 1 })}>
                上一项
              </Button>
              <Button size="large" style={{ flex: 2 }} type="primary" disabled={!answer || uploading} onClick={() => update({ step: step + 1 })} data-testid="pc-item-next">
                {step === items.length ? '填写结论' : '下一项'}
              </Button>
            </Flex>
          </Space>
        </Card>
      )}

      {step === last && (
        <Card title="检查结论">
          <Space orientation="vertical" size="large" style={{ width: '100%' }}>
            <Input.TextArea rows={4} maxLength={5000} placeholder="本次检查发现的问题及整改要求" value={draft.conclusion} onChange={(e) => update({ conclusion: e.target.value })} data-testid="pc-conclusion" />
            <FormErrorAlert error={error} testId="pc-error" />
            <Flex gap={8}>
              <Button size="large" style={{ flex: 1 }} onClick={() => update({ step: Math.max(0, step - 1) })}>
                返回
              </Button>
              <Button size="large" style={{ flex: 2 }} type="primary" loading={saving} disabled={draft.conclusion.trim().length < 2} onClick={() => void submit()} data-testid="pc-submit">
                提交带队检查
              </Button>
            </Flex>
            <Typography.Text type="secondary">提交后记录冻结，不能修改。未提交前草稿保存在本机。</Typography.Text>
          </Space>
        </Card>
      )}
      <Periods />
    </Space>
  );
}
