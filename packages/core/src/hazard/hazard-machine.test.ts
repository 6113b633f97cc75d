import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { flatActor as toHazardActor, type WorkflowActor as HazardActor } from '../workflow/actor.ts';
import {
  allowedHazardActions as allowedActions,
  blockedHazardActions,
  explainHazardDenied as explainDenied,
  hazardActionLabels,
  hazardActions,
  hazardStatusLabels,
  hazardStatuses,
  initialStatusFor,
  isOpen,
  isOverdue,
  listingLevelFor,
  hazardNextStatus as nextStatus,
  type HazardAction,
  type HazardFacts,
  type HazardLevel,
  type HazardStatus,
} from './hazard-machine.ts';
import { sealTimelineEvent, verifyTimeline, type SealedTimelineEvent } from './timeline-hash.ts';

// ---- fixtures: one hazard in 涡阳县 (341621), township 341621100, sector hazchem, enterprise ent-own --------

const actorKinds = [
  'regulatorOfSector',
  'regulatorOtherSector',
  'committeeCounty',
  'committeeCity',
  'localityFinder',
  'localityNonFinder',
  'enterpriseOwn',
  'enterpriseOther',
  'sysadmin',
] as const;
type ActorKind = (typeof actorKinds)[number];

const staff = (
  orgId: string,
  orgKind: HazardActor['orgKind'],
  roles: HazardActor['roles'],
  orgRegionCode: string,
  orgSectors: string[] = [],
): HazardActor => ({ userId: `user-of-${orgId}`, roles, orgId, orgKind, orgRegionCode, orgSectors, enterpriseId: null });

const enterpriseUser = (enterpriseId: string, roles: HazardActor['roles']): HazardActor => ({
  userId: `user-of-${enterpriseId}`,
  roles,
  orgId: null,
  orgKind: null,
  orgRegionCode: null,
  orgSectors: [],
  enterpriseId,
});

const actors: Record<ActorKind, HazardActor> = {
  regulatorOfSector: staff('reg-hazchem', 'regulator', ['regulator_officer'], '341621000000', ['fireworks', 'hazchem']),
  regulatorOtherSector: staff('reg-build', 'regulator', ['regulator_officer'], '341621000000', ['construction']),
  committeeCounty: staff('committee-county', 'committee', ['committee_officer'], '341621000000'),
  committeeCity: staff('committee-city', 'committee', ['committee_officer'], '341600000000'),
  localityFinder: staff('town-finder', 'locality', ['locality_officer'], '341621100000'),
  // Same township, different org: only the org id separates it from the finder.
  localityNonFinder: staff('town-other', 'locality', ['locality_officer'], '341621100000'),
  enterpriseOwn: enterpriseUser('ent-own', ['enterprise_admin']),
  enterpriseOther: enterpriseUser('ent-other', ['enterprise_principal', 'enterprise_admin']),
  sysadmin: staff('platform', 'platform', ['sysadmin'], '341621000000'),
};

const baseFacts: HazardFacts = {
  status: 'pending_confirmation',
  level: 'general',
  enterpriseId: 'ent-own',
  regionCode: '341621100201',
  sector: 'hazchem',
  foundByOrgId: 'town-finder',
  foundByEnterprise: false,
  listing: null,
  planComplete: false,
  pendingExtension: false,
  deadline: '2026-06-30',
  version: 1,
};

// ---- the expectation table, written by hand from DESIGN §3 -------------------------------------------------
// For each scenario and status: which actor kinds may take which actions. Anything not listed is denied.
// Terminal statuses (closed, dismissed, merged) allow nothing to anyone in every scenario.

type Expectation = Partial<Record<HazardStatus, Partial<Record<ActorKind, HazardAction[]>>>>;
type Scenario = { name: string; facts: Partial<HazardFacts>; expected: Expectation };

