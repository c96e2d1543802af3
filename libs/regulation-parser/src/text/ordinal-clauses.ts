import { parseChineseNumber } from '../structure/chinese-numerals';
import { findAnnotations } from '../structure/responsibility';
import type { CleanLine } from './clean-lines';

const ORDINAL = /(?<=[。；;：:]\s*)([一二三四五六七八九十]+)是(?=[\u4e00-\u9fa5“《])/g;

/**
 * Splits `（三）强化人才支撑。一是…（X牵头）。二是…（Y牵头）。` into one line per `一是…`
 * measure when each carries its own responsibility annotation, so each can be a task.
 * A run 一是, 二是, 三是… is needed; without annotations the paragraph stays whole.
 */
export function splitOrdinalClauses(lines: CleanLine[]): CleanLine[] {
  return lines.flatMap((line) => {
    const markers = [...line.text.matchAll(ORDINAL)];
    if (markers.length < 2 || markers.some((marker, index) => parseChineseNumber(marker[1]) !== index + 1)) return [line];
    const cuts = markers.map((marker) => marker.index ?? 0);
    const pieces = [line.text.slice(0, cuts[0]), ...cuts.map((cut, index) => line.text.slice(cut, cuts[index + 1]))];
    if (pieces.slice(1).some((piece) => !findAnnotations(piece).length)) return [line];
    return pieces
      .map((piece) => piece.trim())
      .filter(Boolean)
      .map((text, index) => ({ ...line, text, ...(index ? { indented: false } : {}) }));
  });
}
