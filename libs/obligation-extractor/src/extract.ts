// Entry point: a parsed regulation or plan in, its obligations and alias table out.
import type { Paragraph, ParsedDocument } from '@luyue/regulation-parser';
import type { ExtractionResult, Obligation } from './types';
import { findAliases } from './aliases';
import { stripMarkup } from './text/normalize';
import { extractParagraph, type FoundInParagraph } from './paragraph';
import type { Mode } from './sentence/classify';
import type { SentenceContext } from './sentence/analyze';
import { findTiming } from './sentence/timing';
import { isMechanism } from './sentence/mechanism';

const CONFIDENCE: Record<FoundInParagraph['kind'], number> = {
  modal: 0.9,
  encourage: 0.85,
  agent: 0.8,
  duty: 0.75,
  implicit: 0.7,
  imperative: 0.65,
  np: 0.5,
};

function toObligation(found: FoundInParagraph, article: number | null, paragraph: number): Obligation {
  const confidence = CONFIDENCE[found.kind] - (found.subjects.length ? 0 : 0.05);
  return {
    article,
    paragraph,
    item: found.item,
    subitem: found.subitem,
    modality: found.modality,
    subjects: found.subjects,
    co: found.co,
    mechanism: isMechanism(found.text),
    text: found.text,
    timing: findTiming(found.text),
    confidence: Math.round(confidence * 100) / 100,
  };
}

// A chapter of sanctions (`法律责任`, `罚则`) states penalties, not duties.
const SANCTIONS_CHAPTER = /法律责任|罚则/;

function fromParagraphs(
  paragraphs: readonly Paragraph[],
  ctx: SentenceContext,
  article: number | null,
  skipTaskTitle: boolean,
  sanctions = false,
): Obligation[] {
  return paragraphs.flatMap((p, i) =>
    extractParagraph(p, ctx, skipTaskTitle && i === 0)
      // There only a duty with its own modal verb (`监护人应当…`) is an obligation.
      .filter((f) => !sanctions || (f.kind === 'modal' && f.subjects.length > 0))
      .map((f) => toObligation(f, article, i + 1)),
  );
}

export function extractObligations(doc: ParsedDocument): ExtractionResult {
  const aliases = findAliases(stripMarkup(doc.text));
  const heads = aliases.entries.map((a) => a.alias);
  const context = (mode: Mode): SentenceContext => ({ mode, aliases, heads });
  const isPlan = doc.document.unit === 'task';
  const obligations: Obligation[] = [];
  // Regulations keep obligations in articles; a plan also states duties in its guarantee section.
  if (isPlan && doc.preamble) obligations.push(...fromParagraphs(doc.preamble, context('preamble'), null, false));
  for (const unit of doc.units) {
    const sanctions = [unit.heading ?? '', ...(unit.headingPath ?? [])].some((h) => SANCTIONS_CHAPTER.test(h));
    obligations.push(...fromParagraphs(unit.paragraphs, context(isPlan ? 'task' : 'article'), unit.number, isPlan, sanctions));
  }
  if (isPlan && doc.trailing) obligations.push(...fromParagraphs(doc.trailing, context('trailing'), null, false));
  return {
    document: { title: doc.document.title, effectiveDate: doc.document.effectiveDate, unit: doc.document.unit },
    unitCount: doc.unitCount,
    aliases: aliases.entries,
    obligations,
  };
}
