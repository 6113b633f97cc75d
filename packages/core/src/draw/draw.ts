// 双随机 draws (MODULES A-4) as a pure, replayable function. The inputs are written out as one canonical text (one
// line per stratum, candidate, inspector and avoidance pair, sorted), whose SM3 hash is published with the hash of a
// secret seed before the draw (the commitment, 计划公告). On the draw date the officer enters a public value nobody
// knew at commitment time (e.g. that day's 福彩 number); the generator is HMAC-SM3 keyed with the seed over the inputs
// hash, the public value and a counter, and indices come from rejection sampling (no modulo bias). Anyone with the
// published inputs, seed and public value gets the same result: the verify page, the server and
// scripts/replay-draw.ts all call runDraw. docs/random-draws.md describes the same steps for other languages.

import { fromHex, hmacSm3, sm3, toHex, utf8 } from './sm3.ts';

export const DRAW_FORMAT = 'zhiben-random-draw v1';

export type DrawStratum = { key: string; label: string; sampleSize: number };
export type DrawCandidate = { id: string; name: string; stratum: string };
export type DrawInspector = { id: string; name: string };
/** An inspector who may not inspect a candidate: a recorded conflict, or he inspected it last time. */
export type DrawAvoidance = { candidateId: string; inspectorId: string };

export type DrawInputs = {
  drawNo: string;
  teamSize: number;
  strata: readonly DrawStratum[];
  candidates: readonly DrawCandidate[];
  inspectors: readonly DrawInspector[];
  avoid: readonly DrawAvoidance[];
};

export type DrawPick = { order: number; candidateId: string; stratum: string; team: string[] };

const byString = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
/** Tabs and line breaks would change the lines' shape; names keep everything else. */
const clean = (text: string): string => text.replace(/[\t\r\n]+/g, ' ').trim();

/** The inputs in their one canonical order (what the text lists and the draw walks). */
export function canonicalDrawInputs(inputs: DrawInputs): DrawInputs {
  return {
    drawNo: clean(inputs.drawNo),
    teamSize: inputs.teamSize,
    strata: [...inputs.strata].map((s) => ({ key: clean(s.key), label: clean(s.label), sampleSize: s.sampleSize })).sort((a, b) => byString(a.key, b.key)),
    candidates: [...inputs.candidates].map((c) => ({ id: clean(c.id), name: clean(c.name), stratum: clean(c.stratum) })).sort((a, b) => byString(a.id, b.id)),
    inspectors: [...inputs.inspectors].map((i) => ({ id: clean(i.id), name: clean(i.name) })).sort((a, b) => byString(a.id, b.id)),
    avoid: [...inputs.avoid].map((a) => ({ candidateId: clean(a.candidateId), inspectorId: clean(a.inspectorId) })).sort((a, b) => byString(a.candidateId, b.candidateId) || byString(a.inspectorId, b.inspectorId)),
  };
}

/** The canonical text of the inputs: what the published inputs hash covers. */
export function drawInputsText(inputs: DrawInputs): string {
  const c = canonicalDrawInputs(inputs);
  const lines = [DRAW_FORMAT, `draw\t${c.drawNo}`, `team\t${c.teamSize}`];
  for (const s of c.strata) lines.push(`stratum\t${s.key}\t${s.sampleSize}\t${s.label}`);
  for (const k of c.candidates) lines.push(`candidate\t${k.id}\t${k.stratum}\t${k.name}`);
  for (const i of c.inspectors) lines.push(`inspector\t${i.id}\t${i.name}`);
  for (const a of c.avoid) lines.push(`avoid\t${a.candidateId}\t${a.inspectorId}`);
  return `${lines.join('\n')}\n`;
}

export const drawInputsHash = (inputs: DrawInputs): string => toHex(sm3(utf8(drawInputsText(inputs))));

/** The published hash of the seed (hex of 32 random bytes). */
export function seedHash(seedHex: string): string {
  const seed = fromHex(seedHex);
  if (!seed || seed.length === 0) throw new Error('seed must be hex');
  return toHex(sm3(seed));
}

/**
 * The random stream of a draw: block i = HMAC-SM3(seed, "<inputsHash>|<publicValue>|<i>"), read as big-endian
 * 32-bit words; `below(n)` takes words until one is under the largest multiple of n (rejection sampling).
 */
export function drawStream(seedHex: string, inputsHash: string, publicValue: string): { below(n: number): number } {
  const key = fromHex(seedHex);
  if (!key) throw new Error('seed must be hex');
  let counter = 0;
  let words: number[] = [];
  const next = (): number => {
    if (words.length === 0) {
      const block = hmacSm3(key, utf8(`${inputsHash}|${clean(publicValue)}|${counter}`));
      counter += 1;
      const view = new DataView(block.buffer, block.byteOffset, block.byteLength);
      words = [0, 1, 2, 3, 4, 5, 6, 7].map((i) => view.getUint32(i * 4));
    }
    return words.shift() ?? 0;
  };
  return {
    below(n: number): number {
      if (!Number.isInteger(n) || n < 1 || n > 0x100000000) throw new Error(`below(${n})`);
      if (n === 1) return 0;
      const limit = 0x100000000 - (0x100000000 % n);
      for (;;) {
        const x = next();
        if (x < limit) return x % n;
      }
    },
  };
}

