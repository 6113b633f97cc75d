import { Space, Tag, Timeline, Typography } from 'antd';
import dayjs from 'dayjs';
import { dateTimeFormat } from '../../app/labels.ts';
import { CheckCircleOutlined, WarningOutlined } from '@ant-design/icons';
import { call } from '../../api/client.ts';
import type { RequirementRules } from '../../app/workflow/requirements.ts';

/** One entry of a Module B record's hash-chained timeline (plans, tasks, returns, rounds share the shape). */
export type TimelineEntry = { seq: number; at: string; actorName: string; kind: string; fromStatus: string | null; toStatus: string | null; payload: unknown };

const kindLabels: Record<string, string> = {
  created: '创建',
  open: '开启调度',
  create: '创建',
  issue: '印发',
  file: '备案',
  revise: '修改',
  report_progress: '报告进展',
  complete: '完成',
  add_note: '补充说明',
  reopen: '重新打开',
  cancel: '撤销',
  submitted: '报送',
  resubmit: '重新报送',
  accept: '审核通过',
  send_back: '退回',
  add_problem: '记录问题',
  hold_meeting: '召开调度会',
  decide: '形成交办事项',
  close: '印发调度通报',
  commit: '公告抽查计划',
  draw: '抽取',
  publish_results: '公示抽查结果',
};

const textOf = (payload: unknown): string => {
  if (typeof payload !== 'object' || payload === null) return '';
  const p = payload as Record<string, unknown>;
  for (const key of ['text', 'comment', 'reason', 'note', 'name', 'docNo', 'summary']) {
    const v = p[key];
    if (typeof v === 'string' && v) return v;
  }
  return '';
};

/** The record's timeline, newest last, with whether its hash chain verified. */
export function RecordTimeline({ entries, verified }: { entries: readonly TimelineEntry[]; verified: boolean }) {
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      {verified ? (
        <Tag icon={<CheckCircleOutlined />} color="success" data-testid="timeline-verified">
          记录链校验通过
        </Tag>
      ) : (
        <Tag icon={<WarningOutlined />} color="error">
          记录链校验未通过
        </Tag>
      )}
      <Timeline
        items={entries.map((e) => ({
          key: e.seq,
          content: (
            <div>
              <Typography.Text strong>{kindLabels[e.kind] ?? e.kind}</Typography.Text>
              <Typography.Text type="secondary">
                {' '}
                · {e.actorName} · {dayjs(e.at).format(dateTimeFormat)}
              </Typography.Text>
              {textOf(e.payload) && <div>{textOf(e.payload)}</div>}
            </div>
          ),
        }))}
      />
    </Space>
  );
}

/** Member units (lead orgs) of the caller's region, for pickers: the ranking lists every member unit. */
export async function memberUnitOptions(): Promise<{ value: string; label: string }[]> {
  const ranking = await call('get', '/api/tasks/ranking', { query: {} });
  return ranking.rows.map((r) => ({ value: r.orgId, label: r.orgName }));
}

/** A Form.Item's requiredness, rules and hint from the server's form requirements (`req` of the action modal). */
export const fromReq = (req: RequirementRules, field: string, label: string) => {
  const r = req(field, label);
  return { required: r.required, rules: r.rules, extra: r.extra };
};
