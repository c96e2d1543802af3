// The comparison form of a text: the extraction scorer's normalisation (NFKC, whitespace and
// markdown marks removed), so "same text" here means what it means to the scorer.

const NOISE = /[\s*_#>`]/g;

export function normalizeText(text: string | null | undefined): string {
  return (text ?? '').normalize('NFKC').replace(NOISE, '');
}

const NUMERAL = '[零〇一二三四五六七八九十百千两\\d]+';
const UNIT_LABEL = new RegExp(`^(第${NUMERAL}条(之${NUMERAL})?|${NUMERAL}[、.．])`);

/** A unit's text without its own label (第十条, 第十条之一, 7、): the label changes when articles are renumbered. */
export function unitBody(text: string): string {
  return normalizeText(text).replace(UNIT_LABEL, '');
}
