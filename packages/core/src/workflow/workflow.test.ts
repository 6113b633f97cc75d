import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hazardIntakeRequirements, hazardActionRequirements, hazardSectorOptions, planRequirements } from '../hazard/requirements.ts';
import { hazardMachine, hazardActions, hazardStatuses, type HazardFacts } from '../hazard/hazard-machine.ts';
import { missingPlanFields, planFieldLabels, planFields, type Plan } from '../hazard/five-implementations.ts';
import { hazardSources, storedSourcesShownAs, visibleEventPayload, visibleHazardSource } from '../hazard/sources.ts';
import { explainRecordMismatch, replayHazardTimeline } from '../hazard/timeline-state.ts';
import { intersectScopes, isRecordInScope, orgScope, scopeFor, type Actor } from '../policies/scope.ts';
import { tipMachine } from '../tip/tip-machine.ts';
import { tipActionRequirements } from '../tip/requirements.ts';
import { tipActions } from '../tip/tip-vocabulary.ts';
import { audienceOf, flatActor, inOrgRegion, isEnterpriseActor } from './actor.ts';
import { chainHash, GENESIS_HASH, verifyChain } from './chain.ts';
import { allowedActions, defineMachine } from './machine.ts';
import { checkRequirements, isRequired, requirementsOf, valueAt, type FormRequirements } from './requirements.ts';

const regulator: Actor = { userId: 'u1', roles: ['regulator_officer'], org: { id: 'o1', kind: 'regulator', regionCode: '341621000000', sectors: ['hazchem'] }, enterpriseId: null };
const enterpriseUser: Actor = { userId: 'u2', roles: ['enterprise_admin'], org: null, enterpriseId: 'e1' };

describe('the workflow machine', () => {
  type Facts = { status: 'a' | 'b' | 'c'; owner: string };
  const machine = defineMachine<Facts, { userId: string }, 'go' | 'judge' | 'stay', 'a' | 'b' | 'c'>({
    actions: ['go', 'judge', 'stay'],
    transitions: { go: { from: ['a'], to: 'b' }, judge: { from: ['b'], to: { byOutcome: { yes: 'c', no: 'a' } } }, stay: { from: ['a', 'b'], to: 'unchanged' } },
    statusLabels: { a: 'A', b: 'B', c: 'C' },
    actionLabels: { go: '前进', judge: '裁决', stay: '停留' },
    explainDenied: (facts, actor, action) => (facts.status === 'c' || (action === 'go' && actor.userId !== facts.owner) ? '不行' : null),
  });

  it('allowedActions is the actions explainDenied lets through, in table order, for any machine', () => {
    expect(machine.allowedActions({ status: 'a', owner: 'me' }, { userId: 'me' })).toEqual(['go', 'judge', 'stay']);
    expect(allowedActions(machine, { status: 'a', owner: 'me' }, { userId: 'you' })).toEqual(['judge', 'stay']);
  });

  it('nextStatus follows the table: a status, unchanged, or the outcome the payload decided', () => {
    expect(machine.nextStatus({ status: 'a' }, 'go')).toBe('b');
    expect(machine.nextStatus({ status: 'b' }, 'stay')).toBe('b');
    expect(machine.nextStatus({ status: 'b' }, 'judge', 'yes')).toBe('c');
    expect(machine.nextStatus({ status: 'b' }, 'judge', 'no')).toBe('a');
    expect(() => machine.nextStatus({ status: 'b' }, 'judge')).toThrow('须给出结论');
    expect(() => machine.nextStatus({ status: 'c' }, 'go')).toThrow('状态转换无效');
  });

  it('the hazard and tip machines implement it: allowed actions never include one that has no transition from the status', () => {
    const facts = (status: HazardFacts['status']): HazardFacts => ({
      status, level: 'major', enterpriseId: 'e1', regionCode: '341621100000', sector: 'hazchem', foundByOrgId: 'o1', foundByEnterprise: false,
      listing: null, planComplete: true, pendingExtension: true, deadline: '2026-12-31', version: 1,
    });
    for (const status of hazardStatuses) {
      for (const action of hazardMachine.allowedActions(facts(status), flatActor(regulator))) expect(hazardMachine.transitions[action].from).toContain(status);
    }
    expect(tipMachine.nextStatus({ status: 'investigating' }, 'investigate', 'verified')).toBe('verified');
    expect(tipMachine.nextStatus({ status: 'investigating' }, 'investigate', 'unfounded')).toBe('unfounded');
    expect(hazardMachine.actions).toEqual(hazardActions);
    expect(tipMachine.actions).toEqual(tipActions);
  });
});

