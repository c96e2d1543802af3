import {
  ARTICLE_MARKER,
  DIVISION_MARKER,
  ITEM_MARKER,
  PART_MARKER,
  SUBITEM_MARKER,
  TITLE_ENDING,
  endsSentence,
  hasOpenBracket,
  hasSentencePunctuation,
  isArticleLabel,
  isHeadingShaped,
} from '../structure/patterns';
import type { CleanLine } from './clean-lines';
import { findAnnotations, isLabelLine } from '../structure/responsibility';
import { splitGluedArticles } from './glued-articles';
import { splitOrdinalClauses } from './ordinal-clauses';
import { detectWrapWidth, displayWidth } from './wrap-width';

/**
 * Rejoins source lines into logical lines (one heading, paragraph or item each):
 * undoes hard wrapping, words split by page breaks, and article numbers glued to the previous line.
 */
export function reflowLines(source: CleanLine[]): CleanLine[] {
  const lines = splitGluedArticles(source);
  const wrapWidth = detectWrapWidth(lines.map((line) => line.text));
  const output: CleanLine[] = [];
  let current: CleanLine | null = null;
  let blankSince = false;
  for (const line of lines) {
    if (!line.text) {
      blankSince = true;
      continue;
    }
    if (current && shouldJoin(current, line, blankSince, wrapWidth)) {
      current = { text: joinText(current.text, line.text), heading: current.heading };
    } else {
      if (current) output.push(current);
      current = { ...line };
    }
    blankSince = false;
  }
  if (current) output.push(current);
  return splitOrdinalClauses(output);
}

function shouldJoin(prev: CleanLine, next: CleanLine, acrossBlank: boolean, wrapWidth: number | null): boolean {
  if (prev.heading || next.heading || startsStructure(next.text) || isDivisionHeading(prev.text)) return false;
  if (prev.tableRow || next.tableRow) return false;
  if (isStandaloneNote(prev.text) || isStandaloneNote(next.text)) return false;
  if (isLabelLine(prev.text) || isLabelLine(next.text)) return false;
  // Only sentence text (or an unclosed bracket) runs on; a title, signature or date line ends where it ends.
  const runsOn = hasSentencePunctuation(prev.text) || hasOpenBracket(prev.text) || startsNumbered(prev.text);
  if (wrapWidth !== null) {
    // Print indents a paragraph's first line by two characters, so "full" allows for that.
    const full = displayWidth(prev.text) >= wrapWidth - 3.5;
    if (acrossBlank) return full && runsOn && !endsSentence(prev.text);
    // A full line ending a sentence may continue unless the next line is indented as a new paragraph.
    if (endsSentence(prev.text)) return full && !next.indented;
    return full || (runsOn && !isMarkedHeading(prev.text));
  }
  if (endsSentence(prev.text) || isMarkedHeading(prev.text) || endsWithAnnotation(prev.text)) return false;
  return runsOn || continuesSentence(prev.text, next.text);
}

/** A long unpunctuated line followed by clause text is a sentence cut by a page break, not a title. */
function continuesSentence(prev: string, next: string): boolean {
  return prev.length >= 15 && !TITLE_ENDING.test(prev) && hasSentencePunctuation(next);
}

/** A wholly parenthesised note (`（2025年5月28日…通过）`, `（第56号）`) or a bare date line stands alone. */
function isStandaloneNote(line: string): boolean {
  return /^[（(][^（）()]*(?:[（(][^（）()]*[）)][^（）()]*)*[）)]$/.test(line) || STANDALONE_DATE.test(line);
}

const STANDALONE_DATE = /^[0-9０-９零〇一二三四五六七八九十 ]+年[0-9０-９〇一二三四五六七八九十 ]+月[0-9０-９〇一二三四五六七八九十 ]+日$/;

function joinText(left: string, right: string): string {
  // A label on a line of its own (`第十条`) keeps a space before its text, as labels do inline.
  const labelOnly = ARTICLE_MARKER.exec(left)?.[0] === left;
  return labelOnly || (/[A-Za-z]$/.test(left) && /^[A-Za-z]/.test(right)) ? `${left} ${right}` : left + right;
}

function isDivisionHeading(line: string): boolean {
  return DIVISION_MARKER.test(line) && isHeadingShaped(line);
}

/** `一、总体要求` / `（一）指导思想`: numbered, short, no punctuation after the number. */
function isMarkedHeading(line: string): boolean {
  const marker = PART_MARKER.exec(line) ?? ITEM_MARKER.exec(line);
  if (!marker || line.length > 30) return false;
  const title = line.slice(marker[0].length);
  return !hasSentencePunctuation(title) && !hasOpenBracket(title);
}

/** A plan measure closed by its responsibility annotation (`…（X牵头）`) ends there. */
function endsWithAnnotation(line: string): boolean {
  return /[）)]$/.test(line) && findAnnotations(line).some((span) => span.end === line.length);
}

/** `一是…` opens a measure of a plan, as `1.` does. */
const ORDINAL_MARKER = /^[一二三四五六七八九十]+是(?=[\u4e00-\u9fa5“《])/;

function startsNumbered(line: string): boolean {
  return ARTICLE_MARKER.test(line) || PART_MARKER.test(line) || ITEM_MARKER.test(line) || SUBITEM_MARKER.test(line);
}

function startsStructure(line: string): boolean {
  if (isDivisionHeading(line)) return true;
  const article = ARTICLE_MARKER.exec(line);
  if (article) return isArticleLabel(line, article[0].length);
  return ITEM_MARKER.test(line) || SUBITEM_MARKER.test(line) || PART_MARKER.test(line) || ORDINAL_MARKER.test(line);
}