/**
 * The draw: stratum by stratum (in key order), a partial Fisher–Yates shuffle of the stratum's candidates (in id
 * order) picks min(sampleSize, size) of them; then each pick, in draw order, gets a team of `teamSize` inspectors
 * it does not have to avoid, each seat taken at random among the eligible inspectors with the fewest seats so far
 * (so the work is spread evenly). Deterministic in (inputs, seed, public value).
 */
export function runDraw(inputs: DrawInputs, seedHex: string, publicValue: string, known: { inputsHash?: string } = {}): DrawPick[] {
  const c = canonicalDrawInputs(inputs);
  // `known.inputsHash`: the hash the caller already took of these inputs' text (replaying from the text itself).
  const random = drawStream(seedHex, known.inputsHash ?? drawInputsHash(c), publicValue);
  const byStratum = new Map<string, DrawCandidate[]>();
  for (const k of c.candidates) {
    const list = byStratum.get(k.stratum);
    if (list) list.push(k);
    else byStratum.set(k.stratum, [k]);
  }
  const picks: { candidateId: string; stratum: string }[] = [];
  for (const s of c.strata) {
    const members = byStratum.get(s.key) ?? [];
    const take = Math.min(Math.max(0, s.sampleSize), members.length);
    const index = members.map((_, i) => i);
    for (let i = 0; i < take; i++) {
      const j = i + random.below(members.length - i);
      const chosen = index[j] ?? 0;
      index[j] = index[i] ?? 0;
      index[i] = chosen;
      const k = members[chosen];
      if (k) picks.push({ candidateId: k.id, stratum: s.key });
    }
  }
  const avoided = avoidanceOf(c.avoid);
  const seats = new Map<string, number>(c.inspectors.map((i) => [i.id, 0]));
  return picks.map((p, order) => {
    const blocked = avoided.get(p.candidateId);
    const team: string[] = [];
    for (let seat = 0; seat < c.teamSize; seat++) {
      const eligible = c.inspectors.filter((i) => !blocked?.has(i.id) && !team.includes(i.id));
      if (eligible.length === 0) break; // refused before commitment (explainDrawRefused); kept total for replays
      const fewest = Math.min(...eligible.map((i) => seats.get(i.id) ?? 0));
      const tied = eligible.filter((i) => (seats.get(i.id) ?? 0) === fewest);
      const inspector = tied[random.below(tied.length)];
      if (!inspector) break;
      team.push(inspector.id);
      seats.set(inspector.id, fewest + 1);
    }
    return { order: order + 1, candidateId: p.candidateId, stratum: p.stratum, team };
  });
}

/** The inspectors each candidate must not get, by candidate id. */
function avoidanceOf(avoid: readonly DrawAvoidance[]): Map<string, Set<string>> {
  const avoided = new Map<string, Set<string>>();
  for (const a of avoid) {
    const set = avoided.get(a.candidateId) ?? new Set<string>();
    set.add(a.inspectorId);
    avoided.set(a.candidateId, set);
  }
  return avoided;
}

/** The canonical text of a result (one line per pick) and its hash, recorded with the draw event. */
export function drawResultText(picks: readonly DrawPick[]): string {
  return picks.map((p) => `${p.order}\t${p.candidateId}\t${p.stratum}\t${p.team.join(',')}\n`).join('');
}
export const drawResultHash = (picks: readonly DrawPick[]): string => toHex(sm3(utf8(drawResultText(picks))));

/** Law enforcement needs at least two officers (行政处罚法 第四十二条); a draw never makes smaller teams. */
export const MIN_TEAM_SIZE = 2;
export const MAX_TEAM_SIZE = 10;

export type DrawRefusal = { field: string; message: string };

/**
 * Why a definition cannot be committed (checked before any commitment is published): an empty pool, no sample, a
 * team larger than the inspector pool, or a candidate whose avoidances leave no full team.
 */
