import { createHash, createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { flatActor } from '../workflow/actor.ts';
import {
  drawInputsHash,
  drawInputsText,
  drawResultText,
  parseDrawInputsText,
  drawStream,
  explainDrawRefused,
  replayDraw,
  replayDrawText,
  runDraw,
  seedHash,
  stratumSampleSize,
  type DrawInputs,
} from './draw.ts';
import { drawActionRequirements, drawActions, drawMachine, explainDrawDenied, type DrawFacts } from './draw-machine.ts';
import { fromHex, hmacSm3, sm3, sm3Hex, toHex, utf8 } from './sm3.ts';

describe('SM3 and HMAC-SM3', () => {
  it('gives the GB/T 32905 examples', () => {
    expect(sm3Hex('abc')).toBe('66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0');
    expect(sm3Hex('abcd'.repeat(16))).toBe('debe9ff92275b8a138604889c18e5a4d6fdb70e5387e5765293dcba39c0c5732');
  });

  it('agrees with node:crypto for every length around the block edges and any key', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), fc.uint8Array({ maxLength: 150 }), (message, key) => {
        expect(toHex(sm3(message))).toBe(createHash('sm3').update(message).digest('hex'));
        expect(toHex(hmacSm3(key, message))).toBe(createHmac('sm3', key).update(message).digest('hex'));
      }),
      { numRuns: 300 },
    );
  });

  it('reads hex and refuses what is not hex', () => {
    expect(fromHex('00ff10')).toEqual(new Uint8Array([0, 255, 16]));
    expect(fromHex('abc')).toBeNull();
    expect(fromHex('zz')).toBeNull();
  });
});

const seedOf = (n: number) => sm3Hex(`seed ${n}`);

function inputs(over: Partial<DrawInputs> = {}): DrawInputs {
  const candidates = Array.from({ length: 30 }, (_, i) => ({ id: `e${String(i).padStart(3, '0')}`, name: `（示例）企业${i}`, stratum: i % 3 === 0 ? 'A' : 'B' }));
  return {
    drawNo: 'CC-2026-001',
    teamSize: 2,
    strata: [
      { key: 'A', label: '甲镇', sampleSize: 3 },
      { key: 'B', label: '乙镇', sampleSize: 5 },
    ],
    candidates,
    inspectors: Array.from({ length: 6 }, (_, i) => ({ id: `u${i}`, name: `检查员${i}` })),
    avoid: [
      { candidateId: 'e000', inspectorId: 'u0' },
      { candidateId: 'e000', inspectorId: 'u1' },
    ],
    ...over,
  };
}

