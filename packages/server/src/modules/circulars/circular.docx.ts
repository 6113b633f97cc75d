import { Paragraph, Table } from 'docx';
import { dateLabel, formatRate, formatYearOnYear, monthLabel, yearOnYear } from '@zhiben/core';
import { formatValue, type CircularCharts, type CircularData, type CircularList } from './circulars.service.ts';
import { circularSections, type CircularIssue, type CircularSection } from './circulars.schema.ts';
import { body, caption, chart, documentHead, heading, numeral, officialDocument, signature, subheading, SUBORDINATES, table, wholeRegion } from '../../lib/official-docx.ts';

// The 月通报 as a Word document in the official layout of official-docx.ts (GB/T 9704). Its hazard sections
// (hazardSections) are also the first part of the monthly 调度通报 (modules/dispatch), one heading level down.

const levelLabel = (level: 'major' | 'general') => (level === 'major' ? '重大' : '一般');

function listTable(list: CircularList): (Paragraph | Table)[] {
  if (list.rows.length === 0) return [body('无。')];
  const rows = list.rows.map((r, i) => [String(i + 1), r.hazardNo, r.enterpriseName, r.regionName, r.departmentName ?? '—', levelLabel(r.level), r.foundAt, r.deadline, String(r.daysOverdue)]);
  const parts: (Paragraph | Table)[] = [table(['序号', '隐患编号', '企业名称', '所在地区', '责任部门', '等级', '发现日期', '整改期限', '逾期天数'], rows, new Set([2, 4]), [5, 13, 19, 12, 13, 6, 12, 12, 8])];
  if (list.total > list.rows.length) parts.push(body(`（共${list.total}项，此处列出逾期时间最长的${list.rows.length}项，完整清单见同期 .xlsx 附表。）`));
  return parts;
}

function overviewProse(data: CircularData): string[] {
  const f = data.dashboard.figures;
  const ytd = data.dashboard.increment.yearToDate;
  const month = data.monthIncrement;
  const monthYoY = yearOnYear(month.count, month.previousYear);
  const name = data.region.name;
  return [
    `截至${dateLabel(data.asOf)}，${name}共排查事故隐患${f.total}项（不含作废、合并），其中重大事故隐患${f.major}项、一般事故隐患${f.general}项；已整改销号${f.closed}项，整改率${formatRate(f.rectificationRate)}；尚未销号${f.open}项（其中重大事故隐患${f.openMajor}项），挂牌督办${f.listed}项。`,
    `逾期未整改隐患${f.overdue}项，其中逾期1–30天${f.overdue1to30}项、逾期31–90天${f.overdue31to90}项、逾期90天以上（长期未整改）${f.longStanding}项。`,
    // No stock, no clearance rate: 「存量清零率—」 says nothing an office would send.
    ...(f.stock > 0 ? [`2023年底前排查的存量隐患${f.stock}项，已销号${f.stockClosed}项，存量清零率${formatRate(f.stockClearanceRate)}（目标：2024年底前全部清零）。`] : []),
    `${monthLabel(data.month)}新增隐患${month.count}项，上年同月${month.previousYear}项，同比${formatYearOnYear(monthYoY.delta, monthYoY.ratio)}；${data.dashboard.increment.year}年累计新增${ytd.current}项，上年同期${ytd.previous}项，同比${formatYearOnYear(ytd.delta, ytd.ratio)}。`,
    `已销号隐患从发现到销号用时中位数${formatValue({ value: f.medianDaysToClose, kind: 'days' })}天、P90为${formatValue({ value: f.p90DaysToClose, kind: 'days' })}天；企业自查发现隐患占比${formatRate(f.selfFoundShare)}。`,
  ];
}

const NEXT_STEPS = [
  '（一）压紧压实整改责任。各地各有关部门要对照逾期和长期未整改隐患清单，逐项明确责任单位、责任人和整改时限，督促企业落实整改责任、措施、资金、时限和预案“五落实”，确保按期整改销号。',
  '（二）紧盯存量、严控增量。对存量隐患实行挂账督办、销号管理；对本月新增隐患较多、整改率排名靠后的地区，要深入分析原因，加大督导检查和执法力度。',
  '（三）强化督办问责。对逾期未整改、长期未整改的重大事故隐患，依法依规采取函告、通报、约谈、曝光等措施，推动动态清零工作落到实处。',
  '（四）确保数据真实准确。各地要及时、准确录入隐患排查整改信息，严禁迟报、漏报、瞒报，确保统计数据可追溯、可核查。',
];