const scenarios: Scenario[] = [
  {
    name: 'general, found by the township, no plan yet',
    facts: {},
    expected: {
      pending_confirmation: { regulatorOfSector: ['confirm', 'dismiss', 'merge', 'void'] },
      rectifying: {
        regulatorOfSector: ['merge', 'void'],
        enterpriseOwn: ['submit_plan', 'report_progress', 'request_extension', 'complete'],
      },
      pending_verification: {
        regulatorOfSector: ['verify', 'return', 'merge', 'void'],
        localityFinder: ['verify', 'return'],
      },
    },
  },
  {
    name: 'general, found by the county committee',
    facts: { foundByOrgId: 'committee-county' },
    expected: {
      pending_confirmation: { regulatorOfSector: ['confirm', 'dismiss', 'merge', 'void'] },
      rectifying: {
        regulatorOfSector: ['merge', 'void'],
        enterpriseOwn: ['submit_plan', 'report_progress', 'request_extension', 'complete'],
      },
      pending_verification: {
        regulatorOfSector: ['verify', 'return', 'merge', 'void'],
        committeeCounty: ['verify', 'return'],
      },
    },
  },
  {
    name: 'general, found by the enterprise itself, extension pending',
    facts: { foundByOrgId: null, foundByEnterprise: true, pendingExtension: true },
    expected: {
      pending_confirmation: { regulatorOfSector: ['confirm', 'dismiss', 'merge', 'void'] },
      rectifying: {
        regulatorOfSector: ['decide_extension', 'merge', 'void'],
        enterpriseOwn: ['submit_plan', 'report_progress', 'complete'],
      },
      pending_verification: {
        regulatorOfSector: ['verify', 'return', 'merge', 'void'],
        enterpriseOwn: ['verify', 'return'],
      },
    },
  },
  {
    name: 'major, found by the township, 五落实 incomplete, not listed',
    facts: { level: 'major' },
    expected: {
      pending_confirmation: {
        regulatorOfSector: ['confirm', 'dismiss', 'list', 'merge', 'void'],
        committeeCounty: ['list'],
        committeeCity: ['list'],
      },
      rectifying: {
        regulatorOfSector: ['list', 'merge', 'void'],
        committeeCounty: ['list'],
        committeeCity: ['list'],
        enterpriseOwn: ['submit_plan'],
      },
      pending_verification: {
        regulatorOfSector: ['verify', 'return', 'list', 'merge', 'void'],
        committeeCounty: ['list'],
        committeeCity: ['list'],
      },
    },
  },
  {
    name: 'major, found by the enterprise itself, 五落实 complete, not listed',
    facts: { level: 'major', foundByOrgId: null, foundByEnterprise: true, planComplete: true },
    expected: {
      pending_confirmation: {
        regulatorOfSector: ['confirm', 'dismiss', 'list', 'merge', 'void'],
        committeeCounty: ['list'],
        committeeCity: ['list'],
      },
      rectifying: {
        regulatorOfSector: ['list', 'merge', 'void'],
        committeeCounty: ['list'],
        committeeCity: ['list'],
        enterpriseOwn: ['submit_plan', 'report_progress', 'request_extension', 'complete'],
      },
      pending_verification: {
        regulatorOfSector: ['verify', 'return', 'list', 'merge', 'void'],
        committeeCounty: ['list'],
        committeeCity: ['list'],
      },
    },
  },
  {
    name: 'major, listed by the county committee, 五落实 complete, extension pending',
    facts: {
      level: 'major',
      planComplete: true,
      pendingExtension: true,
      listing: { level: 'county', orgId: 'committee-county' },
    },
    expected: {
      pending_confirmation: {
        regulatorOfSector: ['confirm', 'dismiss', 'merge', 'void'],
        committeeCounty: ['delist'],
      },
      rectifying: {
        regulatorOfSector: ['decide_extension', 'merge', 'void'],
        committeeCounty: ['delist'],
        enterpriseOwn: ['submit_plan', 'report_progress', 'complete'],
      },
      pending_verification: {
        regulatorOfSector: ['return', 'merge', 'void'],
        committeeCounty: ['delist'],
      },
    },
  },
  {
    name: 'major, listed by the regulator of the sector, 五落实 incomplete',
    facts: { level: 'major', listing: { level: 'county', orgId: 'reg-hazchem' } },
    expected: {
      pending_confirmation: { regulatorOfSector: ['confirm', 'dismiss', 'delist', 'merge', 'void'] },
      rectifying: { regulatorOfSector: ['delist', 'merge', 'void'], enterpriseOwn: ['submit_plan'] },
      pending_verification: { regulatorOfSector: ['return', 'delist', 'merge', 'void'] },
    },
  },
];

