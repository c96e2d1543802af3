import type { Line } from './lines';
import { columnRole, isDivisionHeader, taskColumnOf, type ColumnRole } from './table-columns';

/** One task of a 分工表: a table row, its task cell and the annotation its cells make up. */
export interface TableTask {
  lineIndex: number;
  label: string | undefined;
  /** Offsets of the task cell in the document text. */
  start: number;
  end: number;
  annotation: string | null;
  /** Section rows above it and its group cells (`重点任务` beside `具体措施`). */
  headingPath: string[];
}

export interface DivisionTables {
  tasks: TableTask[];
  /** Every line of a recognised table (header, separator, section rows included). */
  tableLines: Set<number>;
}

interface Cell {
  text: string;
  start: number; // offset in the document text
  end: number;
}

const SEPARATOR = /^\|[\s:|\-—]+\|$/;

/**
 * Rows of task-division tables (markdown rows, as docx and tab-separated tables are read):
 * the header's words decide the columns; a row with a task cell is a task, a row with a single
 * distinct text (`| 一、优化营商环境 | | |`) is a section heading.
 */
export function findDivisionTables(lines: Line[], bodyStart: number): DivisionTables {
  const tasks: TableTask[] = [];
  const tableLines = new Set<number>();
  let roles: ColumnRole[] | null = null;
  let taskColumn: number | undefined;
  let section: string | null = null;
  let above: Row | null = null;
  for (let index = bodyStart; index < lines.length; index++) {
    const line = lines[index];
    if (!isRow(line)) {
      roles = null;
      continue;
    }
    const cells = cellsOf(line);
    if (!roles) {
      if (isDivisionHeader(cells.map((cell) => cell.text))) {
        above = null;
        roles = cells.map((cell) => columnRole(cell.text));
        taskColumn = taskColumnOf(
          cells.map((cell) => cell.text),
          roles,
        );
        section = null;
        tableLines.add(index);
      }
      continue;
    }
    tableLines.add(index);
    if (SEPARATOR.test(line.text)) continue;
    const row = readRow(roles, taskColumn, cells);
    if (!row.task || isSectionRow(row)) {
      const distinct = [...new Set(cells.map((cell) => cell.text).filter(Boolean))];
      if (distinct.length === 1 || (distinct.length === 2 && row.number)) section = distinct.join(' ');
      above = null;
      continue;
    }
    continueMergedCells(row, above);
    above = row;
    tasks.push({
      lineIndex: index,
      label: row.number || undefined,
      start: row.task.start,
      end: row.task.end,
      annotation: annotationOf(row.bodies),
      headingPath: [...(section ? [section] : []), ...row.groups],
    });
  }
  return { tasks, tableLines };
}

/**
 * A task row with no lead and no responsible body under a row that has them continues that row's
 * cells: a vertically merged cell read without its merge (a .doc, a copied table) leaves the
 * rows below it empty. A row that names anyone responsible keeps its own cells.
 */
function continueMergedCells(row: Row, above: Row | null): void {
  if (!above || row.bodies.lead.length || row.bodies.responsible.length) return;
  row.bodies.lead = above.bodies.lead;
  row.bodies.responsible = above.bodies.responsible;
}

/** `| 一 | 优化营商环境 | | |`: a Chinese-numbered row naming no one groups the rows below it. */
function isSectionRow(row: Row): boolean {
  const namesNoOne = Object.values(row.bodies).every((values) => !values.length);
  return namesNoOne && (/^[一二三四五六七八九十]+、?$/.test(row.number) || /^[一二三四五六七八九十]+、/.test(row.task?.text ?? ''));
}

function isRow(line: Line): boolean {
  return line.kind === 'text' && /^\|.*\|$/.test(line.text);
}

function cellsOf(line: Line): Cell[] {
  const cells: Cell[] = [];
  let from = 1;
  for (let at = 1; at < line.text.length; at++) {
    if (line.text[at] !== '|') continue;
    const raw = line.text.slice(from, at);
    const lead = raw.length - raw.trimStart().length;
    const text = raw.trim();
    cells.push({ text, start: line.start + from + lead, end: line.start + from + lead + text.length });
    from = at + 1;
  }
  return cells;
}

interface Row {
  number: string;
  task: Cell | null;
  groups: string[];
  bodies: Record<'lead' | 'co' | 'responsible' | 'due', string[]>;
}

function readRow(roles: ColumnRole[], taskColumn: number | undefined, cells: Cell[]): Row {
  const row: Row = { number: '', task: null, groups: [], bodies: { lead: [], co: [], responsible: [], due: [] } };
  cells.forEach((cell, index) => {
    const role = roles[index];
    if (!cell.text || role === undefined) return;
    if (role === 'number') row.number = cell.text;
    else if (role === 'task' && index === taskColumn) row.task = cell;
    // A merged group cell repeats down its rows; the group reads as a heading, not the task.
    else if (role === 'task') row.groups.push(cell.text);
    else if (role !== 'other') row.bodies[role].push(cell.text);
  });
  if (row.task && cells.filter((cell) => cell.text === row.task?.text).length === cells.length) row.task = null;
  return row;
}

/** `（牵头单位：X；责任单位：…；配合单位：Y；完成时限：Z）`, empty parts left out; null when all are empty. */
function annotationOf(bodies: Row['bodies']): string | null {
  const parts: string[] = [];
  const list = (values: string[]) => values.map((value) => value.replace(/(?<=[\u4e00-\u9fa5）)])\s+(?=[\u4e00-\u9fa5])/g, '、')).join('、');
  if (bodies.lead.length) parts.push(`牵头单位：${list(bodies.lead)}`);
  if (bodies.responsible.length) parts.push(`责任单位：${list(bodies.responsible)}`);
  if (bodies.co.length) parts.push(`配合单位：${list(bodies.co)}`);
  if (bodies.due.length) parts.push(`完成时限：${bodies.due.join('；')}`);
  return parts.length ? `（${parts.join('；')}）` : null;
}
