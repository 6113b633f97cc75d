// The logical shape of a 判定标准 item. Items are written as conditions: "A，或者B" (either suffices), "A，并且B"
// (both are needed), "存在下列情形之一的：1.…；2.…" (numbered alternatives under a shared head), and lists
// "会议室、活动室、休息室…等6类场所" (any member satisfies the list). Scoring a description against the item
// follows that shape instead of counting words, so half of a conjunction is not a match.

import { conceptsIn } from './synonyms.ts';
import { contentWords, normaliseText, statesDefect, type Segmenter } from './text.ts';

/** `all`: every term is needed; `any`: one member of an enumeration is enough. */
export type Unit = { kind: 'all' | 'any'; terms: readonly string[] };
/** One condition: its words (in units) and the domain concepts it names. */
export type Part = {
  text: string;
  units: readonly Unit[];
  concepts: readonly string[];
  /** The part names a forbidden state ("采用重力沉降室除尘", "设置在…内") rather than an omission. */
  prohibitedState: boolean;
};
/** A conjunction of parts; an item holds when any of its alternatives holds. */
export type Alternative = { parts: readonly Part[] };

const NUMBERED = /(?:^|[;；:：\s])\d+[.．、](?!\d)/u;
// Clause-level "or" follows a comma or semicolon; a bare 或者/或 joins words ("密闭或者半密闭空间"): a list.
const OR_SPLIT = /[;；]|[,，]或者?/u;
const WORD_OR = /或者|或/gu;
const AND_SPLIT = /[,，]?并且|[,，]且|且(?=未|不)|[,，]同时/u;
// Parenthesised remarks: exemptions ("…除外"), notes ("注1：…"), examples. They do not have to be present.
const PARENTHESISED = /[(（][^()（）]*[)）]/gu;

/** Removes remarks and the boilerplate tail ("…的", "应当判定为重大事故隐患"). */
function coreText(text: string): string {
  return normaliseText(text)
    .replace(PARENTHESISED, ' ')
    .replace(/[,，]?(均|应当|应)?判定为重大(事故)?隐患/gu, '')
    .replace(/的[。.]?$/u, '')
    .replace(/[。.]$/u, '')
    .trim();
}

/**
 * Units of a phrase with enumerations "A、B、C等X": members of a list are alternatives, the words around them are
 * required. A list runs while its items are single words; an item of several words ends one list with its first
 * word and may start the next with its last ("办公区、生活区等人员集聚场所设在危崖、塌陷区、崩落区").
 */
function listUnits(phrase: string, segment: Segmenter): Unit[] {
  // Single characters (罐, 炉) are kept for ranking but never required: as substrings they match almost anything.
  const items = phrase
    .split('、')
    .map((i) => contentWords(i, segment).filter((w) => [...w].length >= 2))
    .filter((w) => w.length > 0);
  if (items.length < 2) return (items[0] ?? []).map((w) => ({ kind: 'all', terms: [w] }));
  const units: Unit[] = [];
  let members: string[] = [];
  const required = (words: readonly string[]) => words.forEach((w) => units.push({ kind: 'all', terms: [w] }));
  const close = () => {
    const distinct = [...new Set(members)];
    if (distinct.length === 1) required(distinct);
    else if (distinct.length > 1) units.push({ kind: 'any', terms: distinct });
    members = [];
  };
  items.forEach((words, i) => {
    const first = i === 0;
    const last = i === items.length - 1;
    if (first) {
      required(words.slice(0, -1));
      members.push(words[words.length - 1]!);
    } else if (last) {
      members.push(words[0]!);
      close();
      required(words.slice(1));
    } else if (words.length === 1) {
      members.push(words[0]!);
    } else {
      members.push(words[0]!);
      close();
      required(words.slice(1, -1));
      members.push(words[words.length - 1]!);
    }
  });
  close();
  return units;
}

function partOf(text: string, segment: Segmenter): Part {
  const units = text
    .replace(WORD_OR, '、')
    .split(/[,，:：]/u)
    .map((p) => p.trim())
    .filter((p) => p !== '')
    .flatMap((phrase) => listUnits(phrase, segment));
  return { text, units, concepts: [...conceptsIn(text).keys()], prohibitedState: !statesDefect(text) };
}

function alternativeOf(text: string, segment: Segmenter, head: string | null): Alternative {
  const parts = text
    .split(AND_SPLIT)
    .map((p) => p.trim())
    .filter((p) => p !== '')
    .map((p) => partOf(p, segment))
    .filter((p) => p.units.length > 0 || p.concepts.length > 0);
  const headPart = head ? partOf(head, segment) : null;
  return { parts: headPart && headPart.units.length > 0 ? [headPart, ...parts] : parts };
}

/** The alternatives of an item's text (or of a topic label when the text is not published). */
export function parseCriterion(text: string, segment: Segmenter): Alternative[] {
  const core = coreText(text);
  const numbered = core.search(NUMBERED);
  if (numbered >= 0) {
    const head = core
      .slice(0, numbered)
      .replace(/(存在|有)?下列情形之一|[:：]/gu, ' ')
      .trim();
    const items = core
      .slice(numbered)
      .split(/(?:^|[;；:：\s])\d+[.．、](?!\d)/u)
      .map((i) => i.trim())
      .filter((i) => i !== '');
    const alternatives = items.map((item) => alternativeOf(item, segment, head));
    return alternatives.filter((a) => a.parts.length > 0);
  }
  return core
    .split(OR_SPLIT)
    .map((a) => a.trim())
    .filter((a) => a !== '')
    .map((a) => alternativeOf(a, segment, null))
    .filter((a) => a.parts.length > 0);
}
