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

/** Units of a phrase list "A、B、C等X": members are alternatives, the words around them are required. */
function listUnits(phrase: string, segment: Segmenter): Unit[] {
  const items = phrase.split('、').map((i) => i.trim()).filter((i) => i !== '');
  if (items.length < 2) return contentWords(phrase, segment).map((w) => ({ kind: 'all', terms: [w] }));
  const units: Unit[] = [];
  const members: string[] = [];
  items.forEach((item, i) => {
    const words = contentWords(item, segment);
    if (words.length === 0) return;
    if (i === 0) {
      // The last word of the first item is the first member; the words before it are the list's context.
      for (const w of words.slice(0, -1)) units.push({ kind: 'all', terms: [w] });
      members.push(words[words.length - 1] ?? '');
    } else if (i === items.length - 1) {
      // The first word of the last item is the last member; what follows ("等6类场所") is required context.
      members.push(words[0] ?? '');
      for (const w of words.slice(1)) units.push({ kind: 'all', terms: [w] });
    } else {
      members.push(...words);
    }
  });
  const distinct = [...new Set(members.filter((m) => m !== ''))];
  if (distinct.length > 0) units.push({ kind: 'any', terms: distinct });
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
