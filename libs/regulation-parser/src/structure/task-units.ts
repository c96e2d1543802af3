import type { Paragraph, Unit } from '../document';
import { endsSentence } from './patterns';
import type { Line } from './lines';
import { buildParagraphs } from './paragraphs';
import { buildPlanOutline, isAnnexTitle, isAnnotationOnly, type OutlineNode, type PlanOutline } from './plan-outline';
import { chooseTasks, type TaskChoice } from './task-choice';
import { findDivisionTables, type TableTask } from './division-table';
import { HeadingTrail } from './heading-trail';

export interface TaskLayout {
  units: Unit[];
  preamble: Paragraph[];
  trailing: Paragraph[];
  warnings: string[];
}

/**
 * Units of a plan or notice without articles: its tasks (see `chooseTasks`), numbered 1…N in
 * document order. Text outside every task goes to `preamble` (before the first task) or
 * `trailing`; headings and framing sections (总体要求, 指导思想…) go nowhere.
 */
export function buildTaskUnits(text: string, lines: Line[], bodyStart: number): TaskLayout {
  const outline = buildPlanOutline(lines, bodyStart);
  const textTasks = chooseTasks(outline);
  const table = findDivisionTables(lines, bodyStart);
  // A 分工表 assigns the work unless the text's own measures carry their annotations.
  if (table.tasks.length && !textTasks.some((task) => task.annotation)) {
    const units = table.tasks.map((task, ordinal) => tableUnit(text, lines, task, ordinal));
    const firstTask = table.tasks[0].lineIndex;
    const { preamble, trailing } = looseText(text, lines, bodyStart, outline, [], [], table.tableLines, firstTask);
    return { units, preamble, trailing, warnings: [] };
  }
  const units = textTasks.map((task, ordinal) => taskUnit(text, lines, task, ordinal, textTasks.length));
  const firstTask = textTasks.length ? textTasks[0].node.index : lines.length;
  const { preamble, trailing } = looseText(text, lines, bodyStart, outline, textTasks, units, table.tableLines, firstTask);
  return { units, preamble, trailing, warnings: [] };
}

function tableUnit(text: string, lines: Line[], task: TableTask, ordinal: number): Unit {
  const line = lines[task.lineIndex];
  const headingPath = [...divisionsAbove(lines, task.lineIndex), ...task.headingPath];
  return {
    number: ordinal + 1,
    suffix: null,
    ...(task.label ? { label: task.label } : {}),
    annotation: task.annotation,
    heading: headingPath[headingPath.length - 1] ?? null,
    headingPath,
    start: line.start,
    end: line.end,
    paragraphs: [{ text: text.slice(task.start, task.end), start: task.start, end: task.end, items: [] }],
  };
}

function taskUnit(text: string, lines: Line[], task: TaskChoice, ordinal: number, count: number): Unit {
  const { node } = task;
  let unitLines = lines.slice(node.index, node.end);
  if (ordinal + 1 === count) unitLines = unitLines.slice(0, planBodyEnd(unitLines));
  const first = unitLines[0];
  const last = unitLines[unitLines.length - 1];
  const headingPath = [...divisionsAbove(lines, node.index), ...ancestors(node).map((above) => lines[above.index].text)];
  return {
    number: ordinal + 1,
    suffix: null,
    label: node.numbering.label,
    annotation: task.annotation,
    heading: headingPath[headingPath.length - 1] ?? null,
    headingPath,
    start: first.start,
    end: last.end,
    paragraphs: buildParagraphs(text, unitLines, first.start + node.numbering.markerLength),
  };
}

function ancestors(node: OutlineNode): OutlineNode[] {
  const chain: OutlineNode[] = [];
  for (let above = node.parent; above; above = above.parent) chain.unshift(above);
  return chain;
}

function divisionsAbove(lines: Line[], index: number): string[] {
  const trail = new HeadingTrail();
  for (let at = 0; at < index; at++) if (lines[at].kind === 'division') trail.visit(lines[at]);
  return trail.path;
}

/**
 * The last task stops where the plan body does: at a line that is no provision (a signature, a
 * date, a title) — an annotation on a line of its own still belongs to the task.
 */
function planBodyEnd(lines: Line[]): number {
  for (let index = 1; index < lines.length; index++) {
    const line = lines[index];
    if (isAnnotationOnly(line.text) || line.kind === 'item' || line.kind === 'subitem' || line.kind === 'part') continue;
    if (line.kind !== 'text' || !endsSentence(line.text) || isAnnexTitle(line.text)) return index;
  }
  return lines.length;
}

/** Lines outside every task, framing section and heading, as paragraphs before / after the first task. */
function looseText(text: string, lines: Line[], bodyStart: number, outline: PlanOutline, tasks: TaskChoice[], units: Unit[], tableLines: Set<number>, firstTask: number) {
  const excluded = new Set<number>(tableLines);
  units.forEach((unit, position) => {
    const { node } = tasks[position];
    for (let index = node.index; index < node.end && lines[index].start < unit.end; index++) excluded.add(index);
  });
  for (const node of outline.nodes) {
    if (node.role === 'framing') for (let index = node.index; index < node.end; index++) excluded.add(index);
    else if (node.role !== 'measure' || isTitleShaped(lines[node.index].text.slice(node.numbering.markerLength))) excluded.add(node.index);
  }
  const preamble: Paragraph[] = [];
  const trailing: Paragraph[] = [];
  for (let index = bodyStart; index < lines.length; index++) {
    const line = lines[index];
    if (excluded.has(index) || line.kind === 'division' || line.kind === 'heading' || isTitleShaped(line.text) || isAnnexTitle(line.text)) continue;
    (index < firstTask ? preamble : trailing).push(...buildParagraphs(text, [line], line.start));
  }
  return { preamble, trailing };
}

/** A heading or title line: short, no clause punctuation, no sentence end. */
function isTitleShaped(text: string): boolean {
  return text.length <= 40 && !/[，。；;：:、！？]/.test(text);
}