describe('who may do what (every actor kind × status × action, per scenario)', () => {
  describe.each(scenarios)('$name', ({ facts: overrides, expected }) => {
    const cases = hazardStatuses.flatMap((status) => actorKinds.map((actorKind) => ({ status, actorKind })));

    it.each(cases)('$actorKind in $status', ({ status, actorKind }) => {
      const facts: HazardFacts = { ...baseFacts, ...overrides, status };
      const actor = actors[actorKind];
      const expectedAllowed = new Set(expected[status]?.[actorKind] ?? []);

      for (const action of hazardActions) {
        const reason = explainDenied(facts, actor, action);
        if (expectedAllowed.has(action)) {
          expect(reason, `${action} should be allowed`).toBeNull();
        } else {
          expect(reason, `${action} should be denied`).toEqual(expect.stringMatching(/\S/));
        }
      }
      // Compared as sorted lists so a mismatch names the extra or missing actions.
      expect([...allowedActions(facts, actor)].sort()).toEqual([...expectedAllowed].sort());
    });
  });
});

describe('nextStatus', () => {
  // [action, from, to] written from §3; every other (action, from) pair must be rejected.
  const transitions: [HazardAction, HazardStatus, HazardStatus][] = [
    ['confirm', 'pending_confirmation', 'rectifying'],
    ['dismiss', 'pending_confirmation', 'dismissed'],
    ['submit_plan', 'rectifying', 'rectifying'],
    ['report_progress', 'rectifying', 'rectifying'],
    ['request_extension', 'rectifying', 'rectifying'],
    ['decide_extension', 'rectifying', 'rectifying'],
    ['complete', 'rectifying', 'pending_verification'],
    ['verify', 'pending_verification', 'closed'],
    ['return', 'pending_verification', 'rectifying'],
    ['list', 'pending_confirmation', 'pending_confirmation'],
    ['list', 'rectifying', 'rectifying'],
    ['list', 'pending_verification', 'pending_verification'],
    ['delist', 'pending_confirmation', 'pending_confirmation'],
    ['delist', 'rectifying', 'rectifying'],
    ['delist', 'pending_verification', 'pending_verification'],
    ['merge', 'pending_confirmation', 'merged'],
    ['merge', 'rectifying', 'merged'],
    ['merge', 'pending_verification', 'merged'],
    ['void', 'pending_confirmation', 'dismissed'],
    ['void', 'rectifying', 'dismissed'],
    ['void', 'pending_verification', 'dismissed'],
  ];

  it.each(transitions)('%s: %s → %s', (action, from, to) => {
    expect(nextStatus({ status: from }, action)).toBe(to);
  });

  const invalid = hazardActions.flatMap((action) =>
    hazardStatuses
      .filter((status) => !transitions.some(([a, from]) => a === action && from === status))
      .map((status) => [action, status] as const),
  );

  it('rejects every other action/status pair', () => {
    expect(invalid).toHaveLength(hazardActions.length * hazardStatuses.length - transitions.length);
    for (const [action, status] of invalid) {
      expect(() => nextStatus({ status }, action), `${action} from ${status}`).toThrow('状态转换无效');
    }
  });
});

describe('initialStatusFor', () => {
  it.each<['report' | 'register', boolean, HazardStatus]>([
    ['report', false, 'pending_confirmation'],
    ['report', true, 'pending_confirmation'],
    ['register', false, 'rectifying'],
    ['register', true, 'pending_verification'],
  ])('%s (fixedOnSite %s) → %s', (channel, fixedOnSite, status) => {
    expect(initialStatusFor(channel, fixedOnSite)).toBe(status);
  });
});

describe('isOpen and isOverdue', () => {
  it.each<[HazardStatus, boolean]>([
    ['pending_confirmation', true],
    ['rectifying', true],
    ['pending_verification', true],
    ['closed', false],
    ['dismissed', false],
    ['merged', false],
  ])('%s open: %s', (status, open) => {
    expect(isOpen(status)).toBe(open);
    // Overdue follows openness when the deadline has passed …
    expect(isOverdue({ status, deadline: '2026-03-01' }, '2026-03-02')).toBe(open);
    // … and never applies on or before the deadline.
    expect(isOverdue({ status, deadline: '2026-03-01' }, '2026-03-01')).toBe(false);
    expect(isOverdue({ status, deadline: '2026-03-01' }, '2026-02-28')).toBe(false);
  });

  it('compares across month and year boundaries', () => {
    expect(isOverdue({ status: 'rectifying', deadline: '2025-12-31' }, '2026-01-01')).toBe(true);
    expect(isOverdue({ status: 'rectifying', deadline: '2026-10-01' }, '2026-09-30')).toBe(false);
  });
});