export function explainDrawRefused(inputs: DrawInputs): DrawRefusal | null {
  if (!Number.isInteger(inputs.teamSize) || inputs.teamSize < MIN_TEAM_SIZE || inputs.teamSize > MAX_TEAM_SIZE) {
    return { field: 'teamSize', message: `每组检查人员须为${MIN_TEAM_SIZE}至${MAX_TEAM_SIZE}人（执法检查不得少于两人）` };
  }
  if (inputs.candidates.length === 0) return { field: 'pool', message: '按所选条件，检查对象名录库中没有可抽取的企业，请放宽条件' };
  const total = inputs.strata.reduce((sum, s) => sum + Math.min(s.sampleSize, inputs.candidates.filter((c) => c.stratum === s.key).length), 0);
  if (total === 0) return { field: 'sample', message: '抽取数量为0，请调整抽取比例或数量' };
  if (inputs.inspectors.length === 0) return { field: 'inspectors', message: '执法检查人员名录库中没有持有效执法证件的人员' };
  if (inputs.inspectors.length < inputs.teamSize) {
    return { field: 'teamSize', message: `执法检查人员名录库只有${inputs.inspectors.length}人，少于每组${inputs.teamSize}人` };
  }
  const avoided = avoidanceOf(inputs.avoid);
  const ids = new Set(inputs.inspectors.map((i) => i.id));
  for (const k of inputs.candidates) {
    const blocked = avoided.get(k.id);
    if (!blocked) continue;
    const left = [...ids].filter((id) => !blocked.has(id)).length;
    if (left < inputs.teamSize) return { field: 'avoid', message: `「${k.name}」回避后只剩${left}名检查人员，不足每组${inputs.teamSize}人` };
  }
  return null;
}

/** Sample size of a stratum of `size` candidates: a fixed number, or a rate in percent rounded up. */
export function stratumSampleSize(size: number, sample: { kind: 'count'; count: number } | { kind: 'rate'; percent: number }): number {
  if (sample.kind === 'count') return Math.min(size, Math.max(0, Math.floor(sample.count)));
  return Math.min(size, Math.max(0, Math.ceil((size * Math.max(0, sample.percent)) / 100 - 1e-9)));
}

/** The replay of a published draw: recomputed picks and whether they are the published ones. */
export function replayDraw(published: { inputs: DrawInputs; inputsHash: string; seedHash: string; seed: string; publicValue: string; result: readonly DrawPick[] }): {
  inputsHashMatches: boolean;
  seedHashMatches: boolean;
  resultMatches: boolean;
  picks: DrawPick[];
} {
  const inputsHash = drawInputsHash(published.inputs);
  return compare(published, inputsHash, runDraw(published.inputs, published.seed, published.publicValue, { inputsHash }));
}

/**
 * The replay from the published inputs text as it was published (the verify page, the script, the server's public
 * notice): the text is hashed once as it is, then read and drawn. A text that is not canonical does not match its
 * hash, whatever its lines say.
 */
export function replayDrawText(published: { inputsText: string; inputsHash: string; seedHash: string; seed: string; publicValue: string; result: readonly DrawPick[] }):
  | { inputsHashMatches: boolean; seedHashMatches: boolean; resultMatches: boolean; picks: DrawPick[]; inputs: DrawInputs }
  | { error: string } {
  const parsed = parseDrawInputsText(published.inputsText);
  if (!('inputs' in parsed)) return parsed;
  const inputsHash = toHex(sm3(utf8(published.inputsText)));
  return { ...compare(published, inputsHash, runDraw(parsed.inputs, published.seed, published.publicValue, { inputsHash })), inputs: parsed.inputs };
}

function compare(published: { inputsHash: string; seedHash: string; seed: string; result: readonly DrawPick[] }, inputsHash: string, picks: DrawPick[]) {
  return {
    inputsHashMatches: inputsHash === published.inputsHash,
    seedHashMatches: seedHash(published.seed) === published.seedHash,
    resultMatches: drawResultText(picks) === drawResultText(published.result),
    picks,
  };
}

/**
 * The inputs back from their canonical text (what the public API and the replay script receive); null with the line
 * number when the text is not in the format.
 */
export function parseDrawInputsText(text: string): { inputs: DrawInputs } | { error: string } {
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  if (lines[0] !== DRAW_FORMAT) return { error: `第1行应为「${DRAW_FORMAT}」` };
  const inputs: { drawNo: string; teamSize: number; strata: DrawStratum[]; candidates: DrawCandidate[]; inspectors: DrawInspector[]; avoid: DrawAvoidance[] } = {
    drawNo: '',
    teamSize: 0,
    strata: [],
    candidates: [],
    inspectors: [],
    avoid: [],
  };
  for (const [i, line] of lines.entries()) {
    if (i === 0) continue;
    const [tag = '', a = '', b = '', c = ''] = line.split('\t');
    switch (tag) {
      case 'draw':
        inputs.drawNo = a;
        break;
      case 'team':
        inputs.teamSize = Number(a);
        break;
      case 'stratum':
        inputs.strata.push({ key: a, sampleSize: Number(b), label: c });
        break;
      case 'candidate':
        inputs.candidates.push({ id: a, stratum: b, name: c });
        break;
      case 'inspector':
        inputs.inspectors.push({ id: a, name: b });
        break;
      case 'avoid':
        inputs.avoid.push({ candidateId: a, inspectorId: b });
        break;
      default:
        return { error: `第${i + 1}行无法识别` };
    }
  }
  return { inputs };
}
