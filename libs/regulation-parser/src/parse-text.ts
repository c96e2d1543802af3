import type { ParsedDocument, Unit, UnitKind, Paragraph } from './document';
import { RegulationParseError } from './errors';
import { extractMetadata } from './metadata/metadata';
import { buildArticleUnits } from './structure/article-units';
import { classifyLine, normalizeHeading, type Line } from './structure/lines';
import { TITLE_ENDING, endsSentence, hasSentencePunctuation } from './structure/patterns';
import { buildTaskUnits } from './structure/task-units';
import { cleanLines } from './text/clean-lines';
import { splitFrontMatter } from './text/front-matter';
import { reflowLines } from './text/reflow';
import { tabulateDivisionRows } from './text/table-rows';

export interface ParseTextOptions {
  /** Named in error messages. */
  fileName?: string;
}

/**
 * Parses regulation or plan text (plain, markdown, OCR output) into its units.
 * Throws RegulationParseError `empty` for a document without text; a document without numbered
 * units is read as paragraphs (`unit: 'paragraph'`, all its body text in `preamble`).
 */
export function parseText(raw: string, options: ParseTextOptions = {}): ParsedDocument {
  const fileName = options.fileName ?? '<text>';
  const { fields, body } = splitFrontMatter(raw.replace(/^\ufeff/, '').replace(/\r\n?/g, '\n'));
  const { text, lines } = layOut(body);
  if (!text.trim()) throw new RegulationParseError('empty', fileName, 'the document contains no text');

  const layout = layOutUnits(text, lines);
  const firstUnitLine = layout.units.length ? lines.findIndex((line) => line.start === layout.units[0].start) : layout.bodyStart;
  const document = extractMetadata({ fields, lines, text, units: layout.units, unit: layout.unit, firstUnitLine });
  return {
    document,
    text,
    unitCount: layout.units.length,
    units: layout.units,
    ...(layout.preamble.length ? { preamble: layout.preamble } : {}),
    ...(layout.trailing.length ? { trailing: layout.trailing } : {}),
    warnings: layout.warnings,
  };
}

/** Cleaned text (one logical line per heading, paragraph or item) and its classified lines. */
function layOut(body: string): { text: string; lines: Line[] } {
  const lines: Line[] = [];
  let offset = 0;
  for (const logical of reflowLines(cleanLines(tabulateDivisionRows(body)))) {
    const kind = classifyLine(logical.text, logical.heading);
    const lineText = kind.kind === 'division' ? normalizeHeading(logical.text) : logical.text;
    lines.push({ ...kind, text: lineText, start: offset, end: offset + lineText.length });
    offset += lineText.length + 1;
  }
  return { text: lines.map((line) => line.text).join('\n'), lines };
}

interface UnitLayout {
  unit: UnitKind;
  units: Unit[];
  preamble: Paragraph[];
  trailing: Paragraph[];
  warnings: string[];
  bodyStart: number;
}

function layOutUnits(text: string, lines: Line[]): UnitLayout {
  if (lines.some((line) => line.kind === 'article')) {
    const { units, warnings } = buildArticleUnits(text, lines);
    return { unit: 'article', units, preamble: [], trailing: [], warnings, bodyStart: 0 };
  }
  const bodyStart = bodyStartIndex(lines);
  const tasks = buildTaskUnits(text, lines, bodyStart);
  if (tasks.units.length) return { unit: 'task', ...tasks, bodyStart };
  // A notice or opinion in plain paragraphs: nothing is numbered, all of its text is preamble.
  return { unit: 'paragraph', units: [], preamble: [...tasks.preamble, ...tasks.trailing], trailing: [], warnings: [], bodyStart };
}

/** A plan's own text starts after its (last) title line: the notice transmitting it is not the plan. */
function bodyStartIndex(lines: Line[]): number {
  const numbered = lines.findIndex((line) => line.kind === 'part' || line.kind === 'item' || line.kind === 'subitem');
  // Without numbered lines the body starts after the title lines above the first sentence.
  const firstSentence = lines.findIndex((line) => line.kind === 'text' && line.text.length > 20 && endsSentence(line.text));
  const limit = numbered >= 0 ? numbered : firstSentence >= 0 ? firstSentence : lines.length;
  let start = 0;
  for (let index = 0; index < limit; index++) {
    const { kind, text } = lines[index];
    const titleLine = text.length <= 60 && TITLE_ENDING.test(text) && !hasSentencePunctuation(text.replace(/、/g, ''));
    if (kind === 'heading' || titleLine) start = index + 1;
  }
  return numbered >= 0 ? start : Math.max(start, transmittedTitleEnd(lines));
}

/** `关于印发《X》的通知` … then the line `X`: a notice in paragraphs transmitting X ends there. */
function transmittedTitleEnd(lines: Line[]): number {
  const titles = new Set(lines.flatMap((line) => (/印发|发布|转发/.test(line.text) ? [...line.text.matchAll(/《([^》]{4,60})》/g)].map((match) => match[1]) : [])));
  const index = lines.findIndex((line, at) => at > 0 && titles.has(line.text));
  return index >= 0 ? index + 1 : 0;
}
