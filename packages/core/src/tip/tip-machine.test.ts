import { describe, expect, it } from 'vitest';
import { scopeFor, type Actor } from '../policies/scope.ts';
import type { WorkflowActor as TipActor } from '../workflow/actor.ts';
import { allowedTipActions, canRevealIdentity, explainTipDenied, tipCloseHint, tipNextStatus, tipSlaState, type TipFacts } from './tip-machine.ts';
import { tipActions, tipStatuses, type TipAction, type TipDetailAction, type TipStatus } from './tip-vocabulary.ts';

// One tip in 涡阳县 (341621), received by the city committee (org-city-aqb), routed to the county 应急局.
const baseFacts: TipFacts = {
  status: 'received',
  regionCode: '341621100000',
  sector: 'hazchem',
  receivingOrgId: 'org-city-aqb',
  handlingOrgId: 'org-county-yjj',
  hasIdentity: true,
  violationKind: null,
  hazardId: null,
  rewardStatus: 'none',
  rewardEligible: false,
  rewardProposedBy: null,
};
const facts = (extra: Partial<TipFacts>): TipFacts => ({ ...baseFacts, ...extra });

const actors = {
  tipOfficerCity: { userId: 'u-jb', roles: ['tip_officer'], orgId: 'org-city-aqb', orgKind: 'committee', orgRegionCode: '341600000000', orgSectors: [], enterpriseId: null },
  tipOfficerOtherCity: { userId: 'u-jb2', roles: ['tip_officer'], orgId: 'org-hf-aqb', orgKind: 'committee', orgRegionCode: '340100000000', orgSectors: [], enterpriseId: null },
  tipOfficerCounty: { userId: 'u-jb3', roles: ['tip_officer'], orgId: 'org-county-aqb', orgKind: 'committee', orgRegionCode: '341621000000', orgSectors: [], enterpriseId: null },
  committeeCity: { userId: 'u-aqb', roles: ['committee_officer'], orgId: 'org-city-aqb', orgKind: 'committee', orgRegionCode: '341600000000', orgSectors: [], enterpriseId: null },
  handlingRegulator: { userId: 'u-yjj', roles: ['regulator_officer'], orgId: 'org-county-yjj', orgKind: 'regulator', orgRegionCode: '341621000000', orgSectors: ['hazchem'], enterpriseId: null },
  otherRegulator: { userId: 'u-zjj', roles: ['regulator_officer'], orgId: 'org-county-zjj', orgKind: 'regulator', orgRegionCode: '341621000000', orgSectors: ['construction'], enterpriseId: null },
  locality: { userId: 'u-town', roles: ['locality_officer'], orgId: 'org-town', orgKind: 'locality', orgRegionCode: '341621100000', orgSectors: [], enterpriseId: null },
} as const satisfies Record<string, TipActor>;
type ActorKey = keyof typeof actors;
/** The tip resource of the scope registry (policies/scope.ts). */
const tipScopeFor = (actor: Actor) => scopeFor(actor, 'tip');

describe('tipNextStatus', () => {
  it.each([
    ['received', 'accept', false, 'accepted'],
    ['received', 'decline', false, 'declined'],
    ['accepted', 'route', false, 'investigating'],
    ['investigating', 'route', false, 'investigating'],
    ['investigating', 'investigate', true, 'verified'],
    ['investigating', 'investigate', false, 'unfounded'],
    ['verified', 'register_hazard', false, 'verified'],
    ['verified', 'close', false, 'closed'],
    ['unfounded', 'close', false, 'closed'],
    ['declined', 'reply', false, 'declined'],
  ] as [TipStatus, TipAction, boolean, TipStatus][])('%s --%s(verified=%s)--> %s', (from, action, verified, to) => {
    expect(tipNextStatus(from, action, verified)).toBe(to);
  });
  it('throws for an action the status does not allow', () => expect(() => tipNextStatus('closed', 'accept')).toThrow('办结'));
});

