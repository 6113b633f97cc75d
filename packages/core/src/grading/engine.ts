// 判定助手 engine: from a free-text hazard description to the 判定标准 items it matches, best first, each with a
// score, what matched and a one-line reason. Deterministic and without I/O: the caller supplies the criteria, the
// segmenter and which standards are in force; the index is built once, and then only its scratch (the memo of the one
// query being scored, reused so a query allocates little) and its memo of item masks per set of standards change.
//
// Score of an item for a description (all parts in 0..1):
//   coverage  — how much of the item's conditions the description states, following the item's logic
//               (alternatives: best one; conjunction: 0.5·weakest + 0.5·mean; enumerations: any member), each
//               term weighted by its rarity among all items (IDF) and by the polarity of the clause it occurs in;
//   focus     — how much of the description's own content the item explains;
//   overlap   — shared character bigrams (robust to segmentation differences).
// score = COVERAGE_WEIGHT·coverage + FOCUS_WEIGHT·focus + OVERLAP_WEIGHT·overlap, lowered for catch-all items.

import { parseCriterion, type Alternative, type Part, type Unit } from './conditions.ts';
import { conceptOccurrences, conceptsIn, expandAbbreviations, standInConcepts } from './synonyms.ts';
import { clauseSpans, commonBigramKey, contentWords, eachHanBigram, hanBigrams, normaliseText, polarityOfNormalised, type Polarity, type Segmenter } from './text.ts';
import { verdictFor, type Verdict, SUGGEST_MIN_SCORE, PREFERRED_MIN_SCORE } from './verdict.ts';

export type GradingCriterion = {
  id: string;
  standardId: string;
  /** Item text; null for standards whose text is not published here (then `topic` is used). */
  text: string | null;
  topic: string | null;
  group: string | null;
  /** Clause number as printed ("11.3", "5", "附录A"); optional. */
  clause?: string | null;
};

export const COVERAGE_WEIGHT = 0.6;
export const FOCUS_WEIGHT = 0.25;
export const OVERLAP_WEIGHT = 0.15;
/** Concept tokens (synonym groups) count more than a single word: they are the domain's key notions. */
export const CONCEPT_WEIGHT = 1.3;
/** A doc word whose synonym group the description names counts as present, slightly discounted. */
export const SYNONYM_CREDIT = 0.85;
/** How much a term counts by the polarity of the clause that states it. */
export const POLARITY_FACTOR: Record<Polarity, number> = { defect: 1, neutral: 0.7, minor: 0.55, compliant: 0.2 };
/** Items known only by a topic label (copyrighted GB/AQ standards): fewer words, so less evidence per match. */
export const TOPIC_ONLY_FACTOR = 0.85;
/** Catch-all items ("其他严重违法…", the 通则 on failed safety devices) are suggested, never decisive. */
export const CATCH_ALL_FACTOR = 0.75;
export const MAX_SUGGESTIONS = 10;
/** In a conjunction every condition must be stated: a part below this share caps the alternative's coverage. */
export const CONJUNCTION_PART_MIN = 0.5;
export const CONJUNCTION_CAP = 0.5;
/** The description names the item's industry or field (its group: 有色, 粉尘涉爆, 有限空间 …). */
export const GROUP_BONUS = 0.04;
/** A chapter listed beside a matched chapter of the same standard (see `withSiblingChapters`) scores this share of it. */
export const SIBLING_CHAPTER_FACTOR = 0.9;

const CATCH_ALL_IDS = new Set(['GM10-14', 'RQ2023-10', 'JZ2024-17', 'MB2024-17', 'MB2024-6', 'GB35181-4.1', 'GB35181-4.2']);
const CONCEPT = '#';
// Group labels that name no industry ("管理类（所有工贸企业）", "通则").
const GENERIC_GROUP_WORDS = new Set(['管理', '所有', '工贸', '通则', '安全', '生产', '管理类', '经营', '行业']);

/** A unit with its term weights precomputed (weights are static once the index is built). */
type CompiledUnit = {
  kind: 'all' | 'any';
  terms: readonly string[];
  ids: Int32Array;
  weights: readonly number[];
  mass: number;
  /** Per term: its concept key when the term is a concept (`#key`), else null; and the concepts the word stands for. */
  conceptKeys: readonly (string | null)[];
  standIns: readonly (readonly string[])[];
  /**
   * Per term: the id of its first character bigram (-1: it has none the index knows). A description without that
   * bigram cannot contain the word, so the text is searched only when the query met it.
   */
  firstBigrams: Int32Array;
};
type CompiledPart = { part: Part; units: readonly CompiledUnit[]; mass: number };

type Doc = {
  criterion: GradingCriterion;
  alternatives: readonly Alternative[];
  compiled: readonly (readonly CompiledPart[])[];
  /** Words and concepts of text, topic and group (for focus). */
  terms: ReadonlySet<string>;
  bigrams: ReadonlySet<string>;
  /** Concept keys each word of the doc belongs to (a synonym in the description stands in for the word). */
  wordConcepts: ReadonlyMap<string, readonly string[]>;
  /** Concept → surface form in the item's text (for highlighting). */
  conceptSurface: ReadonlyMap<string, string>;
  /** Content words of the item's group (its industry or field). */
  groupWords: readonly string[];
  catchAll: boolean;
  /** `terms` and `bigrams` as bit sets over the index's term and bigram ids (set tests without hashing strings). */
  termBits: Uint8Array;
  bigramBits: Uint8Array;
};

