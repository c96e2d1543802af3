import { endsSentence } from '../structure/patterns';

/** Display width: Latin-1 characters count half, everything else (CJK, full-width, “”) counts 1. */
export function displayWidth(line: string): number {
  let width = 0;
  for (const ch of line) width += ch.charCodeAt(0) < 0x100 ? 0.5 : 1;
  return width;
}

/**
 * Detects OCR / print layout hard-wrapped at a fixed width: many lines of the same width
 * that stop mid-sentence. Returns that width, or null when lines are whole paragraphs.
 */
export function detectWrapWidth(lines: string[]): number | null {
  const nonEmpty = lines.filter((line) => line.length > 0);
  const open = nonEmpty.filter((line) => !endsSentence(line)).map((line) => Math.round(displayWidth(line)));
  const counts = new Map<number, number>();
  for (const width of open) if (width >= 8) counts.set(width, (counts.get(width) ?? 0) + 1);
  let mode = 0;
  for (const [width, count] of counts) if (count > (counts.get(mode) ?? 0)) mode = width;
  if (!mode) return null;
  const nearMode = open.filter((width) => Math.abs(width - mode) <= 1).length;
  return nearMode >= 10 && nearMode >= 0.3 * nonEmpty.length ? mode : null;
}
