/**
 * Password rule for every password a person sets (own change, account creation, administrator reset). Pure, so
 * the server decides and the web can say the same. Returns a zh-CN reason, or null when the password is acceptable.
 */
export const MIN_PASSWORD_LENGTH = 12;

/**
 * Stems of the most common passwords (top lists of breach corpora, Chinese ones included) and of this platform's
 * own published demo password: a password that is one of these once case, separators and a trailing run of
 * digits or symbols are taken away is refused ("Password123!", "Zhiben@2026", "qwertyuiop12").
 */
const COMMON_STEMS = [
  'password', 'passw0rd', 'p@ssword', 'p@ssw0rd', 'qwerty', 'qwertyuiop', 'qwertyuiopasdf', 'qwerasdf', 'qweasd', 'qweasdzxc',
  'asdfgh', 'asdfghjkl', 'zxcvbn', 'zxcvbnm', '1qaz2wsx', '1q2w3e4r', '1q2w3e', 'q1w2e3r4', 'abc', 'abcd', 'abcdef', 'abcdefg',
  'abcdefgh', 'abcdefghijk', 'abcdefghijkl', 'admin', 'administrator', 'root', 'toor', 'welcome', 'letmein', 'iloveyou', 'woaini',
  'woaini1314', 'monkey', 'dragon', 'master', 'sunshine', 'princess', 'football', 'baseball', 'shadow', 'superman', 'batman',
  'trustno', 'starwars', 'whatever', 'freedom', 'hello', 'helloworld', 'login', 'access', 'secret', 'changeme', 'default',
  'test', 'testing', 'guest', 'user', 'china', 'beijing', 'shanghai', 'anquan', 'anquanshengchan', 'zhiben', 'demo', 'yinhuan',
  'aqb', 'yjj', 'system', 'sysadmin', 'auditor', 'zhangsan', 'lisi', 'wangwu', 'aaaaaa', 'aaaaaaaa', 'a1b2c3', 'a1b2c3d4',
  'abc123', 'aa123456', 'qq123456', 'asd123', 'zxc123', 'qwe123', 'pass', 'passwd', 'mima', 'mima123', 'woshishui', 'nihao',
];
const COMMON_FULL = new Set([
  '123456789012', '1234567890123', '12345678901234', '111111111111', '000000000000', '123123123123', '123321123321',
  '147258369147', '1qaz2wsx3edc', '1qaz2wsx3edc4rfv', 'qazwsxedcrfv', '!qaz2wsx#edc', 'zaq12wsxcde3', '5201314520131',
  '1314520131452', 'qwertyuiop123', 'asdfghjkl123', 'iloveyou1314', 'zhiben@2026', 'zhiben2026', 'zhiben@2025',
]);

/** A common stem said twice or more ("zhibenzhiben", "passwordpassword"): as easy to guess as the stem. */
const isRepeatedCommonStem = (stem: string) =>
  COMMON_STEMS.some((common) => stem.length > common.length && stem.length % common.length === 0 && common.repeat(stem.length / common.length) === stem);

const normalise = (password: string) => password.toLowerCase().replace(/[\s._\-@#!$%^&*+=~]/g, '');
const LEET: Record<string, string> = { '@': 'a', '4': 'a', '0': 'o', '3': 'e', '1': 'i', '!': 'i', $: 's', '5': 's', '7': 't' };
/** The word under the decoration: trailing digits/symbols off, leetspeak undone, separators out. */
const stemOf = (password: string) =>
  password
    .toLowerCase()
    .replace(/[0-9!@#$%^&*()_+\-=.,?~\s]+$/, '')
    .replace(/[@4035!$7]/g, (c) => LEET[c] ?? c)
    .replace(/[\s._\-#%^&*+=~]/g, '');

export function explainPasswordWeakness(password: string, context: { username?: string; currentPassword?: string } = {}): string | null {
  if (Array.from(password).length < MIN_PASSWORD_LENGTH) return `密码至少${MIN_PASSWORD_LENGTH}位`;
  if (new Set(password).size < 5) return '密码重复字符过多，请换一个';
  const lower = password.toLowerCase();
  if (COMMON_FULL.has(lower) || COMMON_FULL.has(normalise(password))) return '该密码过于常见，请换一个';
  const stem = stemOf(password);
  if (stem.length === 0 || COMMON_STEMS.includes(stem) || /^(.)\1*$/.test(stem) || isRepeatedCommonStem(stem)) return '该密码过于常见（常见单词加数字），请换一个';
  const username = context.username?.toLowerCase().trim();
  if (username && username.length >= 3 && (lower.includes(username) || normalise(password).includes(normalise(username)))) return '密码不能包含用户名';
  if (context.currentPassword !== undefined && password === context.currentPassword) return '新密码不能与当前密码相同';
  return null;
}