describe('one actor, one inOrgRegion, one "staff or enterprise?"', () => {
  it.each<[string, Actor, boolean]>([
    ['enterprise admin of an enterprise', enterpriseUser, true],
    ['enterprise role without an enterprise', { ...enterpriseUser, enterpriseId: null }, false],
    ['staff', regulator, false],
    ['sysadmin', { userId: 'u', roles: ['sysadmin'], org: null, enterpriseId: null }, false],
  ])('%s', (_name, actor, expected) => {
    expect(isEnterpriseActor(actor)).toBe(expected);
    expect(isEnterpriseActor(flatActor(actor))).toBe(expected);
    expect(audienceOf(actor)).toBe(expected ? 'enterprise' : 'staff');
    // The enterprise scope and the enterprise audience are the same question.
    expect(scopeFor(actor).kind === 'enterprise').toBe(expected);
  });

  it('inOrgRegion: the org region prefix; an unparseable region grants nothing', () => {
    expect(inOrgRegion('341621100000', flatActor(regulator))).toBe(true);
    expect(inOrgRegion('341622100000', flatActor(regulator))).toBe(false);
    expect(inOrgRegion('341621100000', { orgRegionCode: 'x' })).toBe(false);
    expect(inOrgRegion('341621100000', { orgRegionCode: null })).toBe(false);
  });
});

describe('the scope registry', () => {
  it('business and tip scopes differ where 举报人保护 needs it', () => {
    const locality: Actor = { userId: 'u', roles: ['locality_officer'], org: { id: 'o', kind: 'locality', regionCode: '341621100000', sectors: [] }, enterpriseId: null };
    expect(scopeFor(locality, 'business')).toEqual({ kind: 'region', regionPrefix: '341621100', sectors: null });
    expect(scopeFor(locality, 'tip')).toEqual({ kind: 'none' });
    expect(scopeFor(enterpriseUser, 'tip')).toEqual({ kind: 'none' });
    expect(scopeFor(regulator, 'tip')).toEqual({ kind: 'region', regionPrefix: '341621', sectors: ['hazchem'] });
  });

  it('orgScope is what an officer of that org would see (departments in statistics)', () => {
    expect(orgScope({ id: 'o', kind: 'regulator', regionCode: '341621000000', sectors: ['mining'] })).toEqual({ kind: 'region', regionPrefix: '341621', sectors: ['mining'] });
    expect(orgScope({ id: 'o', kind: 'committee', regionCode: '341600000000', sectors: [] })).toEqual({ kind: 'region', regionPrefix: '3416', sectors: null });
    expect(orgScope({ id: 'o', kind: 'platform', regionCode: '341600000000', sectors: [] })).toEqual({ kind: 'none' });
  });

  it('assigned scopes see exactly their records, and intersect only with assigned scopes', () => {
    const assigned = { kind: 'assigned', ids: ['r1', 'r2'] } as const;
    expect(isRecordInScope(assigned, { id: 'r1', regionCode: '341621100000', sectors: [], enterpriseId: 'e' })).toBe(true);
    expect(isRecordInScope(assigned, { id: 'r3', regionCode: '341621100000', sectors: [], enterpriseId: 'e' })).toBe(false);
    expect(isRecordInScope(assigned, { regionCode: '341621100000', sectors: [], enterpriseId: 'e' })).toBe(false);
    expect(intersectScopes(assigned, { kind: 'assigned', ids: ['r2', 'r3'] })).toEqual({ kind: 'assigned', ids: ['r2'] });
    expect(intersectScopes(assigned, { kind: 'region', regionPrefix: '34', sectors: null })).toEqual({ kind: 'none' });
  });
});

