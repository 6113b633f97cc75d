import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';
import { contentWordsOf, normaliseText, synonymGroups, type Segmenter } from '@zhiben/core';

// jieba with its bundled dictionary (shipped inside the npm package, nothing is downloaded) plus the domain words
// of the synonym table and a few terms of the standards that the general dictionary splits ("泄爆" → 泄|爆).
const domainWords = ['筒型储库', '储库', '清库', '热定型', '保险粉', '熏蒸', '快速冻结装置', '氨直接蒸发', '涉药', '药物总库', '防护屏障', '连铸', '转炉', '电弧炉', '高炉', '锅炉', '燃气窑炉', '预混燃烧', '熄火保护', '放散阀', '水封式排水器', '锁气卸灰', '砂光机', '干式除尘', '湿式除尘', '防爆电气', '深基坑', '高支模', '连墙件', '卸料平台'];

let instance: Jieba | null = null;

function jieba(): Jieba {
  if (instance) return instance;
  const j = Jieba.withDict(dict);
  const words = new Set<string>(
    [...domainWords, ...synonymGroups.flatMap((g) => [...g.forms, ...(g.members ?? [])])].map(normaliseText).filter((w) => [...w].length >= 2 && /^[\p{Script=Han}a-z0-9]+$/u.test(w)),
  );
  j.loadDict(Buffer.from([...words].map((w) => `${w} 2000 n`).join('\n'), 'utf8'));
  instance = j;
  return j;
}

/** jieba's precise mode without HMM: deterministic, and new words are left to the bigram overlap. */
export const rawJiebaSegmenter: Segmenter = (text) => jieba().cut(text, false);

// Descriptions repeat clause by clause (a ledger names the same defects again and again), and segmenting is a fifth of
// checking one. jieba cuts a text block by block, a block ending at any character outside words (punctuation), which
// it returns as a word of its own; so the text is cut at such characters and each piece's words are kept (bounded).
// The result is jieba's own, word for word (grading.segmenter.test.ts compares them).
const PIECE_ENDS = new Set([...',;:()!?。、，；：（）！？“”‘’《》【】'].map((ch) => ch.charCodeAt(0)));
const pieceWords = new Map<string, { words: readonly string[]; content: readonly string[] }>();
const PIECE_MEMO_MAX = 20_000;

function wordsOfPiece(piece: string): { words: readonly string[]; content: readonly string[] } {
  let known = pieceWords.get(piece);
  if (!known) {
    const words = rawJiebaSegmenter(piece);
    known = { words, content: contentWordsOf(words) };
    if (pieceWords.size >= PIECE_MEMO_MAX) pieceWords.clear();
    pieceWords.set(piece, known);
  }
  return known;
}

/** Each piece of the text and the punctuation between them, in order. */
function eachPiece(text: string, piece: (piece: string) => void, punctuation: (ch: string) => void) {
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    if (!PIECE_ENDS.has(text.charCodeAt(i))) continue;
    if (i > start) piece(text.slice(start, i));
    punctuation(text[i]!);
    start = i + 1;
  }
  if (start < text.length) piece(start === 0 ? text : text.slice(start));
}

/**
 * jieba's precise mode, remembered piece by piece (see above); its content words likewise (punctuation never is one,
 * so they are each piece's content words in order).
 */
export const jiebaSegmenter: Segmenter = Object.assign(
  (text: string) => {
    const out: string[] = [];
    eachPiece(text, (piece) => out.push(...wordsOfPiece(piece).words), (ch) => out.push(ch));
    return out;
  },
  {
    contentWords: (text: string) => {
      const out: string[] = [];
      eachPiece(text, (piece) => out.push(...wordsOfPiece(piece).content), () => undefined);
      return out;
    },
  },
);
