import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { explainPasswordWeakness, MIN_PASSWORD_LENGTH } from './password-policy.ts';

describe('explainPasswordWeakness', () => {
  it.each([
    ['short1A!', {}, '至少12位'],
    ['Zhiben@2026', {}, '至少12位'],
    ['Zhiben@2026!', {}, '常见'],
    ['Password1234', {}, '常见'],
    ['zhibenzhiben1', {}, '常见'],
    ['PasswordPassword!', {}, '常见'],
    ['P@ssw0rd2026!', {}, '常见'],
    ['qwertyuiop123', {}, '常见'],
    ['1qaz2wsx3edc', {}, '常见'],
    ['123456789012', {}, '常见'],
    ['aaaaaaaaaaaaa', {}, '重复'],
    ['bozhou_aqb-2026!x', { username: 'bozhou_aqb' }, '用户名'],
    ['Huai-he#2027-qiao', { currentPassword: 'Huai-he#2027-qiao' }, '当前密码'],
  ])('%s is refused (%s)', (password, context, reason) => {
    expect(explainPasswordWeakness(password, context)).toContain(reason);
  });

  it.each(['Huai-he#2027-qiao', 'Guo-yang#Lv7-2026', 'correct horse battery staple', '治本攻坚三年行动第二年度'])('%s is accepted', (password) => {
    expect(explainPasswordWeakness(password, { username: 'someone', currentPassword: 'other' })).toBeNull();
  });

  it('never accepts anything shorter than the minimum', () => {
    fc.assert(fc.property(fc.string({ maxLength: MIN_PASSWORD_LENGTH - 1 }), (p) => explainPasswordWeakness(p) !== null));
  });
});
