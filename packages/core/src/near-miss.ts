// 「您是否指…？」: the allowed value a mistyped one was most likely meant to be (ledger cells, enterprise lists).
// Edit distance over characters, allowing about one slip in three characters, and never a guess between two
// equally near values.

/** Levenshtein distance over Unicode code points. */
export function editDistance(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  let previous = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const current = [i];
    for (let j = 1; j <= y.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (x[i - 1] === y[j - 1] ? 0 : 1);
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution);
    }
    previous = current;
  }
  return previous[y.length] ?? 0;
}

/** How many slips a value of this length may have and still be recognised. */
export const allowedSlips = (text: string): number => Math.max(1, Math.floor([...text].length / 3));

/**
 * The candidate nearest to `text` within its allowed slips, or null when none is near enough or two are equally
 * near (a suggestion must not be a coin toss). Blank text suggests nothing.
 */
export function nearestValue(text: string, candidates: readonly string[]): string | null {
  const value = text.trim();
  if (value === '') return null;
  let best: string | null = null;
  let bestDistance = Number.POSITIVE_INFINITY;
  let tied = false;
  for (const candidate of new Set(candidates)) {
    const distance = editDistance(value, candidate);
    if (distance === 0) return candidate;
    if (distance > allowedSlips(value)) continue;
    if (distance < bestDistance) [best, bestDistance, tied] = [candidate, distance, false];
    else if (distance === bestDistance) tied = true;
  }
  return tied ? null : best;
}

/** 「，您是否指“…”？」 after an error message, or nothing. */
export const didYouMean = (text: string, candidates: readonly string[]): string => {
  const nearest = nearestValue(text, candidates);
  return nearest === null ? '' : `，您是否指“${nearest}”？`;
};
