import type { Line } from '../structure/lines';
import { TITLE_ENDING, endsSentence, hasSentencePunctuation } from '../structure/patterns';

const PROMULGATED_TITLE = /《([^》]{4,60})》(?:已由|已经|经)/;
const NOTICE_OF_PLAN = /关于(?:印发|发布|转发)《(.+)》的通知$/;

/**
 * The document title: markdown/bold heading lines before the first unit, else the first
 * title-shaped text lines there, else the title named in a promulgation notice (`《…》已由…通过`).
 * A notice that only transmits a plan (`关于印发《X》的通知`) yields X.
 */
export function findTitle(lines: Line[], firstUnitLine: number, text: string): string | null {
  const head = lines.slice(0, firstUnitLine);
  const title = markedTitle(head) ?? plainTitle(head) ?? PROMULGATED_TITLE.exec(text)?.[1] ?? null;
  return titleOfNotice(title);
}

/** `关于印发《X》的通知` transmits the plan X: X is the title. */
export function titleOfNotice(title: string | null | undefined): string | null {
  return title ? (NOTICE_OF_PLAN.exec(title)?.[1] ?? title) : null;
}

function markedTitle(head: Line[]): string | null {
  const first = head.findIndex((line) => line.kind === 'heading');
  if (first < 0) return null;
  const parts: string[] = [];
  for (let index = first; index < head.length && head[index].kind === 'heading'; index++) parts.push(head[index].text);
  return parts.join(' ').replace(/\s*(目录|目 录)$/, '') || null;
}

function plainTitle(head: Line[]): string | null {
  for (let index = 0; index < head.length; index++) {
    if (!isTitleShaped(head[index])) continue;
    let title = head[index].text;
    // A title may wrap over up to three lines (`…向北开放` / `重要桥头堡促进条例`).
    for (let next = index + 1; next < Math.min(head.length, index + 3) && !TITLE_ENDING.test(title); next++) {
      if (!isTitleShaped(head[next])) break;
      title += head[next].text;
    }
    return title;
  }
  return null;
}

function isTitleShaped(line: Line): boolean {
  const text = line.text;
  return (
    line.kind === 'text' &&
    text.length >= 4 &&
    text.length <= 80 &&
    !endsSentence(text) &&
    !/^[0-9０-９〔（(]/.test(text) &&
    !/[〔[［]\d{4}[〕\]］]/.test(text) &&
    !hasSentencePunctuation(text.replace(/、/g, ''))
  );
}
