import { Col, DatePicker, Form, Input, Row, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { meetingKindLabels, meetingKinds, type MeetingKind } from '@zhiben/core/src/tasks/meeting-cadence.ts';
import { FormModal } from '../../app/FormModal.tsx';
import { useFormSubmit } from '../../app/hooks/useFormSubmit.ts';
import { useQuery } from '../../app/useQuery.ts';
import { leadersApi } from '../leaders/api.ts';
import { meetingsApi, type MeetingBody, type MeetingView } from './api.ts';
import { fetchedOptions } from '../../app/forms.ts';

type Values = { kind?: MeetingKind; name?: string; date?: Dayjs | null; chairLeaderId?: string; attendees?: string; topics?: string; minutes?: string };

const lines = (s: string | undefined) =>
  (s ?? '')
    .split(/[\n、，,]/)
    .map((x) => x.trim())
    .filter(Boolean);

/** 记录 / 修改 a leaders' meeting: type, chair (a leader on record, so it counts for the cadence), attendees, topics, minutes. */
export function MeetingFormModal({ meeting, onClose, onSaved }: { meeting: MeetingView | null; onClose: () => void; onSaved: (m: MeetingView) => void }) {
  const [form] = Form.useForm<Values>();
  const leaders = useQuery('leaders:active', (signal) => leadersApi.list({ active: 'true' }, signal));
  const { submit, saving, error, conflict } = useFormSubmit(
    form,
    (v: Values) => {
      const chair = leaders.data?.items.find((l) => l.id === v.chairLeaderId);
      const body: MeetingBody = {
        kind: v.kind ?? 'special',
        name: (v.name ?? '').trim(),
        date: (v.date ?? dayjs()).format('YYYY-MM-DD'),
        chairLeaderId: v.chairLeaderId ?? null,
        chairName: chair?.name ?? '',
        chairPost: chair?.post ?? '',
        attendees: lines(v.attendees),
        topics: (v.topics ?? '')
          .split('\n')
          .map((x) => x.trim())
          .filter(Boolean),
        minutes: (v.minutes ?? '').trim(),
      };
      return meeting ? meetingsApi.update(meeting.id, { ...body, version: meeting.version }) : meetingsApi.create(body);
    },
    { success: '会议已保存', onSuccess: onSaved },
  );
  const initial: Values = meeting
    ? {
        kind: meeting.kind,
        name: meeting.name,
        date: dayjs(meeting.date),
        chairLeaderId: meeting.chairLeaderId ?? undefined,
        attendees: meeting.attendees.join('、'),
        topics: meeting.topics.join('\n'),
        minutes: meeting.minutes,
      }
    : { kind: 'special', date: dayjs() };
  return (
    <FormModal
      open
      title={meeting ? '修改会议记录' : '记录会议'}
      onClose={onClose}
      onSubmit={submit}
      saving={saving}
      error={error}
      onReload={conflict ? onClose : undefined}
      width={720}
      errorTestId="meeting-form-error"
    >
      <Form form={form} layout="vertical" initialValues={initial} preserve={false} data-testid="meeting-form">
        <Row gutter={12}>
          <Col xs={24} sm={12}>
            <Form.Item label="会议类型" name="kind" rules={[{ required: true, message: '请选择会议类型' }]}>
              <Select options={meetingKinds.map((k) => ({ value: k, label: meetingKindLabels[k] }))} data-testid="meeting-kind" />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item label="会议日期" name="date" rules={[{ required: true, message: '请选择会议日期' }]}>
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={24}>
            <Form.Item label="会议名称" name="name" rules={[{ required: true, whitespace: true, message: '请填写会议名称' }]}>
              <Input maxLength={200} data-testid="meeting-name" />
            </Form.Item>
          </Col>
          <Col xs={24}>
            <Form.Item label="主持人" name="chairLeaderId" rules={[{ required: true, message: '请选择主持会议的领导' }]} extra="计入该领导的履职档案和会议频次">
              <Select showSearch={{ optionFilterProp: 'label' }} {...fetchedOptions(leaders, (page) => page.items.map((l) => ({ value: l.id, label: `${l.name}（${l.post}）` })))} data-testid="meeting-chair-leader" />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item label="参会人员" name="attendees" extra="以顿号或换行分隔">
          <Input.TextArea rows={2} />
        </Form.Item>
        <Form.Item label="议题（每行一项）" name="topics">
          <Input.TextArea rows={3} data-testid="meeting-topics-input" />
        </Form.Item>
        <Form.Item label="会议纪要" name="minutes">
          <Input.TextArea rows={5} maxLength={20000} />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
