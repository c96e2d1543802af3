import type { Unit } from '../document';
import { bodyEndIndex } from './body-end';
import { HeadingTrail } from './heading-trail';
import type { Line } from './lines';
import { buildParagraphs } from './paragraphs';

export interface UnitStart {
  index: number; // line index
  number: number;
  suffix: number | null;
  labelLength: number;
}

/**
 * Turns unit start lines into units: each runs until the next unit, or the first line
 * `isBoundary` accepts (a heading), and the last one stops where the regulation body ends.
 */
export function buildUnits(text: string, lines: Line[], starts: UnitStart[], isBoundary: (line: Line) => boolean): Unit[] {
  const trail = new HeadingTrail();
  const units: Unit[] = [];
  let next = 0;
  for (let index = 0; index < lines.length && next < starts.length; index++) {
    if (index !== starts[next].index) {
      trail.visit(lines[index]);
      continue;
    }
    const start = starts[next];
    const limit = next + 1 < starts.length ? starts[next + 1].index : lines.length;
    let end = index + 1;
    while (end < limit && !isBoundary(lines[end])) end++;
    let unitLines = lines.slice(index, end);
    if (next + 1 === starts.length) unitLines = unitLines.slice(0, bodyEndIndex(unitLines));
    const first = unitLines[0];
    const last = unitLines[unitLines.length - 1];
    units.push({
      number: start.number,
      suffix: start.suffix,
      heading: trail.innermost,
      headingPath: trail.path,
      start: first.start,
      end: last.end,
      paragraphs: buildParagraphs(text, unitLines, first.start + start.labelLength),
    });
    index = end - 1;
    next++;
  }
  return units;
}
