import type { Item, Paragraph } from '../document';
import type { Line } from './lines';

/**
 * Groups a unit's lines into paragraphs (款) with their items (项) and sub-items (目).
 * `contentStart` skips the unit's own label (`第十条 `, `3.`) on the first line.
 */
export function buildParagraphs(text: string, lines: Line[], contentStart: number): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let current: Paragraph | null = null;
  lines.forEach((line, index) => {
    const start = index === 0 ? skipSpaces(text, contentStart) : line.start;
    if (start >= line.end) return;
    const lastItem: Item | undefined = current?.items[current.items.length - 1];
    if (index > 0 && line.kind === 'item' && current) {
      current.items.push({ number: line.number, text: markerBody(line), subitems: [] });
    } else if (index > 0 && line.kind === 'subitem' && current && lastItem) {
      lastItem.subitems.push({ number: line.number, text: markerBody(line) });
    } else if (index > 0 && line.kind === 'subitem' && current) {
      // A numbered sub-list straight under the lead-in, without 项: stays in the paragraph text.
    } else {
      current = { text: '', start, end: line.end, items: [] };
      if (index > 0 && line.kind === 'item') current.items.push({ number: line.number, text: markerBody(line), subitems: [] });
      paragraphs.push(current);
    }
    if (current) current.end = line.end;
  });
  for (const paragraph of paragraphs) paragraph.text = text.slice(paragraph.start, paragraph.end);
  return paragraphs;
}

function markerBody(line: Line): string {
  return 'markerLength' in line ? line.text.slice(line.markerLength).trim() : line.text;
}

function skipSpaces(text: string, offset: number): number {
  while (offset < text.length && /[ :：]/.test(text[offset])) offset++;
  return offset;
}