describe('allowedTipActions per status and role', () => {
  const cases: [status: TipStatus, extra: Partial<TipFacts>, actor: ActorKey, expected: TipDetailAction[]][] = [
    ['received', { handlingOrgId: null }, 'tipOfficerCity', ['accept', 'decline', 'reveal']],
    ['received', { handlingOrgId: null }, 'tipOfficerCounty', ['accept', 'decline']],
    ['received', { handlingOrgId: null }, 'committeeCity', []],
    ['received', { handlingOrgId: null }, 'tipOfficerOtherCity', []],
    ['accepted', { handlingOrgId: null }, 'tipOfficerCity', ['route', 'reply', 'ask', 'reveal']],
    ['investigating', {}, 'tipOfficerCity', ['route', 'investigate', 'reply', 'ask', 'reveal']],
    ['investigating', {}, 'handlingRegulator', ['investigate', 'ask']],
    ['investigating', {}, 'otherRegulator', []],
    ['investigating', {}, 'locality', []],
    ['verified', { violationKind: 'major_hazard', rewardEligible: true }, 'handlingRegulator', ['register_hazard']],
    ['verified', { violationKind: 'major_hazard', rewardEligible: true }, 'tipOfficerCity', ['reply', 'propose_reward', 'reveal']],
    ['verified', { violationKind: 'major_hazard', hazardId: 'h1', rewardEligible: true }, 'tipOfficerCity', ['reply', 'propose_reward', 'close', 'reveal']],
    ['verified', { violationKind: 'illegal_act', rewardEligible: false }, 'tipOfficerCity', ['reply', 'close', 'reveal']],
    ['verified', { violationKind: 'major_hazard', hazardId: 'h1', rewardStatus: 'proposed', rewardProposedBy: 'u-jb' }, 'committeeCity', ['approve_reward']],
    ['verified', { violationKind: 'major_hazard', hazardId: 'h1', rewardStatus: 'proposed', rewardProposedBy: 'u-jb' }, 'tipOfficerCity', ['reply', 'reveal']],
    ['verified', { violationKind: 'major_hazard', hazardId: 'h1', rewardStatus: 'approved' }, 'tipOfficerCity', ['reply', 'record_payment', 'reveal']],
    ['verified', { violationKind: 'major_hazard', hazardId: 'h1', rewardStatus: 'paid' }, 'tipOfficerCity', ['reply', 'close', 'reveal']],
    // Reward paid but the verified major hazard is not registered: no 办结 until the handling org registers it.
    ['verified', { violationKind: 'major_hazard', rewardStatus: 'paid' }, 'tipOfficerCity', ['reply', 'reveal']],
    ['verified', { violationKind: 'major_hazard', rewardStatus: 'paid' }, 'handlingRegulator', ['register_hazard']],
    // Findings that need no hazard record close once the reward is paid (or when there is none).
    ['verified', { violationKind: 'illegal_act', rewardStatus: 'paid' }, 'tipOfficerCity', ['reply', 'close', 'reveal']],
    ['verified', { violationKind: 'general_hazard', rewardStatus: 'none' }, 'tipOfficerCity', ['reply', 'close', 'reveal']],
    ['verified', { violationKind: 'general_hazard', rewardStatus: 'none' }, 'handlingRegulator', ['register_hazard']],
    ['unfounded', {}, 'tipOfficerCity', ['reply', 'close', 'reveal']],
    ['declined', {}, 'tipOfficerCity', ['reply', 'reveal']],
    ['closed', { hasIdentity: false }, 'tipOfficerCity', []],
  ];
  it.each(cases)('%s %j as %s → %j', (status, extra, actor, expected) => {
    expect(allowedTipActions(facts({ status, ...extra }), actors[actor])).toEqual(expected);
  });

  it('every denial has a zh-CN reason and every allowed action has none', () => {
    for (const status of tipStatuses) {
      for (const actor of Object.values(actors)) {
        const f = facts({ status, violationKind: 'major_hazard', rewardEligible: true });
        const allowed = allowedTipActions(f, actor);
        for (const action of tipActions) {
          const reason = explainTipDenied(f, actor, action);
          expect(reason === null).toBe(allowed.includes(action));
          if (reason !== null) expect(reason).toMatch(/[\u4e00-\u9fff]/);
        }
      }
    }
  });

  it('the proposer cannot approve their own reward', () => {
    const both: TipActor = { ...actors.committeeCity, roles: ['committee_officer'], userId: 'u-aqb' };
    expect(explainTipDenied(facts({ status: 'verified', rewardStatus: 'proposed', rewardProposedBy: 'u-aqb' }), both, 'approve_reward')).toContain('不能自己批准');
  });
});

