// Text clean-up shared by the extractor: gold texts carry no whitespace and no markdown.

/** Removes whitespace and markdown marks (`*`, `_`, `#`, `>`, backticks), keeping CJK punctuation as written. */
export function stripMarkup(text: string): string {
  return text.replace(/[\s*_#>`]/g, '');
}

/** Drops a leading article label (`第十条`, `第十条之一`) and list bullets the parser may leave in paragraph text. */
export function stripUnitLabel(text: string): string {
  return text.replace(/^-?第[零〇一二三四五六七八九十百千\d]+条(之[一二三四五六七八九十\d]+)?/, '');
}

const ENUMERATOR = /^(（[一二三四五六七八九十]+）|\([一二三四五六七八九十]+\)|[0-9０-９]+[.．、]|[一二三四五六七八九十]+、)/;

/** Drops a leading enumerator (`（一）`, `1.`, `一、`) from an item's text. */
export function stripEnumerator(text: string): string {
  return text.replace(ENUMERATOR, '');
}