/** A section heading of the hazard part: top level in the 月通报 (一、…), one level down inside the 调度通报 (（一）…). */
const sectionTitle = (level: 1 | 2, index: number, text: string) => (level === 1 ? `${numeral(index)}、${text}` : `（${numeral(index)}）${text}`);
/** An item inside a section: （一） in the 月通报, 1. inside the 调度通报. */
const itemMark = (level: 1 | 2, index: number) => (level === 1 ? `（${numeral(index)}）` : `${index + 1}.`);
const ALL_SECTIONS: ReadonlySet<CircularSection> = new Set(circularSections);

/**
 * The hazard sections of a circular: 总体情况 (prose, indicator table, burn-down and monthly-increment charts), 各地排名,
 * the overdue and long-standing lists and the month's 督办. `level` 1 for the 月通报, 2 inside the 调度通报. Tables are
 * numbered from `firstTable`.
 */
export function hazardSections(data: CircularData, charts: CircularCharts, level: 1 | 2, firstTable = 1, sections: ReadonlySet<CircularSection> = ALL_SECTIONS): (Paragraph | Table)[] {
  let next = 0;
  const top = (text: string) => (level === 1 ? heading : subheading)(sectionTitle(level, next++, text));
  const children: (Paragraph | Table)[] = [
    top('总体情况'),
    ...overviewProse(data).map(body),
    caption(`表${firstTable}  ${data.region.name}隐患动态清零主要指标（截至${dateLabel(data.asOf)}）`),
    table(['指标', '数值'], data.summary.map((r) => [r.label, formatValue(r)]), new Set([0]), [70, 30]),
    chart(charts.burnDown),
    chart(charts.increment),
  ];

  if (sections.has('ranking') && data.rankingRows.length === 0) {
    children.push(top('各地排名'), body('本地区无下级行政区划，不作排名。'));
  } else if (sections.has('ranking')) {
    children.push(
      top('各地排名'),
      body(`按隐患整改率由高到低排名，“较上月”为与${dateLabel(data.previousAsOf)}排名相比的位次变化。`),
      caption(`表${firstTable + 1}  各地隐患整改情况排名（截至${dateLabel(data.asOf)}）`),
      table(
        ['排名', '地区', '隐患总数', '未销号', '逾期', '整改率', '上月整改率', '较上月', '逾期占比', '长期未整改', '自查占比'],
        data.rankingRows.map((r) => [
          r.rank === null ? '—' : String(r.rank),
          r.name,
          String(r.total),
          String(r.open),
          String(r.overdue),
          formatRate(r.rectificationRate),
          formatRate(r.previousRectificationRate),
          r.rankChange,
          formatRate(r.overdueShare),
          String(r.longStanding),
          formatRate(r.selfFoundShare),
        ]),
      ),
    );
    if (charts.ranking) children.push(chart(charts.ranking));
  }

  if (sections.has('lists')) {
    children.push(
      top('逾期和长期未整改隐患清单'),
      subheading(`${itemMark(level, 0)}逾期未整改隐患（共${data.overdue.total}项）`),
      ...listTable(data.overdue),
      subheading(`${itemMark(level, 1)}长期未整改隐患（逾期90天以上，共${data.longStanding.total}项）`),
      ...listTable(data.longStanding),
    );
  }

  if (!sections.has('escalations')) return children;
  children.push(top('督办情况'));
  if (data.escalations.length === 0) {
    children.push(body(`${monthLabel(data.month)}未记录督办事项。`));
  } else {
    const byKind = new Map<string, number>();
    for (const e of data.escalations) byKind.set(e.kindLabel, (byKind.get(e.kindLabel) ?? 0) + 1);
    const parts = [...byKind].map(([label, n]) => `${label}${n}次`).join('、');
    children.push(
      body(`${monthLabel(data.month)}共记录督办事项${data.escalations.length}次，其中${parts}。`),
      table(
        ['日期', '方式', '文号', '督办对象', '隐患编号', '所在地区', '督办单位', '说明'],
        data.escalations.map((e) => [e.recordedOn, e.kindLabel, e.docNo || '—', e.subjectName, e.hazardNo ?? '—', e.regionName, e.orgName ?? '—', e.note || '—']),
        new Set([3, 7]),
        [14, 6, 14, 18, 12, 12, 11, 13],
      ),
    );
  }
  return children;
}

