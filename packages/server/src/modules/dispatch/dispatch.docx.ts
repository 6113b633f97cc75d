// The 调度通报 (monthly), the quarterly 通报 and the annual self-evaluation as Word documents in the 月通报's official
// layout (lib/official-docx.ts): the 月通报's hazard sections one level down, then task progress per 行动 and
// lead org, returns late and missing, the dispatch meeting and its 交办 items, and for the quarter and the year the
// meeting cadence, indicators, investment and publicity.
import type { Paragraph, Table } from 'docx';
import { dateLabel, formatRate } from '@zhiben/core';
import { render, type ChartImage } from '../circulars/circular.charts.ts';
import { addresseesOf, hazardSections } from '../circulars/circular.docx.ts';
import { renderCharts } from '../circulars/circulars.service.ts';
import { body, caption, chart, documentHead, heading, numeral, officialDocument, signature, subheading, table, wholeRegion } from '../../lib/official-docx.ts';
import type { DispatchDocData, TaskRow } from './dispatch.report.ts';

/** Tasks by 行动: on time, late, still overdue, not yet due (the bar chart of section 二). */
export function taskProgressChart(rows: readonly TaskRow[]): Promise<ChartImage> {
  const labels = rows.map((r) => r.key || r.label);
  const lateDone = rows.map((r) => r.done - r.doneOnTime);
  const notDue = rows.map((r) => Math.max(0, r.open - r.overdue));
  return render('治本攻坚任务推进情况（按行动）', {
    grid: { left: 50, right: 20, top: 50, bottom: 60 },
    legend: { bottom: 0, data: ['按期完成', '逾期完成', '逾期未完成', '推进中未到期'] },
    xAxis: { type: 'category', data: labels, axisLabel: { fontSize: 11 } },
    yAxis: { type: 'value', minInterval: 1 },
    series: [
      { name: '按期完成', type: 'bar', stack: 't', data: rows.map((r) => r.doneOnTime), color: '#2e7d32' },
      { name: '逾期完成', type: 'bar', stack: 't', data: lateDone, color: '#f9a825' },
      { name: '逾期未完成', type: 'bar', stack: 't', data: rows.map((r) => r.overdue), color: '#c62828' },
      { name: '推进中未到期', type: 'bar', stack: 't', data: notDue, color: '#90a4ae' },
    ],
  });
}

/** Lead orgs ranked by their on-time rate (the quarter's 赛马 picture). */
export function orgRankingChart(rows: readonly TaskRow[]): Promise<ChartImage> {
  const rated = rows.filter((r): r is TaskRow & { onTimeRate: number } => r.onTimeRate !== null).sort((a, b) => a.onTimeRate - b.onTimeRate);
  return render(
    '牵头单位任务按期完成率',
    {
      grid: { left: 170, right: 60, top: 45, bottom: 25 },
      xAxis: { type: 'value', max: 100, axisLabel: { formatter: '{value}%' } },
      yAxis: { type: 'category', data: rated.map((r) => r.label) },
      series: [{ type: 'bar', data: rated.map((r) => Math.round(r.onTimeRate * 1000) / 10), color: '#2f5597', label: { show: true, position: 'right', formatter: (p: { value: unknown }) => `${Number(p.value).toFixed(1)}%` } }],
    },
    640,
    Math.max(220, 60 + rated.length * 22),
  );
}

const TASK_HEADER = ['任务数', '已到期', '已完成', '按期完成', '逾期未完成', '按期完成率'];
const taskCells = (r: TaskRow) => [String(r.total), String(r.due), String(r.done), String(r.doneOnTime), String(r.overdue), formatRate(r.onTimeRate)];

