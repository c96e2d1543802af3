import { parseChineseNumber } from '../structure/chinese-numerals';
import { ARTICLE_MARKER } from '../structure/patterns';
import type { CleanLine } from './clean-lines';

const GLUED_ARTICLE = /([。；])\s*(第([零〇一二两三四五六七八九十百千]+)条(?:之[一二三四五六七八九十]+)?)(?= |$)/g;

/**
 * Splits `…工作。第十一条 …` (or a label left at the line end) where OCR glued an article onto
 * the previous line. Only a number that no line starts with, and that follows one that does,
 * is split off, so a sentence ending in a cross-reference stays whole.
 */
export function splitGluedArticles(lines: CleanLine[]): CleanLine[] {
  const lineStarts = new Set<number>();
  for (const { text } of lines) {
    const match = ARTICLE_MARKER.exec(text);
    const number = match ? parseChineseNumber(match[1]) : null;
    if (number !== null) lineStarts.add(number);
  }
  return lines.flatMap((line) => {
    const pieces: CleanLine[] = [];
    let from = 0;
    for (const match of line.text.matchAll(GLUED_ARTICLE)) {
      const number = parseChineseNumber(match[3]);
      if (number === null || lineStarts.has(number) || !(number === 1 || lineStarts.has(number - 1))) continue;
      const cut = (match.index ?? 0) + match[1].length;
      pieces.push({ text: line.text.slice(from, cut).trim(), heading: false });
      from = cut;
      lineStarts.add(number);
    }
    if (!pieces.length) return [line];
    pieces.push({ text: line.text.slice(from).trim(), heading: false });
    return pieces;
  });
}
