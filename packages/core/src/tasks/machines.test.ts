import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Actor } from '../policies/scope.ts';
import type { Role } from '../roles.ts';
import { flatActor, type WorkflowActor } from '../workflow/actor.ts';
import {
  explainPlanDenied,
  explainReturnDenied,
  explainRoundDenied,
  explainTaskDenied,
  nextTaskStatus,
  returnActions,
  returnMachine,
  roundActions,
  roundMachine,
  taskActions,
  taskMachine,
  taskTransitions,
  type TaskFacts,
} from './machines.ts';
import { isVisibleInPlanScope, planScopeFor } from './plan-scope.ts';
import { taskStatuses } from './task-rules.ts';
import { returnStatuses } from './returns.ts';

const actor = (roles: Role[], org: { id: string; kind: 'committee' | 'regulator' | 'locality' | 'platform'; regionCode: string } | null, enterpriseId: string | null = null): Actor => ({
  userId: 'u',
  roles,
  org: org ? { ...org, sectors: [] } : null,
  enterpriseId,
});

const flat = (a: Actor): WorkflowActor => flatActor(a);
const cityCommittee = actor(['committee_officer'], { id: 'city-aqb', kind: 'committee', regionCode: '341600000000' });
const countyCommittee = actor(['committee_officer'], { id: 'county-aqb', kind: 'committee', regionCode: '341621000000' });
const leadDept = actor(['regulator_officer'], { id: 'yjj', kind: 'regulator', regionCode: '341600000000' });
const coDept = actor(['regulator_officer'], { id: 'zjj', kind: 'regulator', regionCode: '341600000000' });
const otherDept = actor(['regulator_officer'], { id: 'scj', kind: 'regulator', regionCode: '341600000000' });
const tipOfficer = actor(['tip_officer'], { id: 'city-aqb', kind: 'committee', regionCode: '341600000000' });
const enterprise = actor(['enterprise_admin'], null, 'e1');
const sessions = { cityCommittee, countyCommittee, leadDept, coDept, otherDept, tipOfficer, enterprise };
const f = Object.fromEntries(Object.entries(sessions).map(([k, v]) => [k, flat(v)])) as Record<keyof typeof sessions, WorkflowActor>;

const task: TaskFacts = {
  status: 'issued',
  kind: 'milestone',
  issuerOrgId: 'city-aqb',
  leadOrgId: 'yjj',
  coOrgIds: ['zjj'],
  dueDate: '2024-12-31',
  milestones: [],
  indicator: null,
  recurrence: null,
};

describe('task machine', () => {
  it.each<[string, WorkflowActor, string[]]>([
    ['issuer', f.cityCommittee, ['add_note', 'revise', 'cancel']],
    ['lead org', f.leadDept, ['report_progress', 'complete', 'add_note']],
    ['co-org', f.coDept, ['add_note']],
    ['unrelated dept', f.otherDept, []],
    ['lower committee', f.countyCommittee, []],
    ['tip officer of the issuing org', f.tipOfficer, []],
    ['f.enterprise', f.enterprise, []],
  ])('on an issued task the %s may %j', (_name, who, actions) => expect(taskMachine.allowedActions(task, who)).toEqual(actions));

  it('only the issuer issues; what the task lacks is checked when issuing (explainIssueBlocked), not refused here', () => {
    const draft = { ...task, status: 'draft' as const };
    expect(explainTaskDenied(draft, f.cityCommittee, 'issue')).toBeNull();
    expect(explainTaskDenied({ ...draft, leadOrgId: null }, f.cityCommittee, 'issue')).toBeNull();
    expect(explainTaskDenied(draft, f.leadDept, 'issue')).toBe('仅下达任务的单位可以下发任务');
  });

  it('a done task can only be reopened by the issuer or annotated', () => {
    const done = { ...task, status: 'done' as const };
    expect(taskMachine.allowedActions(done, f.cityCommittee)).toEqual(['add_note', 'reopen']);
    expect(taskMachine.allowedActions(done, f.leadDept)).toEqual(['add_note']);
    expect(explainTaskDenied(done, f.leadDept, 'complete')).toBe('任务当前为「已完成」，不能报告完成');
  });

  it('property: an allowed action always has a next status; a refused one has a reason', () => {
    const actors = [f.cityCommittee, f.countyCommittee, f.leadDept, f.coDept, f.otherDept, f.tipOfficer, f.enterprise];
    fc.assert(
      fc.property(fc.constantFrom(...taskStatuses), fc.constantFrom(...taskActions), fc.constantFrom(...actors), (status, action, who) => {
        const denied = explainTaskDenied({ ...task, status }, who, action);
        if (denied === null) {
          expect(taskTransitions[action].from).toContain(status);
          expect(taskStatuses).toContain(nextTaskStatus(status, action));
        } else {
          expect(denied.length).toBeGreaterThan(0);
        }
      }),
    );
  });
});

