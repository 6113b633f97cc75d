// Replays a published 双随机 draw without the database or the server (docs/random-draws.md):
//   curl -o draw.json https://<host>/api/public/random-draws/<id>
//   npx tsx scripts/replay-draw.ts draw.json
// or from the three published parts: npx tsx scripts/replay-draw.ts --inputs 输入清单.txt --seed <hex> --public '5 2 8'
// It checks the inputs and the seed against the hashes published before the draw, recomputes the picks with the
// same code as the server and the verify page (core runDraw: HMAC-SM3 stream, rejection sampling, partial
// Fisher–Yates per stratum, least-loaded random teams), prints them, and exits 1 when anything differs.
import fs from 'node:fs';
import { drawResultText, parseDrawInputsText, runDraw, seedHash, type DrawPick } from '../packages/core/src/draw/draw.ts';
import { sm3, toHex, utf8 } from '../packages/core/src/draw/sm3.ts';

type Published = {
  drawNo?: string;
  inputsText: string;
  inputsHash?: string;
  seedHash?: string;
  seed: string | null;
  publicValue: string | null;
  result?: { order: number; candidateId: string; stratum: string; team: { id: string }[] }[] | null;
};

function argValue(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

function load(): Published {
  const inputs = argValue('--inputs');
  if (inputs) return { inputsText: fs.readFileSync(inputs, 'utf8'), seed: argValue('--seed') ?? null, publicValue: argValue('--public') ?? null };
  const file = process.argv[2];
  if (!file) {
    console.error('用法：npx tsx scripts/replay-draw.ts draw.json  或  --inputs 输入清单.txt --seed <hex> --public <公开随机数>');
    process.exit(2);
  }
  return JSON.parse(fs.readFileSync(file, 'utf8')) as Published;
}

const published = load();
const parsed = parseDrawInputsText(published.inputsText);
if (!('inputs' in parsed)) {
  console.error(`输入清单格式有误：${parsed.error}`);
  process.exit(1);
}
const { inputs } = parsed;
let ok = true;
const say = (pass: boolean, text: string) => {
  ok &&= pass;
  console.log(`${pass ? '✓' : '✗'} ${text}`);
};
// The text as published is what the hash covers (a reordered or edited text does not match).
const hash = toHex(sm3(utf8(published.inputsText)));
console.log(`抽查 ${inputs.drawNo}：${inputs.candidates.length} 家企业，${inputs.strata.length} 层，${inputs.inspectors.length} 名检查人员，每组 ${inputs.teamSize} 人，回避 ${inputs.avoid.length} 对`);
console.log(`输入清单 SM3：${hash}`);
if (published.inputsHash) say(hash === published.inputsHash, '输入清单与公告的哈希一致');
if (!published.seed || published.publicValue === null) {
  console.log('尚未抽取：种子和公开随机数在抽取后公布。');
  process.exit(ok ? 0 : 1);
}
if (published.seedHash) say(seedHash(published.seed) === published.seedHash, '种子与公告的哈希一致');
const started = performance.now();
const picks = runDraw(inputs, published.seed, published.publicValue, { inputsHash: hash });
const ms = performance.now() - started;
const names = new Map(inputs.candidates.map((c) => [c.id, c.name]));
const people = new Map(inputs.inspectors.map((i) => [i.id, i.name]));
for (const p of picks.slice(0, 50)) console.log(`${p.order}\t${names.get(p.candidateId) ?? p.candidateId}\t${p.stratum}\t${p.team.map((id) => people.get(id) ?? id).join('、')}`);
if (picks.length > 50) console.log(`……共 ${picks.length} 家`);
console.log(`复算用时 ${ms.toFixed(0)} ms`);
if (published.result) {
  const theirs: DrawPick[] = published.result.map((p) => ({ order: p.order, candidateId: p.candidateId, stratum: p.stratum, team: p.team.map((m) => m.id) }));
  say(drawResultText(picks) === drawResultText(theirs), '复算结果与公布的结果一致');
}
process.exit(ok ? 0 : 1);
