import { Button, Card, Checkbox, DatePicker, Empty, Form, Input, InputNumber, Radio, Space, Tag, Typography } from 'antd';
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { Link } from 'react-router-dom';
import { dateFormat } from '../../../app/labels.ts';
import { RemoteSelect } from '../../../app/RemoteSelect.tsx';
import { hazardStatusLabels } from '@zhiben/core/src/hazard/hazard-machine.ts';
import { explainTestScoreInvalid } from '@zhiben/core/src/inspection/on-site-tests.ts';
import { actionForm, trimmed } from '../../../app/workflow/actionForm.ts';
import { inspectionsApi, type FieldPhoto, type Inspection, type InspectionItem } from '../api.ts';
import { PhotoCapture } from '../FieldCapture.tsx';
import { itemResultLabels, itemResults, type ItemResult } from '../labels.tsx';

type Answer = {
  result?: ItemResult;
  note?: string;
  location?: string;
  photos?: FieldPhoto[];
  major?: boolean;
  hazardMode?: 'raise' | 'link';
  title?: string;
  deadline?: Dayjs | null;
  interimControls?: string;
  hazardId?: string;
};
/** 现场询问、现场测试 (安全知识测试) of a worker: who, what was asked, how they did. */
type TestValues = { personName?: string; post?: string; questions?: string; correct?: number | null; total?: number | null; note?: string };
type RecordValues = { answers?: Record<string, Answer>; tests?: TestValues[] };

/** 现场询问和测试: people asked on site, the questions, right answers out of the total. */
function OnSiteTests() {
  return (
    <Card size="small" title="现场询问和测试（安全知识测试）" data-testid="record-tests">
      <Form.List name="tests">
        {(rows, { add, remove }) => (
          <Space orientation="vertical" style={{ width: '100%' }}>
            {rows.map(({ key, name }) => (
              <Space key={key} wrap align="start">
                <Form.Item name={[name, 'personName']} rules={[{ required: true, whitespace: true, message: '请填写被询问人' }]} style={{ marginBottom: 0 }}>
                  <Input placeholder="被询问人" maxLength={32} style={{ width: 110 }} />
                </Form.Item>
                <Form.Item name={[name, 'post']} style={{ marginBottom: 0 }}>
                  <Input placeholder="岗位" maxLength={50} style={{ width: 120 }} />
                </Form.Item>
                <Form.Item name={[name, 'questions']} rules={[{ required: true, whitespace: true, message: '请填写询问内容' }]} style={{ marginBottom: 0 }}>
                  <Input placeholder="询问或测试内容" maxLength={2000} style={{ width: 260, maxWidth: '100%' }} />
                </Form.Item>
                <Form.Item
                  name={[name, 'correct']}
                  dependencies={[['tests', name, 'total']]}
                  rules={[
                    { required: true, message: '请填写答对题数' },
                    ({ getFieldValue }) => ({
                      validator: (_, correct: number | null) => {
                        const total = getFieldValue(['tests', name, 'total']) as number | null;
                        const invalid = correct != null && total != null ? explainTestScoreInvalid({ correct, total }) : null;
                        return invalid ? Promise.reject(new Error(invalid)) : Promise.resolve();
                      },
                    }),
                  ]}
                  style={{ marginBottom: 0 }}
                >
                  <InputNumber min={0} max={100} precision={0} placeholder="答对" style={{ width: 80 }} />
                </Form.Item>
                <Form.Item name={[name, 'total']} rules={[{ required: true, message: '请填写题数' }]} style={{ marginBottom: 0 }}>
                  <InputNumber min={1} max={100} precision={0} placeholder="题数" style={{ width: 80 }} />
                </Form.Item>
                <MinusCircleOutlined onClick={() => remove(name)} aria-label="删除" style={{ marginTop: 8 }} />
              </Space>
            ))}
            <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ personName: '', post: '', questions: '', correct: null, total: null })} data-testid="add-test">
              增加被询问人
            </Button>
          </Space>
        )}
      </Form.List>
    </Card>
  );
}

/** Items this submission answers: new answers, changed results, and 不符合 still without a hazard. */
function changed(item: InspectionItem, a: Answer | undefined): a is Answer & { result: ItemResult } {
  if (!a?.result) return false;
  return item.result === null || item.result !== a.result || (a.result === 'fail' && item.hazard === null);
}

