import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  buildGradingIndex,
  clausePolarity,
  commonBigramKey,
  eachHanBigram,
  hanBigrams,
  conceptsIn,
  expandAbbreviations,
  MAJOR_MIN_COVERAGE,
  MAJOR_MIN_SCORE,
  normaliseText,
  parseCriterion,
  queryBigrams,
  scoreCriterion,
  standInConcepts,
  suggestCriteria,
  synonymGroups,
  termBigramLookups,
  UNCERTAIN_MIN_SCORE,
  verdictFor,
  type GradingCriterion,
  type Segmenter,
} from '../index.ts';

// Core is tested with a simple segmenter (forward maximum matching over a small dictionary); the server tests the
// same engine with jieba.
const dictionary = new Set([
  ...synonymGroups.flatMap((g) => [...g.forms, ...(g.members ?? [])]).map(normaliseText),
  '干式', '系统', '采取', '任一种', '措施', '设置', '装置', '作业', '现场', '人员', '执行', '要求', '明显', '安全', '管理', '台账',
  '进行', '木工', '车间', '旋风', '铝镁', '储罐', '紧急', '切断', '功能', '实现', '构成', '二级', '食堂', '公示', '菜谱', '公告栏', '墙面',
  '粉刷', '裂纹', '天气', '晴朗', '检查组', '一行', '到达', '会议', '记录', '整理', '归档', '办公区', '照明灯', '应急', '不亮',
]);
const simpleSegmenter: Segmenter = (text) => {
  const out: string[] = [];
  const chars = [...text];
  for (let i = 0; i < chars.length; ) {
    let taken = 1;
    for (let len = Math.min(12, chars.length - i); len > 1; len--) {
      if (dictionary.has(chars.slice(i, i + len).join(''))) {
        taken = len;
        break;
      }
    }
    out.push(chars.slice(i, i + taken).join(''));
    i += taken;
  }
  return out;
};

const criteria: GradingCriterion[] = [
  { id: 'GM10-11-3', standardId: 'MEM-10-2023', text: '干式除尘系统未采取泄爆、惰化、抑爆等任一种爆炸防控措施的', topic: null, group: '粉尘涉爆' },
  { id: 'GM10-11-6', standardId: 'MEM-10-2023', text: '铝镁等金属粉尘、木质粉尘的干式除尘系统未设置锁气卸灰装置的', topic: null, group: '粉尘涉爆' },
  { id: 'GM10-13-1', standardId: 'MEM-10-2023', text: '未对有限空间进行辨识、建立安全管理台账，并且未设置明显的安全警示标志的', topic: null, group: '有限空间' },
  {
    id: 'GM10-13-2',
    standardId: 'MEM-10-2023',
    text: '未落实有限空间作业审批，或者未执行“先通风、再检测、后作业”要求，或者作业现场未设置监护人员的',
    topic: null,
    group: '有限空间',
  },
  { id: 'HG2017-5', standardId: 'SAWS-121-2017-CHEM', text: '构成一级、二级重大危险源的危险化学品罐区未实现紧急切断功能', topic: null, group: '化工和危险化学品生产经营' },
  { id: 'JZ2024-11-2', standardId: 'MOHURD-5-2024', text: '有限空间作业未履行“作业审批制度”，未对施工人员进行专项安全教育培训，未执行“先通风、再检测、后作业”原则', topic: null, group: '有限空间作业' },
  { id: 'GM10-14', standardId: 'MEM-10-2023', text: '本标准所列情形中直接关系生产安全的监控、报警、防护等设施、设备、装置，应当保证正常运行、使用，失效或者无效均判定为重大事故隐患。', topic: null, group: '通则' },
];
const index = buildGradingIndex(criteria, simpleSegmenter);
const all = new Set(['MEM-10-2023', 'SAWS-121-2017-CHEM', 'MOHURD-5-2024']);
const suggest = (description: string, options: { preferred?: string[]; allowed?: ReadonlySet<string> } = {}) =>
  suggestCriteria(index, description, { allowedStandards: options.allowed ?? all, preferredStandards: new Set(options.preferred ?? []) });

describe('synonyms and abbreviations', () => {
  it.each([
    ['受限空间作业', '有限空间'],
    ['进入污水池清淤', '有限空间'],
    ['氯气泄漏', '氯'],
    ['电焊作业', '焊接动火'],
    ['控爆措施', '控爆'],
    ['泄爆片缺失', '控爆'],
    ['sis 未投用', '安全仪表'],
    ['塔吊力矩限制器失效', '塔机'],
  ])('%s names the concept %s', (text, key) => {
    expect(conceptsIn(normaliseText(text)).has(key)).toBe(true);
  });

  it('lets a member stand in for the general word, never for another member', () => {
    expect(standInConcepts('有限空间')).toContain('有限空间');
    expect(standInConcepts('人员聚集场所')).toContain('人员聚集场所');
    expect(standInConcepts('交接班室')).not.toContain('人员聚集场所');
  });

  it('matches an item worded differently through the synonym table', () => {
    const result = suggest('进入受限空间作业前未先通风、再检测、后作业');
    expect(result.items.slice(0, 2).map((i) => i.criterionId)).toContain('GM10-13-2');
    expect(suggest('木工车间除尘器无任何控爆措施').items[0]?.criterionId).toBe('GM10-11-3');
  });
});

