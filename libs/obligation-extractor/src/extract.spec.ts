import type { Item, ParsedDocument, Unit, UnitKind } from '@luyue/regulation-parser';
import { extractObligations } from './extract';

// Builds a parsed document by hand so these tests do not depend on the parser.
function paragraph(text: string, items: Item[] = []) {
  return { text, start: 0, end: text.length, items };
}

function unit(number: number, ...paragraphs: ReturnType<typeof paragraph>[]): Unit {
  return { number, suffix: null, heading: null, start: 0, end: 0, paragraphs };
}

function doc(kind: UnitKind, units: Unit[], extra: Partial<ParsedDocument> = {}): ParsedDocument {
  const text = [...units.flatMap((u) => u.paragraphs), ...(extra.trailing ?? [])].map((p) => p.text).join('\n');
  return {
    document: { title: '测试条例', documentNumber: null, issuer: null, adoptedOn: null, publishedOn: null, effectiveDate: '2026-01-01', unit: kind },
    text,
    unitCount: units.length,
    units,
    warnings: [],
    ...extra,
  };
}

describe('extractObligations', () => {
  it('gives one obligation per enumerated item, with the lead-in subject', () => {
    const result = extractObligations(
      doc('article', [
        unit(
          4,
          paragraph('综保区管理委员会（以下简称管委会）是派出机构，履行下列职责：（一）组织编制规划；（二）统筹协调改革发展。', [
            { number: 1, text: '（一）组织编制规划；', subitems: [] },
            { number: 2, text: '（二）统筹协调改革发展。', subitems: [] },
          ]),
        ),
      ]),
    );
    expect(result.obligations.map((o) => [o.article, o.item, o.modality, o.subjects, o.text])).toEqual([
      [4, 1, 'must', ['管委会'], '组织编制规划；'],
      [4, 2, 'must', ['管委会'], '统筹协调改革发展。'],
    ]);
  });

  it('reads nested enumerations: an item introducing sub-items gives one per sub-item', () => {
    const item: Item = {
      number: 1,
      text: '（一）做好下列工作：',
      subitems: [
        { number: 1, text: '1.建立台账；' },
        { number: 2, text: '2.不得泄露信息。' },
      ],
    };
    const result = extractObligations(doc('article', [unit(7, paragraph('市人民政府应当履行下列职责：', [item]))]));
    expect(result.obligations.map((o) => [o.item, o.subitem, o.modality, o.subjects])).toEqual([
      [1, 1, 'must', ['市人民政府']],
      [1, 2, 'must_not', ['市人民政府']],
    ]);
  });

  it('resolves an alias used before the article that defines it', () => {
    const result = extractObligations(
      doc('article', [unit(3, paragraph('自治州人民政府、管委会应当推进智慧综保区建设。')), unit(4, paragraph('综保区管理委员会（以下简称管委会）负责综保区的日常管理。'))]),
    );
    expect(result.aliases).toEqual([{ alias: '管委会', full: '综保区管理委员会' }]);
    expect(result.obligations.map((o) => o.subjects)).toEqual([['自治州人民政府', '管委会'], ['管委会']]);
  });

  it('numbers paragraphs from 1 and sets mechanism and timing', () => {
    const result = extractObligations(doc('article', [unit(9, paragraph('本条例适用于本市。'), paragraph('市人民政府应当自本条例施行之日起六个月内建立联席会议制度，定期研究重大问题。'))]));
    expect(result.obligations).toHaveLength(1);
    const [o] = result.obligations;
    expect([o.paragraph, o.mechanism, o.timing]).toEqual([2, true, { kind: 'deadline', months: 6, from: 'effective' }]);
  });

  it('reads a plan: task titles skipped, imperatives must, guarantee section with article null', () => {
    const result = extractObligations(
      doc('task', [unit(1, paragraph('打造一流营商环境。率先推进“数字政府”建设。鼓励企业参与。'))], {
        trailing: [paragraph('有关部门要切实履行主体责任。')],
      }),
    );
    expect(result.document.unit).toBe('task');
    expect(result.obligations.map((o) => [o.article, o.modality, o.subjects])).toEqual([
      [1, 'must', []],
      [1, 'encouraged', ['企业']],
      [null, 'must', ['有关部门']],
    ]);
  });

  it('skips purpose, scope, effective date and sanctions', () => {
    const result = extractObligations(
      doc('article', [
        unit(1, paragraph('为了促进发展，根据有关法律、法规，制定本条例。')),
        unit(2, paragraph('违反本条例规定的，由有关部门责令改正；构成犯罪的，依法追究刑事责任。')),
        unit(3, paragraph('本条例自2026年1月1日起施行。')),
      ]),
    );
    expect(result.obligations).toEqual([]);
  });
});
