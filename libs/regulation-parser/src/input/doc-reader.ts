import WordExtractor from 'word-extractor';

/**
 * Text of a Word 97–2003 `.doc` (an OLE compound file): the main body's paragraphs in order, one
 * per line (blank ones kept), and each table row as a markdown row (`| 1 | 任务 | 牵头单位 |`) like a .docx table,
 * so a 分工表 keeps its columns. Throws on a truncated or corrupt compound file.
 */
export async function readDoc(buffer: Buffer): Promise<string> {
  const document = await new WordExtractor().extract(buffer);
  // filterUnicode would turn “” and —— into ASCII, changing the Chinese text.
  const lines = document.getBody({ filterUnicode: false }).replace(/\r\n?/g, '\n').split('\n');
  const out: string[] = [];
  for (let index = 0; index < lines.length; ) {
    if (!isTableRow(lines[index])) {
      // Blank lines stay: in a text of hard-wrapped lines they are what separates paragraphs.
      out.push(lines[index++]);
      continue;
    }
    const rows: string[][] = [];
    for (; index < lines.length && isTableRow(lines[index]); index++) rows.push(lines[index].slice(0, -1).split('\t'));
    // A row of fewer cells (a section row merged across the table) is padded to the table's width.
    const width = Math.max(...rows.map((row) => row.length));
    for (const row of rows) out.push(`| ${[...row, ...Array(width - row.length).fill('')].map((cell) => cell.trim().replace(/\|/g, '｜')).join(' | ')} |`);
  }
  return out.join('\n');
}

// word-extractor ends every table cell with a tab, so a row's line (its last cell's mark) ends with one.
function isTableRow(line: string): boolean {
  return line.endsWith('\t');
}