describe('conditions of an item', () => {
  it('splits alternatives on "，或者" and keeps "并且" parts together', () => {
    const alternatives = parseCriterion(normaliseText(criteria[3]!.text!), simpleSegmenter);
    expect(alternatives).toHaveLength(3);
    const conjunction = parseCriterion(normaliseText(criteria[2]!.text!), simpleSegmenter);
    expect(conjunction).toHaveLength(1);
    expect(conjunction[0]!.parts).toHaveLength(2);
  });

  it('treats an enumeration as alternatives: one member satisfies it', () => {
    const [alternative] = parseCriterion(normaliseText(criteria[0]!.text!), simpleSegmenter);
    expect(alternative!.parts[0]!.units.some((u) => u.kind === 'any' && u.terms.includes('泄爆') && u.terms.includes('抑爆'))).toBe(true);
    expect(scoreCriterion(index, '干式除尘系统未采取抑爆措施', 'GM10-11-3')!.coverage).toBeGreaterThan(0.8);
  });

  it('does not call half of a conjunction a match', () => {
    const half = scoreCriterion(index, '未对有限空间进行辨识，未建立安全管理台账', 'GM10-13-1')!;
    const whole = scoreCriterion(index, '未对有限空间进行辨识，未建立安全管理台账，并且未设置明显的安全警示标志', 'GM10-13-1')!;
    expect(half.coverage).toBeLessThanOrEqual(0.5);
    expect(whole.coverage).toBeGreaterThan(0.8);
    expect(suggest('未对有限空间进行辨识，未建立安全管理台账').verdict).not.toBe('major');
  });
});

describe('negation and polarity', () => {
  it.each([
    ['未设置泄爆装置', 'defect'],
    ['除尘器泄爆片缺失', 'defect'],
    ['报警器失灵', 'defect'],
    ['已设置泄爆装置', 'compliant'],
    ['均已按要求设置锁气卸灰装置', 'compliant'],
    ['未发现积尘', 'compliant'],
    ['已设置报警器但未投用', 'defect'],
    ['动火作业票审批不规范', 'minor'],
    ['除尘系统采用干式巷道式构筑物作为风道', 'neutral'],
  ] as const)('%s → %s', (clause, polarity) => {
    expect(clausePolarity(clause)).toBe(polarity);
  });

  it('a statement of compliance is not a major hazard', () => {
    const defect = suggest('干式除尘系统未采取泄爆、惰化、抑爆等任一种爆炸防控措施');
    const compliant = suggest('干式除尘系统已采取泄爆、惰化、抑爆等爆炸防控措施，符合要求');
    expect(defect.verdict).toBe('major');
    expect(compliant.verdict).toBe('not_major');
    expect(compliant.items[0]?.polarity ?? 'compliant').toBe('compliant');
  });
});

describe('verdict thresholds', () => {
  const cases: [string, Parameters<typeof verdictFor>[0], string][] = [
    ['nothing matched', null, 'not_major'],
    ['below the uncertain floor', { score: UNCERTAIN_MIN_SCORE - 0.01, coverage: 1, polarity: 'defect', catchAll: false }, 'not_major'],
    ['clear defect', { score: MAJOR_MIN_SCORE, coverage: MAJOR_MIN_COVERAGE, polarity: 'defect', catchAll: false }, 'major'],
    ['score just short', { score: MAJOR_MIN_SCORE - 0.01, coverage: 1, polarity: 'defect', catchAll: false }, 'uncertain'],
    ['coverage just short', { score: 0.9, coverage: MAJOR_MIN_COVERAGE - 0.01, polarity: 'defect', catchAll: false }, 'uncertain'],
    ['catch-all item only', { score: 0.9, coverage: 1, polarity: 'defect', catchAll: true }, 'uncertain'],
    ['stated as compliant', { score: 0.9, coverage: 1, polarity: 'compliant', catchAll: false }, 'not_major'],
    ['stated as a shortcoming', { score: 0.9, coverage: 1, polarity: 'minor', catchAll: false }, 'uncertain'],
    ['neutral statement', { score: 0.9, coverage: 1, polarity: 'neutral', catchAll: false }, 'uncertain'],
  ];
  it.each(cases)('%s', (_label, input, verdict) => {
    expect(verdictFor(input).verdict).toBe(verdict);
  });
});