describe('eligibility details', () => {
  const open = (overrides: Partial<HazardFacts>): HazardFacts => ({ ...baseFacts, ...overrides });

  it('a regulator of the sector in another county gets nothing', () => {
    const elsewhere = { ...actors.regulatorOfSector, orgId: 'reg-hazchem-qiaocheng', orgRegionCode: '341602000000' };
    for (const status of hazardStatuses) {
      expect(allowedActions(open({ status, level: 'major' }), elsewhere)).toEqual([]);
    }
  });

  it('a city regulator of the sector covers the county and lists at city level', () => {
    const cityRegulator = { ...actors.regulatorOfSector, orgId: 'reg-hazchem-city', orgRegionCode: '341600000000' };
    expect(allowedActions(open({ level: 'major' }), cityRegulator)).toEqual([
      'confirm',
      'dismiss',
      'list',
      'merge',
      'void',
    ]);
    expect(listingLevelFor(cityRegulator)).toBe('city');
  });

  it('needs the role that matches the org kind', () => {
    const committeeWithRegulatorRole = { ...actors.committeeCounty, roles: ['regulator_officer' as const], orgSectors: ['hazchem'] };
    expect(explainDenied(open({}), committeeWithRegulatorRole, 'confirm')).toBe('仅负责该行业领域的监管部门可以认定');
    const regulatorOrgTipOfficer = { ...actors.regulatorOfSector, roles: ['tip_officer' as const] };
    expect(allowedActions(open({ level: 'major' }), regulatorOrgTipOfficer)).toEqual([]);
    const tipOfficerOfListingOrg = { ...actors.committeeCounty, roles: ['tip_officer' as const] };
    const listed = open({ level: 'major', listing: { level: 'county', orgId: 'committee-county' } });
    expect(explainDenied(listed, tipOfficerOfListingOrg, 'delist')).toBe('仅挂牌单位可以摘牌');
  });

  it('only county level and above may list', () => {
    const townshipCommittee = staff('committee-town', 'committee', ['committee_officer'], '341621100000');
    expect(explainDenied(open({ level: 'major' }), townshipCommittee, 'list')).toBe(
      '挂牌督办须由县级及以上安委会办公室或监管部门作出',
    );
    expect(listingLevelFor(townshipCommittee)).toBeNull();
    expect(listingLevelFor(staff('committee-province', 'committee', ['committee_officer'], '340000000000'))).toBe('province');
    expect(listingLevelFor(actors.committeeCounty)).toBe('county');
    expect(listingLevelFor(actors.enterpriseOwn)).toBeNull();
    expect(listingLevelFor({ ...actors.committeeCounty, orgRegionCode: 'not-a-code' })).toBeNull();
  });

  it('an unparseable org region grants nothing instead of throwing', () => {
    const broken = { ...actors.regulatorOfSector, orgRegionCode: '34162' };
    expect(allowedActions(open({}), broken)).toEqual([]);
  });

  it('only the listing org delists, not a higher one', () => {
    const listed = open({ level: 'major', listing: { level: 'county', orgId: 'committee-county' } });
    expect(explainDenied(listed, actors.committeeCity, 'delist')).toBe('仅挂牌单位可以摘牌');
    expect(explainDenied(listed, actors.committeeCity, 'list')).toBe('该隐患已挂牌督办');
  });

  it('explains refusals in zh-CN, naming the rule that applies', () => {
    expect(explainDenied(open({ status: 'closed' }), actors.regulatorOfSector, 'verify')).toBe(
      '隐患当前为「已销号」，不能验收销号',
    );
    expect(explainDenied(open({ status: 'rectifying', level: 'major' }), actors.enterpriseOwn, 'complete')).toBe(
      '重大事故隐患须先提交完整的治理方案（五落实：责任、措施、资金、时限、预案）',
    );
    expect(explainDenied(open({ status: 'rectifying' }), actors.regulatorOfSector, 'complete')).toBe(
      '仅隐患所在企业的安全管理员或主要负责人可以整改完成，监管人员不能代为操作',
    );
    expect(explainDenied(open({ status: 'rectifying' }), actors.regulatorOfSector, 'decide_extension')).toBe(
      '没有待审批的延期申请',
    );
    expect(
      explainDenied(open({ status: 'rectifying', pendingExtension: true }), actors.enterpriseOwn, 'request_extension'),
    ).toBe('已有待审批的延期申请');
    expect(
      explainDenied(
        open({ status: 'pending_verification', level: 'major', listing: { level: 'county', orgId: 'committee-county' } }),
        actors.regulatorOfSector,
        'verify',
      ),
    ).toBe('该隐患正在挂牌督办，须由挂牌单位摘牌后方可验收销号');
    expect(
      explainDenied(
        open({ status: 'pending_verification', level: 'major', foundByOrgId: null, foundByEnterprise: true }),
        actors.enterpriseOwn,
        'verify',
      ),
    ).toBe('重大事故隐患仅由负责该行业领域的监管部门验收销号');
    expect(explainDenied(open({ status: 'rectifying' }), actors.regulatorOfSector, 'list')).toBe('仅重大事故隐患可以挂牌督办');
  });

  it('has a zh-CN label for every status and action', () => {
    expect(hazardStatusLabels.dismissed).toBe('已作废');
    for (const action of hazardActions) expect(hazardActionLabels[action]).toMatch(/^[\u4e00-\u9fff]+$/);
    for (const status of hazardStatuses) expect(hazardStatusLabels[status]).toMatch(/^[\u4e00-\u9fff]+$/);
  });

  it('toHazardActor flattens a session actor', () => {
    expect(
      toHazardActor({
        userId: 'u1',
        roles: ['regulator_officer'],
        org: { id: 'reg-hazchem', kind: 'regulator', regionCode: '341621000000', sectors: ['hazchem'] },
        enterpriseId: null,
      }),
    ).toEqual({
      userId: 'u1',
      roles: ['regulator_officer'],
      orgId: 'reg-hazchem',
      orgKind: 'regulator',
      orgRegionCode: '341621000000',
      orgSectors: ['hazchem'],
      enterpriseId: null,
    });
    expect(toHazardActor({ userId: 'u2', roles: ['enterprise_admin'], org: null, enterpriseId: 'ent-own' })).toEqual({
      userId: 'u2',
      roles: ['enterprise_admin'],
      orgId: null,
      orgKind: null,
      orgRegionCode: null,
      orgSectors: [],
      enterpriseId: 'ent-own',
    });
  });
});

