import type { Paragraph, Unit } from '../document';
import { headingRank } from './heading-trail';
import type { Line } from './lines';
import { buildParagraphs } from './paragraphs';
import { buildUnits, type UnitStart } from './unit-builder';

type TaskKind = 'part' | 'item' | 'subitem';
const TASK_KINDS: TaskKind[] = ['subitem', 'item', 'part'];

export interface TaskLayout {
  units: Unit[];
  preamble: Paragraph[];
  trailing: Paragraph[];
  warnings: string[];
}

/**
 * Units of a plan or notice without articles. The unit is the numbering level (`一、`,
 * `（一）` or `1.`) that counts up by one through the whole document without restarting
 * and has the most entries; coarser numbered lines stay as headings. Null when no level qualifies.
 */
export function buildTaskUnits(text: string, lines: Line[], bodyStart: number): TaskLayout | null {
  const kind = chooseTaskKind(lines);
  if (!kind) return null;
  const starts: UnitStart[] = [];
  lines.forEach((line, index) => {
    if (line.kind === kind) starts.push({ index, number: line.number, suffix: null, labelLength: line.markerLength });
  });
  const units = buildUnits(text, lines, starts, (line) => isCoarserThan(line, kind));
  const before = lines.slice(bodyStart, starts[0].index);
  const lastUnit = units[units.length - 1];
  const after = lines.filter((line) => line.start >= lastUnit.end);
  const warnings = starts[0].number === 1 ? [] : [`numbering starts at task ${starts[0].number}, not 1`];
  return { units, preamble: looseParagraphs(text, before), trailing: looseParagraphs(text, after), warnings };
}

function chooseTaskKind(lines: Line[]): TaskKind | null {
  let best: { kind: TaskKind; count: number } | null = null;
  for (const kind of TASK_KINDS) {
    const entries = lines.flatMap((line, index) => (line.kind === kind ? [{ number: line.number, index }] : []));
    const runsInOrder = entries.every(({ number }, position) => number === entries[0].number + position);
    const qualifies = entries.length >= 2 && runsInOrder && spansSections(lines, entries, kind);
    if (qualifies && entries.length > (best?.count ?? 0)) best = { kind, count: entries.length };
  }
  return best?.kind ?? null;
}

/**
 * A finer numbering is the task level only if it runs on across coarser numbered sections
 * (a plan's `1.`…`25.` through `（一）`…`（八）`); a list inside one section is that section's content.
 */
function spansSections(lines: Line[], entries: Array<{ index: number }>, kind: TaskKind): boolean {
  const coarser = lines.flatMap((line, index) => (isNumberedCoarser(line, kind) ? [index] : []));
  if (!coarser.length) return true;
  const sectionOf = (index: number) => coarser.filter((start) => start < index).length;
  return new Set(entries.map(({ index }) => sectionOf(index))).size >= 2;
}

function isNumberedCoarser(line: Line, kind: TaskKind): boolean {
  if (kind === 'subitem') return line.kind === 'part' || line.kind === 'item';
  if (kind === 'item') return line.kind === 'part';
  return false;
}

function isCoarserThan(line: Line, kind: TaskKind): boolean {
  if (line.kind === 'division' || line.kind === 'heading') return true;
  if (kind === 'subitem') return headingRank(line) !== null;
  if (kind === 'item') return line.kind === 'part';
  return false;
}

/** Paragraphs of text outside numbered units, headings left out. */
function looseParagraphs(text: string, lines: Line[]): Paragraph[] {
  return lines
    .filter((line) => headingRank(line) === null && line.kind !== 'heading' && line.kind !== 'division')
    .flatMap((line) => buildParagraphs(text, [line], line.start));
}
