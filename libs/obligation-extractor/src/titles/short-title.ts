// 简称 of a regulation or plan: the title without the issuing place and body and without the
// 印发…的通知 wrapper, in 《》 (新疆维吾尔自治区口岸条例 → 《口岸条例》). Read by part of speech:
// a place is a place-name token (ns) that names an administrative area, an issuer an
// organisation token (nt) with its 办公厅/办公室.
import { type Token, tag } from '../grammar/tagger';

/** What ends the name of an administrative area: 省, 自治区, 市, 自治州, 地区, 县, 区, 盟, 旗, and 国 of 中华人民共和国. */
const AREA_SUFFIX = /(省|自治区|市|州|地区|县|区|盟|旗|国)$/;
const OFFICE = /^(办公厅|办公室)$/;
/** The published document inside a 印发/转发 notice, with or without 《》. */
const ISSUED_DOCUMENT = /(?:印发|转发)《([^》]+)》|(?:印发|转发)(.+?)的(?:通知|函)$/;

/** A place-name token that is an administrative area: 上海市, 新疆维吾尔自治区, or 阿拉山口 followed by 市. */
function areaLength(tokens: Token[], i: number): number {
  const t = tokens[i];
  if (t?.tag !== 'ns') return 0;
  if (t.word.length >= 3 && AREA_SUFFIX.test(t.word)) return 1;
  const next = tokens[i + 1];
  return next && next.word.length === 1 && AREA_SUFFIX.test(next.word) ? 2 : 0;
}

function withoutIssuer(title: string): string {
  const tokens = tag(title);
  let i = 0;
  for (let n = areaLength(tokens, i); n > 0; n = areaLength(tokens, i)) i += n;
  while (tokens[i]?.tag === 'nt' || OFFICE.test(tokens[i]?.word ?? '')) i++;
  const rest = i < tokens.length ? title.slice(tokens[i].start) : '';
  // A title that is only a place and an issuer keeps its words.
  return rest.length >= 2 ? rest : title;
}

export function shortTitle(title: string): string {
  let text = title.trim().replace(/^《(.*)》$/, '$1');
  const issued = ISSUED_DOCUMENT.exec(text);
  if (issued) text = (issued[1] ?? issued[2]).trim();
  const short = text.startsWith('关于') ? text : withoutIssuer(text);
  return `《${short.replace(/《/g, '〈').replace(/》/g, '〉')}》`;
}
