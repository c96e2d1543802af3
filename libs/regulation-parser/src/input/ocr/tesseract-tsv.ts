/** Text lines and mean word confidence of one page, from Tesseract's TSV output. */
export interface TsvPage {
  lines: string[];
  confidence: number;
}

// Columns: level page_num block_num par_num line_num word_num left top width height conf text.
const WORD_LEVEL = '5';

/**
 * Words grouped back into Tesseract's lines, a blank line between its paragraphs. Chinese words
 * join without a space (Tesseract separates every character); Latin words and numbers keep one,
 * and so does a line's leading list or heading mark (`-`, `#`, `>`) from printed markdown.
 */
export function readTesseractTsv(tsv: string): TsvPage {
  const lines: string[] = [];
  const confidences: number[] = [];
  let lineKey = '';
  let paragraphKey = '';
  for (const row of tsv.split('\n').slice(1)) {
    const cells = row.split('\t');
    if (cells.length < 12 || cells[0] !== WORD_LEVEL) continue;
    const word = cells.slice(11).join('\t').trim();
    const confidence = Number(cells[10]);
    if (!word || !(confidence >= 0)) continue;
    confidences.push(confidence);
    const [block, paragraph, line] = [cells[2], cells[3], cells[4]];
    if (`${block}.${paragraph}.${line}` !== lineKey) {
      if (paragraphKey && `${block}.${paragraph}` !== paragraphKey) lines.push('');
      lines.push(word);
      lineKey = `${block}.${paragraph}.${line}`;
      paragraphKey = `${block}.${paragraph}`;
    } else {
      const previous = lines[lines.length - 1];
      lines[lines.length - 1] = previous + (keepsSpace(previous, word) ? ' ' : '') + word;
    }
  }
  const confidence = confidences.length ? confidences.reduce((sum, value) => sum + value, 0) / confidences.length : 0;
  return { lines, confidence: Math.round(confidence * 10) / 10 };
}

function keepsSpace(before: string, word: string): boolean {
  return (/[A-Za-z0-9]$/.test(before) && /^[A-Za-z0-9]/.test(word)) || /^[#>*-]+$/.test(before);
}
