// The year a plan's year-less periods (`6月底前`, `年内`) fall in: the year in its title
// (`（2026年）`, `2026年工作要点`), else the year it was issued, else the date under its notice.
import type { ParsedDocument } from '@luyue/regulation-parser';

const TITLE_YEAR = /(\d{4})\s*年/;
// The date closing a notice, on a line of its own (`2024年9月5日`).
const NOTICE_DATE = /^\s*(\d{4})年\d{1,2}月\d{1,2}日\s*$/m;

export function planYear(doc: ParsedDocument): number | null {
  const title = TITLE_YEAR.exec(doc.document.title ?? '');
  if (title) return Number(title[1]);
  const issued = doc.document.publishedOn ?? doc.document.adoptedOn;
  if (issued && /^\d{4}/.test(issued)) return Number(issued.slice(0, 4));
  const notice = NOTICE_DATE.exec(doc.text);
  return notice ? Number(notice[1]) : null;
}
