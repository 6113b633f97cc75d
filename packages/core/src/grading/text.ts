// Text handling shared by the criteria index and the descriptions: normalisation, term extraction with an injected
// segmenter (jieba on the server, a simple one in tests), and the polarity of a clause (does it state a defect?).

/**
 * Splits text into words. The server injects jieba; core never depends on a segmentation library. A segmenter that
 * remembers words may also give `contentWords` itself: the same words `contentWordsOf` keeps of its words, as a new
 * array (it is called for every description, so the filtering can be remembered too).
 */
export type Segmenter = ((text: string) => readonly string[]) & { contentWords?: (text: string) => string[] };

/** Full-width forms to ASCII, lower case, whitespace collapsed: criteria and descriptions compare alike. */
export const normaliseText = (text: string): string => text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();

const CJK = /\p{Script=Han}/u;
const isCjk = (ch: string) => CJK.test(ch);

// Function words and the boilerplate of notices and standards: they say nothing about which item applies.
const stopwords = new Set([
  '的', '了', '和', '与', '及', '或', '或者', '并', '并且', '且', '等', '在', '对', '将', '从', '由', '于', '为', '是', '有', '其', '之',
  '未', '不', '没有', '无', '按照', '按', '规定', '按规定', '按照规定', '要求', '存在', '情形', '下列', '之一', '应当', '应', '判定',
  '重大', '事故', '隐患', '重大事故隐患', '进行', '相关', '有关', '其他', '以上', '以下', '国家', '标准', '国家标准', '行业标准', '企业', '公司',
  '单位', '该', '该公司', '该企业', '该单位', '发现', '检查', '执法', '执法人员', '检查时', '问题', '情况', '上述', '以及', '但', '也',
  '已', '均', '仍', '所', '个', '处', '一', '一处', '部分', '时', '中', '内', '上', '下', '前', '后', '其中', '包括', '含', '类',
]);

/** Single characters that carry meaning on their own in this domain. */
const meaningfulSingles = new Set(['氨', '氯', '炉', '罐', '窑', '坑', '坝', '井', '塔', '阀', '尘']);

// Words repeat across descriptions: the answer per word is kept (bounded, so free text cannot grow it without end).
const contentWordMemo = new Map<string, boolean>();
const CONTENT_WORD_MEMO_MAX = 50_000;

/** Whether a segment is worth indexing. */
export function isContentWord(word: string): boolean {
  let known = contentWordMemo.get(word);
  if (known === undefined) {
    known = judgeContentWord(word);
    if (contentWordMemo.size >= CONTENT_WORD_MEMO_MAX) contentWordMemo.clear();
    contentWordMemo.set(word, known);
  }
  return known;
}

function judgeContentWord(word: string): boolean {
  if (stopwords.has(word)) return false;
  if (/^[\p{P}\p{S}\s\d.%]+$/u.test(word)) return false;
  const chars = [...word];
  if (chars.length === 1) return meaningfulSingles.has(word);
  return chars.some(isCjk) || /[a-z]{2,}/.test(word);
}

/** Content words of a text, in order, duplicates kept (callers take sets). */
export function contentWords(text: string, segment: Segmenter): string[] {
  if (segment.contentWords) return segment.contentWords(text);
  return contentWordsOf(segment(text));
}

/** The words worth indexing, trimmed, of segmented text. */
export function contentWordsOf(words: readonly string[]): string[] {
  const out: string[] = [];
  for (const word of words) {
    const w = word.trim();
    if (w !== '' && isContentWord(w)) out.push(w);
  }
  return out;
}

// Character bigrams are looked up for every description: a pair of common ideographs (U+4E00–U+9FA5, nearly all
// of them) is keyed by a small integer, so no string is built or hashed; other Han characters by their string.
const COMMON_HAN_FIRST = 0x4e00;
const COMMON_HAN_SPAN = 0x9fa5 - COMMON_HAN_FIRST + 1;
const HAN = /^\p{Script=Han}$/u;

/** The key of a bigram of two common ideographs (a small integer); null for any other bigram. */
export function commonBigramKey(gram: string): number | null {
  if (gram.length !== 2) return null;
  const a = gram.charCodeAt(0) - COMMON_HAN_FIRST;
  const b = gram.charCodeAt(1) - COMMON_HAN_FIRST;
  return a >= 0 && a < COMMON_HAN_SPAN && b >= 0 && b < COMMON_HAN_SPAN ? a * COMMON_HAN_SPAN + b : null;
}

/**
 * Each character bigram of the Han runs of a text, in order (repeats included): `common` with the key of a pair of
 * common ideographs, `other` with the string of any other pair.
 */
