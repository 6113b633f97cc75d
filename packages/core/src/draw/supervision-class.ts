// 差异化监管 (MODULES A-4): each enterprise's supervision class for a month, from what Zhiben records about it —
// the high-risk flag, open and overdue major hazards, overdue hazards of any level, missed principal-led checks,
// and the 不放心企业 watch list, which forces the top class. Every point comes with its reason, so the class can be
// explained to the enterprise. The class sets a draw's sample rate (strata by class, the rate times the class
// weight) and a minimum number of inspections a year. 标准化 grades, accidents and alarms are not recorded yet
// (modules D-4, C-5, E-1): they join the score when those modules arrive.

export const supervisionClasses = ['A', 'B', 'C'] as const;
export type SupervisionClass = (typeof supervisionClasses)[number];
export const supervisionClassLabels: Record<SupervisionClass, string> = { A: 'A类（重点监管）', B: 'B类（一般监管）', C: 'C类（低频监管）' };

export type SupervisionFacts = {
  highRisk: boolean;
  openMajor: number;
  overdueMajor: number;
  overdue: number;
  /** Principal-led check periods missed in the last 12 months. */
  missedChecks: number;
  watched: boolean;
};

export type SupervisionSettings = {
  /** Points per fact (each counted up to `cap` times). */
  points: { highRisk: number; openMajor: number; overdueMajor: number; overdue: number; missedCheck: number };
  cap: number;
  /** A from this score up, B from this score up, C below. */
  thresholds: { A: number; B: number };
  /** Multiplies a draw's base sample rate for the class's stratum. */
  drawWeight: Record<SupervisionClass, number>;
  /** Inspections a year the enterprise should have (any staff org's). */
  minInspections: Record<SupervisionClass, number>;
};

export const defaultSupervisionSettings: SupervisionSettings = {
  points: { highRisk: 3, openMajor: 4, overdueMajor: 4, overdue: 1, missedCheck: 2 },
  cap: 3,
  thresholds: { A: 6, B: 2 },
  drawWeight: { A: 3, B: 1, C: 0.5 },
  minInspections: { A: 4, B: 2, C: 1 },
};

export type Classified = { class: SupervisionClass; score: number; reasons: string[] };

export function classifyEnterprise(facts: SupervisionFacts, settings: SupervisionSettings = defaultSupervisionSettings): Classified {
  const { points, cap } = settings;
  const reasons: string[] = [];
  let score = 0;
  const add = (count: number, each: number, text: (n: number) => string) => {
    if (count <= 0 || each === 0) return;
    const n = Math.min(count, cap);
    score += n * each;
    reasons.push(`${text(count)}（+${n * each}）`);
  };
  add(facts.highRisk ? 1 : 0, points.highRisk, () => '高危行业领域或高风险企业');
  add(facts.openMajor, points.openMajor, (n) => `未销号重大事故隐患${n}项`);
  add(facts.overdueMajor, points.overdueMajor, (n) => `逾期未整改重大事故隐患${n}项`);
  add(facts.overdue, points.overdue, (n) => `逾期未整改隐患${n}项`);
  add(facts.missedChecks, points.missedCheck, (n) => `近12个月主要负责人带队检查缺${n}期`);
  if (facts.watched) return { class: 'A', score, reasons: ['列入不放心企业名单', ...reasons] };
  const cls: SupervisionClass = score >= settings.thresholds.A ? 'A' : score >= settings.thresholds.B ? 'B' : 'C';
  return { class: cls, score, reasons: reasons.length > 0 ? reasons : ['无扣分事项'] };
}

/** The sample rate of a class's stratum: the draw's base rate times the class weight, at most 100%. */
export const classSampleRate = (basePercent: number, cls: SupervisionClass, settings: SupervisionSettings = defaultSupervisionSettings): number =>
  Math.min(100, basePercent * settings.drawWeight[cls]);

export const isSupervisionClass = (value: string): value is SupervisionClass => (supervisionClasses as readonly string[]).includes(value);
