// Text of a plan that frames the measures rather than ordering them (guide, "Task-division
// plans", Units): the 印发 notice, the purpose preamble and the 总体要求/指导思想/基本原则/
// 工作目标/主要目标 sections.
import type { Paragraph } from '@luyue/regulation-parser';

/** Headings of sections that state aims and principles, not tasks. */
const FRAMING_HEADING = /(总体要求|指导思想|基本原则|工作原则|总体思路|工作思路|总体目标|工作目标|主要目标|发展目标|行动目标|目标要求|预期目标)$/;
// `现将《…》印发给你们，请认真贯彻执行。`, `为…，制定本实施方案。`
const NOTICE = /印发给你们|现予印发|请认真(贯彻|组织|抓好|按照)?(执行|落实|实施)|请结合实际(认真)?(贯彻|抓好|组织)/;
const PURPOSE = /^为[^。]*[，,](特)?制定本[^。，]{0,10}(方案|计划|措施|意见|通知|要点)|^为[^。]*[，,]?特制定/;
// `各区人民政府，市政府有关委、办、局：` — the addressees of a notice.
const ADDRESSEES = /^[^。；]{2,120}[：:]$/;
const LEVEL_ONE = /^[一二三四五六七八九十]+、/;
const LEVEL_TWO = /^[（(][一二三四五六七八九十]+[）)]/;

/** The in-force level-one and level-two headings of the line at `offset` of `text`. */
export function headingsAt(text: string, offset: number): string[] {
  let one = '';
  let two = '';
  for (const raw of text.slice(0, offset).split('\n')) {
    const line = raw.replace(/[\s*#>`_]/g, '');
    if (!line || line.length > 40 || /[。；]/.test(line)) continue;
    if (LEVEL_ONE.test(line)) {
      one = line;
      two = '';
    } else if (LEVEL_TWO.test(line)) two = line;
  }
  return [one, two].filter(Boolean);
}

export function isFramingHeading(heading: string): boolean {
  return FRAMING_HEADING.test(heading.replace(/[\s*#>`_]/g, '').replace(/[。．.]$/, ''));
}

/** A sentence of the notice or the purpose preamble. */
export function isFramingSentence(sentence: string): boolean {
  return NOTICE.test(sentence) || PURPOSE.test(sentence);
}

/** A paragraph of a plan outside its tasks that frames the plan (notice, purpose, aims and principles). */
export function isFramingParagraph(paragraph: Paragraph, text: string): boolean {
  const plain = paragraph.text.replace(/[\s*#>`_]/g, '');
  if (ADDRESSEES.test(plain) || isFramingSentence(plain)) return true;
  return headingsAt(text, paragraph.start).some(isFramingHeading);
}