describe('ranking', () => {
  it('suggests only allowed standards and ranks the enterprise’s standards first', () => {
    const text = '有限空间作业未执行先通风、再检测、后作业要求';
    const onlyConstruction = suggest(text, { allowed: new Set(['MOHURD-5-2024']) });
    expect(onlyConstruction.items.every((i) => i.standardId === 'MOHURD-5-2024')).toBe(true);
    expect(suggest(text, { preferred: ['MOHURD-5-2024'] }).items[0]?.standardId).toBe('MOHURD-5-2024');
    expect(suggest(text, { preferred: ['MEM-10-2023'] }).items[0]?.standardId).toBe('MEM-10-2023');
  });

  it('returns highlights inside the item text and a one-line reason', () => {
    const [top] = suggest('木工车间干式除尘系统未采取泄爆措施').items;
    expect(top?.criterionId).toBe('GM10-11-3');
    const text = criteria[0]!.text!;
    for (const [, end] of top!.highlights) expect(end).toBeLessThanOrEqual(text.length);
    expect(top!.highlights.map(([s, e]) => text.slice(s, e))).toContain('干式除尘系统');
    expect(top!.reason).not.toContain('\n');
  });

  it('never lets a catch-all item make the verdict alone', () => {
    const result = suggest('监控报警装置失效');
    expect(result.verdict).not.toBe('major');
  });

  it('lists the other chapters of a standard held only by chapter right after the matched one, and only those', () => {
    const chapters: GradingCriterion[] = [
      ...criteria,
      { id: 'FIRE-4.1', standardId: 'FIRE', text: null, topic: '判定的基本原则', group: '判定原则', clause: '4.1' },
      { id: 'FIRE-5', standardId: 'FIRE', text: null, topic: '符合即直接判定的情形', group: '直接判定要素', clause: '5' },
      { id: 'FIRE-6', standardId: 'FIRE', text: null, topic: '综合判定的情形', group: '综合判定要素', clause: '6' },
      { id: 'FIRE-A', standardId: 'FIRE', text: null, topic: '应急照明不亮的判定规则', group: '附录', clause: '附录A' },
      { id: 'ITEM-5.1', standardId: 'ITEMS', text: null, topic: '应急照明不亮', group: '设施', clause: '5.1' },
      { id: 'ITEM-5.2', standardId: 'ITEMS', text: null, topic: '储罐紧急切断', group: '设施', clause: '5.2' },
    ];
    const fire = buildGradingIndex(chapters, simpleSegmenter);
    const allowed = new Set([...all, 'FIRE', 'ITEMS']);
    const result = suggestCriteria(fire, '办公区应急照明灯不亮', { allowedStandards: allowed });
    const ids = result.items.map((i) => i.criterionId);
    const at = ids.indexOf('FIRE-A');
    expect(at).toBeGreaterThanOrEqual(0);
    // The two other chapters follow at once, each saying why it is listed; the principle (a dotted clause) does not.
    expect(ids.slice(at + 1, at + 3).sort()).toEqual(['FIRE-5', 'FIRE-6']);
    expect(result.items[at + 1]!.reason).toContain('请对照原文选择');
    expect(ids).not.toContain('FIRE-4.1');
    // A topic-only standard held item by item (dotted clauses) brings no siblings along.
    expect(ids).not.toContain('ITEM-5.2');
    // Without a match in that standard, no chapter is listed at all.
    expect(suggestCriteria(fire, '木工车间干式除尘系统未采取泄爆措施', { allowedStandards: allowed }).items.map((i) => i.standardId)).not.toContain('FIRE');
  });

  it('is deterministic', () => {
    const text = '旋风除尘器未设置锁气卸灰装置';
    expect(suggest(text)).toEqual(suggest(text));
  });
});

describe('properties', () => {
  const unrelated = fc.constantFrom('今天天气晴朗。', '检查组一行到达。', '会议记录已整理归档。', '食堂菜谱在公告栏公示。');
  const described = fc.constantFrom(
    '干式除尘系统未采取泄爆、惰化、抑爆等任一种爆炸防控措施',
    '有限空间作业现场未设置监护人员',
    '旋风除尘器未设置锁气卸灰装置',
    '办公区一盏应急照明灯不亮',
    '墙面裂纹已粉刷',
  );

  it('an unrelated sentence raises no item’s score by more than 0.02 and never turns not_major into major', () => {
    fc.assert(
      fc.property(described, fc.array(unrelated, { minLength: 1, maxLength: 3 }), fc.boolean(), (text, extra, before) => {
        const base = suggest(text);
        const padded = suggest(before ? `${extra.join('')}${text}` : `${text}。${extra.join('')}`);
        const baseScore = new Map(base.items.map((i) => [i.criterionId, i.score]));
        for (const item of padded.items) expect(item.score).toBeLessThanOrEqual((baseScore.get(item.criterionId) ?? 0) + 0.02);
        if (base.verdict === 'not_major') expect(padded.verdict).not.toBe('major');
      }),
      { numRuns: 60 },
    );
  });

  it('scores stay in 0..1, items are sorted and at most ten', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), described, (noise, text) => {
        const result = suggest(`${noise}${text}`);
        expect(result.items.length).toBeLessThanOrEqual(10);
        for (const i of result.items) expect(i.score).toBeGreaterThanOrEqual(0);
        for (const i of result.items) expect(i.score).toBeLessThanOrEqual(1);
      }),
      { numRuns: 80 },
    );
  });
});

