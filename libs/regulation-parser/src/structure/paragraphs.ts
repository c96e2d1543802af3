import type { Item, Paragraph } from '../document';
import { inlineItems } from './inline-items';
import type { Line } from './lines';

/**
 * Groups a unit's lines into paragraphs (款) with their items (项) and sub-items (目).
 * `contentStart` skips the unit's own label (`第十条 `, `3.`) on the first line.
 * A paragraph's text runs through its items, as the lead-in and its list form one 款.
 */
export function buildParagraphs(text: string, lines: Line[], contentStart: number): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let current: Paragraph | null = null;
  lines.forEach((line, index) => {
    const start = index === 0 ? skipLabelGap(text, contentStart) : line.start;
    if (start >= line.end) return;
    if (index > 0 && current && (line.kind === 'item' || line.kind === 'subitem')) {
      if (line.kind === 'item') current.items.push(itemOf(line));
      // A 目 without a 项 above it stays in the paragraph text only.
      else current.items[current.items.length - 1]?.subitems.push({ number: line.number, text: markerBody(line) });
      current.end = line.end;
      return;
    }
    current = { text: '', start, end: line.end, items: index > 0 && line.kind === 'item' ? [itemOf(line)] : [] };
    paragraphs.push(current);
  });
  for (const paragraph of paragraphs) {
    paragraph.text = text.slice(paragraph.start, paragraph.end);
    if (!paragraph.items.length) paragraph.items = inlineItems(paragraph.text);
  }
  return paragraphs;
}

function itemOf(line: Line & { number: number }): Item {
  return { number: line.number, text: markerBody(line), subitems: [] };
}

function markerBody(line: Line): string {
  return 'markerLength' in line ? line.text.slice(line.markerLength).trim() : line.text;
}

function skipLabelGap(text: string, offset: number): number {
  while (offset < text.length && /[ :：]/.test(text[offset])) offset++;
  return offset;
}
