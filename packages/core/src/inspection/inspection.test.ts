import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatInspectionNo, parseInspectionNo } from './inspection-number.ts';
import { findMissedDetection, matchCheck, type DetectionCheck, type DetectionHazard } from './missed-detection.ts';
import { explainCloseError, explainItemError, explainPhotoError, explainStartProofError, recordHash } from './inspection-rules.ts';
import { checklistItemErrors, coverageGaps, formatLinksCell, isMajorItem, parseEvidenceCell, parseLinksCell, parseYesNo, splitCriterionCell, type ChecklistItemDraft } from './checklist-rules.ts';
import { inspectionActionRequirements, inspectionActions, inspectionMachine, inspectionTransitions, type InspectionFacts } from './inspection-machine.ts';
import { scopeFor } from '../policies/scope.ts';
import type { WorkflowActor } from '../workflow/actor.ts';
import { inspectionStatuses, inspectionKinds, inspectionKindSource, premisesKinds, premisesKindSector, staffInspectionKinds } from './vocabulary.ts';

describe('inspection numbers', () => {
  it.each<[string, number, number, string]>([
    ['341621100201', 2026, 123, 'JC341621-2026-000123'],
    ['341602000000', 2024, 1_000_000, 'JC341602-2024-1000000'],
  ])('%s %d #%d → %s', (region, year, seq, expected) => {
    expect(formatInspectionNo(region, year, seq)).toBe(expected);
    expect(parseInspectionNo(expected)).toEqual({ countyCode: region.slice(0, 6), year, seq });
  });

  it.each([['341621', 2026, 1], ['341621100201', 26, 1], ['341621100201', 2026, 0]] as const)('rejects %j %d #%d', (region, year, seq) => {
    expect(() => formatInspectionNo(region, year, seq)).toThrow();
  });

  it.each(['341621-2026-000123', 'JC341621-2026-00123', 'JC341621-2026-0001234', 'JC341621-2026-000000'])('parse rejects %j', (text) => {
    expect(parseInspectionNo(text)).toBeNull();
  });

  it('one spelling per number', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2000, max: 2100 }), fc.integer({ min: 1, max: 99_999_999 }), (year, seq) => {
        const text = formatInspectionNo('341621100201', year, seq);
        expect(parseInspectionNo(text)).toEqual({ countyCode: '341621', year, seq });
      }),
    );
  });
});

describe('vocabulary', () => {
  it('every kind has a hazard source and enterprise kinds report as self-inspection', () => {
    for (const kind of inspectionKinds) expect(inspectionKindSource[kind]).toBeTruthy();
    expect(inspectionKindSource.enforcement).toBe('enforcement');
    expect(inspectionKindSource.supervision).toBe('supervision');
    expect(inspectionKindSource.expert_service).toBe('expert');
    expect(inspectionKindSource.third_party).toBe('expert');
    expect(inspectionKindSource.self_inspection).toBe('self_inspection');
    expect(staffInspectionKinds).not.toContain('self_inspection');
    expect(staffInspectionKinds).toContain('enforcement');
  });

  it('every premises kind maps to a sector or to none', () => {
    for (const kind of premisesKinds) expect(premisesKindSector[kind] === null || typeof premisesKindSector[kind] === 'string').toBe(true);
    expect(premisesKindSector.self_built_commercial).toBe('construction');
    expect(premisesKindSector.nine_small).toBe('fire');
  });
});