describe('character bigrams', () => {
  // The oracle: bigrams of each run of Han characters, by the regular expression (as the engine took them before the
  // common ideographs were keyed by integer).
  const oracle = (text: string) => {
    const grams = new Set<string>();
    for (const run of text.match(/\p{Script=Han}+/gu) ?? []) {
      const chars = [...run];
      for (let i = 0; i + 1 < chars.length; i++) grams.add(`${chars[i]}${chars[i + 1]}`);
    }
    return [...grams];
  };
  // Common ideographs, the ends of their range and just outside it, extension A and B (surrogate pairs), 〇, kana,
  // punctuation, Latin and digits.
  const char = fc.constantFrom('未', '设', '置', '泄', '爆', '\u4e00', '\u9fa5', '\u9fa6', '\u4dff', '\u3400', '𠀀', '𪚥', '〇', 'ア', '，', '。', 'a', '1', ' ');
  const text = fc.array(char, { maxLength: 30 }).map((chars) => chars.join(''));

  it('are those of the Han runs, in order of first occurrence', () => {
    expect([...hanBigrams('未设置泄爆装置，泄爆')]).toEqual(['未设', '设置', '置泄', '泄爆', '爆装', '装置']);
    fc.assert(fc.property(fc.oneof(text, fc.string({ maxLength: 30 })), (t) => {
      expect([...hanBigrams(t)]).toEqual(oracle(t));
    }), { numRuns: 500 });
  });

  it('come keyed by integer exactly when both characters are common ideographs', () => {
    fc.assert(
      fc.property(text, (t) => {
        const keyed: number[] = [];
        const others: string[] = [];
        eachHanBigram(t, (key) => keyed.push(key), (gram) => others.push(gram));
        const grams = oracle(t);
        expect(new Set([...keyed, ...others.map((g) => `s:${g}`)])).toEqual(new Set(grams.map((g) => commonBigramKey(g) ?? `s:${g}`)));
        for (const g of others) expect(commonBigramKey(g)).toBeNull();
      }),
      { numRuns: 500 },
    );
    expect(commonBigramKey('未设')).not.toBeNull();
    expect(commonBigramKey('𠀀未')).toBeNull();
    expect(commonBigramKey('\u9fa6未')).toBeNull();
  });

  // The engine counts a description's bigrams with typed tables (no set, no string per pair): the same count and the
  // same known ids, in order, as the plain set of bigrams; across many queries in a row (stamps), for long texts (the
  // table of bigrams no item has grows) and texts of the items' own characters.
  it('are counted and looked up by the engine as the plain set says', () => {
    const known = [...new Set(criteria.map((c) => c.text ?? '').join(''))].filter((ch) => /\p{Script=Han}/u.test(ch));
    const mixed = fc.array(fc.oneof(fc.constantFrom(...known), char), { maxLength: 400 }).map((chars) => chars.join(''));
    const bigramId = new Map([...index.bigramIds]);
    fc.assert(
      fc.property(fc.array(fc.oneof(mixed, text), { minLength: 1, maxLength: 5 }), (texts) => {
        for (const t of texts) {
          const grams = [...hanBigrams(expandAbbreviations(normaliseText(t)))];
          expect(queryBigrams(index, t)).toEqual({ count: grams.length, ids: grams.flatMap((g) => bigramId.get(g) ?? []) });
        }
      }),
      { numRuns: 300 },
    );
    expect(queryBigrams(index, '干式除尘系统未设置泄爆装置，干式除尘').count).toBe(hanBigrams('干式除尘系统未设置泄爆装置').size);
  });

  it('of an item’s word: its first is the one the engine looks it up by (a text without it cannot contain the word)', () => {
    const lookups = termBigramLookups(index);
    expect(lookups.filter((l) => l.firstBigram >= 0).length).toBeGreaterThan(10);
    for (const { term, firstBigram } of lookups) {
      const first = [...hanBigrams(term)][0];
      expect(firstBigram).toBe(first === undefined ? -1 : (index.bigramIds.get(first) ?? -1));
      if (firstBigram >= 0) expect(queryBigrams(index, `某某${term}某某`).ids).toContain(firstBigram);
    }
  });
});
