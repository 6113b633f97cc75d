import { describe, expect, it } from 'vitest';
import { buildGradingIndex, contentWords, contentWordsOf, hanBigrams, normaliseText, QUICK_CANDIDATES, queryBigrams, quickCheck, standardsInForce, suggestCriteria, termBigramLookups } from '@zhiben/core';
import { criteriaReference } from '../../seed/reference.ts';
import fc from 'fast-check';
import { jiebaSegmenter, rawJiebaSegmenter } from './grading.segmenter.ts';
import { figuresOf, loadCases, runCases } from './eval/evaluate.ts';

describe('jieba segmentation with the domain dictionary', () => {
  it.each([
    ['除尘系统未设置泄爆装置', ['除尘系统', '泄爆', '装置']],
    ['进入受限空间作业前未通风检测', ['受限空间作业', '通风检测']],
    ['液氯储罐区未设置紧急切断装置', ['液氯', '储罐区', '紧急切断']],
    ['塔吊附着杆未按方案设置', ['塔吊']],
  ])('%s keeps the domain words whole', (text, words) => {
    const segments = jiebaSegmenter(text);
    for (const w of words) expect(segments).toContain(w);
    // The general dictionary alone splits these: 泄|爆, 受限|空间.
    expect(segments).not.toContain('泄');
    expect(segments).not.toContain('受限');
  });

  it('is deterministic and drops function words', () => {
    const text = '该公司的木工车间除尘器未按规定设置锁气卸灰装置';
    expect(jiebaSegmenter(text)).toEqual(jiebaSegmenter(text));
    const words = contentWords(text, jiebaSegmenter);
    expect(words).toContain('锁气卸灰');
    expect(words).not.toContain('的');
    expect(words).not.toContain('该公司');
  });

  it('cut piece by piece, gives the words jieba gives for the whole text', () => {
    const cases = loadCases().map((c) => normaliseText(c.description));
    const { criterionRows } = criteriaReference();
    const texts = [...cases, ...criterionRows.map((c) => normaliseText(c.text ?? c.topic ?? ''))];
    // The words, and the content words the engine keeps of them.
    const same = (text: string) => {
      const raw = rawJiebaSegmenter(text);
      expect(jiebaSegmenter(text)).toEqual(raw);
      expect(contentWords(text, jiebaSegmenter)).toEqual(contentWordsOf(raw));
    };
    for (const text of texts) same(text);
    // Twice: the second time from the memo.
    for (const text of texts) same(text);
    const piece = fc.constantFrom('除尘系统', '未设置', '泄爆装置', '第3条', '1.5m', 'a-b', ' ', '  ', ',', '，', '(', ')', '（', '。', '、', '“', '”', '《', '》', ';', ':', '!', '?', '.', '%', '\n', '𠀀');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        same(pieces.join(''));
      }),
      { numRuns: 400 },
    );
  });

  it('quick check: the best of its candidates, as full scoring finds it (items that cannot win are skipped)', () => {
    const { standardRows, criterionRows } = criteriaReference();
    const index = buildGradingIndex(criterionRows, jiebaSegmenter);
    const allowedStandards = new Set(standardsInForce(standardRows, '2026-11-20'));
    const texts = [...loadCases().map((c) => c.description), ...criterionRows.map((c) => c.text ?? c.topic ?? '')];
    for (const text of texts) {
      const full = suggestCriteria(index, text, { allowedStandards, candidates: QUICK_CANDIDATES });
      const quick = quickCheck(index, text, { allowedStandards });
      expect([quick.top?.score ?? null, quick.verdict], text).toEqual([full.items.length > 0 ? Math.max(...full.items.map((i) => i.score)) : null, full.verdict]);
    }
  });

  it('looks each word of every reference item up by its first bigram, which any text containing the word has', () => {
    const index = buildGradingIndex(criteriaReference().criterionRows, jiebaSegmenter);
    const lookups = termBigramLookups(index);
    expect(lookups.filter((l) => l.firstBigram >= 0).length).toBeGreaterThan(1000);
    for (const { term, firstBigram } of lookups) {
      const first = [...hanBigrams(term)][0];
      expect(firstBigram, term).toBe(first === undefined ? -1 : (index.bigramIds.get(first) ?? -1));
      if (firstBigram >= 0) expect(queryBigrams(index, `检查发现${term}。`).ids, term).toContain(firstBigram);
    }
  });

  it('ranks the reference criteria for a real notice with jieba', () => {
    const { standardRows, criterionRows } = criteriaReference();
    const index = buildGradingIndex(criterionRows, jiebaSegmenter);
    const result = suggestCriteria(index, '车间内旋风除尘器未设置锁气卸灰装置', { allowedStandards: new Set(standardsInForce(standardRows, '2024-04-02')) });
    expect(result.items[0]?.criterionId).toBe('GM10-11-6');
  });
});

describe('evaluation set', () => {
  const cases = loadCases();
  const { criterionRows } = criteriaReference();
  const ids = new Set(criterionRows.map((c) => c.id));

  // The issue asks for at least 60 major and 40 general cases; the set holds 60 major and 53 general (20 of the majors are
  // 重大火灾隐患 notices mapped to GB 35181's chapter-level items, see ARCHITECTURE.md). These floors keep cases from being
  // dropped; raise them as it grows.
  const EVAL_MIN_MAJOR = 60;
  const EVAL_MIN_GENERAL = 53;

  it('holds real cases (at least the current floors), each with its source', () => {
    expect(cases.filter((c) => c.label === 'major').length).toBeGreaterThanOrEqual(EVAL_MIN_MAJOR);
    expect(cases.filter((c) => c.label === 'general').length).toBeGreaterThanOrEqual(EVAL_MIN_GENERAL);
    for (const c of cases) {
      expect(c.source.title.length, c.id).toBeGreaterThan(4);
      expect(c.source.issuer.length, c.id).toBeGreaterThan(1);
      expect(c.foundAt, c.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(['tune', 'holdout']).toContain(c.split);
    }
    expect(new Set(cases.map((c) => c.id)).size).toBe(cases.length);
    expect(new Set(cases.map((c) => c.description)).size).toBe(cases.length);
  });

  it('maps every major case to an item of the reference data, general cases to none', () => {
    for (const c of cases) {
      if (c.label === 'major') expect(ids.has(c.criterionId ?? ''), `${c.id} → ${c.criterionId}`).toBe(true);
      else expect(c.criterionId, c.id).toBeNull();
    }
  });

  it('runs end to end and yields figures for both splits', () => {
    const { standardRows } = criteriaReference();
    const index = buildGradingIndex(criterionRows, jiebaSegmenter);
    const outcomes = runCases(cases, index, standardRows);
    for (const split of ['tune', 'holdout'] as const) {
      const f = figuresOf(outcomes.filter((o) => o.case.split === split));
      expect(f.major).toBeGreaterThan(0);
      expect(f.general).toBeGreaterThan(0);
      expect(f.top3).toBeGreaterThanOrEqual(f.top1);
    }
  });
});