describe('form requirements and their checker', () => {
  const form: FormRequirements = {
    title: { required: true },
    level: { required: true, options: ['general', 'major'] },
    criterionIds: { required: { whenField: 'level', equals: 'major' }, hint: '重大事故隐患须选择判定标准条款' },
    'plan.deadline': { required: false, max: '2026-12-31' },
    'plan.fundsWanYuan': { required: false, min: 0 },
    fixedOnSite: { required: false, options: ['false'] },
  };
  const label = (f: string) => ({ title: '隐患名称', 'plan.deadline': '时限', 'plan.fundsWanYuan': '资金', fixedOnSite: '立查立改' })[f] ?? f;

  it.each<[string, Record<string, unknown>, { field: string; message: string }[]]>([
    ['all well', { title: 'x', level: 'general', criterionIds: [] }, []],
    ['blank text counts as missing', { title: '  ', level: 'general' }, [{ field: 'title', message: '「隐患名称」不能为空' }]],
    ['conditional: major needs a criterion, in the hint’s words', { title: 'x', level: 'major', criterionIds: [] }, [{ field: 'criterionIds', message: '重大事故隐患须选择判定标准条款' }]],
    ['an option not offered', { title: 'x', level: 'huge' }, [{ field: 'level', message: '「level」的取值不适用' }]],
    ['a nested date after its bound', { title: 'x', level: 'general', plan: { deadline: '2027-01-01' } }, [{ field: 'plan.deadline', message: '「时限」不能晚于2026-12-31' }]],
    ['a number below its bound', { title: 'x', level: 'general', plan: { fundsWanYuan: -1 } }, [{ field: 'plan.fundsWanYuan', message: '「资金」不能小于0' }]],
    ['a boolean limited to false', { title: 'x', level: 'general', fixedOnSite: true }, [{ field: 'fixedOnSite', message: '「立查立改」的取值不适用' }]],
  ])('%s', (_name, values, expected) => expect(checkRequirements(form, values, label)).toEqual(expected));

  it('valueAt and isRequired read dotted paths and conditions', () => {
    expect(valueAt({ plan: { deadline: 'd' } }, 'plan.deadline')).toBe('d');
    expect(valueAt({ plan: null }, 'plan.deadline')).toBeUndefined();
    expect(isRequired({ required: { whenField: 'fixedOnSite', equals: true } }, { fixedOnSite: true })).toBe(true);
    expect(isRequired({ required: { whenField: 'fixedOnSite', equals: true } }, { fixedOnSite: false })).toBe(false);
    expect(requirementsOf(['a', 'b'] as const, (a) => ({ [a]: { required: true } }))).toEqual({ a: { a: { required: true } }, b: { b: { required: true } } });
  });

  it('五落实 by level: a plan passes the requirements exactly when missingPlanFields is empty (one rule, two users)', () => {
    const text = fc.oneof(fc.constant(''), fc.constant('  '), fc.string({ minLength: 1, maxLength: 5 }).filter((s) => s.trim() !== ''));
    const plan = fc.record<Plan>({
      responsible: text,
      measures: text,
      contingency: text,
      fundsWanYuan: fc.oneof(fc.constant(null), fc.integer({ min: 0, max: 100 })),
      deadline: fc.oneof(fc.constant(null), fc.constant('2026-12-01')),
    });
    fc.assert(
      fc.property(plan, fc.constantFrom('general' as const, 'major' as const), (p, level) => {
        const missing = checkRequirements(planRequirements(level, '2026-12-31'), { plan: p }).map((v) => v.field.replace('plan.', ''));
        const expected = planFields.filter((f) => missingPlanFields(p, level).includes(planFieldLabels[f]));
        expect(missing).toEqual(expected);
      }),
    );
  });

  it('intake: who may register which sources, a criterion for a major registration only, evidence for 立查立改', () => {
    const report = hazardIntakeRequirements({ channel: 'report', today: '2026-12-04' });
    const register = hazardIntakeRequirements({ channel: 'register', today: '2026-12-04', sectors: ['hazchem'] });
    const viaTip = hazardIntakeRequirements({ channel: 'register', today: '2026-12-04', viaTip: true });
    expect(report.source?.options).toEqual(['self_inspection', 'worker_report']);
    expect(register.source?.options).toEqual(['supervision', 'enforcement', 'monitoring', 'expert', 'accident']);
    expect(viaTip.source?.options).toEqual(['tip']);
    expect(report.criterionIds?.required).toBe(false);
    expect(register.criterionIds?.required).toEqual({ whenField: 'level', equals: 'major' });
    expect(register.sector?.options).toEqual(['hazchem']);
    expect(register.foundAt?.max).toBe('2026-12-04');
    expect(checkRequirements(register, { enterpriseId: 'e', level: 'general', title: 't', foundAt: '2026-12-01', deadline: '2026-12-09', fixedOnSite: true, evidence: [] })).toEqual([
      { field: 'evidence', message: '立查立改须上传整改证据' },
    ]);
    expect(checkRequirements(report, { enterpriseId: 'e', level: 'general', title: 't', foundAt: '2026-12-01', deadline: '2026-12-09', fixedOnSite: true })[0]?.field).toBe('fixedOnSite');
  });

  it('actions: major verification needs evidence, the extension after the current deadline, the plan not after it', () => {
    const major = { level: 'major' as const, deadline: '2026-12-20' };
    expect(hazardActionRequirements(major, 'verify', { today: '2026-12-04' }).evidence?.required).toBe(true);
    expect(hazardActionRequirements({ ...major, level: 'general' }, 'verify', { today: '2026-12-04' }).evidence?.required).toBe(false);
    expect(hazardActionRequirements(major, 'request_extension', { today: '2026-12-04' }).newDeadline?.min).toBe('2026-12-21');
    expect(hazardActionRequirements(major, 'submit_plan', { today: '2026-12-04' })['plan.deadline']?.max).toBe('2026-12-20');
    expect(hazardActionRequirements(major, 'complete', { today: '2026-12-04' }).evidence?.required).toBe(true);
    expect(hazardActionRequirements(major, 'confirm', { today: '2026-12-04' }).criterionIds?.required).toEqual({ whenField: 'level', equals: 'major' });
    expect(tipActionRequirements('register_hazard', { today: '2026-12-04', hasTargetEnterprise: true, maxRewardYuan: 1, approvedRewardYuan: null }).criterionIds?.required).toEqual({ whenField: 'level', equals: 'major' });
  });

  it('a hazard is filed only under its enterprise’s sectors that the caller supervises', () => {
    expect(hazardSectorOptions(['hazchem', 'mining'], null)).toEqual(['hazchem', 'mining']);
    expect(hazardSectorOptions(['hazchem', 'mining'], ['mining', 'fire'])).toEqual(['mining']);
    expect(hazardSectorOptions(['construction'], ['mining'])).toEqual([]);
  });
});