describe('查不出 detection', () => {
  const check: DetectionCheck = { id: 'c1', checkDate: '2026-10-10', passedCriterionIds: ['GM10-11-2', 'GM10-3-1'], raisedMajor: false };
  const hazard = (overrides: Partial<DetectionHazard>): DetectionHazard => ({ foundAt: '2026-10-20', level: 'major', source: 'enforcement', criterionIds: ['GM10-11-2'], ...overrides });

  it.each<[string, Partial<DetectionHazard>, Partial<DetectionCheck>, string | null]>([
    ['criterion recorded 符合', {}, {}, 'criterion_passed'],
    ['no major raised, other criterion', { criterionIds: ['X-1'] }, {}, 'no_major_raised'],
    ['other criterion, check raised a major', { criterionIds: ['X-1'] }, { raisedMajor: true }, null],
    ['same criterion even though a major was raised', {}, { raisedMajor: true }, 'criterion_passed'],
    ['general hazard is not a candidate', { level: 'general' }, {}, null],
    ['the enterprise found it itself', { source: 'self_inspection' }, {}, null],
    ['a tip counts', { source: 'tip' }, {}, 'criterion_passed'],
    ['an accident counts', { source: 'accident' }, {}, 'criterion_passed'],
    ['found before the check', { foundAt: '2026-10-09' }, {}, null],
    ['found on the check day', { foundAt: '2026-10-10' }, {}, 'criterion_passed'],
    ['found on the 30th day after', { foundAt: '2026-11-09' }, {}, 'criterion_passed'],
    ['found on the 31st day after', { foundAt: '2026-11-10' }, {}, null],
  ])('%s', (_name, h, c, expected) => {
    expect(matchCheck(hazard(h), { ...check, ...c }, 30)?.reason ?? null).toBe(expected);
  });

  it('pairs the hazard with the nearest matching check before it', () => {
    const older: DetectionCheck = { ...check, id: 'old', checkDate: '2026-10-01' };
    const newer: DetectionCheck = { ...check, id: 'new', checkDate: '2026-10-15' };
    expect(findMissedDetection(hazard({}), [older, newer], 30)?.checkId).toBe('new');
    expect(findMissedDetection(hazard({}), [], 30)).toBeNull();
  });
});

describe('item, start and close rules', () => {
  const now = new Date('2026-11-23T08:00:00Z');
  const photo = { sha256: 'a'.repeat(64), takenAt: '2026-11-23T07:55:00Z' };
  const major = { major: true, criterionIds: [] as string[], evidence: 'photo' as const };

  it.each<[string, Parameters<typeof explainItemError>[1], string | null]>([
    ['pass is fine', { result: 'pass', criterionIds: [], photos: [], hazardAction: null, major: false }, null],
    ['major fail without criterion', { result: 'fail', criterionIds: [], photos: [photo], hazardAction: 'raise', major: false }, 'item.criterionIds'],
    ['major fail without photo', { result: 'fail', criterionIds: ['C-1'], photos: [], hazardAction: 'raise', major: false }, 'item.photos'],
    ['fail without a hazard', { result: 'fail', criterionIds: ['C-1'], photos: [photo], hazardAction: null, major: false }, 'item.hazard'],
    ['a hazard on a pass', { result: 'pass', criterionIds: [], photos: [], hazardAction: 'raise', major: false }, 'item.hazard'],
    ['photo without time', { result: 'pass', criterionIds: [], photos: [{ ...photo, takenAt: null }], hazardAction: null, major: false }, 'item.photos.0.takenAt'],
    ['complete major fail', { result: 'fail', criterionIds: ['C-1'], photos: [photo], hazardAction: 'raise', major: false }, null],
  ])('%s', (_name, answer, field) => {
    expect(explainItemError(major, answer, now, 'item')?.field ?? null).toBe(field);
  });

  it('a non-major item marked major by the inspector needs a criterion too', () => {
    const plain = { major: false, criterionIds: [], evidence: 'none' as const };
    expect(explainItemError(plain, { result: 'fail', criterionIds: [], photos: [], hazardAction: 'raise', major: true }, now, 'i')?.field).toBe('i.criterionIds');
    expect(explainItemError(plain, { result: 'fail', criterionIds: [], photos: [], hazardAction: 'raise', major: false }, now, 'i')).toBeNull();
  });

  it('photos from the future are refused', () => {
    expect(explainPhotoError([{ ...photo, takenAt: '2026-11-24T00:00:00Z' }], now, 'p')?.message).toContain('晚于当前时间');
    expect(explainPhotoError([{ ...photo, takenAt: 'yesterday' }], now, 'p')?.message).toContain('无效');
  });

  it('start proof needs GPS and a timed photo unless remote', () => {
    expect(explainStartProofError({ lat: null, lng: null, photos: [] }, true, now)).toBeNull();
    expect(explainStartProofError({ lat: null, lng: 116.2, photos: [photo] }, false, now)?.field).toBe('location');
    expect(explainStartProofError({ lat: 33.5, lng: 116.2, photos: [] }, false, now)?.field).toBe('photos');
    expect(explainStartProofError({ lat: 33.5, lng: 116.2, photos: [photo] }, false, now)).toBeNull();
  });

  it('closing needs every item answered, every 不符合 handled, a conclusion and the leader signature', () => {
    const items = [
      { seq: 1, text: 'a', result: 'pass' as const, hazardId: null },
      { seq: 2, text: 'b', result: null, hazardId: null },
    ];
    expect(explainCloseError(items, '结论', true)?.message).toContain('尚有1项未填写检查结果（第2项）');
    expect(explainCloseError([{ seq: 1, text: 'a', result: 'fail', hazardId: null }], '结论', true)?.message).toContain('第1项');
    expect(explainCloseError([{ seq: 1, text: 'a', result: 'pass', hazardId: null }], ' ', true)?.field).toBe('conclusion');
    expect(explainCloseError([{ seq: 1, text: 'a', result: 'pass', hazardId: null }], '结论', false)?.field).toBe('signatures');
    expect(explainCloseError([{ seq: 1, text: 'a', result: 'fail', hazardId: 'h' }], '结论', true)).toBeNull();
  });

  it('record hashes ignore key order and change with content', () => {
    expect(recordHash({ a: 1, b: [1, 2] })).toBe(recordHash({ b: [1, 2], a: 1 }));
    expect(recordHash({ a: 1 })).not.toBe(recordHash({ a: 2 }));
  });
});

