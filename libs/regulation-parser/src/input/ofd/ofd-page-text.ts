import { attribute, children, textOf, type XmlNode } from './ofd-xml';

/** One glyph placed on the page, in millimetres from the page's top left; y is the baseline. */
export interface Glyph {
  char: string;
  x: number;
  y: number;
  size: number;
  /** How far the pen moves after it (its DeltaX, else an estimate from its width class). */
  advance: number;
}

/** A line of text on a page: glyphs on one baseline, left to right. */
export interface PageLine {
  text: string;
  left: number;
  right: number;
  y: number;
  size: number;
}

const DEFAULT_SIZE = 3.5; // mm, about 10 pt, when a TextObject omits Size

/**
 * Glyphs of every TextObject in a page's Content (layers and nested PageBlocks included). Each
 * TextCode starts at its X/Y inside the object's Boundary (or where the previous one ended) and
 * advances by DeltaX, whose `g N d` form repeats d N times (GB/T 33190 §11.3).
 */
export function pageGlyphs(page: XmlNode): Glyph[] {
  const glyphs: Glyph[] = [];
  const content = children(page, 'Content')[0];
  for (const layer of children(content, 'Layer')) collectGlyphs(layer, glyphs);
  return glyphs;
}

function collectGlyphs(block: XmlNode, glyphs: Glyph[]): void {
  for (const nested of children(block, 'PageBlock')) collectGlyphs(nested, glyphs);
  for (const object of children(block, 'TextObject')) glyphs.push(...textObjectGlyphs(object));
}

function textObjectGlyphs(object: XmlNode): Glyph[] {
  const [left, top] = numbers(attribute(object, 'Boundary'));
  const size = positive(Number(attribute(object, 'Size'))) ?? DEFAULT_SIZE;
  const ctm = numbers(attribute(object, 'CTM'));
  const [a, b, c, d, e, f] = ctm.length === 6 ? ctm : [1, 0, 0, 1, 0, 0];
  const glyphs: Glyph[] = [];
  let penX = 0;
  let penY = 0;
  for (const code of children(object, 'TextCode')) {
    const chars = Array.from(textOf(code));
    penX = finite(Number(attribute(code, 'X'))) ?? penX;
    penY = finite(Number(attribute(code, 'Y'))) ?? penY;
    const deltaX = expandDeltas(attribute(code, 'DeltaX'));
    const deltaY = expandDeltas(attribute(code, 'DeltaY'));
    chars.forEach((char, index) => {
      const step = index < chars.length - 1 ? (deltaX[index] ?? deltaX[deltaX.length - 1]) : undefined;
      const advance = step ?? (/[\u0020-\u007e]/.test(char) ? size / 2 : size);
      if (char.trim()) {
        const scale = Math.abs(a || 1);
        glyphs.push({ char, x: (left ?? 0) + a * penX + c * penY + e, y: (top ?? 0) + b * penX + d * penY + f, size: size * scale, advance: advance * scale });
      }
      penX += advance; // past the last glyph too, where an X-less TextCode would continue
      penY += deltaY[index] ?? 0;
    });
  }
  return glyphs;
}

/** `"g 3 4.2 2.1"` → [4.2, 4.2, 4.2, 2.1]. */
export function expandDeltas(value: string | undefined): number[] {
  const tokens = (value ?? '').trim().split(/\s+/).filter(Boolean);
  const deltas: number[] = [];
  for (let index = 0; index < tokens.length; index++) {
    if (tokens[index] === 'g') {
      const count = Math.min(Number(tokens[index + 1]), 100_000);
      const delta = Number(tokens[index + 2]);
      if (Number.isInteger(count) && count > 0 && Number.isFinite(delta)) for (let n = 0; n < count; n++) deltas.push(delta);
      index += 2;
    } else if (Number.isFinite(Number(tokens[index]))) deltas.push(Number(tokens[index]));
  }
  return deltas;
}

/**
 * Glyphs grouped into lines: a glyph joins the line whose baseline is within half its size, lines
 * run top to bottom and glyphs left to right; a gap wider than a glyph reads as one space.
 */
export function glyphLines(glyphs: Glyph[]): PageLine[] {
  const rows: Glyph[][] = [];
  for (const glyph of [...glyphs].sort((p, q) => p.y - q.y || p.x - q.x)) {
    const row = rows[rows.length - 1];
    if (row && Math.abs(row[0].y - glyph.y) <= Math.max(row[0].size, glyph.size) / 2) row.push(glyph);
    else rows.push([glyph]);
  }
  return rows.map((row) => {
    row.sort((p, q) => p.x - q.x);
    let text = '';
    row.forEach((glyph, index) => {
      const previous = row[index - 1];
      if (previous && glyph.x - (previous.x + previous.advance) > previous.size / 3) text += ' ';
      text += glyph.char;
    });
    const last = row[row.length - 1];
    return { text, left: row[0].x, right: last.x + last.size, y: row[0].y, size: median(row.map((glyph) => glyph.size)) };
  });
}

/**
 * Lines of all pages into paragraphs. A line opens a paragraph when it is indented, when the
 * line before it stopped short of the text's right edge, or after a gap wider than the usual
 * line spacing; otherwise it continues the paragraph (also across a page break). Chinese lines
 * join without a space; Latin words broken at a line end get one.
 */
export function linesToParagraphs(pages: PageLine[][]): string[] {
  const all = pages.flat();
  if (!all.length) return [];
  const left = Math.min(...all.map((line) => line.left));
  const right = Math.max(...all.map((line) => line.right));
  const spacing = median(pages.flatMap((lines) => lines.slice(1).map((line, index) => line.y - lines[index].y)).filter((gap) => gap > 0));
  const paragraphs: string[] = [];
  let previous: PageLine | null = null;
  pages.forEach((lines) => {
    lines.forEach((line, index) => {
      const indented = line.left > left + line.size * 1.5;
      const shortBefore = previous !== null && previous.right < right - previous.size * 1.5;
      const gapBefore = index > 0 && spacing > 0 && line.y - lines[index - 1].y > spacing * 1.6;
      if (!previous || indented || shortBefore || gapBefore) paragraphs.push(line.text);
      else {
        const joint = /[A-Za-z0-9]$/.test(paragraphs[paragraphs.length - 1]) && /^[A-Za-z0-9]/.test(line.text) ? ' ' : '';
        paragraphs[paragraphs.length - 1] += joint + line.text;
      }
      previous = line;
    });
  });
  return paragraphs;
}

function numbers(value: string | undefined): number[] {
  return (value ?? '')
    .trim()
    .split(/[\s,]+/)
    .filter(Boolean)
    .map(Number)
    .filter(Number.isFinite);
}

function finite(value: number): number | undefined {
  return Number.isFinite(value) ? value : undefined;
}

function positive(value: number): number | undefined {
  return Number.isFinite(value) && value > 0 ? value : undefined;
}

function median(values: number[]): number {
  if (!values.length) return 0;
  const sorted = [...values].sort((p, q) => p - q);
  return sorted[Math.floor(sorted.length / 2)];
}
