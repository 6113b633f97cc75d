import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';
import { normaliseText, synonymGroups, type Segmenter } from '@zhiben/core';

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

/** Precise-mode segmentation without HMM: deterministic, and new words are left to the bigram overlap. */
export const jiebaSegmenter: Segmenter = (text) => jieba().cut(text, false);