// ---- property: random lifecycles ---------------------------------------------------------------------------

const finders = ['township', 'committee', 'regulator', 'enterprise', 'tip'] as const;
type Finder = (typeof finders)[number];

const finderOrgId: Record<Finder, string | null> = {
  township: 'town-finder',
  committee: 'committee-county',
  regulator: 'reg-hazchem',
  enterprise: null,
  tip: null,
};
const finderActorKind: Record<Finder, ActorKind | null> = {
  township: 'localityFinder',
  committee: 'committeeCounty',
  regulator: 'regulatorOfSector',
  enterprise: null,
  tip: null,
};

// The §3 edges between different statuses; anything else must leave the status unchanged.
const statusEdges = new Set([
  'pending_confirmation>rectifying',
  'pending_confirmation>dismissed',
  'rectifying>pending_verification',
  'pending_verification>closed',
  'pending_verification>rectifying',
  ...['pending_confirmation', 'rectifying', 'pending_verification'].flatMap((s) => [`${s}>merged`, `${s}>dismissed`]),
]);
const terminal: readonly HazardStatus[] = ['closed', 'dismissed', 'merged'];

type Step = {
  fromAllowed: boolean;
  exitAllowed: boolean;
  pick: number;
  actorKind: ActorKind;
  action: HazardAction;
  planAfterSubmit: boolean;
};

const sideExits: readonly HazardAction[] = ['dismiss', 'merge', 'void'];

