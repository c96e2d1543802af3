import { parseChineseNumber } from './chinese-numerals';
import { ARTICLE_MARKER, DIVISION_MARKER, ITEM_MARKER, PART_MARKER, SUBITEM_MARKER, hasSentencePunctuation, isArticleLabel, isHeadingShaped } from './patterns';

export type DivisionLevel = '编' | '分编' | '章' | '节';

export type LineKind =
  | { kind: 'division'; level: DivisionLevel }
  | { kind: 'article'; number: number; suffix: number | null; labelLength: number }
  | { kind: 'part' | 'item' | 'subitem'; number: number; markerLength: number; headingOnly: boolean }
  | { kind: 'heading' }
  | { kind: 'text' };

/** One logical line of the cleaned text, with its offsets into that text. */
export type Line = LineKind & { text: string; start: number; end: number };

/** Classifies a logical line by its leading marker. `marked` = markdown heading or wholly bold. */
export function classifyLine(text: string, marked: boolean): LineKind {
  const division = DIVISION_MARKER.exec(text);
  if (division && isHeadingShaped(text)) return { kind: 'division', level: division[2] as DivisionLevel };
  const article = ARTICLE_MARKER.exec(text);
  if (article && !marked && isArticleLabel(text, article[0].length)) {
    const number = parseChineseNumber(article[1]);
    const suffix = article[2] ? parseChineseNumber(article[2]) : null;
    if (number !== null) return { kind: 'article', number, suffix, labelLength: article[0].length };
  }
  const numbered = numberedMarker(text);
  if (numbered) {
    const headingOnly = !hasSentencePunctuation(text.slice(numbered.markerLength)) && text.length <= 40;
    return { ...numbered, headingOnly };
  }
  return marked ? { kind: 'heading' } : { kind: 'text' };
}

function numberedMarker(text: string): { kind: 'part' | 'item' | 'subitem'; number: number; markerLength: number } | null {
  const part = PART_MARKER.exec(text);
  if (part) return withNumber('part', parseChineseNumber(part[1]), part[0].length);
  const item = ITEM_MARKER.exec(text);
  if (item) return withNumber('item', parseChineseNumber(item[1]), item[0].length);
  const subitem = SUBITEM_MARKER.exec(text);
  if (subitem) return withNumber('subitem', parseChineseNumber(subitem[1] ?? subitem[2]), subitem[0].length);
  return null;
}

function withNumber(kind: 'part' | 'item' | 'subitem', number: number | null, markerLength: number) {
  return number === null ? null : { kind, number, markerLength };
}

/** Headings read better without the spaces typesetters put inside short words: `总 则` (full-width spaces) → `总则`. */
export function normalizeHeading(text: string): string {
  const division = DIVISION_MARKER.exec(text);
  if (!division) return text;
  const rest = text
    .slice(division[0].length)
    .replace(/(?<=\S) (?=\S)/g, (space, offset, whole: string) => (/[A-Za-z0-9]/.test(whole[offset - 1]) && /[A-Za-z0-9]/.test(whole[offset + 1]) ? space : ''));
  return rest.trim() ? `${division[0]} ${rest.trim()}` : division[0];
}
