import { parseBuffer } from '../parse-file';
import { parseText } from '../parse-text';
import { buildDocx } from '../testing/docx-fixture';

const lines = (...rows: string[]) => rows.join('\n');
const tasksOf = (doc: ReturnType<typeof parseText>) => doc.units.map((unit) => ({ label: unit.label, text: unit.paragraphs[0].text, annotation: unit.annotation }));

describe('task-division tables (分工表)', () => {
  it('reads a markdown table: one task per row, annotation from the cells, columns by header words', () => {
    const doc = parseText(
      lines(
        '# 某省优化营商环境重点任务分工方案',
        '为持续优化营商环境，制定本分工方案。',
        '| 序号 | 工作任务 | 完成时限 | 牵头单位 | 配合单位 |',
        '| --- | --- | --- | --- | --- |',
        '| 一、提升政务服务效能 | | | | |',
        '| 1 | 推行涉企事项“一网通办”。 | 2027年6月底前 | 省政务服务管理局 | 省数据局、各设区市人民政府 |',
        '| 2 | 清理规范行政审批中介服务。 | | 省发展改革委 | |',
        '| 二、强化法治保障 | | | | |',
        '| 3 | 开展涉企执法专项监督。 | 2026年底前 | 省司法厅 | 省市场监管局 |',
      ),
    );
    expect(doc.document.unit).toBe('task');
    expect(tasksOf(doc)).toEqual([
      { label: '1', text: '推行涉企事项“一网通办”。', annotation: '（牵头单位：省政务服务管理局；配合单位：省数据局、各设区市人民政府；完成时限：2027年6月底前）' },
      { label: '2', text: '清理规范行政审批中介服务。', annotation: '（牵头单位：省发展改革委）' },
      { label: '3', text: '开展涉企执法专项监督。', annotation: '（牵头单位：省司法厅；配合单位：省市场监管局；完成时限：2026年底前）' },
    ]);
    expect(doc.units[2].headingPath).toEqual(['二、强化法治保障']);
    const unit = doc.units[0];
    expect(doc.text.slice(unit.paragraphs[0].start, unit.paragraphs[0].end)).toBe('推行涉企事项“一网通办”。');
    expect(doc.preamble?.map((paragraph) => paragraph.text)).toEqual(['为持续优化营商环境，制定本分工方案。']);
    expect(doc.trailing).toBeUndefined();
  });

  it('reads a tab-separated table with a 责任单位 column only', () => {
    const doc = parseText(
      lines(
        '某县乡村振兴重点任务清单',
        '序号\t重点任务\t具体措施\t责任单位',
        '1\t产业发展\t建设高标准农田2万亩。\t县农业农村局、各乡镇人民政府',
        '2\t产业发展\t培育农民专业合作社10家。\t县农业农村局',
        '3\t人才支撑\t开展高素质农民培训。\t县人力资源社会保障局',
      ),
    );
    expect(tasksOf(doc)).toEqual([
      { label: '1', text: '建设高标准农田2万亩。', annotation: '（责任单位：县农业农村局、各乡镇人民政府）' },
      { label: '2', text: '培育农民专业合作社10家。', annotation: '（责任单位：县农业农村局）' },
      { label: '3', text: '开展高素质农民培训。', annotation: '（责任单位：县人力资源社会保障局）' },
    ]);
    expect(doc.units[0].headingPath).toEqual(['产业发展']);
  });

  it('takes the specific measure column, not a requirement or target column, as the task', () => {
    const doc = parseText(lines('某市河湖长制工作要点分工', '| 序号 | 工作任务 | 工作要求 | 目标 | 责任部门 |', '| 1 | 开展河湖清四乱行动。 | 按月报送进展。 | 动态清零 | 市水利局 |'));
    expect(tasksOf(doc)).toEqual([{ label: '1', text: '开展河湖清四乱行动。', annotation: '（责任单位：市水利局）' }]);
  });

  it('reads a table typed with runs of spaces', () => {
    const doc = parseText(
      lines(
        '某市消费提振行动分工',
        '序号  主要任务                      牵头部门        完成时间',
        '1     举办消费季系列促销活动。      市商务局        2026年12月',
        '2     发放文旅消费券。              市文化旅游局    2026年10月',
      ),
    );
    expect(tasksOf(doc).map((task) => task.annotation)).toEqual(['（牵头单位：市商务局；完成时限：2026年12月）', '（牵头单位：市文化旅游局；完成时限：2026年10月）']);
  });

  it('lets the text’s own annotated measures win over a table that repeats them', () => {
    const doc = parseText(
      lines('某省行动方案', '1.建设数据中心。（省数据局牵头）', '2.培育数据企业。（省工业和信息化厅牵头）', '附件', '| 序号 | 任务 | 牵头单位 |', '| 1 | 建设数据中心 | 省数据局 |'),
    );
    expect(doc.units.map((unit) => unit.label)).toEqual(['1.', '2.']);
    expect(doc.trailing ?? []).toEqual([]);
  });

  it('reads a .docx 分工表, a vertically merged lead cell applying to each row it spans', async () => {
    const docx = await buildDocx([
      '某自治区能源保供工作方案',
      '为做好能源保供工作，制定本方案。',
      '附件：重点任务分工表',
      {
        rows: [
          ['序号', '任务内容', '牵头单位', '配合单位', '完成时限'],
          ['1', '加快煤矿产能核增。', '自治区能源局', '自治区应急管理厅', '2026年9月底前'],
          ['2', '推进储气设施建设。', { text: '', continuesAbove: true }, '各盟市人民政府', '持续推进'],
        ],
      },
    ]);
    const doc = await parseBuffer(docx, 'plan.docx');
    expect(tasksOf(doc)).toEqual([
      { label: '1', text: '加快煤矿产能核增。', annotation: '（牵头单位：自治区能源局；配合单位：自治区应急管理厅；完成时限：2026年9月底前）' },
      { label: '2', text: '推进储气设施建设。', annotation: '（牵头单位：自治区能源局；配合单位：各盟市人民政府；完成时限：持续推进）' },
    ]);
    expect(doc.preamble?.map((paragraph) => paragraph.text)).toEqual(['为做好能源保供工作，制定本方案。']);
  });

  it('continues a lead cell into the empty lead cells below it within a section (a merge read without its merge)', () => {
    const doc = parseText(
      lines(
        '某市重点任务分工',
        '| 序号 | 重点任务 | 牵头单位 | 配合单位 |',
        '| 一、营商环境 | | | |',
        '| 1 | 推行一网通办。 | 市政务服务局 | 市数据局 |',
        '| 2 | 清理中介服务。 | | 市财政局 |',
        '| 二、法治保障 | | | |',
        '| 3 | 开展执法监督。 | | |',
      ),
    );
    expect(tasksOf(doc).map((task) => task.annotation)).toEqual([
      '（牵头单位：市政务服务局；配合单位：市数据局）',
      '（牵头单位：市政务服务局；配合单位：市财政局）',
      // A section row ends the merge: task 3 names no one.
      null,
    ]);
  });
});