/** Scratch of the query being scored: presence of a term per term id, valid while its stamp is the query's. */
type Scratch = {
  generation: number;
  stamps: Uint32Array;
  presences: Presence[];
  proxy: Float64Array;
  /** Per item: the candidate search that last reached it (its proxy is valid then); the items reached, in order. */
  proxyStamps: Uint32Array;
  proxyGeneration: number;
  reached: Int32Array;
  /** Per bigram id: the query that last met it (distinct bigrams without a set). */
  bigramStamps: Uint32Array;
  /** Common bigrams no item has, met by this query: an open-addressed table of keys, a slot in use when stamped. */
  strangerKeys: Int32Array;
  strangerStamps: Uint32Array;
};

/**
 * Bigram ids by `commonBigramKey`, open-addressed (linear probing, -1: empty): looked up for every bigram of every
 * description, so it is two typed arrays rather than a Map.
 */
type CommonBigramTable = { keys: Int32Array; ids: Int32Array; mask: number };
const EMPTY_SLOT = -1;
const slotOf = (key: number, mask: number) => (Math.imul(key, 0x9e3779b1) >>> 0) & mask;

function commonBigramTable(bigramIds: ReadonlyMap<string, number>): CommonBigramTable {
  let size = 16;
  while (size < bigramIds.size * 2) size *= 2;
  const table: CommonBigramTable = { keys: new Int32Array(size).fill(EMPTY_SLOT), ids: new Int32Array(size), mask: size - 1 };
  for (const [gram, id] of bigramIds) {
    const key = commonBigramKey(gram);
    if (key === null) continue;
    let slot = slotOf(key, table.mask);
    while (table.keys[slot] !== EMPTY_SLOT) slot = (slot + 1) & table.mask;
    table.keys[slot] = key;
    table.ids[slot] = id;
  }
  return table;
}

function commonBigramId(table: CommonBigramTable, key: number): number {
  for (let slot = slotOf(key, table.mask); ; slot = (slot + 1) & table.mask) {
    const at = table.keys[slot]!;
    if (at === key) return table.ids[slot]!;
    if (at === EMPTY_SLOT) return -1;
  }
}

type Posting = { docs: Int32Array; idf: number };

export type GradingIndex = {
  docs: readonly Doc[];
  byId: ReadonlyMap<string, Doc>;
  idf: ReadonlyMap<string, number>;
  /** Weight of a description word no item uses (names, numbers): it dilutes focus a little. */
  unknownWeight: number;
  /**
   * Items per concept (by `#key`) and per character bigram (by bigram id), with the term's IDF; terms in more than a
   * third of all items ("设置", "未按") carry almost no weight and cost the most, so they have none.
   */
  conceptPostings: ReadonlyMap<string, Posting>;
  bigramPostings: readonly (Posting | undefined)[];
  /** Ids of the words and concepts (`#key`) of the items and of their conditions; of the items' character bigrams. */
  termIds: ReadonlyMap<string, number>;
  /** weightOf each term, by term id. */
  termWeights: Float64Array;
  bigramIds: ReadonlyMap<string, number>;
  /** The same ids by `commonBigramKey` (bigrams of two common ideographs: nearly all). */
  commonBigramIds: CommonBigramTable;
  segment: Segmenter;
  /** One query is scored at a time (scoring is synchronous), so its term memo lives here, reused. */
  scratch: Scratch;
  /** Per set of standards in force (the caller memoises the sets), which items belong to them. */
  allowedMasks: WeakMap<ReadonlySet<string>, Uint8Array>;
};

export type Suggestion = {
  criterionId: string;
  standardId: string;
  /** 0..1, two decimals. */
  score: number;
  /** Share of the item's conditions the description states, 0..1. */
  coverage: number;
  /** Words of the item's text that the description matched (for highlighting). */
  matchedTerms: string[];
  /** [start, end) offsets into the item's text (or topic) of the matched words, merged and sorted. */
  highlights: [number, number][];
  /** Conditions of a conjunction that the description does not state. */
  missing: string[];
  polarity: Polarity;
  catchAll: boolean;
  preferred: boolean;
  reason: string;
};

export type GradingResult = { verdict: Verdict; verdictReason: string; items: Suggestion[] };

export type SuggestOptions = {
  /** Standards in force on the finding date; items of other standards are never suggested. */
  allowedStandards: ReadonlySet<string>;
  /** Standards of the enterprise's sectors: ranked first when they match at all. */
  preferredStandards?: ReadonlySet<string>;
  limit?: number;
  /** Items given the full scoring (default CANDIDATES_SCORED); a ledger preview uses fewer for speed. */
  candidates?: number;
};

const docText = (c: GradingCriterion) => c.text ?? c.topic ?? '';

function termsOfText(text: string, segment: Segmenter): { words: string[]; concepts: Map<string, string> } {
  const normalised = expandAbbreviations(normaliseText(text));
  return { words: contentWords(normalised, segment), concepts: conceptsIn(normalised) };
}

