import { parseText } from '../parse-text';

const numbers = (text: string) => parseText(text).units.map((unit) => [unit.number, unit.suffix]);

describe('document structure', () => {
  it('reads 之一 articles, ASCII items and sub-items under chapter/section headings', () => {
    const doc = parseText(
      [
        '# 示例条例',
        '<!-- INFO END -->',
        '## 第一章  总则',
        '### 第一节 一般规定',
        '第一条 有关部门应当履行下列职责:',
        '(一)制定规划;',
        '(二)组织实施下列事项:',
        '1.编制目录;',
        '2.公布结果。',
        '第一条之一 本条例所称单位，包括企业。',
        '第二条 本条例自2024年1月1日起施行。',
      ].join('\n\n'),
    );
    expect(doc.units.map((unit) => [unit.number, unit.suffix])).toEqual([
      [1, null],
      [1, 1],
      [2, null],
    ]);
    expect(doc.units[0].headingPath).toEqual(['第一章 总则', '第一节 一般规定']);
    const [paragraph] = doc.units[0].paragraphs;
    expect(paragraph.items.map((item) => item.text)).toEqual(['制定规划;', '组织实施下列事项:']);
    expect(paragraph.items[1].subitems).toEqual([
      { number: 1, text: '编制目录;' },
      { number: 2, text: '公布结果。' },
    ]);
    expect(doc.warnings).toEqual([]);
    expect(doc.document.effectiveDate).toBe('2024-01-01');
  });

  it('breaks out items that run into their paragraph on one line', () => {
    const [paragraph] = parseText('第一条 管委会履行下列职责：（一）编制规划；（二）组织实施。').units[0].paragraphs;
    expect(paragraph.text).toBe('管委会履行下列职责：（一）编制规划；（二）组织实施。');
    expect(paragraph.items.map((item) => item.text)).toEqual(['编制规划；', '组织实施。']);
  });

  it('warns about skipped and repeated article numbers without renumbering', () => {
    const doc = parseText('第一条 甲。\n第三条 乙。\n第三条 丙。');
    expect(doc.units.map((unit) => unit.number)).toEqual([1, 3, 3]);
    expect(doc.warnings).toHaveLength(2);
  });

  it('splits an article number glued to the end of the previous line', () => {
    expect(numbers('第一条 甲应当做某事。第二条 乙应当做另一事。\n第三条 丙。')).toEqual([
      [1, null],
      [2, null],
      [3, null],
    ]);
  });

  it('splits an article label left at the end of the previous line', () => {
    const doc = parseText('第一条 甲应当做某事。第二条\n乙应当做另一事。');
    expect(doc.units.map((unit) => unit.paragraphs[0].text)).toEqual(['甲应当做某事。', '乙应当做另一事。']);
  });

  it('does not take a cross-reference at a line start for a new article', () => {
    const doc = parseText('第一条 违反本条例\n第五条规定的，依法处理。\n第二条 本条例自公布之日起施行。');
    expect(doc.units.map((unit) => unit.number)).toEqual([1, 2]);
    expect(doc.units[0].paragraphs[0].text).toBe('违反本条例第五条规定的，依法处理。');
  });

  it('makes the parts of a plan its tasks when no finer numbering runs through it', () => {
    const doc = parseText('关于口岸开放的若干规定\n一、口岸分为一类口岸和二类口岸。\n二、口岸的开放由国务院审批：\n（一）一类口岸；\n（二）二类口岸。\n三、本规定自发布之日起施行。');
    expect(doc.document.unit).toBe('task');
    expect(doc.units.map((unit) => unit.number)).toEqual([1, 2, 3]);
    expect(doc.units[1].paragraphs[0].items).toHaveLength(2);
  });

  it('reads Chinese front-matter keys of government-site exports', () => {
    const doc = parseText(
      [
        '---',
        '标题: 某省人民政府办公厅关于印发《某省数字政府建设实施方案》的通知',
        '文号: 某政办发〔2026〕8号',
        '发布单位: 某省人民政府办公厅',
        '发布日期: 2026-03-15',
        '---',
        '一、推进政务服务一网通办。（省数据局牵头）',
        '二、建设一体化数据平台。（省数据局）',
      ].join('\n'),
    );
    expect(doc.document).toMatchObject({
      title: '某省数字政府建设实施方案',
      documentNumber: '某政办发〔2026〕8号',
      issuer: '某省人民政府办公厅',
      publishedOn: '2026-03-15',
    });
  });
});
