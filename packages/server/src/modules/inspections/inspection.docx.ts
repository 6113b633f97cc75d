import { AlignmentType, Paragraph, type Table } from 'docx';
import { dateLabel, inspectionKindLabels, inspectionMethodLabels, itemResultLabels, memberRoleLabels, type MemberRole } from '@zhiben/core';
import { body, formTable, heading, officialDocument, run, table, title } from '../../lib/official-docx.ts';
import type { InspectionView } from './inspections.schema.ts';

// The inspection record (检查记录) as offices print, sign and file it: the head as a form, the checklist results
// item by item, the on-site tests, the problems with their hazard numbers and deadlines (the 问题清单 and 整改清单),
// the conclusion and a signature block.

const chinaTime = (iso: string | null) => {
  if (!iso) return '';
  const d = new Date(Date.parse(iso) + 8 * 3_600_000).toISOString();
  return `${dateLabel(d.slice(0, 10))} ${d.slice(11, 16)}`;
};

export function recordTitle(view: Pick<InspectionView, 'kind' | 'ledByPrincipal'>): string {
  if (view.ledByPrincipal) return '主要负责人带队重大事故隐患排查记录';
  switch (view.kind) {
    case 'enforcement':
      return '安全生产执法检查记录';
    case 'supervision':
    case 'cross_check':
    case 'flying_check':
      return '安全生产督导检查记录';
    case 'expert_service':
      return '专家指导服务记录';
    case 'grid_patrol':
      return '网格巡查记录';
    case 'self_inspection':
    case 'routine':
      return '企业事故隐患排查记录';
    case 'third_party':
    case 'insurer_service':
    case 'cruise_patrol':
      return '安全生产检查记录';
  }
}

export type RecordContext = { subjectAddress: string; criterionTexts: ReadonlyMap<string, string> };

export async function buildInspectionDocx(view: InspectionView, context: RecordContext): Promise<Buffer> {
  const docTitle = recordTitle(view);
  const team = view.members.map((m) => `${m.name}（${memberRoleLabels[m.role as MemberRole] ?? m.role}${m.orgName ? `，${m.orgName}` : ''}）`).join('、');
  const methods = view.methods.map((m) => inspectionMethodLabels[m]).join('、') || (view.ledByPrincipal ? '企业自查' : '明查');
  const head = formTable([
    ['检查编号', view.inspectionNo],
    ['检查类型', `${inspectionKindLabels[view.kind]}（${methods}）`],
    ['被检查单位', view.subject.name],
    ['所在地区', view.regionName],
    ['地址', context.subjectAddress || '—'],
    ['检查日期', view.checkDate ? dateLabel(view.checkDate) : '—'],
    ['开始时间', chinaTime(view.startedAt) || '—'],
    ['结束时间', chinaTime(view.endedAt) || '—'],
    ['带队负责人', view.leaderName || '—'],
    ['检查单位', view.org?.name ?? (view.ledByPrincipal ? view.subject.name : '—')],
    ['检查人员', team || view.attendance.map((a) => a.name).join('、') || '—'],
    ['检查清单', `${view.checklist.title}${view.checklist.version ? `（第${view.checklist.version}版）` : ''}`],
    ...(view.start.lat !== null && view.start.lng !== null ? ([['现场定位', `${view.start.lat.toFixed(5)}, ${view.start.lng.toFixed(5)}`]] as const) : []),
    ...(view.jointOrgs.length > 0 ? ([['联合检查部门', view.jointOrgs.join('、')]] as const) : []),
  ]);

  const children: (Paragraph | Table)[] = [title(docTitle), head, heading('一、检查情况')];
  if (view.items.length === 0) children.push(body('本次检查未使用检查清单逐项记录。'));
  else {
    children.push(
      table(
        ['序号', '检查内容', '判定依据', '结果', '情况说明', '隐患编号'],
        view.items.map((item) => [
          item.code,
          item.text,
          item.criterionIds.join('、') || '—',
          item.result ? itemResultLabels[item.result] : '未填',
          [item.note, item.location ? `部位：${item.location}` : ''].filter(Boolean).join('\n') || '—',
          item.hazard?.hazardNo ?? '—',
        ]),
        new Set([1, 4]),
        [6, 34, 14, 8, 24, 14],
      ),
    );
  }
  const passed = view.items.filter((i) => i.result === 'pass').length;
  const failed = view.items.filter((i) => i.result === 'fail');
  const na = view.items.filter((i) => i.result === 'na').length;
  children.push(body(`共检查${view.items.length}项，其中符合${passed}项、不符合${failed.length}项、不适用${na}项。`));

  if (view.tests.length > 0) {
    children.push(
      heading('二、现场询问和测试'),
      table(['被询问人', '岗位', '询问内容', '答对/题数'], view.tests.map((t) => [t.personName, t.post || '—', t.questions, `${t.correct}/${t.total}`]), new Set([2]), [14, 16, 54, 16]),
    );
  }

  children.push(heading(`${view.tests.length > 0 ? '三' : '二'}、发现的问题及整改要求`));
  if (failed.length === 0) children.push(body('本次检查未发现事故隐患。'));
  else {
    children.push(
      table(
        ['序号', '问题（隐患）', '等级', '判定依据', '隐患编号', '整改期限', '状态'],
        failed.map((item, k) => [
          String(k + 1),
          item.hazard?.title ?? item.text,
          item.hazard?.level === 'major' || item.markedMajor || item.major ? '重大' : '一般',
          (item.findingCriterionIds.length > 0 ? item.findingCriterionIds : item.criterionIds).map((id) => `${id}${context.criterionTexts.get(id) ? `：${context.criterionTexts.get(id)}` : ''}`).join('\n') || '—',
          item.hazard?.hazardNo ?? '—',
          item.hazard?.deadline ?? '—',
          item.hazard ? (item.hazard.link === 'linked' ? '已关联在办隐患' : '已登记') : '—',
        ]),
        new Set([1, 3]),
        [6, 26, 7, 27, 14, 12, 8],
      ),
      body('被检查单位应按照整改期限和“五落实”要求完成整改，整改完成后申请验收销号。'),
    );
  }

  children.push(heading(`${view.tests.length > 0 ? '四' : '三'}、检查结论`), body(view.conclusion || '（未填写）'));
  if (view.noCaseReason) children.push(body(`不予立案理由：${view.noCaseReason}`));

  const signed = (role: string) => view.signatures.filter((s) => (role === 'enterprise' ? s.role === 'enterprise' : s.role !== 'enterprise'));
  const names = (list: typeof view.signatures) => list.map((s) => `${s.name}（${chinaTime(s.signedAt)}）`).join('\n');
  children.push(
    new Paragraph({ spacing: { before: 360 }, children: [run('')] }),
    table(['检查人员（签字）', '被检查单位负责人（签字）'], [[names(signed('team')) || '\n\n', names(signed('enterprise')) || (view.ledByPrincipal ? view.leaderName : '\n\n')]]),
    new Paragraph({ alignment: AlignmentType.RIGHT, spacing: { before: 240 }, children: [run(`记录日期：${view.checkDate ? dateLabel(view.checkDate) : ''}`)] }),
  );
  if (view.recordHash) children.push(body(`本记录提交后已冻结，摘要（SHA-256）：${view.recordHash}`));
  return officialDocument(`${docTitle} ${view.inspectionNo}`, children);
}