describe('tipCloseHint: why a tip officer sees no 办结', () => {
  it.each([
    ['verified', { violationKind: 'major_hazard', rewardStatus: 'paid' }, 'tipOfficerCity', '查实的重大事故隐患须由承办部门登记到隐患数据库后才能办结'],
    ['verified', { violationKind: 'major_hazard', rewardStatus: 'none' }, 'tipOfficerCity', '查实的重大事故隐患须由承办部门登记到隐患数据库后才能办结'],
    ['verified', { violationKind: 'major_hazard', hazardId: 'h1', rewardStatus: 'approved' }, 'tipOfficerCity', '奖励发放完毕后才能办结'],
    ['verified', { violationKind: 'major_hazard', hazardId: 'h1', rewardStatus: 'paid' }, 'tipOfficerCity', null],
    ['verified', { violationKind: 'illegal_act', rewardStatus: 'paid' }, 'tipOfficerCity', null],
    ['verified', { violationKind: 'major_hazard', rewardStatus: 'paid' }, 'handlingRegulator', null],
    ['verified', { violationKind: 'major_hazard', rewardStatus: 'paid' }, 'tipOfficerOtherCity', null],
    ['investigating', { violationKind: null }, 'tipOfficerCity', null],
    ['closed', { violationKind: 'major_hazard' }, 'tipOfficerCity', null],
  ] as [TipStatus, Partial<TipFacts>, ActorKey, string | null][])('%s %j as %s → %s', (status, extra, actor, expected) => {
    expect(tipCloseHint(facts({ status, ...extra }), actors[actor])).toBe(expected);
  });
});

describe('canRevealIdentity', () => {
  it.each([
    ['tipOfficerCity', true, true],
    ['tipOfficerCity', false, false],
    ['tipOfficerCounty', true, false],
    ['committeeCity', true, false],
    ['handlingRegulator', true, false],
  ] as [ActorKey, boolean, boolean][])('%s (hasIdentity %s) → %s', (actor, hasIdentity, expected) => {
    expect(canRevealIdentity(facts({ hasIdentity }), actors[actor])).toBe(expected);
  });
});

describe('tipScopeFor', () => {
  const org = (kind: 'committee' | 'regulator' | 'locality', regionCode: string, sectors: string[] = []) => ({ id: 'o', kind, regionCode, sectors });
  it.each([
    [['tip_officer'], org('committee', '341600000000'), { kind: 'region', regionPrefix: '3416', sectors: null }],
    [['committee_officer'], org('committee', '341621000000'), { kind: 'region', regionPrefix: '341621', sectors: null }],
    [['regulator_officer'], org('regulator', '341621000000', ['hazchem']), { kind: 'region', regionPrefix: '341621', sectors: ['hazchem'] }],
    [['locality_officer'], org('locality', '341621100000'), { kind: 'none' }],
    [['expert'], org('committee', '341600000000'), { kind: 'none' }],
  ] as const)('%j in %j', (roles, o, expected) => {
    expect(tipScopeFor({ userId: 'u', roles: [...roles], org: { ...o, sectors: [...o.sectors] }, enterpriseId: null })).toEqual(expected);
  });
  it('enterprise users see no tips', () => {
    expect(tipScopeFor({ userId: 'u', roles: ['enterprise_admin'], org: null, enterpriseId: 'e' })).toEqual({ kind: 'none' });
  });
});

describe('tipSlaState', () => {
  it.each([
    [null, '2026-11-30', '2026-11-23', '2026-11-24', 'ok'],
    [null, '2026-11-24', '2026-11-23', '2026-11-24', 'due_soon'],
    [null, '2026-11-23', '2026-11-23', '2026-11-24', 'due_soon'],
    [null, '2026-11-20', '2026-11-23', '2026-11-24', 'overdue'],
    ['2026-11-30', '2026-11-30', '2026-12-10', '2026-12-11', 'met'],
    ['2026-12-01', '2026-11-30', '2026-12-10', '2026-12-11', 'missed'],
  ] as const)('decided %s, due %s, today %s → %s', (decidedOn, dueOn, today, next, expected) => {
    expect(tipSlaState({ decidedOn, dueOn }, today, next)).toBe(expected);
  });
});
