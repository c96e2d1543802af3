/** One source line with markdown and layout noise removed. */
export interface CleanLine {
  text: string;
  /** Marked up as a heading (`# …`, a wholly bold line): never part of a running paragraph. */
  heading: boolean;
  /** Starts with a paragraph indent (two spaces, a full-width space or a tab), as print does. */
  indented?: boolean;
  /** A markdown table row (`| … | … |`): one row, never joined to the lines around it. */
  tableRow?: boolean;
}

const EDITOR_ARTIFACTS = /\[bookmark:[^\]]*\]|<!--[\s\S]*?-->|[\u200b-\u200d\u2060\ufeff]/g;
const SPACES = /[\t\u00a0\u2002-\u200a\u3000 ]+/g;

// Page furniture of printed and PDF sources: `- 3 -`, `— 12 —`, `第 3 页 共 10 页`, a bare page number.
const PAGE_NUMBER = /^(?:[-—–－ ]*[0-9０-９]{1,4}[-—–－ ]*|第 ?[0-9０-９]+ ?页(?: ?共 ?[0-9０-９]+ ?页)?)$/;

export function cleanLines(text: string): CleanLine[] {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(EDITOR_ARTIFACTS, '')
    .split('\n')
    .map(cleanLine)
    .map((line) => (PAGE_NUMBER.test(line.text) ? { text: '', heading: false } : line));
}

function cleanLine(raw: string): CleanLine {
  const indented = /^(?: {2}|[\t\u3000])/.test(raw);
  let line = raw.replace(SPACES, ' ').trim();
  const markdownHeading = /^#{1,6} /.test(line);
  line = line
    .replace(/^#{1,6} /, '')
    .replace(/^(?:> ?)+/, '')
    .replace(/^[-*+] (?=\S)/, '');
  const whollyBold = /^\*\*[^*]+\*\*$/.test(line);
  line = line
    .replace(/\*\*|__/g, '')
    .replace(/\\([\\`*_{}[\]()#+\-.!>])/g, '$1')
    .replace(SPACES, ' ')
    .trim();
  const tableRow = /^\|.*\|$/.test(line);
  return { text: line, heading: markdownHeading || (whollyBold && !isArticleLine(line)), indented, ...(tableRow ? { tableRow } : {}) };
}

// A wholly bold line is a heading, unless it is an article label (`**第一条**` alone on a line).
function isArticleLine(line: string): boolean {
  return /^第.+条/.test(line);
}
