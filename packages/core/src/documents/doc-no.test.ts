import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { docNoPrefix, formatDocNo, regionShortName } from './doc-no.ts';

describe('发文字号', () => {
  it.each<[string, string, string]>([
    ['谯城区应急管理局', '谯城区', '谯应急'],
    ['亳州市安全生产委员会办公室', '亳州市', '亳安委办'],
    ['涡阳县住房和城乡建设局', '涡阳县', '涡建'],
    ['亳州市市场监督管理局', '亳州市', '亳市监'],
    ['亳州市教育局', '亳州市', '亳教育'],
    ['古井镇人民政府', '古井镇', '古政'],
    ['某某中心', '利辛县', '利某某'],
  ])('%s in %s → %s', (org, region, prefix) => expect(docNoPrefix(org, region)).toBe(prefix));

  it.each<[string, string]>([
    ['亳州市', '亳'],
    ['谯城区', '谯'],
    ['安徽省', '安'],
    ['市', '市'],
  ])('region %s → %s', (region, short) => expect(regionShortName(region)).toBe(short));

  it('formats 〔year〕 and the sequence without leading zeros, and refuses a sequence below 1', () => {
    expect(formatDocNo('谯应急', '隐改', 2026, 12)).toBe('谯应急隐改〔2026〕12号');
    expect(() => formatDocNo('谯应急', '隐改', 2026, 0)).toThrow(RangeError);
  });

  it('different sequences never give the same number', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1e6 }), fc.integer({ min: 1, max: 1e6 }), (a, b) => (formatDocNo('亳安委办', '', 2026, a) === formatDocNo('亳安委办', '', 2026, b)) === (a === b)),
    );
  });
});
