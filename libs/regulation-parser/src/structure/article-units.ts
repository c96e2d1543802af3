import type { Unit } from '../document';
import type { Line } from './lines';
import { buildUnits, type UnitStart } from './unit-builder';

/** Units of a regulation: one per `第N条` line. Gaps or repeats in numbering become warnings. */
export function buildArticleUnits(text: string, lines: Line[]): { units: Unit[]; warnings: string[] } {
  const starts: UnitStart[] = [];
  lines.forEach((line, index) => {
    if (line.kind === 'article') starts.push({ index, number: line.number, suffix: line.suffix, labelLength: line.labelLength });
  });
  const units = buildUnits(text, lines, starts, (line) => line.kind === 'division' || line.kind === 'heading');
  return { units, warnings: numberingWarnings(starts) };
}

function numberingWarnings(starts: UnitStart[]): string[] {
  const warnings: string[] = [];
  if (starts.length && starts[0].number !== 1) warnings.push(`numbering starts at article ${starts[0].number}, not 1`);
  starts.forEach((start, index) => {
    const previous = starts[index - 1];
    if (!previous) return;
    const expected = start.suffix === null ? previous.number + 1 : previous.number;
    if (start.number === expected) return;
    const label = `article ${start.number}${start.suffix ? `-${start.suffix}` : ''}`;
    if (start.number === previous.number) warnings.push(`${label} repeats the previous article number`);
    else warnings.push(`${label} follows article ${previous.number}: numbering skips or goes back`);
  });
  return warnings;
}