describe('return machine: locked after acceptance', () => {
  const ret = { status: 'submitted' as const, orgId: 'yjj', issuerOrgId: 'city-aqb' };
  it.each<[string, WorkflowActor, string[]]>([
    ['issuer', f.cityCommittee, ['accept', 'send_back']],
    ['filing org', f.leadDept, []],
    ['other org', f.otherDept, []],
  ])('a submitted return: the %s may %j', (_name, who, actions) => expect(returnMachine.allowedActions(ret, who)).toEqual(actions));

  it('returned → only the filing org resubmits; accepted → nobody does anything', () => {
    expect(returnMachine.allowedActions({ ...ret, status: 'returned' }, f.leadDept)).toEqual(['resubmit']);
    expect(returnMachine.allowedActions({ ...ret, status: 'returned' }, f.cityCommittee)).toEqual([]);
    for (const who of [f.cityCommittee, f.leadDept]) {
      for (const action of returnActions) expect(explainReturnDenied({ ...ret, status: 'accepted' }, who, action)).toBe('报送已审核通过并锁定，不能再修改');
    }
    expect(returnMachine.nextStatus({ status: 'submitted' }, 'accept')).toBe('accepted');
    expect(() => returnMachine.nextStatus({ status: 'accepted' }, 'send_back')).toThrow();
  });

  it('property: no action ever leaves the accepted state', () => {
    fc.assert(
      fc.property(fc.constantFrom(...returnStatuses), fc.constantFrom(...returnActions), (status, action) => {
        const allowed = explainReturnDenied({ ...ret, status }, status === 'returned' ? f.leadDept : f.cityCommittee, action) === null;
        if (status === 'accepted') expect(allowed).toBe(false);
      }),
    );
  });
});

describe('round and plan machines', () => {
  it('only the organising 安委办 runs a round; decisions need the meeting first', () => {
    expect(roundMachine.allowedActions({ status: 'open', orgId: 'city-aqb' }, f.cityCommittee)).toEqual(['add_problem', 'hold_meeting']);
    expect(roundMachine.allowedActions({ status: 'held', orgId: 'city-aqb' }, f.cityCommittee)).toEqual(['add_problem', 'decide', 'close']);
    expect(roundMachine.allowedActions({ status: 'closed', orgId: 'city-aqb' }, f.cityCommittee)).toEqual([]);
    for (const action of roundActions) expect(explainRoundDenied({ status: 'held', orgId: 'city-aqb' }, f.countyCommittee, action)).not.toBeNull();
  });

  it('the upper level reads a lower plan but cannot change it', () => {
    const plan = { status: 'issued' as const, orgId: 'county-aqb', filingOrgId: 'city-aqb' };
    expect(explainPlanDenied(plan, f.countyCommittee, 'file')).toBeNull();
    expect(explainPlanDenied(plan, f.cityCommittee, 'file')).toBe('仅制定方案的单位可以报上级备案，上级只能查阅');
    expect(explainPlanDenied({ ...plan, filingOrgId: null }, f.countyCommittee, 'file')).toBe('该方案未设定备案单位');
  });
});

describe('planScopeFor', () => {
  it.each<[string, Actor, { regionCode: string; orgIds: string[] }, boolean]>([
    ['city 安委办 sees a county task', cityCommittee, { regionCode: '341621000000', orgIds: ['x'] }, true],
    ['county 安委办 does not see a city task not assigned to it', countyCommittee, { regionCode: '341600000000', orgIds: ['yjj'] }, false],
    ['county 安委办 sees a city task it leads', countyCommittee, { regionCode: '341600000000', orgIds: ['county-aqb'] }, true],
    ['a department sees the task it shares', coDept, { regionCode: '341600000000', orgIds: ['yjj', 'zjj'] }, true],
    ['a department does not see other tasks of its region', otherDept, { regionCode: '341600000000', orgIds: ['yjj', 'zjj'] }, false],
    ['an enterprise sees nothing', enterprise, { regionCode: '341621000000', orgIds: ['e1'] }, false],
    ['a tip officer sees nothing', tipOfficer, { regionCode: '341600000000', orgIds: ['city-aqb'] }, false],
  ])('%s', (_name, who, record, visible) => expect(isVisibleInPlanScope(planScopeFor(who), record)).toBe(visible));
});