describe('举报人保护: one rule for what an enterprise sees of a hazard’s source', () => {
  it('filtering on a source returns exactly the hazards shown with that source, for every viewer', () => {
    for (const viewer of ['enterprise', 'staff'] as const) {
      for (const stored of hazardSources) {
        for (const shown of hazardSources) {
          expect(storedSourcesShownAs(shown, viewer).includes(stored)).toBe(visibleHazardSource(stored, viewer) === shown);
        }
      }
    }
    expect(storedSourcesShownAs('tip', 'enterprise')).toEqual([]);
    expect(storedSourcesShownAs('supervision', 'enterprise')).toEqual(['supervision', 'tip']);
  });

  it('timeline payloads lose the tip keys for enterprises only', () => {
    const payload = { source: 'tip', tipId: 't', tipNo: 'JB1', title: 'x' };
    expect(visibleEventPayload(payload, 'enterprise')).toEqual({ source: 'supervision', title: 'x' });
    expect(visibleEventPayload(payload, 'staff')).toBe(payload);
  });
});

describe('the record against its timeline', () => {
  const events = [
    { seq: 1, kind: 'register', toStatus: 'rectifying', payload: { level: 'general', deadline: '2026-12-01' } },
    { seq: 2, kind: 'list', toStatus: 'rectifying', payload: {} },
    { seq: 3, kind: 'decide_extension', toStatus: 'rectifying', payload: { approve: true, newDeadline: '2027-01-10' } },
    { seq: 4, kind: 'notification', toStatus: 'rectifying', payload: {} },
  ];
  const row = { status: 'rectifying', level: 'general', deadline: '2027-01-10', listed: true, version: 4 } as const;

  it('replays status, level, deadline, listing and version', () => {
    expect(replayHazardTimeline(events)).toEqual({ status: 'rectifying', level: 'general', deadline: '2027-01-10', listed: true, version: 4 });
    expect(explainRecordMismatch(row, events)).toEqual([]);
  });

  it('reports a cut-off tail and a row changed without an event', () => {
    expect(explainRecordMismatch(row, events.slice(0, 3))[0]).toContain('末尾的时间线记录缺失');
    expect(explainRecordMismatch({ ...row, status: 'closed' }, events)).toEqual(['记录状态为「已销号」，时间线为「整改中」']);
    expect(explainRecordMismatch({ ...row, listed: false }, events)).toHaveLength(1);
    expect(explainRecordMismatch(row, [])).toEqual(['隐患没有任何时间线记录']);
  });
});

describe('the hash chain of every stream', () => {
  it('links each event to the previous hash and finds the first broken one', () => {
    type Link = { seq: number; prevHash: string; hash: string; body: Record<string, unknown> };
    const sealed: Link[] = [];
    let prev = GENESIS_HASH;
    for (const [i, body] of [{ a: 1 }, { a: 2 }, { a: 3 }].entries()) {
      const hash = chainHash(prev, body);
      sealed.push({ seq: i + 1, prevHash: prev, hash, body });
      prev = hash;
    }
    const [first, second, third] = sealed as [Link, Link, Link];
    const bodyOf = (e: Link) => e.body;
    expect(verifyChain(sealed, bodyOf)).toEqual({ ok: true, brokenAtSeq: null });
    expect(verifyChain([first, { ...second, body: { a: 9 } }, third], bodyOf)).toEqual({ ok: false, brokenAtSeq: 2 });
    expect(verifyChain([first, third], bodyOf)).toEqual({ ok: false, brokenAtSeq: 2 });
  });
});
