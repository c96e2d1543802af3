// Entry point: a parsed regulation or plan in, its obligations and alias table out.
import type { Paragraph, ParsedDocument } from '@luyue/regulation-parser';
import type { ExtractionResult, Obligation } from './types';
import { findAliases } from './aliases';
import { stripMarkup } from './text/normalize';
import { splitSentences } from './text/segment';
import { extractParagraph, type FoundInParagraph } from './paragraph';
import type { Mode } from './sentence/classify';
import type { SentenceContext } from './sentence/analyze';
import { findTiming } from './sentence/timing';
import { isMechanism } from './sentence/mechanism';
import { readAnnotation } from './plan/annotation';
import { isFramingHeading, isFramingParagraph, isFramingSentence } from './plan/framing';
import { lastAnnotation, stripParagraph } from './plan/strip';
import { finishObligations, type TaskContext } from './plan/task';
import { planYear } from './due/plan-year';

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
    due: null,
    confidence: Math.round(confidence * 100) / 100,
  };
}

// A chapter of sanctions (`法律责任`, `罚则`) states penalties, not duties.
const SANCTIONS_CHAPTER = /法律责任|罚则/;

function fromParagraphs(paragraphs: readonly Paragraph[], ctx: SentenceContext, article: number | null, skipTaskTitle: boolean, sanctions = false): Obligation[] {
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
  const unitKind = doc.document.unit;
  // A plan (numbered tasks) or a notice in paragraphs: annotations, dated targets, framing text.
  const isPlan = unitKind === 'task' || unitKind === 'paragraph';
  const base = { year: isPlan ? planYear(doc) : null, effectiveDate: doc.document.effectiveDate, splitTargets: isPlan };
  const task = (annotation: string | null | undefined, headings: readonly string[] = []): TaskContext => ({
    ...base,
    headings,
    responsibility: annotation ? readAnnotation(annotation, aliases) : null,
  });
  // Paragraphs outside tasks: framing text is skipped; a paragraph's own annotation governs it.
  const outside = (paragraphs: readonly Paragraph[] | undefined, mode: Mode): Obligation[] =>
    (paragraphs ?? [])
      .filter((p) => !isFramingParagraph(p, doc.text))
      .flatMap((p) =>
        finishObligations(
          fromParagraphs([stripParagraph(p)], context(mode), null, false).filter((o) => !isFramingSentence(o.text)),
          task(lastAnnotation([p])),
        ),
      );
  const obligations: Obligation[] = [];
  // Regulations keep obligations in articles; a plan also states duties in its guarantee section.
  if (unitKind === 'task') obligations.push(...outside(doc.preamble, 'preamble'));
  // A notice without numbered units states its duties in plain paragraphs.
  if (unitKind === 'paragraph') obligations.push(...outside(doc.preamble, 'trailing'));
  for (const unit of doc.units) {
    const headings = [unit.heading ?? '', ...(unit.headingPath ?? [])];
    const sanctions = headings.some((h) => SANCTIONS_CHAPTER.test(h));
    if (!isPlan) {
      const found = fromParagraphs(unit.paragraphs, context('article'), unit.number, false, sanctions);
      obligations.push(...finishObligations(found, task(null)));
      continue;
    }
    if (headings.some(isFramingHeading)) continue;
    // The parser gives the governing annotation; an older parse leaves it to the task's own text.
    const annotation = unit.annotation !== undefined ? unit.annotation : lastAnnotation(unit.paragraphs);
    const paragraphs = unit.paragraphs.map(stripParagraph);
    // A title is skipped only before the task's text: a task of one sentence (a table row) is its text.
    const titled = paragraphs.reduce((n, p) => n + splitSentences(stripMarkup(p.text)).length, 0) > 1;
    const found = fromParagraphs(paragraphs, context('task'), unit.number, titled, sanctions);
    obligations.push(...finishObligations(found, task(annotation, unit.headingPath ?? [])));
  }
  if (isPlan) obligations.push(...outside(doc.trailing, 'trailing'));
  return {
    document: { title: doc.document.title, effectiveDate: doc.document.effectiveDate, unit: unitKind },
    unitCount: doc.unitCount,
    aliases: aliases.entries,
    obligations,
  };
}
