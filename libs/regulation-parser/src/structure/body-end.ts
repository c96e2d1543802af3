import { endsSentence } from './patterns';
import type { Line } from './lines';

/**
 * Index of the first line after the regulation body among the last unit's lines. Print and OCR
 * sources continue with a promulgation notice, a repeated title, news or notices: the first line
 * that is not a provision (no sentence end, a title, a parenthesised note) ends the body.
 */
export function bodyEndIndex(lines: Line[]): number {
  for (let index = 1; index < lines.length; index++) {
    const line = lines[index];
    if (line.kind === 'item' || line.kind === 'subitem') continue;
    if (line.kind !== 'text' || !endsSentence(line.text) || /^[（(].*[）)]$/.test(line.text)) return index;
  }
  return lines.length;
}