const stepArbitrary: fc.Arbitrary<Step> = fc.record({
  fromAllowed: fc.nat(4).map((n) => n > 0),
  // Side exits end a run early, so steered steps take them rarely; random steps still try them freely.
  exitAllowed: fc.nat(9).map((n) => n === 0),
  pick: fc.nat(),
  actorKind: fc.constantFrom(...actorKinds),
  action: fc.constantFrom(...hazardActions),
  planAfterSubmit: fc.boolean(),
});

type Start = { level: HazardLevel; finder: Finder; fixedOnSite: boolean };

const startArbitrary: fc.Arbitrary<Start> = fc.record({
  level: fc.constantFrom<HazardLevel>('general', 'major'),
  finder: fc.constantFrom(...finders),
  fixedOnSite: fc.boolean(),
});

const count = (counts: Map<string, number>, key: string) => counts.set(key, (counts.get(key) ?? 0) + 1);

type Simulation = { facts: HazardFacts; timeline: SealedTimelineEvent[] };

function simulate(start: Start, steps: Step[], coverage: Map<string, number>): Simulation {
  const staffFound = finderOrgId[start.finder] !== null;
  const channel = staffFound ? 'register' : 'report';
  let facts: HazardFacts = {
    ...baseFacts,
    level: start.level,
    foundByOrgId: finderOrgId[start.finder],
    foundByEnterprise: start.finder === 'enterprise',
    status: initialStatusFor(channel, staffFound && start.fixedOnSite),
  };
  const timeline: SealedTimelineEvent[] = [
    sealTimelineEvent(null, {
      hazardId: 'hz-1',
      seq: 1,
      at: '2026-01-01T00:00:00.000Z',
      actorId: 'creator',
      kind: channel,
      fromStatus: null,
      toStatus: facts.status,
      payload: { level: start.level, finder: start.finder },
    }),
  ];

  steps.forEach((step, index) => {
    let actorKind = step.actorKind;
    let action = step.action;
    if (step.fromAllowed) {
      // Steer towards progress: pick among the pairs the machine allows (invariants below are independent of it).
      const enabled = actorKinds.flatMap((kind) =>
        allowedActions(facts, actors[kind])
          .filter((a) => step.exitAllowed || !sideExits.includes(a))
          .map((a) => [kind, a] as const),
      );
      const chosen = enabled[step.pick % Math.max(enabled.length, 1)];
      if (chosen) [actorKind, action] = chosen;
    }
    const actor = actors[actorKind];
    const before = facts;

    if (terminal.includes(before.status)) {
      expect(actorKinds.flatMap((kind) => allowedActions(before, actors[kind]))).toEqual([]);
    }
    if (explainDenied(before, actor, action) !== null) return;

    const status = nextStatus(before, action);
    expect(terminal).not.toContain(before.status);
    if (status !== before.status) expect(statusEdges).toContain(`${before.status}>${status}`);

    let listing = before.listing;
    if (action === 'list') {
      const level = listingLevelFor(actor);
      if (level === null || actor.orgId === null) throw new Error('listing allowed to an actor that cannot list');
      listing = { level, orgId: actor.orgId };
    }
    if (action === 'delist') listing = null;

    facts = {
      ...before,
      status,
      listing,
      pendingExtension:
        action === 'request_extension' ? true : action === 'decide_extension' ? false : before.pendingExtension,
      planComplete: action === 'submit_plan' ? step.planAfterSubmit : before.planComplete,
      version: before.version + 1,
    };

    if (status === 'closed') {
      // Verifiers per §3, by actor kind rather than by asking the machine.
      if (facts.level === 'major') {
        expect(actorKind).toBe('regulatorOfSector');
      } else {
        const finderKind = finderActorKind[start.finder];
        const verifiers: ActorKind[] = ['regulatorOfSector', ...(finderKind ? [finderKind] : [])];
        if (start.finder === 'enterprise') verifiers.push('enterpriseOwn');
        expect(verifiers).toContain(actorKind);
      }
      count(coverage, `closed ${facts.level} by ${actorKind}`);
    }
    expect(facts.status === 'closed' && facts.listing !== null).toBe(false);
    if (action === 'delist') count(coverage, 'delisted');
    count(coverage, status);

    timeline.push(
      sealTimelineEvent(timeline.at(-1) ?? null, {
        hazardId: 'hz-1',
        seq: timeline.length + 1,
        at: new Date(Date.UTC(2026, 0, 1, 0, index + 1)).toISOString(),
        actorId: actor.userId,
        kind: action,
        fromStatus: before.status,
        toStatus: status,
        payload: { step: index, listing, pendingExtension: facts.pendingExtension, planComplete: facts.planComplete },
      }),
    );
  });
  return { facts, timeline };
}

