// Near-duplicate detection without any model: character bigrams of the normalised text and Jaccard
// similarity. Chinese descriptions of the same defect share most bigrams even when worded differently.

const normalise = (text: string) => text.toLowerCase().replace(/[\s\p{P}\p{S}]+/gu, '');

/** Distinct character bigrams (at most `limit`, sorted, so the stored fingerprint is stable). */
export function textFingerprint(text: string, limit = 400): string[] {
  const chars = [...normalise(text)];
  const grams = new Set<string>();
  for (let i = 0; i + 1 < chars.length; i++) grams.add(`${chars[i]}${chars[i + 1]}`);
  if (chars.length === 1 && chars[0]) grams.add(chars[0]);
  return [...grams].sort().slice(0, limit);
}

export function jaccard(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  const setB = new Set(b);
  let shared = 0;
  for (const gram of new Set(a)) if (setB.has(gram)) shared++;
  return shared / (new Set([...a, ...b]).size);
}

export type DuplicateCandidate = { fingerprint: readonly string[]; criterionIds: readonly string[]; location: string };

/**
 * Score in 0..1 with the reasons a person would want to see; null when it does not look like the same hazard.
 * Similar wording or the same clause is a reason on its own; the same place is not (a 配电室 has many different
 * hazards), only beside wording at least half as similar as the threshold.
 */
export function duplicateScore(
  probe: DuplicateCandidate,
  existing: DuplicateCandidate,
  threshold = 0.35,
): { score: number; reasons: string[] } | null {
  const similarity = jaccard(probe.fingerprint, existing.fingerprint);
  const sameCriterion = probe.criterionIds.some((id) => existing.criterionIds.includes(id));
  const sameLocation = probe.location.trim() !== '' && normalise(probe.location) === normalise(existing.location);
  const reasons: string[] = [];
  if (similarity >= threshold) reasons.push(`描述相似度 ${Math.round(similarity * 100)}%`);
  if (sameCriterion) reasons.push('判定依据条款相同');
  if (sameLocation) reasons.push('隐患部位相同');
  const looksAlike = similarity >= threshold || sameCriterion || (sameLocation && similarity >= threshold / 2);
  if (!looksAlike) return null;
  const score = Math.min(1, similarity + (sameCriterion ? 0.25 : 0) + (sameLocation ? 0.15 : 0));
  return { score: Math.round(score * 100) / 100, reasons };
}
