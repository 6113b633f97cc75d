import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { dueDatesIn, parseDueText, validDate } from './due-text.ts';

describe('parseDueText: deadlines as the plans print them', () => {
  it.each<[string, number | null, string | null]>([
    ['2024年底前', null, '2024-12-31'],
    ['2026年底', null, '2026-12-31'],
    ['2025年年底前', null, '2025-12-31'],
    ['2025年6月底前', null, '2025-06-30'],
    ['2024年2月底', null, '2024-02-29'],
    ['2025年2月28日前', null, '2025-02-28'],
    ['2025年上半年', null, '2025-06-30'],
    ['2025年下半年', null, '2025-12-31'],
    ['2026年第三季度', null, '2026-09-30'],
    ['2026年一季度末', null, '2026-03-31'],
    ['于2025年12月31日前', null, '2025-12-31'],
    ['2025-06-30', null, '2025-06-30'],
    ['2025/6/30', null, '2025-06-30'],
    ['2025.6.30', null, '2025-06-30'],
    // without a year: only with the plan's year as context
    ['2月28日前', 2024, '2024-02-28'],
    ['2月28日前', null, null],
    ['3月底前', 2024, '2024-03-31'],
    // not dates
    ['长期坚持', null, null],
    ['2025年2月30日', null, null],
    ['2025年13月底', null, null],
    ['', null, null],
  ])('%s (year %s) → %s', (text, year, expected) => expect(parseDueText(text, year)).toBe(expected));

  it('round-trips any valid date written the way a spreadsheet or a plan writes it', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true }), (d) => {
        const iso = d.toISOString().slice(0, 10);
        const [y, m, day] = iso.split('-').map(Number) as [number, number, number];
        expect(parseDueText(iso)).toBe(iso);
        expect(parseDueText(`${y}年${m}月${day}日前`)).toBe(iso);
        expect(parseDueText(`${y}/${m}/${day}`)).toBe(iso);
        expect(validDate(y, m, day)).toBe(iso);
      }),
    );
  });
});

describe('dueDatesIn: every deadline in a plan sentence', () => {
  it('亳州 item 18 has three staged deadlines', () => {
    const text = '2024年底前建设完善危化品、煤矿等高危企业安全生产电力监测分析系统，2025年底前实现危化品重大危险源、煤矿、重点粉尘涉爆等企业安全风险监测预警全覆盖，2026年底安全生产风险智能化管控能力显著增强。';
    expect(dueDatesIn(text).map((d) => d.date)).toEqual(['2024-12-31', '2025-12-31', '2026-12-31']);
  });
  it('finds none in a sentence without dates', () => expect(dueDatesIn('常态化开展危险化学品重大危险源“消地协作”专项检查督导')).toEqual([]));
});
