import type { Item } from '../document';
import { parseChineseNumber } from './chinese-numerals';

// `（二）` right after a lead-in colon or the previous item's `；`/`。`.
const INLINE_ITEM = /(?<=[：:；;。]\s*)[（(]([一二三四五六七八九十]+)[）)]/g;

/**
 * Items run into their paragraph on one line (`履行下列职责：（一）…；（二）…。`), as some
 * word-processor sources have them. Only a run 1, 2, 3… opened by a colon counts.
 */
export function inlineItems(paragraph: string): Item[] {
  const markers = [...paragraph.matchAll(INLINE_ITEM)];
  if (markers.length < 2) return [];
  const numbers = markers.map((marker) => parseChineseNumber(marker[1]));
  const opensWithColon = /[：:]\s*$/.test(paragraph.slice(0, markers[0].index));
  if (!opensWithColon || numbers.some((number, index) => number !== index + 1)) return [];
  return markers.map((marker, index) => ({
    number: index + 1,
    text: paragraph.slice((marker.index ?? 0) + marker[0].length, markers[index + 1]?.index ?? paragraph.length).trim(),
    subitems: [],
  }));
}