describe('property: random lifecycles', () => {
  it('keep the §3 invariants and a verifiable timeline', () => {
    const coverage = new Map<string, number>();
    fc.assert(
      fc.property(startArbitrary, fc.array(stepArbitrary, { maxLength: 30 }), fc.nat(), (start, steps, tamperPick) => {
        const { facts, timeline } = simulate(start, steps, coverage);
        expect(facts.version).toBe(timeline.length);
        expect(verifyTimeline(timeline)).toEqual({ ok: true, brokenAtSeq: null });

        const tamperIndex = tamperPick % timeline.length;
        const tampered = timeline.map((event, i) =>
          i === tamperIndex ? { ...event, payload: { original: event.payload, tampered: true } } : event,
        );
        expect(verifyTimeline(tampered)).toEqual({ ok: false, brokenAtSeq: tamperIndex + 1 });
      }),
      { numRuns: 1500 },
    );
    // The runs must actually reach the interesting states, or the invariants above were checked vacuously.
    for (const reached of [
      'closed major by regulatorOfSector',
      'closed general by regulatorOfSector',
      'closed general by enterpriseOwn',
      'closed general by localityFinder',
      'closed general by committeeCounty',
      'delisted',
      'merged',
      'dismissed',
    ]) {
      expect(coverage.get(reached) ?? 0, reached).toBeGreaterThan(0);
    }
  });
});

describe('blockedHazardActions', () => {
  const listing = { level: 'county' as const, orgId: 'committee-county' };
  const awaiting = { ...baseFacts, status: 'pending_verification' as const, level: 'major' as const, planComplete: true };
  const planReason = '重大事故隐患须先提交完整的治理方案（五落实：责任、措施、资金、时限、预案）';
  const listedReason = '该隐患正在挂牌督办，须由挂牌单位摘牌后方可验收销号';
  const cases: [string, HazardFacts, ActorKind, { action: HazardAction; reason: string }[]][] = [
    ['listed, awaiting verification: the verifier is told why 验收销号 is missing', { ...awaiting, listing }, 'regulatorOfSector', [{ action: 'verify', reason: listedReason }]],
    ['listed: someone who could not verify anyway is told nothing', { ...awaiting, listing }, 'committeeCounty', []],
    ['listed: nor is the enterprise (a major hazard is never its to verify)', { ...awaiting, listing }, 'enterpriseOwn', []],
    ['not listed: nothing is held back', awaiting, 'regulatorOfSector', []],
    [
      'major without 五落实: the enterprise is told why it cannot report, complete or ask for more time',
      { ...baseFacts, status: 'rectifying', level: 'major' },
      'enterpriseOwn',
      [
        { action: 'report_progress', reason: planReason },
        { action: 'request_extension', reason: planReason },
        { action: 'complete', reason: planReason },
      ],
    ],
    ['major without 五落实: staff, who never complete, are told nothing', { ...baseFacts, status: 'rectifying', level: 'major' }, 'regulatorOfSector', []],
    ['major without 五落实, extension pending: request_extension is refused for that, not held back', { ...baseFacts, status: 'rectifying', level: 'major', pendingExtension: true }, 'enterpriseOwn', [
      { action: 'report_progress', reason: planReason },
      { action: 'complete', reason: planReason },
    ]],
    ['closed: nothing', { ...awaiting, status: 'closed', listing }, 'regulatorOfSector', []],
  ];
  it.each(cases)('%s', (_name, facts, actor, expected) => {
    const blocked = blockedHazardActions(facts, actors[actor]);
    expect([...blocked].sort((a, b) => hazardActions.indexOf(a.action) - hazardActions.indexOf(b.action))).toEqual(
      [...expected].sort((a, b) => hazardActions.indexOf(a.action) - hazardActions.indexOf(b.action)),
    );
  });
});