/** Builds the in-memory index over all criteria (done once at start-up or on first use). */
export function buildGradingIndex(criteria: readonly GradingCriterion[], segment: Segmenter): GradingIndex {
  const docs: (Doc & { compiled: CompiledPart[][] })[] = criteria.map((criterion): Doc & { compiled: CompiledPart[][] } => {
    const body = docText(criterion);
    const context = [criterion.topic && criterion.text ? criterion.topic : '', criterion.group ?? ''].join(' ');
    const own = termsOfText(body, segment);
    const around = termsOfText(context, segment);
    const terms = new Set<string>([...own.words, ...around.words]);
    for (const key of [...own.concepts.keys(), ...around.concepts.keys()]) terms.add(CONCEPT + key);
    const wordConcepts = new Map<string, string[]>();
    for (const w of terms) if (!w.startsWith(CONCEPT)) wordConcepts.set(w, standInConcepts(w));
    // Alternatives come from the item's own text; a topic label stands in when the text is not published.
    const alternatives = parseCriterion(expandAbbreviations(normaliseText(body)), segment);
    return {
      criterion,
      alternatives,
      compiled: [] as CompiledPart[][],
      terms,
      bigrams: hanBigrams(normaliseText(`${body} ${criterion.group ?? ''}`)),
      wordConcepts,
      conceptSurface: own.concepts,
      groupWords: contentWords(normaliseText(criterion.group ?? ''), segment).filter((w) => [...w].length >= 2 && !GENERIC_GROUP_WORDS.has(w)),
      catchAll: CATCH_ALL_IDS.has(criterion.id),
      termBits: new Uint8Array(0),
      bigramBits: new Uint8Array(0),
    };
  });
  const df = new Map<string, number>();
  for (const doc of docs) {
    for (const t of doc.terms) df.set(t, (df.get(t) ?? 0) + 1);
    for (const g of doc.bigrams) df.set(`~${g}`, (df.get(`~${g}`) ?? 0) + 1);
  }
  const n = Math.max(docs.length, 1);
  const idf = new Map<string, number>();
  for (const [t, count] of df) idf.set(t, Math.log(1 + (n - count + 0.5) / (count + 0.5)));
  const lists = new Map<string, number[]>();
  docs.forEach((doc, i) => {
    for (const t of doc.terms) if (t.startsWith(CONCEPT)) (lists.get(t) ?? lists.set(t, []).get(t)!).push(i);
    for (const g of doc.bigrams) (lists.get(g) ?? lists.set(g, []).get(g)!).push(i);
  });
  const postingOf = (key: string, idfKey: string): Posting | undefined => {
    const list = lists.get(key);
    return list && list.length <= n / 3 ? { docs: Int32Array.from(list), idf: idf.get(idfKey) ?? 0 } : undefined;
  };
  const weights = [...idf.values()].sort((a, b) => a - b);
  const median = weights[Math.floor(weights.length / 2)] ?? 1;
  const termIds = new Map<string, number>();
  const bigramIds = new Map<string, number>();
  const idIn = (ids: Map<string, number>, key: string) => ids.get(key) ?? ids.set(key, ids.size).size - 1;
  for (const doc of docs) {
    for (const t of doc.terms) idIn(termIds, t);
    for (const g of doc.bigrams) idIn(bigramIds, g);
  }
  const index: GradingIndex = {
    docs, byId: new Map(docs.map((d) => [d.criterion.id, d])), idf, unknownWeight: median * 0.5, termIds, termWeights: new Float64Array(0), bigramIds, segment,
    commonBigramIds: commonBigramTable(bigramIds),
    conceptPostings: new Map([...termIds.keys()].filter((t) => t.startsWith(CONCEPT)).flatMap((t) => {
      const posting = postingOf(t, t);
      return posting ? [[t, posting] as const] : [];
    })),
    bigramPostings: [...bigramIds.keys()].map((g) => postingOf(g, `~${g}`)),
    scratch: {
      generation: 0, stamps: new Uint32Array(0), presences: [], bigramStamps: new Uint32Array(bigramIds.size),
      proxy: new Float64Array(docs.length), proxyStamps: new Uint32Array(docs.length), proxyGeneration: 0, reached: new Int32Array(docs.length),
      strangerKeys: new Int32Array(64), strangerStamps: new Uint32Array(64),
    },
    allowedMasks: new WeakMap(),
  };
  for (const doc of docs) doc.compiled = doc.alternatives.map((a) => a.parts.map((part) => compilePart(index, part, doc.wordConcepts, (t) => idIn(termIds, t))));
  const bitsOf = (keys: ReadonlySet<string>, ids: ReadonlyMap<string, number>) => {
    const bits = new Uint8Array((ids.size >> 3) + 1);
    for (const key of keys) {
      const id = ids.get(key)!;
      bits[id >> 3]! |= 1 << (id & 7);
    }
    return bits;
  };
  for (const doc of docs) {
    doc.termBits = bitsOf(doc.terms, termIds);
    doc.bigramBits = bitsOf(doc.bigrams, bigramIds);
  }
  index.termWeights = Float64Array.from(termIds.keys(), (t) => weightOf(index, t));
  index.scratch.stamps = new Uint32Array(termIds.size);
  index.scratch.presences = new Array<Presence>(termIds.size).fill(ABSENT);
  return index;
}

