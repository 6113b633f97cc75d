import fs from 'node:fs';
import { createRandom, quickCheck, suggestCriteria } from '@zhiben/core';
import { buildGrader } from '../packages/server/src/modules/grading/grading.grader.ts';
const { data, cases } = JSON.parse(fs.readFileSync('/tmp/gdata.json', 'utf8'));
const grader = buildGrader(data);
const descriptions = [...cases, '车间灭火器压力不足', '配电箱未张贴警示标识', '员工未正确佩戴防尘口罩', '车间通道堆放物料', '罐区巡检记录填写不完整'];
const places = ['一号车间', '二号车间', '仓库', '罐区', '配电室', '办公楼', '装卸区', '锅炉房'];
const random = createRandom(1);
const texts = Array.from({ length: 10000 }, (_, i) => `${random.pick(places)}${random.pick(descriptions)}（第${i}条）`);
const allowed = grader.inForce('2026-11-20');
const out: string[] = [];
for (const x of texts.slice(0, 3000)) out.push(JSON.stringify(quickCheck(grader.index, x, { allowedStandards: allowed, citedIds: ['GM10-13-2', 'HG2017-5'] })));
for (const x of texts.slice(0, 300)) out.push(JSON.stringify(suggestCriteria(grader.index, x, { allowedStandards: allowed, preferredStandards: new Set(['MEM-10-2023']) })));
fs.writeFileSync(process.env.OUT!, out.join('\n'));
const all: number[] = [];
for (let k = 0; k < 8; k++) { const t = performance.now(); for (const x of texts) quickCheck(grader.index, x, { allowedStandards: allowed }); all.push((performance.now() - t) / 10); }
console.log('quickCheck µs/row', all.map((x) => x.toFixed(1)).join(' '));
const s: number[] = [];
for (let k = 0; k < 4; k++) { const t = performance.now(); for (const x of texts.slice(0, 1000)) suggestCriteria(grader.index, x, { allowedStandards: allowed, limit: 3 }); s.push(performance.now() - t); }
console.log('suggest(limit 3) µs/row', s.map((x) => x.toFixed(1)).join(' '));
