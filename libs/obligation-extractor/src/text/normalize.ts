// Text clean-up shared by the extractor: gold texts carry no whitespace and no markdown.

// Half-width punctuation read like its full-width form (`(以下简称…)`, `(一)`, `;`), except inside
// numbers and times (`1,000`, `8:30`), where it is not punctuation.
const HALF_WIDTH: Record<string, string> = { '(': '（', ')': '）', ';': '；', ',': '，', ':': '：' };
const HALF_WIDTH_PUNCT = /[();]|(?<!\d)[,:]|[,:](?!\d)/g;

/** Half-width `( ) ; , :` as their full-width forms, once, before any rule reads the text. */
export function normalizePunctuation(text: string): string {
  return text.replace(HALF_WIDTH_PUNCT, (ch) => HALF_WIDTH[ch]);
}

/**
 * Removes whitespace and markdown marks (`*`, `_`, `#`, `>`, backticks) and reads half-width
 * punctuation as full-width (the scorer and readers compare texts under NFKC, so this is the same text).
 */
export function stripMarkup(text: string): string {
  return normalizePunctuation(text.replace(/[\s*_#>`]/g, ''));
}

/** Drops a leading article label (`第十条`, `第十条之一`) and list bullets the parser may leave in paragraph text. */
export function stripUnitLabel(text: string): string {
  return text.replace(/^-?第[零〇一二三四五六七八九十百千\d]+条(之[一二三四五六七八九十\d]+)?/, '');
}

const ENUMERATOR = /^(（[一二三四五六七八九十]+）|[0-9０-９]+[.．、]|[一二三四五六七八九十]+、)/;

/** Drops a leading enumerator (`（一）`, `1.`, `一、`) from an item's text. */
export function stripEnumerator(text: string): string {
  return text.replace(ENUMERATOR, '');
}
