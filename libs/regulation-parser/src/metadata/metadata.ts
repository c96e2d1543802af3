import type { DocumentMeta, Unit, UnitKind } from '../document';
import type { Line } from '../structure/lines';
import { DATE_SOURCE, compactSpaces, toIsoDate } from './dates';
import { findTitle, titleOfNotice } from './title';

const EFFECTIVE = new RegExp(`(${DATE_SOURCE})(?:起)?(?:施行|生效)`, 'g');
const EFFECTIVE_ON_PUBLICATION = /自(?:公布|发布|印发)之日起(?:施行|生效)|^发布之日施行$/m;
const ADOPTED = new RegExp(`(${DATE_SOURCE})[^（）()\\n]{0,80}?(?:通过|批准)`);
const PUBLISHED_WITH_ISSUER = new RegExp(`^(${DATE_SOURCE})(.{2,30}?)(?:发布|公布|印发)$`, 'm');
const STANDALONE_DATE = new RegExp(`^${DATE_SOURCE}$`);
const ISSUING_BODY = /(?:国务院|委员会|人民政府|行政公署|办公厅|办公室|厅|局|部|署|院)$/;
// `…日新疆维吾尔自治区第十四届人民代表大会常务委员会第二十一次会议通过`: the place name and the body.
const LEGISLATURE = /(?:^|[日\s（(])([^\s日（(）)0-9]{2,20}?)第[一二三四五六七八九十]+届(人民代表大会(?:常务委员会)?)/m;
const DOCUMENT_NUMBER = /[\u4e00-\u9fa5]{1,12}[〔[［(（]\d{4}[〕\]］)）]\s*第?\s*\d+\s*号/;
const NOTICE_NUMBER = /^(.{2,40}公告)\n?[（(](第\s*\d+\s*号)[）)]/m;

export interface MetadataInput {
  fields: Record<string, string>; // front matter
  lines: Line[];
  text: string;
  units: Unit[];
  unit: UnitKind;
  firstUnitLine: number;
}

/** Title, number, issuer and dates from front matter, the text around the units, and the units. */
export function extractMetadata(input: MetadataInput): DocumentMeta {
  const { fields, text, units } = input;
  const outside = compactSpaces(textOutsideUnits(text, units));
  const unitText = compactSpaces(units.map((unit) => text.slice(unit.start, unit.end)).join('\n'));
  const dateLines = input.lines.map((line) => compactSpaces(line.text));
  const signatureIndex = dateLines.findIndex((line) => STANDALONE_DATE.test(line));
  const headerPublication = PUBLISHED_WITH_ISSUER.exec(outside);
  const publishedOn = toIsoDate(fields['publication_date']) ?? toIsoDate(headerPublication?.[1]) ?? toIsoDate(signatureIndex >= 0 ? dateLines[signatureIndex] : null);
  const effectiveDate =
    toIsoDate(fields['effective_date']) ??
    toIsoDate(lastMatch(EFFECTIVE, unitText)) ??
    toIsoDate(lastMatch(EFFECTIVE, outside)) ??
    (EFFECTIVE_ON_PUBLICATION.test(unitText) || EFFECTIVE_ON_PUBLICATION.test(outside) ? publishedOn : null);
  return {
    title: titleOfNotice(fields['title']) || findTitle(input.lines, input.firstUnitLine, text),
    documentNumber: fields['document_number'] || documentNumber(outside),
    issuer: fields['author'] || issuer(input.lines, signatureIndex, outside, headerPublication?.[2]),
    adoptedOn: toIsoDate(ADOPTED.exec(outside)?.[1]),
    publishedOn,
    effectiveDate,
    unit: input.unit,
  };
}

/** The commencement clause closes a regulation, so the last date followed by 施行 is the one. */
function lastMatch(pattern: RegExp, text: string): string | undefined {
  return [...text.matchAll(pattern)].pop()?.[1];
}

function textOutsideUnits(text: string, units: Unit[]): string {
  if (!units.length) return text;
  return `${text.slice(0, units[0].start)}\n${text.slice(units[units.length - 1].end)}`;
}

function documentNumber(outside: string): string | null {
  const numbered = DOCUMENT_NUMBER.exec(outside);
  if (numbered) return numbered[0].replace(/\s+/g, '');
  const notice = NOTICE_NUMBER.exec(outside);
  return notice ? `${notice[1]}${notice[2].replace(/\s+/g, '')}` : null;
}

/** The body signing above the date, the body in a `…发布` header line, or the adopting legislature. */
function issuer(lines: Line[], signatureIndex: number, outside: string, headerIssuer: string | undefined): string | null {
  const signature = signatureIndex > 0 ? lines[signatureIndex - 1].text : null;
  if (signature && signature.length <= 40 && ISSUING_BODY.test(signature)) return signature;
  if (headerIssuer) return headerIssuer.trim();
  const legislature = LEGISLATURE.exec(outside);
  return legislature ? legislature[1] + legislature[2] : null;
}
