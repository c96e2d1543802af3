// Character-bigram similarity (Dice coefficient over bigram sets), the measure for Chinese text
// where words are not separated.

export function bigrams(normalized: string): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i < normalized.length - 1; i++) out.add(normalized.slice(i, i + 2));
  if (normalized.length === 1) out.add(normalized);
  return out;
}

/** 2·|A∩B| / (|A|+|B|): 1 for the same bigrams, 0 for none in common. */
export function dice(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 && b.size === 0) return 1;
  let common = 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const x of small) if (large.has(x)) common++;
  return (2 * common) / (a.size + b.size);
}
