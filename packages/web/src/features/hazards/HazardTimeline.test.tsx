import { describe, expect, it } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import { MemoryRouter } from 'react-router-dom';
import { EventPayload } from './HazardTimeline.tsx';

const render = (kind: string, payload: Record<string, unknown>, labels?: Record<string, string>) =>
  renderToStaticMarkup(
    <MemoryRouter>
      <EventPayload kind={kind} payload={payload} labels={labels} />
    </MemoryRouter>,
  );

const labelsShown = (html: string) => [...html.matchAll(/<dt>(.*?)<\/dt>/g)].map((m) => m[1] ?? '');

// The payloads the server writes on a hazard's timeline (hazards.service, hazards.workflow, ledger.write,
// notifications, escalations), one per shape.
const evidence = [{ sha256: 'a'.repeat(64), name: '现场照片.png', mime: 'image/png', size: 10, kind: 'photo' }];
const listing = { level: 'city', orgId: 'o1', orgName: '亳州市应急管理局', docNo: '亳督〔2026〕3号', deadline: '2026-12-31', listedAt: '2026-12-01T02:00:00.000Z' };
const payloads: [string, Record<string, unknown>][] = [
  ['register', { hazardNo: '341621-2026-000071', level: 'major', source: 'enforcement', sector: 'hazchem', title: '液氯储罐区未设置紧急切断装置', deadline: '2026-12-25', criterionIds: ['HG2017-5'], fixedOnSite: false, evidence, inspection: { itemSeq: 1, inspectionId: '57a95293-144d-41fa-b23f-b8e9d364cdc9', inspectionNo: 'JC341621-2026-000015' } }],
  ['register', { hazardNo: '341621-2026-000072', level: 'general', source: 'tip', sector: 'hazchem', title: '消防通道堵塞', deadline: '2026-12-25', criterionIds: [], fixedOnSite: false, evidence: [], tipId: 't1', tipNo: 'JB341600-2026-000003' }],
  ['linked_report', { description: '再次发现', location: '二号罐区', source: 'supervision', evidence }],
  ['return', { reason: '描述不清' }],
  ['confirm', { level: 'major', criterionIds: ['HG2017-5'], deadline: '2026-12-25', note: '核实', levelChanged: true }],
  ['submit_plan', { plan: { responsible: '张三', measures: '加装切断阀', fundsWanYuan: 3, deadline: '2026-12-20', contingency: '预案' }, interimControls: '限量储存' }],
  ['request_extension', { reason: '设备到货延迟', interimControls: '专人值守', newDeadline: '2027-01-31', previousDeadline: '2026-12-25' }],
  ['decide_extension', { approve: true, note: '同意', newDeadline: '2027-01-31', previousDeadline: '2026-12-25' }],
  ['complete', { note: '已整改', evidence }],
  ['list', listing],
  ['delist', { note: '整改完成', docNo: '亳摘〔2026〕1号', listing }],
  ['merge', { intoHazardId: 'h2', intoHazardNo: '341621-2026-000001', note: '重复' }],
  ['merged_from', { hazardId: 'h3', hazardNo: '341621-2026-000002', source: 'supervision', title: '同一隐患', foundAt: '2026-11-02' }],
  [
    'imported',
    {
      sourceRow: 12, fileSha256: 'b'.repeat(64), originalHazardNo: 'WY-2024-018', closedAt: '2025-03-01T00:00:00.000Z', hazardNo: '341621-2024-000018', level: 'general',
      source: 'self_inspection', sector: 'hazchem', deadline: '2025-02-28', criterionIds: [],
      ledger: { finderOrg: '涡阳县应急管理局', category: '设备设施', basis: 'GB 50016 第5.5条', responsibleOrg: '演示化工', supervisionLevel: '县级', supervisionOrg: '涡阳县安委办', supervisionDocNo: '涡督〔2024〕2号', completedAt: '2025-02-20', verifiedAt: '2025-03-01', verifierOrg: '涡阳县应急管理局', remark: '无', source: '群众来信', status: '已整改' },
    },
  ],
  ['notification', { notificationId: 'n1', channel: 'sms', recipient: '张*', template: 'hazard_registered', status: 'sent' }],
  ['escalation', { kind: 'interview', docNo: '亳约〔2026〕1号', note: '约谈', orgName: '亳州市安委办' }],
];

describe('EventPayload', () => {
  it.each(payloads)('labels every field of a %s event in Chinese (no field name shown as written)', (kind, payload) => {
    const labels = labelsShown(render(kind, payload));
    expect(labels.length).toBeGreaterThan(0);
    for (const label of labels) expect(label, `label 「${label}」 of a ${kind} event`).toMatch(/^[\u4e00-\u9fff（）-]+[\u4e00-\u9fffA-Z0-9（）-]*$/);
  });

  it('shows the inspection an item raised the hazard from as a link to it, not its JSON', () => {
    const html = render('register', payloads[0]![1]);
    expect(html).toContain('<dt>来源检查</dt>');
    expect(html).toContain('href="/inspections/57a95293-144d-41fa-b23f-b8e9d364cdc9"');
    expect(html).toContain('JC341621-2026-000015 第 1 项');
    expect(html).not.toContain('inspectionId');
  });

  it.each([
    ['await_confirmation', '隐患待认定'],
    ['await_extension_decision', '延期待审批'],
    ['extension_decided', '延期审批结果'],
    ['await_verification', '整改待验收'],
    ['deadline_passed', '整改逾期提醒'],
  ])('shows the notification template %s as 「%s」, never its code', (template, label) => {
    const html = render('notification', { notificationId: 'n1', channel: 'in_app', recipient: '张*', template, status: 'pending' });
    expect(html).toContain(`<dd>${label}</dd>`);
    expect(html).not.toContain(template);
  });

  it('names the tip by its number and keeps its id out', () => {
    const html = render('register', payloads[1]![1]);
    expect(html).toContain('<dt>来源举报</dt><dd>JB341600-2026-000003</dd>');
    expect(html).not.toContain('>t1<');
  });

  it('shows an imported row’s other ledger columns under the headers the server sends', () => {
    // As the presenter sends them (ledger.spec keptCellLabel; hazards.ledger.test checks the server's side).
    const labels = { finderOrg: '检查单位', supervisionDocNo: '督办文号', source: '隐患来源（原文）', status: '整改状态（原文）' };
    const html = render('imported', payloads.find(([kind]) => kind === 'imported')![1], labels);
    for (const text of ['检查单位：涡阳县应急管理局', '督办文号：涡督〔2024〕2号', '隐患来源（原文）：群众来信', '整改状态（原文）：已整改', '台账原编号', '台账行号']) expect(html).toContain(text);
    expect(html).not.toMatch(/finderOrg|supervisionDocNo|\{"/);
  });
});