/** 检查和企业主要负责人带队检查情况: the month's inspections, the year to date, and the quarter's principal-led checks. */
export function inspectionSection(data: CircularData, index: number): (Paragraph | Table)[] {
  const { month: m, yearToDate: y, byKind, compliance: c, complianceBelow } = data.inspections;
  const whole = wholeRegion(data.region.name);
  const per100 = m.majorPer100 === null ? '—' : m.majorPer100.toFixed(1);
  const children: (Paragraph | Table)[] = [heading(`${numeral(index)}、检查和企业主要负责人带队检查情况`)];
  children.push(
    body(
      m.inspections === 0
        ? `${monthLabel(data.month)}${whole}未办结监督检查（本年累计${y.inspections}次，覆盖企业${y.enterprisesInspected}家，占在册企业${formatRate(y.coverage)}）。`
        : `${monthLabel(data.month)}${whole}办结监督检查${m.inspections}次（本年累计${y.inspections}次，覆盖企业${y.enterprisesInspected}家，占在册企业${formatRate(y.coverage)}），发现隐患${m.findings}项，其中重大事故隐患${m.majorFindings}项，每百次检查发现重大事故隐患${per100}项；未发现问题的检查${m.noFinding}次，占${formatRate(m.noFindingShare)}。`,
    ),
  );
  if (byKind.length > 0) {
    children.push(
      caption('本月检查分类情况'),
      table(['检查类别', '检查次数', '发现重大事故隐患（项）', '未发现问题（次）'], byKind.map((k) => [k.label, String(k.inspections), String(k.majorFindings), String(k.noFinding)]), new Set([0]), [34, 22, 22, 22]),
    );
  }
  children.push(
    body(
      c.required === 0
        ? `${c.windowLabel}暂无应开展主要负责人带队检查的企业。`
        : `${c.windowLabel}，企业主要负责人带队检查应开展${c.required}家·期，已开展${c.done}家·期，未开展${c.missed}家·期，待开展${c.due}家·期，落实率${formatRate(c.rate)}；连续两期以上未开展的企业${c.missedInARow}家。${
            complianceBelow.length > 0 ? `落实率低于${whole}平均水平的有：${complianceBelow.map((r) => `${r.name}（${formatRate(r.rate)}）`).join('、')}。` : ''
          }`,
    ),
  );
  return children;
}

/** 「各县（市、区）安委会，市安委会各成员单位：」 */
export function addresseesOf(region: { name: string; level: string }): string {
  const whole = wholeRegion(region.name);
  const own = whole.startsWith('全') ? whole.slice(1) : whole;
  return `${SUBORDINATES[region.level] ?? '各有关单位'}，${own}安委会各成员单位：`;
}

/**
 * The 月通报. `issue` is what the office entered: 文号 and 签发人 in the head, 成文日期 under the signature (default:
 * the day it is generated, not the statistics date), and the sections to include (default: all).
 */
export async function buildCircularDocx(data: CircularData, charts: CircularCharts, issue: CircularIssue & { today: string }): Promise<Buffer> {
  const [year = ''] = data.month.split('-');
  const whole = wholeRegion(data.region.name);
  const sections = new Set(issue.sections ?? circularSections);
  const hazardPart = hazardSections(data, charts, 1, 1, sections);
  // 一、总体情况 always, then each chosen section in order: the inspections section follows the hazard ones.
  const inspectionsIndex = 1 + [...sections].filter((s) => s !== 'nextSteps' && s !== 'inspections').length;
  const nextStepsIndex = 1 + [...sections].filter((s) => s !== 'nextSteps').length;
  const children: (Paragraph | Table)[] = [
    ...documentHead(data.title, year, addresseesOf(data.region), issue),
    body(
      `现将${monthLabel(data.month)}${whole}${data.sectors ? `${data.sectors.join('、')}行业领域` : ''}重大事故隐患动态清零工作情况通报如下（数据截至${dateLabel(data.asOf)}，按统计时点的隐患时间线重新计算）：`,
    ),
    ...hazardPart,
    ...(sections.has('inspections') ? inspectionSection(data, inspectionsIndex) : []),
    ...(sections.has('nextSteps') ? [heading(`${numeral(nextStepsIndex)}、下一步工作要求`), ...NEXT_STEPS.map(body)] : []),
    ...signature(`${data.region.name}安全生产委员会办公室`, issue.issuedOn ?? issue.today),
  ];
  return officialDocument(data.title, children);
}
