import { isDivisionHeader } from '../structure/table-columns';

/**
 * Rewrites a 分工表 typed as tab- or multi-space-separated rows into markdown rows
 * (`| 1 | 任务 | 牵头单位 |`), before spaces are collapsed, so its columns survive. A block starts
 * at a header row naming a task column and a responsible-body column, and runs while lines
 * still split into columns (blank lines between rows allowed).
 */
export function tabulateDivisionRows(body: string): string {
  const lines = body.split('\n');
  let columns = 0;
  let tabs = false;
  return lines
    .map((line) => {
      if (!line.trim()) return line;
      const cells = splitCells(line, columns ? tabs : line.includes('\t'));
      if (!columns) {
        if (cells.length < 3 || !isDivisionHeader(cells)) return line;
        columns = cells.length;
        tabs = line.includes('\t');
      } else if (cells.length < 2) {
        columns = 0;
        return line;
      }
      const padded = [...cells, ...Array(Math.max(0, columns - cells.length)).fill('')];
      return `| ${padded.join(' | ')} |`;
    })
    .join('\n');
}

function splitCells(line: string, tabs: boolean): string[] {
  if (/^\s*\|/.test(line)) return [];
  const trimmed = line.replace(/^[\s\u3000]+|[\s\u3000]+$/g, '');
  return (tabs ? trimmed.split('\t') : trimmed.split(/ {2,}|\u3000+/)).map((cell) => cell.replace(/\s+/g, ' ').trim());
}
