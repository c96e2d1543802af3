import { endsSentence } from './patterns';
import type { Line } from './lines';

const FOOTNOTE = /^[\u2460-\u2473]/; // ① … ⑳

/**
 * Index of the first line after the regulation body among the last unit's lines. Print and OCR
 * sources continue with a promulgation notice, a repeated title, news or notices: the first line
 * that is not a provision (no sentence end, a title, a parenthesised note, an editor's
 * footnote such as `① 施行日期…`) ends the body.
 */
export function bodyEndIndex(lines: Line[]): number {
  for (let index = 1; index < lines.length; index++) {
    const line = lines[index];
    if (line.kind === 'item' || line.kind === 'subitem') continue;
    if (line.kind !== 'text' || !endsSentence(line.text) || /^[（(].*[）)]$/.test(line.text) || FOOTNOTE.test(line.text)) {
      return index;
    }
  }
  return lines.length;
}