describe('runDraw', () => {
  it('is the same for the same inputs in any order, and names what it picked', () => {
    const base = inputs();
    const shuffled: DrawInputs = { ...base, candidates: [...base.candidates].reverse(), inspectors: [...base.inspectors].reverse(), strata: [...base.strata].reverse() };
    const a = runDraw(base, seedOf(1), '12345');
    expect(runDraw(shuffled, seedOf(1), '12345')).toEqual(a);
    expect(drawInputsHash(shuffled)).toBe(drawInputsHash(base));
    expect(a.map((p) => p.stratum)).toEqual(['A', 'A', 'A', 'B', 'B', 'B', 'B', 'B']);
    expect(a.map((p) => p.order)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it('changes when one candidate, one bit of the seed or the public value changes', () => {
    const base = inputs();
    const result = drawResultText(runDraw(base, seedOf(1), '12345'));
    const renamed = { ...base, candidates: base.candidates.map((c, i) => (i === 17 ? { ...c, name: `${c.name}有限公司` } : c)) };
    expect(drawInputsHash(renamed)).not.toBe(drawInputsHash(base));
    expect(drawResultText(runDraw(renamed, seedOf(1), '12345'))).not.toBe(result);
    const seed = fromHex(seedOf(1)) ?? new Uint8Array();
    seed[31] = (seed[31] ?? 0) ^ 1;
    expect(drawResultText(runDraw(base, toHex(seed), '12345'))).not.toBe(result);
    expect(drawResultText(runDraw(base, seedOf(1), '12346'))).not.toBe(result);
  });

  it('picks distinct candidates of each stratum and full teams nobody has to avoid, with seats spread evenly', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_000_000 }), fc.integer({ min: 0, max: 12 }), fc.integer({ min: 2, max: 4 }), (n, sizeB, teamSize) => {
        const draw = inputs({ teamSize, strata: [{ key: 'A', label: '甲镇', sampleSize: 2 }, { key: 'B', label: '乙镇', sampleSize: sizeB }] });
        const picks = runDraw(draw, seedOf(n), String(n));
        expect(new Set(picks.map((p) => p.candidateId)).size).toBe(picks.length);
        expect(picks.filter((p) => p.stratum === 'B')).toHaveLength(sizeB);
        for (const p of picks) {
          expect(draw.candidates.find((c) => c.id === p.candidateId)?.stratum).toBe(p.stratum);
          expect(new Set(p.team).size).toBe(teamSize);
          for (const u of p.team) expect(draw.avoid.some((a) => a.candidateId === p.candidateId && a.inspectorId === u)).toBe(false);
        }
        const seats = draw.inspectors.map((i) => picks.filter((p) => p.team.includes(i.id)).length);
        // Every seat goes to an eligible inspector with the fewest seats: loads never differ by more than the avoidance allows.
        expect(Math.max(...seats) - Math.min(...seats)).toBeLessThanOrEqual(2);
      }),
      { numRuns: 150 },
    );
  });

  it('takes a whole stratum when the sample is larger than it', () => {
    const picks = runDraw(inputs({ strata: [{ key: 'A', label: '甲镇', sampleSize: 99 }] }), seedOf(2), 'x');
    expect(picks).toHaveLength(10);
  });

  it('shows no selection bias over many seeds (chi-square, 11 degrees of freedom, p = 0.001)', () => {
    const candidates = Array.from({ length: 12 }, (_, i) => ({ id: `c${String(i).padStart(2, '0')}`, name: `对象${i}`, stratum: 'S' }));
    const draw: DrawInputs = { drawNo: 'X', teamSize: 2, strata: [{ key: 'S', label: '全部', sampleSize: 4 }], candidates, inspectors: [{ id: 'a', name: 'a' }, { id: 'b', name: 'b' }], avoid: [] };
    const runs = 3000;
    const chosen = new Array<number>(12).fill(0);
    const first = new Array<number>(12).fill(0);
    for (let n = 0; n < runs; n++) {
      const picks = runDraw(draw, seedOf(n), '2026-12-05');
      for (const p of picks) chosen[Number(p.candidateId.slice(1))]! += 1;
      first[Number(picks[0]?.candidateId.slice(1))]! += 1;
    }
    const chiSquare = (observed: number[], expected: number) => observed.reduce((sum, o) => sum + (o - expected) ** 2 / expected, 0);
    expect(chiSquare(chosen, (runs * 4) / 12)).toBeLessThan(31.26);
    expect(chiSquare(first, runs / 12)).toBeLessThan(31.26);
    // A modulo-biased index would fail this: 2^32 mod 7 ≠ 0, so below(7) must reject some words.
    const stream = drawStream(seedOf(9), 'h', 'p');
    const counts = new Array<number>(7).fill(0);
    for (let i = 0; i < 70_000; i++) counts[stream.below(7)]! += 1;
    expect(chiSquare(counts, 10_000)).toBeLessThan(22.46);
  });

  it('replays from the published inputs alone and says which part does not match', () => {
    const draw = inputs();
    const seed = seedOf(5);
    const result = runDraw(draw, seed, '888');
    const published = { inputs: draw, inputsHash: drawInputsHash(draw), seedHash: seedHash(seed), seed, publicValue: '888', result };
    expect(replayDraw(published)).toMatchObject({ inputsHashMatches: true, seedHashMatches: true, resultMatches: true });
    expect(replayDraw({ ...published, result: result.map((p, i) => (i === 0 ? { ...p, team: [...p.team].reverse() } : p)) }).resultMatches).toBe(false);
    expect(replayDraw({ ...published, seed: seedOf(6) })).toMatchObject({ seedHashMatches: false, resultMatches: false });
    expect(replayDraw({ ...published, inputs: { ...draw, teamSize: 3 } }).inputsHashMatches).toBe(false);
  });
});

describe('replayDrawText', () => {
  it('hashes the text as published: canonical text matches, the same lines reordered do not', () => {
    const draw = inputs();
    const seed = seedOf(7);
    const text = drawInputsText(draw);
    const result = runDraw(draw, seed, '1');
    const published = { inputsText: text, inputsHash: drawInputsHash(draw), seedHash: seedHash(seed), seed, publicValue: '1', result };
    expect(replayDrawText(published)).toMatchObject({ inputsHashMatches: true, seedHashMatches: true, resultMatches: true });
    const lines = text.trimEnd().split('\n');
    const reordered = `${[lines[0], ...lines.slice(1).reverse()].join('\n')}\n`;
    expect(replayDrawText({ ...published, inputsText: reordered })).toMatchObject({ inputsHashMatches: false });
    expect(replayDrawText({ ...published, inputsText: 'nonsense' })).toEqual({ error: expect.stringContaining('第1行') });
  });
});

describe('the inputs text', () => {
  it('reads back to the same inputs, hash and draw', () => {
    const draw = inputs();
    const parsed = parseDrawInputsText(drawInputsText(draw));
    if (!('inputs' in parsed)) throw new Error(parsed.error);
    expect(drawInputsHash(parsed.inputs)).toBe(drawInputsHash(draw));
    expect(drawInputsText(parsed.inputs)).toBe(drawInputsText(draw));
    expect(runDraw(parsed.inputs, seedOf(3), 'v')).toEqual(runDraw(draw, seedOf(3), 'v'));
  });

  it('names the line it cannot read', () => {
    expect(parseDrawInputsText('x\n')).toEqual({ error: expect.stringContaining('第1行') });
    expect(parseDrawInputsText(`${drawInputsText(inputs())}oops\tx\n`)).toEqual({ error: expect.stringMatching(/^第\d+行无法识别$/) });
  });
});