/** The part every document shares after the hazards: 任务推进情况 and 工作报送情况. Returns the next table number. */
function tasksAndReturns(data: DispatchDocData, charts: { progress: ChartImage | null }, numeral: (i: number) => string, startTable: number): { parts: (Paragraph | Table)[]; next: number } {
  let n = startTable;
  const t = data.tasks.total;
  const parts: (Paragraph | Table)[] = [
    heading(`${numeral(1)}、治本攻坚任务推进情况`),
    body(
      `截至${dateLabel(data.asOf)}，${data.planName ? `《${data.planName}》` : ''}共下发任务${t.total}项，已到完成时限${t.due}项，已完成${t.done}项（其中按期完成${t.doneOnTime}项），逾期未完成${t.overdue}项，按期完成率${formatRate(t.onTimeRate)}。`,
    ),
    subheading('（一）按行动'),
    caption(`表${n++}  各行动任务推进情况`),
    table(['行动', ...TASK_HEADER], data.tasks.byAction.map((r) => [r.label, ...taskCells(r)]), new Set([0]), [34, 10, 10, 10, 10, 12, 14]),
  ];
  if (charts.progress) parts.push(chart(charts.progress));
  parts.push(
    subheading('（二）按牵头单位'),
    caption(`表${n++}  各牵头单位任务推进情况`),
    table(['牵头单位', ...TASK_HEADER], data.tasks.byOrg.map((r) => [r.label, ...taskCells(r)]), new Set([0]), [34, 10, 10, 10, 10, 12, 14]),
    subheading(`（三）逾期未完成任务（共${data.tasks.overdue.length}项）`),
  );
  if (data.tasks.overdue.length === 0) parts.push(body('无。'));
  else
    parts.push(
      table(
        ['编号', '任务名称', '牵头单位', '完成时限', '应完成节点', '逾期天数'],
        data.tasks.overdue.map((o) => [o.displayCode, o.name, o.leadOrgName, o.dueDate, o.nextDue, String(o.daysOverdue)]),
        new Set([1, 2]),
        [10, 36, 20, 12, 12, 10],
      ),
    );

  const r = data.returns;
  parts.push(
    heading(`${numeral(2)}、工作报送情况`),
    body(
      r.expected === 0
        ? `${data.periodLabel}无到期的报送要求。`
        : `${data.periodLabel}应报送${r.expected}份，按时报送${r.onTime}份，逾期报送${r.late}份，未报送${r.missing}份，报送及时率${formatRate(r.onTimeRate)}。`,
    ),
  );
  const late = r.lines.filter((l) => l.timeliness === 'late');
  const missing = r.lines.filter((l) => l.timeliness === 'missing');
  const returnTable = (lines: typeof r.lines) =>
    table(['报送单位', '报送要求', '报送期', '截止日期', '报送日期'], lines.map((l) => [l.orgName, l.requirementName, l.periodLabel, l.dueDate, l.firstFiledOn ?? '未报送']), new Set([0, 1]), [24, 32, 14, 14, 16]);
  parts.push(subheading(`（一）逾期报送（${late.length}份）`), ...(late.length === 0 ? [body('无。')] : [returnTable(late)]));
  parts.push(subheading(`（二）未报送（${missing.length}份）`), ...(missing.length === 0 ? [body('无。')] : [returnTable(missing)]));
  return { parts, next: n };
}

function decisionsTable(data: DispatchDocData): (Paragraph | Table)[] {
  if (data.decisions.length === 0) return [body('本期未形成交办事项。')];
  return [
    body(`共形成交办事项${data.decisions.length}项，请各牵头单位按时限办理并报送办理情况。`),
    table(
      ['编号', '交办事项', '类型', '牵头单位', '配合单位', '完成时限', '办理情况'],
      data.decisions.map((d) => [d.displayCode, d.name, d.kindLabel, d.leadOrgName, d.coOrgNames || '—', d.dueDate, d.statusLabel]),
      new Set([1, 3, 4]),
      [12, 30, 10, 16, 14, 10, 8],
    ),
  ];
}

const NEXT_STEPS = [
  '（一）对照任务清单倒排工期。各牵头单位要对逾期未完成的任务逐项分析原因，明确整改措施和完成时限，确保按期完成；配合单位要主动对接、协同推进。',
  '（二）按时报送工作进展。各报送单位要严格落实报送时限，如实报送工作开展情况和任务清单完成情况，逾期未报的单位要说明情况并及时补报。',
  '（三）抓好交办事项落实。对调度会议交办的事项，各责任单位要按时办结并反馈办理情况，市安委办将跟踪督办，对推进不力的适时约谈、通报。',
  '（四）持续推进重大事故隐患动态清零。紧盯逾期和长期未整改的重大事故隐患，落实“五落实”要求，确保整改到位、闭环销号。',
];