describe('checklist rules', () => {
  const item = (overrides: Partial<ChecklistItemDraft> = {}) => ({
    code: '1', text: '储罐区设置紧急切断装置', criterionIds: [] as string[], major: false, evidence: 'none' as const, guidance: '', links: [], ...overrides,
  });
  const known = new Set(['GM10-3-1', 'GM10-11-2']);

  it('names every row and field at once', () => {
    const errors = checklistItemErrors(
      [item(), item({ code: '1' }), item({ code: '', text: '' }), item({ code: '4', criterionIds: ['GM10-3-1', 'NOPE'] }), item({ code: '5', links: [{ title: 'x', url: 'ftp://x' }] })],
      known,
      [2, 3, 4, 5, 6],
    );
    expect(errors).toEqual([
      { row: 3, field: 'code', message: '「序号」1 与第2行重复' },
      { row: 4, field: 'code', message: '「序号」不能为空' },
      { row: 4, field: 'text', message: '「检查内容」不能为空' },
      { row: 5, field: 'criterionIds', message: '「判定依据」条款不存在：NOPE' },
      { row: 6, field: 'links', message: '「参考资料」链接无效：ftp://x' },
    ]);
    expect(checklistItemErrors([], known)).toEqual([{ row: 0, field: 'items', message: '清单至少需要一个检查项' }]);
  });

  it('cells and coverage', () => {
    expect([parseYesNo('是'), parseYesNo(''), parseYesNo('否'), parseYesNo('也许')]).toEqual([true, false, false, null]);
    expect([parseEvidenceCell('照片'), parseEvidenceCell(''), parseEvidenceCell('document'), parseEvidenceCell('视频')]).toEqual(['photo', 'none', 'document', null]);
    expect(splitCriterionCell('GM10-3-1、GM10-11-2, X')).toEqual(['GM10-3-1', 'GM10-11-2', 'X']);
    const links = [{ title: '检查指引', url: 'https://example.org/a' }, { title: '解读视频', url: 'https://example.org/v' }];
    expect(parseLinksCell(formatLinksCell(links))).toEqual(links);
    expect(coverageGaps([item({ criterionIds: ['GM10-3-1'] })], ['GM10-3-1', 'GM10-11-2'])).toEqual(['GM10-11-2']);
    expect(isMajorItem(item({ criterionIds: ['GM10-3-1'] }))).toBe(true);
    expect(isMajorItem(item())).toBe(false);
  });
});