describe('explainDrawRefused', () => {
  it.each([
    ['an empty pool', inputs({ candidates: [] }), 'pool', '没有可抽取的企业'],
    ['a team of one', inputs({ teamSize: 1 }), 'teamSize', '不得少于两人'],
    ['a team larger than the inspector pool', inputs({ teamSize: 7 }), 'teamSize', '只有6人，少于每组7人'],
    ['no inspectors', inputs({ inspectors: [] }), 'inspectors', '没有持有效执法证件'],
    ['a sample of nothing', inputs({ strata: [{ key: 'A', label: '甲镇', sampleSize: 0 }] }), 'sample', '抽取数量为0'],
    [
      'an avoidance that leaves no team',
      inputs({ avoid: ['u0', 'u1', 'u2', 'u3', 'u4'].map((u) => ({ candidateId: 'e004', inspectorId: u })) }),
      'avoid',
      '「（示例）企业4」回避后只剩1名检查人员',
    ],
  ])('refuses %s', (_, draw, field, message) => {
    const refusal = explainDrawRefused(draw);
    expect(refusal?.field).toBe(field);
    expect(refusal?.message).toContain(message);
  });

  it('accepts a definition every candidate can get a team for', () => {
    expect(explainDrawRefused(inputs())).toBeNull();
  });

  it.each([
    [10, { kind: 'rate', percent: 5 } as const, 1],
    [100, { kind: 'rate', percent: 5 } as const, 5],
    [101, { kind: 'rate', percent: 5 } as const, 6],
    [3, { kind: 'count', count: 5 } as const, 3],
    [30, { kind: 'count', count: 5 } as const, 5],
    [30, { kind: 'rate', percent: 0 } as const, 0],
  ])('stratum of %i with %o samples %i', (size, sample, expected) => {
    expect(stratumSampleSize(size, sample)).toBe(expected);
  });
});

describe('the draw machine', () => {
  const org = { id: 'org-1', kind: 'regulator' as const, regionCode: '341621', sectors: ['hazchem'] };
  const officer = (userId: string) => flatActor({ userId, roles: ['regulator_officer'], org, enterpriseId: null });
  const facts = (over: Partial<DrawFacts> = {}): DrawFacts => ({ status: 'committed', orgId: 'org-1', createdBy: 'u-a', drawnBy: null, drawOn: '2026-12-10', today: '2026-12-10', openInspections: 0, ...over });

  it.each([
    ['draw before the draw date', facts({ today: '2026-12-09' }), 'u-a', 'draw', '须在公告的抽取日期（2026-12-10）当日或之后抽取'],
    ['draw on the date', facts(), 'u-a', 'draw', null],
    ['a second draw', facts({ status: 'drawn', drawnBy: 'u-a' }), 'u-b', 'draw', '抽查当前为「已抽取待审核」，不能抽取'],
    ['approval by the drawer', facts({ status: 'drawn', drawnBy: 'u-b' }), 'u-b', 'approve', '另一名工作人员审核'],
    ['approval by the creator', facts({ status: 'drawn', drawnBy: 'u-b' }), 'u-a', 'approve', '另一名工作人员审核'],
    ['approval by a third officer', facts({ status: 'drawn', drawnBy: 'u-b' }), 'u-c', 'approve', null],
    ['results with inspections open', facts({ status: 'approved', openInspections: 2 }), 'u-a', 'publish_results', '尚有2家企业的检查未完成'],
    ['results when all are done', facts({ status: 'approved' }), 'u-a', 'publish_results', null],
    ['a cancel on the draw date', facts(), 'u-a', 'cancel', '不能再作废'],
    ['a cancel before it', facts({ today: '2026-12-09' }), 'u-a', 'cancel', null],
  ] as const)('%s', (_, f, user, action, reason) => {
    const refusal = explainDrawDenied(f, officer(user), action);
    if (reason === null) expect(refusal).toBeNull();
    else expect(refusal).toContain(reason);
  });

  it('refuses everyone outside the organising org, for every action', () => {
    const other = flatActor({ userId: 'x', roles: ['regulator_officer'], org: { ...org, id: 'org-2' }, enterpriseId: null });
    for (const status of ['committed', 'drawn', 'approved'] as const) expect(drawMachine.allowedActions(facts({ status, today: '2026-12-09' }), other)).toEqual([]);
  });

  it('asks for the public value on draw and a reason on cancel', () => {
    expect(drawActionRequirements('draw', '2026-12-10', '福彩3D').publicValue?.required).toBe(true);
    expect(drawActionRequirements('cancel', '2026-12-10', '').reason?.required).toBe(true);
    for (const action of drawActions) expect(drawActionRequirements(action, '2026-12-10', '')).toBeTypeOf('object');
  });
});

describe('utf8', () => {
  it('encodes Chinese as three bytes per character', () => {
    expect(utf8('治本')).toHaveLength(6);
  });
});
