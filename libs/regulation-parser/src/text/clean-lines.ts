/** One source line with markdown and layout noise removed. */
export interface CleanLine {
  text: string;
  /** Marked up as a heading (`# …`, a wholly bold line): never part of a running paragraph. */
  heading: boolean;
}

const EDITOR_ARTIFACTS = /\[bookmark:[^\]]*\]|<!--[\s\S]*?-->|[\u200b-\u200d\u2060\ufeff]/g;
const SPACES = /[\t\u00a0\u2002-\u200a\u3000 ]+/g;

export function cleanLines(text: string): CleanLine[] {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(EDITOR_ARTIFACTS, '')
    .split('\n')
    .map(cleanLine);
}

function cleanLine(raw: string): CleanLine {
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
  return { text: line, heading: markdownHeading || wholly(whollyBold, line) };
}

// A bold line is a heading only when it is not itself an article (`**第一条**` alone on a line).
function wholly(bold: boolean, line: string): boolean {
  return bold && !/^第.+条/.test(line);
}