const hasBit = (bits: Uint8Array, id: number) => (bits[id >> 3]! & (1 << (id & 7))) !== 0;

const weightOf = (index: GradingIndex, term: string) => (index.idf.get(term) ?? index.unknownWeight) * (term.startsWith(CONCEPT) ? CONCEPT_WEIGHT : 1);

const NO_CONCEPTS: readonly string[] = [];

function compilePart(index: GradingIndex, part: Part, wordConcepts: Doc['wordConcepts'], idOf: (term: string) => number): CompiledPart {
  const units: CompiledUnit[] = [...part.units, ...part.concepts.map((k): Unit => ({ kind: 'all', terms: [CONCEPT + k] }))].map((u) => {
    const weights = u.terms.map((t) => weightOf(index, t));
    const mass = u.kind === 'all' ? weights.reduce((a, b) => a + b, 0) : Math.max(...weights);
    return {
      kind: u.kind, terms: u.terms, ids: Int32Array.from(u.terms, idOf), weights, mass,
      conceptKeys: u.terms.map((t) => (t.startsWith(CONCEPT) ? t.slice(1) : null)),
      standIns: u.terms.map((t) => wordConcepts.get(t) ?? NO_CONCEPTS),
      firstBigrams: Int32Array.from(u.terms, (t) => firstBigramId(index, t)),
    };
  });
  return { part, units, mass: units.reduce((a, u) => a + u.mass, 0) };
}

function firstBigramId(index: GradingIndex, term: string): number {
  let first: number | null = null;
  eachHanBigram(
    term,
    (key) => (first ??= commonBigramId(index.commonBigramIds, key)),
    (gram) => (first ??= index.bigramIds.get(gram) ?? -1),
  );
  return first ?? -1;
}

/** What the engine knows of one description, computed once per request. */
type Query = {
  text: string;
  /** Clause start offsets (ascending) and their polarity. */
  clauseStarts: readonly number[];
  clausePolarities: readonly Polarity[];
  words: string[];
  concepts: Map<string, Polarity>;
  /** Distinct character bigrams of the description. */
  bigramCount: number;
  /** Ids of the description's bigrams that some item has (the others can be shared by none). */
  bigramIdList: readonly number[];
  /** Distinct words and concepts of the description with their weights (for focus), by term id (-1: no item uses it). */
  focusIds: Int32Array;
  focusWeights: Float64Array;
  focusMass: number;
  /**
   * The index's scratch and this query's stamp in it (term → factor and polarity of the best clause stating it; the
   * bigrams it met). Valid until the next query on the same index: scoring is synchronous and uses a query at once.
   */
  scratch: Scratch;
  generation: number;
};