/** Builds the document for its kind; hazard charts come from the 月通报, the task charts from this module. */
export async function buildDispatchDocx(data: DispatchDocData): Promise<Buffer> {
  const hazardCharts = await renderCharts(data.circular);
  const progress = data.tasks.byAction.length > 0 ? await taskProgressChart(data.tasks.byAction) : null;
  const ranking = data.kind !== 'monthly' && data.tasks.byOrg.some((r) => r.onTimeRate !== null) ? await orgRankingChart(data.tasks.byOrg) : null;
  const whole = wholeRegion(data.region.name);
  const intro: Record<DispatchDocData['kind'], string> = {
    monthly: `按照“一月一调度、一季一通报、一年一评估”要求，现将${data.periodLabel}${whole}安全生产治本攻坚三年行动调度情况通报如下（数据截至${dateLabel(data.asOf)}）：`,
    quarterly: `现将${data.periodLabel}${whole}安全生产治本攻坚三年行动推进情况通报如下（数据截至${dateLabel(data.asOf)}）：`,
    annual: `按照“一年一评估”要求，对照实施方案任务清单，现将${data.periodLabel.replace('年度', '')}年度${whole}安全生产治本攻坚三年行动开展情况自评如下（数据截至${dateLabel(data.asOf)}）：`,
  };
  const children: (Paragraph | Table)[] = [
    ...documentHead(data.title, data.period.slice(0, 4), addresseesOf(data.region)),
    body(intro[data.kind]),
    heading(`${numeral(0)}、重大事故隐患排查整治情况`),
    ...hazardSections(data.circular, hazardCharts, 2, 1),
  ];
  const { parts, next } = tasksAndReturns(data, { progress }, numeral, 3);
  children.push(...parts);
  let section = 3;
  let tableNo = next;

  if (data.kind === 'monthly') {
    children.push(heading(`${numeral(section++)}、调度会议和交办事项`));
    if (data.meeting) {
      const m = data.meeting;
      children.push(
        body(`${dateLabel(m.date)}，${m.chair}主持召开调度会议${m.attendees.length > 0 ? `，${m.attendees.join('、')}参加` : ''}。会议${m.topics.length > 0 ? `研究了${m.topics.join('；')}等事项` : '听取了各单位工作进展汇报'}。`),
        ...(m.minutes ? [body(m.minutes)] : []),
      );
    } else {
      children.push(body('本月尚未召开调度会议。'));
    }
    children.push(...decisionsTable(data));
  } else {
    children.push(heading(`${numeral(section++)}、领导调度和会议频次落实情况`));
    const cadence = data.cadence ?? [];
    if (cadence.length === 0) children.push(body('未登记领导信息，无法检查会议频次。'));
    else
      children.push(
        caption(`表${tableNo++}  领导研究部署和调度频次检查`),
        table(['领导', '职务', '已达到', '未达到', '落实率'], cadence.map((c) => [c.name, c.post, String(c.met), String(c.missed), formatRate(c.rate)]), new Set([0, 1]), [18, 40, 12, 12, 18]),
      );
    if (ranking) children.push(chart(ranking));
    children.push(subheading('交办事项办理情况'), ...decisionsTable(data));
  }

  if (data.indicators.length > 0) {
    children.push(
      heading(`${numeral(section++)}、目标指标完成情况`),
      caption(`表${tableNo++}  目标指标进度`),
      table(
        ['编号', '指标', '目标值', '当前值', '完成进度', '是否达标', '时限'],
        data.indicators.map((i) => [i.displayCode, i.definition, formatIndicator(i.target, i.unit), i.value === null ? '暂无数据' : formatIndicator(i.value, i.unit), formatRate(i.progress), i.met ? '已达标' : '未达标', i.dueDate ?? '—']),
        new Set([1]),
        [8, 34, 12, 12, 12, 10, 12],
      ),
    );
  }

  if (data.kind === 'annual') {
    children.push(heading(`${numeral(section++)}、安全投入和宣传教育情况`));
    const investment = data.investment ?? [];
    children.push(body(`各地各部门报送的年度安全生产投入合计${investment.reduce((n, i) => n + (i.category === '专项资金' ? 0 : i.total), 0).toFixed(2)}万元，其中${investment.map((i) => `${i.category}${i.total.toFixed(2)}万元`).join('、')}。`));
    const activities = data.activities ?? [];
    children.push(body(activities.length === 0 ? '本年度未报送宣传教育活动。' : `本年度报送宣传教育活动${activities.reduce((n, a) => n + a.count, 0)}场次，其中${activities.map((a) => `${a.kind}${a.count}场次`).join('、')}。`));
    children.push(heading(`${numeral(section++)}、任务清单逐项完成情况`));
    const tasks = data.planTasks ?? [];
    children.push(
      caption(`表${tableNo++}  实施方案任务清单完成情况`),
      table(['编号', '任务名称', '牵头单位', '完成时限', '完成情况', '完成日期'], tasks.map((t) => [t.displayCode, t.name, t.leadOrgName, t.dueDate, t.statusLabel, t.completedOn ?? '—']), new Set([1, 2]), [10, 40, 20, 12, 10, 12]),
    );
  } else if (data.kind === 'quarterly' && (data.activities ?? []).length > 0) {
    children.push(body(`本季度报送宣传教育活动：${(data.activities ?? []).map((a) => `${a.kind}${a.count}场次`).join('、')}。`));
  }

  if (data.problems.length > 0) {
    children.push(heading(`${numeral(section++)}、存在的主要问题`), ...data.problems.map((p, i) => body(`${i + 1}. ${p.orgName ? `${p.orgName}：` : ''}${p.text}`)));
  }
  children.push(heading(`${numeral(section++)}、下一步工作要求`), ...NEXT_STEPS.map(body), ...signature(data.orgName, data.asOf));
  return officialDocument(data.title, children);
}

function formatIndicator(value: number, unit: string): string {
  return unit === '%' ? formatRate(value) : `${Math.round(value * 100) / 100}${unit}`;
}
