import type { Line } from './lines';

const DIVISION_RANK: Record<string, number> = { 编: 0, 分编: 1, 章: 2, 节: 3 };
const NUMBERED_RANK: Record<string, number> = { part: 4, item: 5 };

/** Tracks the headings in force (编 > 章 > 节 > 一、 > （一）) while walking the lines in order. */
export class HeadingTrail {
  private readonly trail: Array<{ rank: number; text: string }> = [];

  /** Returns true when the line was a heading. */
  visit(line: Line): boolean {
    const rank = headingRank(line);
    if (rank === null) return false;
    while (this.trail.length && this.trail[this.trail.length - 1].rank >= rank) this.trail.pop();
    this.trail.push({ rank, text: line.text });
    return true;
  }

  get innermost(): string | null {
    return this.trail.length ? this.trail[this.trail.length - 1].text : null;
  }

  get path(): string[] {
    return this.trail.map((entry) => entry.text);
  }
}

export function headingRank(line: Line): number | null {
  if (line.kind === 'division') return DIVISION_RANK[line.level];
  if ((line.kind === 'part' || line.kind === 'item') && line.headingOnly) return NUMBERED_RANK[line.kind];
  return null;
}
