// npm run eval:grading [-- --verbose]: top-1 / top-3 accuracy on major cases and the false-major rate on general
// cases of the 判定助手 evaluation set, overall, per split (tune / holdout) and per standard.
import { figuresOf, loadCases, referenceIndex, runCases, type CaseOutcome } from '../packages/server/src/modules/grading/eval/evaluate.ts';

const verbose = process.argv.includes('--verbose');
const pct = (n: number, d: number) => (d === 0 ? '   —  ' : `${((100 * n) / d).toFixed(1).padStart(5)}%`);

function line(label: string, outcomes: readonly CaseOutcome[]) {
  const f = figuresOf(outcomes);
  const major = f.major > 0 ? `major ${String(f.major).padStart(3)}  top-1 ${pct(f.top1, f.major)}  top-3 ${pct(f.top3, f.major)}  called major ${pct(f.majorCalledMajor, f.major)}` : ''.padEnd(70);
  const general = f.general > 0 ? `  general ${String(f.general).padStart(3)}  false-major ${pct(f.falseMajor, f.general)}  uncertain ${pct(f.generalUncertain, f.general)}` : '';
  console.log(`${label.padEnd(22)} ${major}${general}`);
}

const started = performance.now();
const { index, standards } = referenceIndex();
const cases = loadCases();
const outcomes = runCases(cases, index, standards);
const elapsed = performance.now() - started;

console.log(`判定助手 evaluation: ${cases.length} cases (${cases.filter((c) => c.label === 'major').length} major, ${cases.filter((c) => c.label === 'general').length} general), index ${index.docs.length} items, ${elapsed.toFixed(0)} ms\n`);
line('all', outcomes);
line('split: tune', outcomes.filter((o) => o.case.split === 'tune'));
line('split: holdout', outcomes.filter((o) => o.case.split === 'holdout'));
console.log('\nper standard (major cases by the cited item; general cases have none):');
const byStandard = new Map<string, CaseOutcome[]>();
for (const o of outcomes) {
  const key = o.case.criterionId ? (index.byId.get(o.case.criterionId)?.criterion.standardId ?? '?') : '(general)';
  byStandard.set(key, [...(byStandard.get(key) ?? []), o]);
}
for (const [standard, list] of [...byStandard].sort()) line(`  ${standard}`, list);

if (verbose) {
  console.log('\nmisses:');
  for (const o of outcomes) {
    const miss = o.case.label === 'major' ? o.rank === null || o.rank > 3 || o.verdict !== 'major' : o.verdict !== 'not_major';
    if (miss) console.log(`${o.case.id} [${o.case.label}→${o.verdict}] want ${o.case.criterionId ?? '-'} rank ${o.rank ?? '-'} got ${o.ranked.slice(0, 3).join(',')}  ${o.case.description.slice(0, 60)}`);
  }
}