describe('inspection machine', () => {
  const actor = (overrides: Partial<WorkflowActor> = {}): WorkflowActor => ({
    userId: 'u-officer', roles: ['regulator_officer'], orgId: 'org-1', orgKind: 'regulator', orgRegionCode: '341621000000', orgSectors: ['hazchem'], enterpriseId: null, ...overrides,
  });
  const facts = (overrides: Partial<InspectionFacts> = {}): InspectionFacts => ({
    status: 'planned', orgId: 'org-1', leaderId: 'u-leader', memberIds: ['u-leader', 'u-expert'], ledByPrincipal: false, enterpriseOwn: false, unannounced: false, released: false, ...overrides,
  });
  const expert = actor({ userId: 'u-expert', roles: ['expert'], orgId: 'org-9', orgKind: 'committee' });
  const enterprise = actor({ userId: 'u-ent', roles: ['enterprise_admin'], orgId: null, orgKind: null, enterpriseId: 'e-1' });

  it.each<[string, Partial<InspectionFacts>, WorkflowActor, string[]]>([
    ['org officer, planned', {}, actor(), ['start', 'cancel']],
    ['leader from another org, planned', {}, actor({ userId: 'u-leader', orgId: 'org-2' }), ['start']],
    ['expert member, in progress', { status: 'in_progress' }, expert, ['record']],
    ['org officer, in progress', { status: 'in_progress' }, actor(), ['record', 'close', 'cancel']],
    ['enterprise user, closed unannounced', { status: 'closed', unannounced: true }, enterprise, []],
    ['org officer, closed unannounced', { status: 'closed', unannounced: true }, actor(), ['release']],
    ['org officer, closed unannounced released', { status: 'closed', unannounced: true, released: true }, actor(), []],
    ['another org, in progress', { status: 'in_progress' }, actor({ orgId: 'org-2' }), []],
    ['a frozen principal-led check', { status: 'closed', ledByPrincipal: true, enterpriseOwn: true, orgId: null }, actor(), []],
  ])('%s → %j', (_name, f, a, expected) => {
    expect(inspectionMachine.allowedActions(facts(f), a)).toEqual(expected);
  });

  it('every allowed action has a transition from the status, and refusals say why in Chinese', () => {
    fc.assert(
      fc.property(fc.constantFrom(...inspectionStatuses), fc.constantFrom(actor(), expert, enterprise), fc.boolean(), fc.boolean(), (status, a, unannounced, released) => {
        const f = facts({ status, unannounced, released });
        for (const action of inspectionActions) {
          const reason = inspectionMachine.explainDenied(f, a, action);
          if (reason === null) expect(inspectionTransitions[action].from).toContain(status);
          else expect(reason).toMatch(/[\u4e00-\u9fa5]/);
        }
      }),
    );
    expect(inspectionMachine.nextStatus({ status: 'in_progress' }, 'close')).toBe('closed');
    expect(inspectionMachine.nextStatus({ status: 'in_progress' }, 'record')).toBe('in_progress');
  });

  it('forms: a remote start needs what was viewed, an on-site start GPS and a photo', () => {
    expect(Object.keys(inspectionActionRequirements('start', { remote: true, enforcement: false }))).toEqual(['remoteEvidence']);
    expect(Object.keys(inspectionActionRequirements('start', { remote: false, enforcement: false }))).toEqual(['location.lat', 'photos']);
    expect(Object.keys(inspectionActionRequirements('close', { remote: false, enforcement: true }))).toContain('noCaseReason');
  });

  it('the inspection scope: business scope, else the assigned inspections', () => {
    const officer = { userId: 'u', roles: ['committee_officer'] as const, org: { id: 'o', kind: 'committee' as const, regionCode: '341621000000', sectors: [] }, enterpriseId: null };
    expect(scopeFor(officer, 'inspection', ['x'])).toEqual({ kind: 'region', regionPrefix: '341621', sectors: null });
    const anExpert = { userId: 'u', roles: ['expert'] as const, org: { id: 'o', kind: 'committee' as const, regionCode: '341621000000', sectors: [] }, enterpriseId: null };
    expect(scopeFor(anExpert, 'inspection', ['a', 'b'])).toEqual({ kind: 'assigned', ids: ['a', 'b'] });
    expect(scopeFor(anExpert, 'inspection')).toEqual({ kind: 'none' });
  });
});
