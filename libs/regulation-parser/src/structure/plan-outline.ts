import type { Line } from './lines';
import { numberingOf, SCHEME_RANK, type Numbering } from './numbering';
import { findAnnotations } from './responsibility';

/**
 * How a numbered line of a plan reads: a section `heading` over finer numbered lines, a dated
 * timetable heading, a framing section (总体要求/指导思想/… — never tasks, never counted), or a
 * `measure` (text that orders work).
 */
export type OutlineRole = 'heading' | 'dated' | 'framing' | 'measure';

export interface OutlineNode {
  index: number; // line index of the numbered line
  numbering: Numbering;
  rank: number;
  /** End of the node's own text: the first numbered line or boundary after it (exclusive line index). */
  ownEnd: number;
  /** End of the subtree (exclusive line index). */
  end: number;
  parent: OutlineNode | null;
  children: OutlineNode[];
  role: OutlineRole;
  /** The last responsibility annotation in the node's own text, brackets included. */
  annotation: string | null;
  inAnnex: boolean;
}

export interface PlanOutline {
  roots: OutlineNode[];
  nodes: OutlineNode[]; // document order
  /** Line index where an annex (附件…) starts, or the end of the lines. */
  annexStart: number;
}

const FRAMING = /^(?:总体要求|总的要求|指导思想|基本原则|工作原则|总体思路|工作思路|基本思路|(?:工作|主要|发展|总体|阶段性?|预期)目标|目标要求|适用范围|编制依据)$/;
const DATED = /^(?:\d{4}年[^，。；：]{0,16}|第[一二三四五六七八九十]+阶段.{0,24}|[\u4e00-\u9fa5]{2,6}阶段[（(][^）)]*[）)])$/;
const ANNEX = /^附(?:件|表)\s*[0-9０-９一二三四五六七八九十]*\s*(?:[：:]|$|\s)/;

/** Numbered lines of a plan body (from `bodyStart`) arranged by numbering rank, with their roles. */
export function buildPlanOutline(lines: Line[], bodyStart: number): PlanOutline {
  const annexIndex = lines.findIndex((line, index) => index >= bodyStart && isAnnexTitle(line.text));
  const annexStart = annexIndex < 0 ? lines.length : annexIndex;
  const nodes: OutlineNode[] = [];
  const roots: OutlineNode[] = [];
  const open: OutlineNode[] = [];
  const close = (rank: number, at: number) => {
    for (let top = open[open.length - 1]; top && top.rank >= rank; top = open[open.length - 1]) {
      top.end = at;
      open.pop();
    }
  };
  let previous: OutlineNode | null = null;
  for (let index = bodyStart; index < lines.length; index++) {
    const line = lines[index];
    const numbering = isBoundary(line, index, annexStart) ? null : numberingOf(line.text);
    if (isBoundary(line, index, annexStart)) {
      close(-1, index);
      if (previous && previous.ownEnd > index) previous.ownEnd = index;
      previous = null;
      continue;
    }
    if (!numbering) continue;
    if (previous && previous.ownEnd > index) previous.ownEnd = index;
    const rank = SCHEME_RANK[numbering.scheme];
    close(rank, index);
    const parent = open[open.length - 1] ?? null;
    const node: OutlineNode = {
      index,
      numbering,
      rank,
      ownEnd: lines.length,
      end: lines.length,
      parent,
      children: [],
      role: 'measure',
      annotation: null,
      inAnnex: index > annexStart,
    };
    (parent ? parent.children : roots).push(node);
    nodes.push(node);
    open.push(node);
    previous = node;
  }
  close(-1, lines.length);
  for (const node of nodes) node.annotation = lastAnnotation(lines.slice(node.index, node.ownEnd));
  for (const node of nodes) hoistListAnnotation(node, lines);
  for (const node of nodes) node.role = roleOf(node, lines);
  return { roots, nodes, annexStart };
}

/**
 * `1.完善政策体系：（1）…；（2）…。（X牵头）`: an annotation closing the last entry of a list a
 * measure leads into belongs to the measure, not to that entry.
 */
function hoistListAnnotation(node: OutlineNode, lines: Line[]): void {
  const last = node.children[node.children.length - 1];
  if (!last || node.annotation || last.children.length) return;
  const leadsIn = /[：:]$/.test(
    lines
      .slice(node.index, node.ownEnd)
      .map((line) => line.text)
      .join('')
      .trim(),
  );
  const onlyLast = node.children.every((child) => child === last || !child.annotation);
  if (leadsIn && onlyLast && last.annotation) {
    node.annotation = last.annotation;
    last.annotation = null;
  }
}

/** A division (第N章), a marked-up heading or the annex title ends every numbered section. */
function isBoundary(line: Line, index: number, annexStart: number): boolean {
  return line.kind === 'division' || (line.kind === 'heading' && !numberingOf(line.text)) || index === annexStart;
}

export function isAnnexTitle(text: string): boolean {
  return ANNEX.test(text) && text.length <= 80 && !/。$/.test(text);
}

/**
 * The last annotation of the lines; unbracketed label lines (`责任单位：X` then `完成时限：Y`) at
 * the end join into one bracketed annotation, as the bracketed form would read.
 */
function lastAnnotation(lines: Line[]): string | null {
  const spans = lines.flatMap((line) => findAnnotations(line.text));
  const last = spans[spans.length - 1];
  if (!last) return null;
  if (/^[（(]/.test(last.text)) return last.text;
  const labels: string[] = [];
  for (let index = lines.length - 1; index >= 0 && /^(?![（(])/.test(lines[index].text) && isAnnotationOnly(lines[index].text); index--) {
    labels.unshift(lines[index].text.replace(/[。；;]$/, ''));
  }
  return `（${(labels.length ? labels : [last.text]).join('；')}）`;
}

/** The line's title: the text after its marker without annotations, up to its first full stop. */
export function titleOf(node: OutlineNode, lines: Line[]): string {
  const rest = withoutAnnotations(lines[node.index].text.slice(node.numbering.markerLength)).trim();
  return rest
    .split(/[。]/)[0]
    .replace(/[：:；;，,]$/, '')
    .trim();
}

function roleOf(node: OutlineNode, lines: Line[]): OutlineRole {
  const title = titleOf(node, lines);
  if (FRAMING.test(title)) return 'framing';
  if (DATED.test(title)) return 'dated';
  const rest = withoutAnnotations(lines[node.index].text.slice(node.numbering.markerLength)).trim();
  const ownLines = lines.slice(node.index + 1, node.ownEnd).filter((line) => !isAnnotationOnly(line.text));
  const titleOnly = rest.length <= 60 && !/[：:]$/.test(rest) && !/。./.test(rest);
  if (node.children.length && !ownLines.length && titleOnly) return 'heading';
  // An empty section title (`（三）保障措施` with nothing under it) orders nothing either.
  if (!node.children.length && !ownLines.length && rest.length <= 30 && !/[，。；;：:、]/.test(rest)) return 'heading';
  return 'measure';
}

export function withoutAnnotations(text: string): string {
  let result = text;
  for (const span of findAnnotations(text).reverse()) result = result.slice(0, span.start) + result.slice(span.end);
  return result;
}

export function isAnnotationOnly(text: string): boolean {
  const spans = findAnnotations(text);
  return spans.length > 0 && !withoutAnnotations(text).replace(/[。；;，,\s]/g, '');
}
