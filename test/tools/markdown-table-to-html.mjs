// Writes the HTML of a markdown plan holding a 分工表 (heading, paragraphs, one table), for
// LibreOffice to turn into a .docx or .doc with a real Word table: a section row (only its first
// cell filled) spans the whole row, and equal lead cells of consecutive rows merge vertically, as
// a 分工表 typed in Word usually has them.
//   node test/tools/markdown-table-to-html.mjs <plan.md> <plan.html>
import { readFileSync, writeFileSync } from 'node:fs';

const [source, target] = process.argv.slice(2);
if (!source || !target) throw new Error('usage: markdown-table-to-html.mjs <plan.md> <plan.html>');

const escape = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const cellsOf = (line) =>
  line
    .trim()
    .replace(/^\||\|$/g, '')
    .split('|')
    .map((cell) => cell.trim());
const lines = readFileSync(source, 'utf8').split('\n');
const rows = lines.filter((line) => line.startsWith('|') && !/^\|[\s:|-]+\|$/.test(line)).map(cellsOf);
const [header, ...body] = rows;
const lead = header.findIndex((cell) => /牵头/.test(cell));
const isSection = (row) => row.slice(1).every((cell) => !cell);

function tableHtml() {
  const out = [`<tr>${header.map((cell) => `<th>${escape(cell)}</th>`).join('')}</tr>`];
  body.forEach((row, index) => {
    if (isSection(row)) {
      out.push(`<tr><td colspan="${header.length}">${escape(row[0])}</td></tr>`);
      return;
    }
    const cells = row.map((cell, column) => {
      if (column !== lead) return `<td>${escape(cell)}</td>`;
      const above = body[index - 1];
      if (above && !isSection(above) && above[lead] === cell) return null; // covered by the cell above
      let span = 1;
      while (body[index + span] && !isSection(body[index + span]) && body[index + span][lead] === cell) span++;
      return `<td${span > 1 ? ` rowspan="${span}"` : ''}>${escape(cell)}</td>`;
    });
    out.push(`<tr>${cells.filter((cell) => cell !== null).join('')}</tr>`);
  });
  return `<table border="1">${out.join('')}</table>`;
}

let tableDone = false;
const blocks = [];
for (const line of lines) {
  if (line.startsWith('|')) {
    if (!tableDone) blocks.push(tableHtml());
    tableDone = true;
  } else if (line.startsWith('# ')) blocks.push(`<h1>${escape(line.slice(2))}</h1>`);
  else if (line.trim()) blocks.push(`<p>${escape(line)}</p>`);
}
writeFileSync(target, `<!DOCTYPE html><html><head><meta charset="utf-8"></head><body>${blocks.join('\n')}</body></html>\n`);
