import type { ParsedDocument, Unit, UnitKind } from '@luyue/regulation-parser';
import { extractObligations } from '../extract';

function paragraph(text: string, start = 0) {
  return { text, start, end: start + text.length, items: [] };
}

function task(number: number, text: string, extra: Partial<Unit> = {}): Unit {
  return { number, suffix: null, heading: null, start: 0, end: 0, paragraphs: [paragraph(text)], ...extra };
}

function doc(kind: UnitKind, units: Unit[], extra: Partial<ParsedDocument> = {}, meta: Partial<ParsedDocument['document']> = {}): ParsedDocument {
  return {
    document: { title: '某某省加快县域商业体系建设实施方案', documentNumber: null, issuer: null, adoptedOn: null, publishedOn: '2025-03-10', effectiveDate: null, unit: kind, ...meta },
    text: units
      .flatMap((u) => u.paragraphs)
      .map((p) => p.text)
      .join('\n'),
    unitCount: units.length,
    units,
    warnings: [],
    ...extra,
  };
}

const rows = (d: ParsedDocument) => extractObligations(d).obligations.map((o) => [o.article, o.modality, o.subjects, o.co, o.due, o.text]);

describe('extractObligations on task-division plans', () => {
  it('takes subjects, co and due from the annotation, and leaves it out of the text', () => {
    const annotation = '（牵头单位：省商务厅；配合单位：省财政厅、海关；完成时限：2027年底前）';
    const d = doc('task', [task(1, `完善县域商业网络。建设县级物流配送中心，物流企业应当共享仓储设施。每季度通报进展。${annotation}`, { annotation })]);
    expect(rows(d)).toEqual([
      [1, 'must', ['省商务厅'], ['省财政厅', '海关'], '2027-12-31', '建设县级物流配送中心，物流企业应当共享仓储设施。'],
      [1, 'must', ['省商务厅'], ['省财政厅', '海关'], null, '每季度通报进展。'],
    ]);
  });

  it('reads the annotation from the task text when the parser gives none, and splits dated targets', () => {
    const d = doc('task', [task(2, '推进冷链物流建设。到2026年，建成冷链集配中心20个；到2028年，实现县域全覆盖。（县农业农村局牵头，各乡镇配合）')]);
    expect(rows(d)).toEqual([
      [2, 'must', ['县农业农村局'], ['各乡镇'], '2026-12-31', '到2026年，建成冷链集配中心20个；'],
      [2, 'must', ['县农业农村局'], ['各乡镇'], '2028-12-31', '到2028年，实现县域全覆盖。'],
    ]);
  });

  it('keeps a task that is a single short sentence (a table row), skipping a title only before more text', () => {
    const d = doc('task', [task(1, '出台实施细则。', { annotation: '（牵头单位：市司法局）' }), task(2, '强化资金保障。统筹安排专项资金。')]);
    expect(rows(d).map((r) => r[5])).toEqual(['出台实施细则。', '统筹安排专项资金。']);
    const heading = { ...task(3, '加强组织领导'), paragraphs: [paragraph('加强组织领导'), paragraph('各县（市、区）人民政府要切实履行属地责任。')] };
    expect(rows(doc('task', [heading])).map((r) => r[5])).toEqual(['各县（市、区）人民政府要切实履行属地责任。']);
  });

  it('dates a task by its annotation time limit in the plan year, else by a dated heading', () => {
    const d = doc('task', [
      task(1, '出台实施细则。（责任单位：市住房城乡建设委、各区县政府；时限：6月底前完成）', { annotation: '（责任单位：市住房城乡建设委、各区县政府；时限：6月底前完成）' }),
      task(2, '完成摸底排查工作，建立台账。', { annotation: null, headingPath: ['二、工作安排', '（一）2025年三季度'] }),
    ]);
    expect(rows(d).map((r) => [r[2], r[4]])).toEqual([
      [['市住房城乡建设委', '各区县政府'], '2025-06-30'],
      [[], '2025-09-30'],
    ]);
  });

  it('skips framing sections and reads a notice without numbered units paragraph by paragraph', () => {
    const text = '为做好春季农业生产，制定本通知。\n一、总体要求\n坚持稳中求进。\n二、工作措施\n县农业农村局要在4月底前完成春播备耕检查。';
    const at = (s: string) => paragraph(s, text.indexOf(s));
    const d = doc('paragraph', [], { text, preamble: ['为做好春季农业生产，制定本通知。', '坚持稳中求进。', '县农业农村局要在4月底前完成春播备耕检查。'].map(at) });
    const result = extractObligations(d);
    expect(result.document.unit).toBe('paragraph');
    expect(result.obligations.map((o) => [o.article, o.subjects, o.due, o.text])).toEqual([[null, ['县农业农村局'], '2025-04-30', '县农业农村局要在4月底前完成春播备耕检查。']]);
  });

  it('gives a regulation duty due N months after entry into force', () => {
    const d = doc('article', [task(5, '县级以上人民政府应当自本条例施行之日起六个月内制定实施办法。')], {}, { effectiveDate: '2026-03-01' });
    expect(extractObligations(d).obligations.map((o) => o.due)).toEqual(['2026-09-01']);
  });
});