/** Index of the clause containing offset `at` (clauses are sorted by start). */
function clauseAt(starts: readonly number[], at: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

const better = (a: Polarity, b: Polarity): Polarity => (POLARITY_FACTOR[a] >= POLARITY_FACTOR[b] ? a : b);

function analyse(index: GradingIndex, description: string): Query {
  const normalised = expandAbbreviations(normaliseText(description));
  const spans = clauseSpans(normalised);
  const clauseStarts = spans.map((c) => c.start);
  const clausePolarities = spans.map((c) => polarityOfNormalised(c.text));
  const concepts = new Map<string, Polarity>();
  for (const { key, at } of conceptOccurrences(normalised)) {
    const p = clausePolarities[clauseAt(clauseStarts, at)] ?? 'neutral';
    concepts.set(key, concepts.has(key) ? better(concepts.get(key)!, p) : p);
  }
  const words = contentWords(normalised, index.segment);
  const distinct = new Set(words);
  for (const k of concepts.keys()) distinct.add(CONCEPT + k);
  const focusIds = new Int32Array(distinct.size);
  const focusWeights = new Float64Array(distinct.size);
  let focusMass = 0;
  let at = 0;
  for (const t of distinct) {
    const id = index.termIds.get(t) ?? -1;
    focusIds[at] = id;
    focusMass += focusWeights[at] = id >= 0 ? index.termWeights[id]! : weightOf(index, t);
    at++;
  }
  // Distinct bigrams: counted, and the ids of those some item has kept in order of first occurrence.
  const scratch = nextQueryOf(index.scratch, normalised.length);
  const generation = scratch.generation;
  const { bigramStamps, strangerKeys, strangerStamps } = scratch;
  const strangerMask = strangerKeys.length - 1;
  let bigramCount = 0;
  let others: Set<string> | null = null;
  const known: number[] = [];
  const knownOnce = (id: number) => {
    if (bigramStamps[id] === generation) return;
    bigramStamps[id] = generation;
    bigramCount++;
    known.push(id);
  };
  eachHanBigram(
    normalised,
    (key) => {
      const id = commonBigramId(index.commonBigramIds, key);
      if (id >= 0) return knownOnce(id);
      let slot = slotOf(key, strangerMask);
      for (; strangerStamps[slot] === generation; slot = (slot + 1) & strangerMask) if (strangerKeys[slot] === key) return;
      strangerStamps[slot] = generation;
      strangerKeys[slot] = key;
      bigramCount++;
    },
    (gram) => {
      const id = index.bigramIds.get(gram);
      if (id !== undefined) return knownOnce(id);
      others ??= new Set();
      if (others.has(gram)) return;
      others.add(gram);
      bigramCount++;
    },
  );
  return {
    text: normalised, clauseStarts, clausePolarities, words, concepts, bigramCount, bigramIdList: known, focusIds, focusWeights, focusMass,
    scratch,
    generation,
  };
}

/**
 * A new stamp for the next query (stamps of an earlier query no longer count); the table of strangers holds at least
 * twice the bigrams a text of this length can have.
 */
function nextQueryOf(scratch: Scratch, textLength: number): Scratch {
  scratch.generation = (scratch.generation + 1) >>> 0;
  if (scratch.generation === 0) {
    scratch.stamps.fill(0);
    scratch.bigramStamps.fill(0);
    scratch.strangerStamps.fill(0);
    scratch.generation = 1;
  }
  if (scratch.strangerKeys.length < textLength * 2) {
    let size = scratch.strangerKeys.length;
    while (size < textLength * 2) size *= 2;
    scratch.strangerKeys = new Int32Array(size);
    scratch.strangerStamps = new Uint32Array(size);
  }
  return scratch;
}

type Presence = { factor: number; polarity: Polarity };
const ABSENT: Presence = { factor: 0, polarity: 'neutral' };
const presences = (credit: number) =>
  Object.fromEntries((Object.keys(POLARITY_FACTOR) as Polarity[]).map((p) => [p, { factor: POLARITY_FACTOR[p] * credit, polarity: p }])) as Record<Polarity, Presence>;
/** A term stated in a clause of this polarity: in so many words, or through a synonym (constants: no allocation). */
const STATED = presences(1);
const STATED_BY_SYNONYM = presences(SYNONYM_CREDIT);
const stronger = (a: Presence, b: Presence) => (b.factor > a.factor ? b : a);

/** How the description states a term: weight factor and the polarity of its clause (factor 0: not stated). */
function presence(query: Query, unit: CompiledUnit, i: number): Presence {
  const { scratch } = query;
  const id = unit.ids[i]!;
  if (scratch.stamps[id] === query.generation) return scratch.presences[id]!;
  let found = ABSENT;
  const concept = unit.conceptKeys[i];
  if (concept != null) {
    const p = query.concepts.get(concept);
    if (p) found = STATED[p];
  } else {
    const term = unit.terms[i]!;
    const gram = unit.firstBigrams[i]!;
    if (gram < 0 || scratch.bigramStamps[gram] === query.generation) {
      for (let at = query.text.indexOf(term); at >= 0; at = query.text.indexOf(term, at + 1)) {
        found = stronger(found, STATED[query.clausePolarities[clauseAt(query.clauseStarts, at)] ?? 'neutral']);
      }
    }
    if (found.factor === 0 && query.concepts.size > 0) {
      // A synonym of the word stated in the description (e.g. 受限空间 for 有限空间).
      for (const key of unit.standIns[i]!) {
        const p = query.concepts.get(key);
        if (p) found = stronger(found, STATED_BY_SYNONYM[p]);
      }
    }
  }
  scratch.stamps[id] = query.generation;
  scratch.presences[id] = found;
  return found;
}


/** A plain statement of a forbidden state is the defect itself ("采用干式巷道式构筑物作为除尘风道"). */
const asStated = (part: Part, p: Presence): Presence => (part.prohibitedState && p.polarity === 'neutral' && p.factor > 0 ? { factor: POLARITY_FACTOR.defect * (p.factor / POLARITY_FACTOR.neutral), polarity: 'defect' } : p);

type PartScore = { coverage: number; polarity: Polarity };

/** Coverage of one condition; matched terms are appended to `matched` when given (only for the items shown). */
function scorePart(query: Query, compiled: CompiledPart, matched: string[] | null): PartScore {
  const { part } = compiled;
  let credit = 0;
  let hits = 0;
  let best: Polarity = 'compliant';
  for (const unit of compiled.units) {
    if (unit.kind === 'all') {
      for (let i = 0; i < unit.terms.length; i++) {
        const p = asStated(part, presence(query, unit, i));
        if (p.factor > 0) {
          credit += unit.weights[i]! * p.factor;
          hits++;
          matched?.push(unit.terms[i]!);
          best = better(best, p.polarity);
        }
      }
    } else {
      let hit = -1;
      let top: Presence = ABSENT;
      for (let i = 0; i < unit.terms.length; i++) {
        const p = asStated(part, presence(query, unit, i));
        if (p.factor > top.factor) [hit, top] = [i, p];
      }
      if (hit >= 0) {
        credit += unit.mass * top.factor;
        hits++;
        matched?.push(unit.terms[hit]!);
        best = better(best, top.polarity);
      }
    }
  }
  return { coverage: compiled.mass > 0 ? Math.min(1, credit / compiled.mass) : 0, polarity: hits > 0 ? best : 'neutral' };
}

type AlternativeScore = { coverage: number; polarity: Polarity };
type Detail = { matched: string[]; missing: string[] };

function scoreAlternative(query: Query, alternative: readonly CompiledPart[], detail: Detail | null): AlternativeScore {
  let weakest = 1;
  let sum = 0;
  let stated = 0;
  let polarity: Polarity = 'compliant';
  for (const compiled of alternative) {
    const s = scorePart(query, compiled, detail?.matched ?? null);
    weakest = Math.min(weakest, s.coverage);
    sum += s.coverage;
    if (s.coverage > 0) {
      stated++;
      polarity = better(polarity, s.polarity);
    }
    if (detail && alternative.length > 1 && s.coverage < 0.25) detail.missing.push(compiled.part.text);
  }
  const n = alternative.length;
  const mean = n > 0 ? sum / n : 0;
  const blended = n > 1 ? 0.5 * weakest + 0.5 * mean : mean;
  const coverage = n > 1 && weakest < CONJUNCTION_PART_MIN ? Math.min(blended, CONJUNCTION_CAP) : blended;
  return { coverage, polarity: stated > 0 ? polarity : 'neutral' };
}

type Scored = {
  doc: Doc;
  score: number;
  coverage: number;
  polarity: Polarity;
  focus: number;
  best: number;
  /** Listed as a sibling chapter of this clause (see `withSiblingChapters`), not on its own words. */
  siblingOf?: string;
};

function scoreDoc(index: GradingIndex, query: Query, doc: Doc): Scored;
function scoreDoc(index: GradingIndex, query: Query, doc: Doc, toBeat: number): Scored | null;
/** The item's score; with `toBeat`: null when it cannot exceed that score even if it covered every condition. */
function scoreDoc(index: GradingIndex, query: Query, doc: Doc, toBeat = -1): Scored | null {
  // Focus: the description's own words and concepts that the item uses.
  let qHit = 0;
  for (let i = 0; i < query.focusIds.length; i++) {
    const id = query.focusIds[i]!;
    if (id >= 0 && hasBit(doc.termBits, id)) qHit += query.focusWeights[i]!;
  }
  const focus = query.focusMass > 0 ? qHit / query.focusMass : 0;
  let shared = 0;
  for (let i = 0; i < query.bigramIdList.length; i++) if (hasBit(doc.bigramBits, query.bigramIdList[i]!)) shared++;
  const overlap = query.bigramCount > 0 && doc.bigrams.size > 0 ? shared / Math.sqrt(query.bigramCount * doc.bigrams.size) : 0;
  const factor = (doc.catchAll ? CATCH_ALL_FACTOR : 1) * (doc.criterion.text === null ? TOPIC_ONLY_FACTOR : 1);
  const bonus = doc.groupWords.some((w) => query.text.includes(w)) ? GROUP_BONUS : 0;
  // Coverage is at most 1 (and rounding is monotone), so this bounds the score before the costly part.
  if (Math.min(1, (COVERAGE_WEIGHT + FOCUS_WEIGHT * focus + OVERLAP_WEIGHT * overlap) * factor + bonus) <= toBeat) return null;
  let best: AlternativeScore = { coverage: 0, polarity: 'neutral' };
  let bestAt = -1;
  doc.compiled.forEach((alternative, i) => {
    const s = scoreAlternative(query, alternative, null);
    if (s.coverage > best.coverage) [best, bestAt] = [s, i];
  });
  const raw = COVERAGE_WEIGHT * best.coverage + FOCUS_WEIGHT * focus + OVERLAP_WEIGHT * overlap;
  return { doc, coverage: best.coverage, polarity: best.polarity, focus, best: bestAt, score: Math.min(1, raw * factor + bonus) };
}

/** What matched and what is missing in the best alternative (computed only for the items returned). */
function detailOf(query: Query, s: Scored): Detail {
  const detail: Detail = { matched: [], missing: [] };
  const alternative = s.doc.compiled[s.best];
  if (alternative) scoreAlternative(query, alternative, detail);
  return detail;
}

/** How many items get the full, condition-aware scoring (the rest cannot reach the top ten). */
export const CANDIDATES_SCORED = 24;

/**
 * Items worth scoring: ranked by a cheap proxy — the rarity-weighted character bigrams and concepts they share with
 * the description — and cut to the best CANDIDATES_SCORED, so a request costs a fraction of a millisecond.
 */
function candidates(index: GradingIndex, query: Query, allowed: ReadonlySet<string>, limit: number): Doc[] {
  // Only the items some posting reaches are visited (about a third): each is zeroed and listed when first reached.
  const { scratch } = index;
  const { proxy, proxyStamps, reached } = scratch;
  let stamp = (scratch.proxyGeneration = (scratch.proxyGeneration + 1) >>> 0);
  if (stamp === 0) {
    proxyStamps.fill(0);
    stamp = scratch.proxyGeneration = 1;
  }
  let count = 0;
  const add = (posting: Posting | undefined, weight: number) => {
    if (!posting) return;
    const w = posting.idf * weight;
    const docs = posting.docs;
    for (let j = 0; j < docs.length; j++) {
      const d = docs[j]!;
      if (proxyStamps[d] !== stamp) {
        proxyStamps[d] = stamp;
        proxy[d] = 0;
        reached[count++] = d;
      }
      proxy[d]! += w;
    }
  };
  for (let i = 0; i < query.bigramIdList.length; i++) add(index.bigramPostings[query.bigramIdList[i]!], 1);
  for (const k of query.concepts.keys()) add(index.conceptPostings.get(CONCEPT + k), 2);
  const mask = allowedMask(index, allowed);
  // The `limit` best by the proxy, ties to the earlier item (as a scan in item order keeps them), kept sorted by
  // insertion (limit is small).
  const ahead = (a: number, b: number) => proxy[a]! > proxy[b]! || (proxy[a] === proxy[b] && a < b);
  const top: number[] = [];
  for (let r = 0; r < count; r++) {
    const i = reached[r]!;
    if (proxy[i]! <= 0 || mask[i] === 0 || (top.length === limit && !ahead(i, top[limit - 1]!))) continue;
    let at = top.length;
    while (at > 0 && ahead(i, top[at - 1]!)) at--;
    top.splice(at, 0, i);
    if (top.length > limit) top.pop();
  }
  return top.map((i) => index.docs[i]!);
}

function allowedMask(index: GradingIndex, allowed: ReadonlySet<string>): Uint8Array {
  let mask = index.allowedMasks.get(allowed);
  if (!mask) index.allowedMasks.set(allowed, (mask = Uint8Array.from(index.docs, (d) => (allowed.has(d.criterion.standardId) ? 1 : 0))));
  return mask;
}

/** [start, end) ranges of the surface words in the item's text, merged. */
export function highlightRanges(text: string, words: readonly string[]): [number, number][] {
  const lower = text.normalize('NFKC').toLowerCase();
  const ranges: [number, number][] = [];
  for (const w of new Set(words)) {
    if (w === '') continue;
    let from = 0;
    for (;;) {
      const at = lower.indexOf(w, from);
      if (at < 0) break;
      ranges.push([at, at + w.length]);
      from = at + w.length;
    }
  }
  ranges.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: [number, number][] = [];
  for (const r of ranges) {
    const last = merged[merged.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else merged.push([r[0], r[1]]);
  }
  return merged;
}

const round2 = (x: number) => Math.round(x * 100) / 100;
const quoteList = (words: readonly string[], max = 4) => words.slice(0, max).map((w) => `“${w}”`).join('');

function surfaceWords(doc: Doc, matched: readonly string[]): string[] {
  const out: string[] = [];
  for (const t of matched) {
    if (t.startsWith(CONCEPT)) {
      const surface = doc.conceptSurface.get(t.slice(1));
      if (surface) out.push(surface);
    } else out.push(t);
  }
  return [...new Set(out)].sort((a, b) => b.length - a.length);
}

function reasonOf(s: Scored, missing: readonly string[], preferred: boolean, matchedWords: readonly string[]): string {
  const bits: string[] = [];
  if (s.siblingOf) bits.push(`本标准条文未收录，只分到章；与${s.siblingOf}同属该标准的判定章节，请对照原文选择`);
  bits.push(matchedWords.length > 0 ? `描述含${quoteList(matchedWords)}${matchedWords.length > 4 ? '等' : ''}` : '仅字面相近');
  bits.push(`条件覆盖 ${Math.round(s.coverage * 100)}%`);
  if (missing.length > 0) bits.push(`未述及“${missing[0]!.slice(0, 24)}”`);
  if (s.polarity === 'compliant') bits.push('描述为已符合要求');
  else if (s.polarity === 'minor') bits.push('描述为执行不规范，非缺失');
  else if (s.polarity === 'neutral' && s.coverage > 0) bits.push('描述未表明存在缺陷');
  if (s.doc.catchAll) bits.push('兜底条款，需结合具体情形');
  if (s.doc.criterion.text === null && !s.siblingOf) bits.push('条文未收录，按条款主题比对');
  if (preferred) bits.push('属本单位行业标准');
  return bits.join('；');
}

function present(query: Query, s: Scored, preferred: boolean): Suggestion {
  const { matched, missing } = detailOf(query, s);
  const words = surfaceWords(s.doc, matched);
  return {
    criterionId: s.doc.criterion.id,
    standardId: s.doc.criterion.standardId,
    score: round2(s.score),
    coverage: round2(s.coverage),
    matchedTerms: words,
    highlights: highlightRanges(docText(s.doc.criterion), words),
    missing,
    polarity: s.polarity,
    catchAll: s.doc.catchAll,
    preferred,
    reason: reasonOf(s, missing, preferred, words),
  };
}

/** A whole chapter or annex ("5", "附录A") of a standard whose text is not held here: nothing tells its items apart. */
const isChapterOnly = (doc: Doc) => doc.criterion.text === null && !doc.catchAll && doc.criterion.clause != null && !doc.criterion.clause.includes('.');

/**
 * Where a standard is held only chapter by chapter (GB 35181: 直接判定 ch. 5, 综合判定 ch. 6, 附录A), the words of a
 * finding can show that the standard applies but not which chapter: those are told apart by the official text, which
 * is not here. So the first matched chapter brings the standard's other chapters right after it, for the officer to
 * choose against the text, instead of leaving them to chance words in a topic label.
 */
function withSiblingChapters(index: GradingIndex, query: Query, ordered: readonly Scored[]): Scored[] {
  const out: Scored[] = [];
  const listed = new Set(ordered.map((s) => s.doc.criterion.id));
  const expanded = new Set<string>();
  for (const s of ordered) {
    out.push(s);
    if (!isChapterOnly(s.doc) || expanded.has(s.doc.criterion.standardId)) continue;
    expanded.add(s.doc.criterion.standardId);
    const siblings = index.docs.filter((d) => d.criterion.standardId === s.doc.criterion.standardId && isChapterOnly(d) && !listed.has(d.criterion.id));
    for (const doc of siblings) {
      listed.add(doc.criterion.id);
      const own = scoreDoc(index, query, doc);
      out.push({ ...own, score: Math.max(own.score, s.score * SIBLING_CHAPTER_FACTOR), siblingOf: s.doc.criterion.clause ?? s.doc.criterion.id });
    }
  }
  return out;
}

const verdictInput = (s: Scored) => ({ score: s.score, coverage: s.coverage, polarity: s.polarity, catchAll: s.doc.catchAll, topicOnly: s.doc.criterion.text === null });

/**
 * Suggestions for a description: at most `limit` items of standards in force, best first, the enterprise's
 * standards first among those that match at all, and the verdict on the best item.
 */
export function suggestCriteria(index: GradingIndex, description: string, options: SuggestOptions): GradingResult {
  const query = analyse(index, description);
  const preferred = options.preferredStandards ?? new Set<string>();
  const scored = candidates(index, query, options.allowedStandards, options.candidates ?? CANDIDATES_SCORED)
    .map((doc) => scoreDoc(index, query, doc))
    .filter((s) => s.score >= SUGGEST_MIN_SCORE)
    .sort((a, b) => b.score - a.score || a.doc.criterion.id.localeCompare(b.doc.criterion.id));
  const isPreferred = (s: Scored) => preferred.has(s.doc.criterion.standardId) && s.score >= PREFERRED_MIN_SCORE;
  const ordered = withSiblingChapters(index, query, [...scored.filter(isPreferred), ...scored.filter((s) => !isPreferred(s))]);
  const items = ordered.slice(0, options.limit ?? MAX_SUGGESTIONS).map((s) => present(query, s, preferred.has(s.doc.criterion.standardId)));
  const top = scored[0];
  const { verdict, reason } = verdictFor(top ? verdictInput(top) : null);
  return { verdict, verdictReason: reason, items };
}

export type QuickCheck = {
  verdict: Verdict;
  verdictReason: string;
  /** Best item (no highlights or reason: the cheap path). */
  top: { criterionId: string; score: number } | null;
  /** Best score among the cited items, null when none is cited. */
  citedScore: number | null;
};

/**
 * The verdict and the best item only, plus how the cited items fit, from one analysis of the description: what a
 * ledger preview or the data-quality view needs for every hazard, at a fraction of a full suggestion's cost.
 */
export function quickCheck(
  index: GradingIndex,
  description: string,
  options: { allowedStandards: ReadonlySet<string>; citedIds?: readonly string[]; candidates?: number },
): QuickCheck {
  const query = analyse(index, description);
  let top: Scored | null = null;
  let topScore = -1;
  for (const doc of candidates(index, query, options.allowedStandards, options.candidates ?? QUICK_CANDIDATES)) {
    // Only an item that could score above the best so far is scored in full.
    const s: Scored | null = scoreDoc(index, query, doc, topScore);
    if (s && s.score > topScore) [top, topScore] = [s, s.score];
  }
  const cited = (options.citedIds ?? []).map((id) => index.byId.get(id)).filter((d): d is Doc => d !== undefined);
  const citedScore = (options.citedIds ?? []).length > 0 ? Math.max(0, ...cited.map((d) => round2(scoreDoc(index, query, d).score))) : null;
  const relevant = top && top.score >= SUGGEST_MIN_SCORE ? top : null;
  const { verdict, reason } = verdictFor(relevant ? verdictInput(relevant) : null);
  return { verdict, verdictReason: reason, top: relevant ? { criterionId: relevant.doc.criterion.id, score: round2(relevant.score) } : null, citedScore };
}

/** Items scored in full by quickCheck. */
export const QUICK_CANDIDATES = 6;

/** How well one given item fits a description (the data-quality check of a cited criterion); null if unknown. */
/**
 * The distinct character bigrams of a description as the engine counts them, and the ids of those some item has (in
 * order of first occurrence): what the overlap and the candidate proxy see (tests compare it with `hanBigrams`).
 */
export function queryBigrams(index: GradingIndex, description: string): { count: number; ids: number[] } {
  const query = analyse(index, description);
  return { count: query.bigramCount, ids: [...query.bigramIdList] };
}

/** Per condition term of every item: the term and the id of the first bigram it is looked up by (-1: none). */
export function termBigramLookups(index: GradingIndex): { term: string; firstBigram: number }[] {
  return index.docs.flatMap((doc) => doc.compiled.flatMap((alternative) => alternative.flatMap((part) => part.units.flatMap((unit) => unit.terms.map((term, i) => ({ term, firstBigram: unit.firstBigrams[i]! }))))));
}

export function scoreCriterion(index: GradingIndex, description: string, criterionId: string): { score: number; coverage: number } | null {
  const doc = index.byId.get(criterionId);
  if (!doc) return null;
  const s = scoreDoc(index, analyse(index, description), doc);
  return { score: round2(s.score), coverage: round2(s.coverage) };
}