function ItemCard({ item, inspectionId, setUploading }: { item: InspectionItem; inspectionId: string; setUploading: (b: boolean) => void }) {
  const base = ['answers', String(item.seq)];
  const result = Form.useWatch<ItemResult | undefined>([...base, 'result']);
  const mode = Form.useWatch<'raise' | 'link' | undefined>([...base, 'hazardMode']);
  const frozen = item.hazard !== null;
  return (
    <Card size="small" data-testid={`item-${item.seq}`} title={<Space wrap><span>{item.code || `第${item.seq}项`}</span>{item.major && <Tag color="red">重大隐患判定项</Tag>}</Space>}>
      <Typography.Paragraph style={{ marginBottom: 8 }}>{item.text}</Typography.Paragraph>
      {item.guidance && <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>检查方法：{item.guidance}</Typography.Paragraph>}
      {frozen && item.hazard ? (
        <Typography.Text>
          {itemResultLabels[item.result ?? 'fail']} · 已{item.hazard.link === 'raised' ? '登记' : '关联'}隐患 <Link to={`/hazards/${item.hazard.id}`}>{item.hazard.hazardNo}</Link>
        </Typography.Text>
      ) : (
        <>
          <Form.Item name={[...base, 'result']} style={{ marginBottom: 8 }}>
            <Radio.Group optionType="button" buttonStyle="solid" options={itemResults.map((r) => ({ value: r, label: itemResultLabels[r] }))} data-testid={`item-${item.seq}-result`} />
          </Form.Item>
          {result === 'fail' && (
            <Space orientation="vertical" style={{ width: '100%' }}>
              <Form.Item label="问题描述" name={[...base, 'note']} style={{ marginBottom: 8 }}>
                <Input.TextArea rows={2} maxLength={2000} />
              </Form.Item>
              <Form.Item label="现场照片" name={[...base, 'photos']} style={{ marginBottom: 8 }} extra={item.evidence === 'photo' ? '该项为「不符合」时须上传现场照片' : undefined}>
                <PhotoCapture testId={`item-${item.seq}-photo`} preview={(sha) => inspectionsApi.photoUrl(inspectionId, sha)} onUploadingChange={setUploading} />
              </Form.Item>
              {!item.major && (
                <Form.Item name={[...base, 'major']} valuePropName="checked" style={{ marginBottom: 8 }}>
                  <Checkbox>判定为重大事故隐患</Checkbox>
                </Form.Item>
              )}
              <Form.Item label="隐患处理" name={[...base, 'hazardMode']} style={{ marginBottom: 8 }}>
                <Radio.Group options={[{ value: 'raise', label: '登记新隐患' }, { value: 'link', label: '关联已有隐患' }]} />
              </Form.Item>
              {mode === 'link' ? (
                <Form.Item label="关联的在治隐患" name={[...base, 'hazardId']} rules={[{ required: true, message: '请选择要关联的隐患' }]}>
                  <RemoteSelect
                    fetchOptions={async (q) =>
                      (await inspectionsApi.openHazards(inspectionId, q)).items.map((h) => ({ value: h.id, label: `${h.hazardNo} ${h.title}（${hazardStatusLabels[h.status]}）` }))
                    }
                    placeholder="输入隐患编号或名称搜索被检查单位的在治隐患"
                    id={`item-${item.seq}-hazard`}
                  />
                </Form.Item>
              ) : (
                <>
                  <Form.Item label="隐患名称" name={[...base, 'title']} rules={[{ required: true, whitespace: true, min: 2, message: '请填写隐患名称（至少2个字）' }]}>
                    <Input maxLength={200} data-testid={`item-${item.seq}-title`} />
                  </Form.Item>
                  <Form.Item label="整改期限" name={[...base, 'deadline']} rules={[{ required: true, message: '请选择整改期限' }]}>
                    <DatePicker style={{ width: 200 }} data-testid={`item-${item.seq}-deadline`} />
                  </Form.Item>
                  <Form.Item label="临时管控措施" name={[...base, 'interimControls']}>
                    <Input.TextArea rows={2} maxLength={1000} />
                  </Form.Item>
                </>
              )}
            </Space>
          )}
        </>
      )}
    </Card>
  );
}

/** 填写检查结果: item by item; a 不符合 raises a new hazard or links an open one (in the same transaction). */
export const recordForm = actionForm<RecordValues>()({
  initial: (i: Inspection) => ({
    answers: Object.fromEntries(
      i.items.map((it) => [
        String(it.seq),
        { result: it.result ?? undefined, note: it.note, photos: it.photos, hazardMode: 'raise', title: it.text.slice(0, 60), deadline: dayjs().add(30, 'day') } satisfies Answer,
      ]),
    ),
  }),
  Fields: ({ record: i, req, setUploading }) => {
    const items = req('items', '检查结果');
    return (
      <Space orientation="vertical" style={{ width: '100%' }} size={12}>
        {items.extra && <Typography.Text type="secondary">{items.extra}</Typography.Text>}
        {i.items.length === 0 && <Empty description="本次检查没有检查项" />}
        {i.items.map((it) => (
          <ItemCard key={it.seq} item={it} inspectionId={i.id} setUploading={setUploading} />
        ))}
        <OnSiteTests />
      </Space>
    );
  },
  toBody: (v: RecordValues, i: Inspection) => ({
    items: i.items.flatMap((it) => {
      const a = v.answers?.[String(it.seq)];
      if (!changed(it, a)) return [];
      const hazard =
        a.result !== 'fail'
          ? null
          : a.hazardMode === 'link'
            ? { action: 'link' as const, hazardId: trimmed(a.hazardId) }
            : { action: 'raise' as const, title: trimmed(a.title), description: '', deadline: a.deadline ? a.deadline.format(dateFormat) : '', fixedOnSite: false, interimControls: trimmed(a.interimControls) };
      return [{ seq: it.seq, result: a.result, note: trimmed(a.note), location: trimmed(a.location), photos: a.photos ?? [], criterionIds: [], major: a.major === true, hazard }];
    }),
    tests: (v.tests ?? []).map((t) => ({ personName: trimmed(t.personName), post: trimmed(t.post), questions: trimmed(t.questions), correct: t.correct ?? 0, total: t.total ?? 0, note: trimmed(t.note) })),
  }),
  wide: true,
});
