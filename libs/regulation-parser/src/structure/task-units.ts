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
    const numbers = lines.flatMap((line) => (line.kind === kind ? [line.number] : []));
    const runsInOrder = numbers.every((number, index) => number === numbers[0] + index);
    if (numbers.length >= 2 && runsInOrder && numbers.length > (best?.count ?? 0)) best = { kind, count: numbers.length };
  }
  return best?.kind ?? null;
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
