// Text of mammoth's HTML rendering of a .docx: one line per paragraph, heading or list entry,
// and each table row as a markdown row (`| 1 | 任务 | 牵头单位 |`) so a 分工表 keeps its columns.
// mammoth writes simple, well-formed HTML (escaped text, no scripts), so a tag scanner suffices.

const BLOCK = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li']);
const TAG = /<(\/?)([a-zA-Z0-9]+)([^>]*?)(\/?)>/g;

interface Cell {
  text: string;
  colspan: number;
  rowspan: number;
}

export function htmlToText(html: string): string {
  const lines: string[] = [];
  let block = '';
  const tables: Array<{ rows: Cell[][]; cell: Cell | null }> = [];
  let cursor = 0;
  const flushBlock = () => {
    const text = block.replace(/\s+/g, ' ').trim();
    const cell = tables[tables.length - 1]?.cell;
    if (cell) {
      cell.text = [cell.text, text].filter(Boolean).join(' ');
    } else if (text) {
      lines.push(text);
    }
    block = '';
  };
  for (const match of html.matchAll(TAG)) {
    block += decodeEntities(html.slice(cursor, match.index));
    cursor = (match.index ?? 0) + match[0].length;
    const [, closing, rawName, attributes] = match;
    const name = rawName.toLowerCase();
    const table = tables[tables.length - 1];
    if (name === 'br') block += ' ';
    else if (BLOCK.has(name)) flushBlock();
    else if (name === 'table' && !closing) {
      flushBlock();
      tables.push({ rows: [], cell: null });
    } else if (name === 'table' && closing && table) {
      flushBlock();
      tables.pop();
      const rows = markdownRows(table.rows);
      const outer = tables[tables.length - 1];
      // A table inside a cell reads as that cell's text.
      if (outer?.cell) outer.cell.text = [outer.cell.text, ...rows].join(' ');
      else lines.push(...rows);
    } else if (name === 'tr' && !closing && table) table.rows.push([]);
    else if ((name === 'td' || name === 'th') && table) {
      flushBlock();
      if (closing) table.cell = null;
      else {
        table.cell = { text: '', colspan: spanOf(attributes, 'colspan'), rowspan: spanOf(attributes, 'rowspan') };
        if (!table.rows.length) table.rows.push([]);
        table.rows[table.rows.length - 1].push(table.cell);
      }
    }
  }
  block += decodeEntities(html.slice(cursor));
  flushBlock();
  return lines.join('\n');
}

/** Rows of the table's grid, a merged cell repeated in every position it covers. */
function markdownRows(rows: Cell[][]): string[] {
  const grid: string[][] = [];
  rows.forEach((row, rowIndex) => {
    grid[rowIndex] ??= [];
    let column = 0;
    for (const cell of row) {
      while (grid[rowIndex][column] !== undefined) column++;
      for (let down = 0; down < cell.rowspan; down++) {
        grid[rowIndex + down] ??= [];
        for (let across = 0; across < cell.colspan; across++) grid[rowIndex + down][column + across] = cell.text;
      }
      column += cell.colspan;
    }
  });
  return grid.slice(0, rows.length).map((cells) => `| ${Array.from(cells, (cell) => (cell ?? '').replace(/\|/g, '｜')).join(' | ')} |`);
}

function spanOf(attributes: string, name: string): number {
  const value = Number(new RegExp(`${name}="(\\d+)"`).exec(attributes)?.[1] ?? 1);
  return Number.isInteger(value) && value > 0 && value < 1000 ? value : 1;
}

function decodeEntities(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#(\d+);/g, (_all, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&amp;/g, '&');
}
