// Line-start markers of Chinese legal and policy texts. All patterns apply to one cleaned line.

const CN_NUMERAL = '[零〇一二两三四五六七八九十百千]+';
const NUMBER = `(?:${CN_NUMERAL}|[0-9０-９]+)`;

/** 第十条 / 第十条之一 (typeset sources sometimes put a space inside: `第三十五 条`). */
export const ARTICLE_MARKER = new RegExp(`^第 ?(${NUMBER}) ?条(?:之(${CN_NUMERAL}))?`);
/** 第一编 / 第二分编 / 第三章 / 第一节 */
export const DIVISION_MARKER = new RegExp(`^第(${NUMBER})(分编|编|章|节)`);
/** 一、总体要求 */
export const PART_MARKER = /^([一二三四五六七八九十]+)[、.．]/;
/** `第十条 …` labels an article; `第十条规定的…` / `第十条第一款` at a line start is a cross-reference. */
export function isArticleLabel(line: string, labelLength: number): boolean {
  const after = line.charAt(labelLength);
  return after === '' || after === ' ' || !'第、，,和至或及规的中所款项以'.includes(after);
}

/** （一） or (一) */
export const ITEM_MARKER = /^[（(]([一二三四五六七八九十]+)[）)]/;
/** 1. / 1． / 1、 / （1） — not a decimal number like 1.5 */
export const SUBITEM_MARKER = /^(?:([0-9０-９]+)[.．、](?![0-9０-９])|[（(]([0-9０-９]+)[）)])/;

/** Characters that can end a sentence or clause, so a line ending with one may end a paragraph. */
const TERMINAL_END = /(?:[。；;：:！？!?…]|[。；！？][”’」』）)])$/;
const WHOLLY_PARENTHESISED = /^[（(].*[）)]$/;
const SENTENCE_PUNCTUATION = /[，。；;、：]/;

export function endsSentence(line: string): boolean {
  return TERMINAL_END.test(line) || WHOLLY_PARENTHESISED.test(line);
}

export function hasSentencePunctuation(line: string): boolean {
  return SENTENCE_PUNCTUATION.test(line);
}

/** A short line with no clause punctuation: a heading rather than a wrapped sentence. */
export function isHeadingShaped(line: string, maxLength = 40): boolean {
  return line.length <= maxLength && !/[，。；;：]/.test(line);
}

/** Unbalanced （《“ mean the line was cut in the middle of a phrase. */
export function hasOpenBracket(line: string): boolean {
  const pairs: Array<[string, string]> = [
    ['（', '）'],
    ['(', ')'],
    ['《', '》'],
    ['“', '”'],
    ['〔', '〕'],
  ];
  return pairs.some(([open, close]) => line.split(open).length > line.split(close).length);
}

/** How document titles end (…条例, …办法, …的通知). */
export const TITLE_ENDING = /(?:条例|办法|规定|细则|规则|方案|决定|决议|通知|意见|规划|计划|纲要|法|编|章程|公告|准则|标准)$/;
