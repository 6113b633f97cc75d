import { describe, expect, it } from 'vitest';
import { explainIdCardError, idCardCheckChar, isValidIdCard } from './idcard.ts';

const today = new Date(2025, 5, 15); // 2025-06-15, local time

describe('isValidIdCard', () => {
  it.each([
    ['GB 11643 example (sum 167 mod 11 = 2 → X)', '11010519491231002X'],
    ['GB 11643 example, lowercase x', '11010519491231002x'],
    ['GB 11643 appendix example', '440524188001010014'],
    ['亳州 谯城区, check 4', '341602199001011234'],
    ['leap day 2000', '341621200002290049'],
    ['check char 1', '650102197003010011'],
    ['check char 0', '341602199001011250'],
    ['香港 province code 81', '810000199912310039'],
    ['born today', '341623202506150017'],
  ])('accepts %s: %s', (_why, id) => {
    expect(explainIdCardError(id, today)).toBeNull();
    expect(isValidIdCard(id, today)).toBe(true);
  });

  it.each([
    ['check char Y', '11010519491231002Y', '含非法字符'],
    ['wrong check digit', '110105194912310021', '校验位错误'],
    ['X where a digit is due', '34160219900101123X', '校验位错误'],
    ['length 17', '11010519491231002', '长度应为18位'],
    ['length 19', '11010519491231002X1', '长度应为18位'],
    ['15-digit old format', '110105491231002', '长度应为18位'],
    ['letter inside', '1101051949123100AX', '含非法字符'],
    ['province 00', '00010519491231002X', '地址码无效'],
    ['province 16 (unassigned)', '160105199001011234', '地址码无效'],
    ['province 72', '720105199001011234', '地址码无效'],
    ['month 13', '341602199013011234', '出生日期无效'],
    ['day 00', '341602199001001234', '出生日期无效'],
    ['Feb 29 in a non-leap year', '341621190002290049', '出生日期无效'],
    ['April 31', '341621200004310049', '出生日期无效'],
    ['born tomorrow (checksum correct)', '341623202506160012', '晚于今天'],
  ])('rejects %s: %s (%s)', (_why, id, reason) => {
    expect(isValidIdCard(id, today)).toBe(false);
    expect(explainIdCardError(id, today)).toContain(reason);
  });

  it('uses the injected today for the future-date rule', () => {
    const bornIn2030 = '341602203001011233'; // checksum correct
    expect(explainIdCardError(bornIn2030, today)).toContain('晚于今天');
    expect(isValidIdCard(bornIn2030, new Date(2030, 0, 1))).toBe(true);
  });
});

describe('idCardCheckChar', () => {
  it.each([
    ['11010519491231002', 'X'],
    ['44052418800101001', '4'],
    ['34160219900101123', '4'],
    ['65010219700301001', '1'],
    ['34160219900101125', '0'],
  ])('%s → %s', (first17, expected) => {
    expect(idCardCheckChar(first17)).toBe(expected);
  });

  it.each(['1101051949123100', '110105194912310021', '1101051949123100X'])('returns null for %s', (input) => {
    expect(idCardCheckChar(input)).toBeNull();
  });
});