export function eachHanBigram(text: string, common: (key: number) => void, other: (gram: string) => void): void {
  // The previous Han character: its offset from COMMON_HAN_FIRST when common (else -1), and its string otherwise.
  let previous = -2;
  let previousChar = '';
  for (let i = 0; i < text.length; i++) {
    const offset = text.charCodeAt(i) - COMMON_HAN_FIRST;
    if (offset >= 0 && offset < COMMON_HAN_SPAN) {
      if (previous >= 0) common(previous * COMMON_HAN_SPAN + offset);
      else if (previous === -1) other(previousChar + text[i]!);
      previous = offset;
      continue;
    }
    const point = text.codePointAt(i)!;
    const ch = String.fromCodePoint(point);
    if (point > 0xffff) i++;
    if (!HAN.test(ch)) {
      previous = -2;
      continue;
    }
    if (previous !== -2) other((previous >= 0 ? String.fromCharCode(previous + COMMON_HAN_FIRST) : previousChar) + ch);
    previous = -1;
    previousChar = ch;
  }
}

/** Character bigrams of the Han runs (robust to segmentation that differs between two texts). */
export function hanBigrams(text: string): Set<string> {
  const grams = new Set<string>();
  eachHanBigram(
    text,
    (key) => grams.add(String.fromCharCode(Math.floor(key / COMMON_HAN_SPAN) + COMMON_HAN_FIRST, (key % COMMON_HAN_SPAN) + COMMON_HAN_FIRST)),
    (gram) => grams.add(gram),
  );
  return grams;
}

const CLAUSE_END = /[，。；;！？!?\n]|,(?!\d)/gu;

/** Clauses of a description with their start offsets: the unit whose polarity is judged. */
export function clauseSpans(text: string): { text: string; start: number }[] {
  const spans: { text: string; start: number }[] = [];
  let start = 0;
  for (const m of text.matchAll(CLAUSE_END)) {
    if (m.index > start) spans.push({ text: text.slice(start, m.index), start });
    start = m.index + m[0].length;
  }
  if (start < text.length) spans.push({ text: text.slice(start), start });
  return spans.filter((s) => s.text.trim() !== '');
}

/** Clauses of a description. */
export const clausesOf = (text: string): string[] => clauseSpans(text).map((s) => s.text.trim());

// A clause that states a defect: something missing, failed, exceeded, done without permission or in the wrong place.
const defectCues =
  /未|没有|没|无|缺|不|非|失效|失灵|损坏|故障|停用|关闭|拆除|屏蔽|短接|摘除|旁路|超过|超出|超量|超员|擅自|违规|违章|私自|私拉|共用|互联互通|贯通|堵塞|占用|积尘|积水|过期|老化|锈蚀|裂|泄漏|渗漏|严重|错误|小于|大于|低于|高于|达不到|减少|短路|裸露|造假|伪造|篡改|带病/u;
// Statements that the requirement is met ("已设置", "未发现异常") — they cancel a match.
const complianceCues =
  /(已经?|均已|都已|全部)(按(照)?(要求|规定|标准))?(设置|安装|配备|配置|建立|落实|采取|实现|取得|签订|投用|投入使用|整改|完成|辨识|设|装)|符合(要求|规定|标准)|运行正常|正常运行|完好有效|齐全有效|满足要求/u;
// "未发现积尘": the defect words that follow are what was looked for and not found.
const nothingFound = /(未|没有)发现|未见异常|无异常/u;

/** Whether a text (a condition of an item) is worded as a defect: something missing, failed or exceeded. */
export const statesDefect = (text: string): boolean => defectCues.test(normaliseText(text));

// Quality remarks ("审批不规范", "记录不全"): something is done, but not well — typical of general hazards.
const minorCues = /不规范|不完善|不到位|不齐全|不完整|不全|不够|不清晰|较乱|混乱|模糊|不及时|欠缺/gu;

/** defect: states a violation; minor: states a shortcoming in quality; compliant: states the requirement is met. */
export type Polarity = 'defect' | 'minor' | 'neutral' | 'compliant';

/** Whether a clause of a description reports a defect, a minor shortcoming, compliance, or neither. */
export const clausePolarity = (clause: string): Polarity => polarityOfNormalised(normaliseText(clause));

/** The same for a clause of a text already normalised (`normaliseText`). */
export function polarityOfNormalised(c: string): Polarity {
  if (nothingFound.test(c)) return 'compliant';
  if (minorCues.test(c)) {
    minorCues.lastIndex = 0;
    return defectCues.test(c.replace(minorCues, '')) ? 'defect' : 'minor';
  }
  if (complianceCues.test(c)) {
    // "已设置报警器但未投用" still reports a defect after the concession.
    return defectCues.test(c.replace(complianceCues, '')) ? 'defect' : 'compliant';
  }
  return defectCues.test(c) ? 'defect' : 'neutral';
}
