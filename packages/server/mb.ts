import { loadCases, referenceIndex } from './src/modules/grading/eval/evaluate.ts';
import { suggestCriteria, standardsInForce } from '@zhiben/core';
const { index, standards } = referenceIndex();
const cases = loadCases();
const allowed = new Set(standardsInForce(standards, '2026-11-20'));
for (let k = 0; k < 5; k++) for (const c of cases) suggestCriteria(index, c.description, { allowedStandards: allowed, limit: 3 });
const t = performance.now();
let n = 0;
for (let k = 0; k < 40; k++) for (const c of cases) { suggestCriteria(index, c.description, { allowedStandards: allowed, limit: 3 }); n++; }
console.log('per suggestion ms', ((performance.now() - t) / n).toFixed(3));
