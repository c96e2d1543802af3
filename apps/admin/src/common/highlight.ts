export interface Highlighted {
  before: string;
  match: string;
  after: string;
}

/**
 * Splits a provision's text around the clause an obligation was extracted from, so the
 * clause can be wrapped in <mark> as a React child (escaped) instead of injected HTML.
 */
export function splitAround(text: string, clause: string): Highlighted | null {
  const needle = clause.trim();
  if (!needle) return null;
  const at = text.indexOf(needle);
  if (at < 0) return null;
  return {
    before: text.slice(0, at),
    match: needle,
    after: text.slice(at + needle.length),
  };
}
