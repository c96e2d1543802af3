// Sentence rules that read open word classes (any verb, any agentive noun) instead of word lists.
// Every sentence is composed for the test in the drafting of other provinces.
import type { ParsedDocument } from '@luyue/regulation-parser';
import { extractObligations } from '../extract';
import { oneArticle } from '../testing/one-article';
import { AliasTable } from '../aliases';
import { analyzeSentence } from './analyze';
import { isExcluded } from './exclusions';

const none = new AliasTable([]);
const read = (sentence: string) => analyzeSentence(sentence, { mode: 'article', aliases: none, heads: [] }, null).found.map((f) => [f.modality, f.subjects]);

const rows = (doc: ParsedDocument) => extractObligations(doc).obligations.map((o) => [o.item, o.modality, o.subjects]);

describe('declarative duties with any verb', () => {
  it('binds a body before a verb no list names', () => {
    expect(read('省应急管理厅统筹调度全省应急救援力量。')).toEqual([['must', ['省应急管理厅']]]);
    expect(read('市住房城乡建设局核发建筑工程施工许可证。')).toEqual([['must', ['市住房城乡建设局']]]);
  });
  it('does not read a right as a duty', () => {
    expect(read('消费者享有自主选择商品的权利。')).toEqual([]);
  });
  it('does not read an activity of a body (`X建设，`) as its duty', () => {
    expect(read('服务驿站建设，按照统一标准实施。').every(([, s]) => (s as string[]).length === 0)).toBe(true);
  });
  it('keeps 会同 a partner marker, not an adverbial that waits for a later modal', () => {
    expect(read('省文化和旅游厅会同省财政厅制定扶持办法，可以委托第三方开展评估。')[0]).toEqual(['must', ['省文化和旅游厅']]);
  });
});

describe('imperatives open with any verb, or an adverb and a verb', () => {
  it('reads an unlisted verb and an adverb-led imperative', () => {
    expect(read('统筹调度全县防汛物资。')).toEqual([['must', []]]);
    expect(read('依法查处无证经营行为。')).toEqual([['must', []]]);
  });
  it('reads a bare verb clause before a subjectless modal as its topic', () => {
    expect(read('举办大型群众性活动，不得占用消防通道。')).toEqual([['must_not', []]]);
  });
  it('does not read a step of a procedure (`报X备案`) as an order', () => {
    expect(read('报市人民政府备案。')).toEqual([]);
  });
});

describe('a topic body and a clause before the modal', () => {
  it('makes the body the subject of the later modal verb', () => {
    expect(read('网约车平台公司开展经营活动时，应当保障乘客安全。')).toEqual([['must', ['网约车平台公司']]]);
    expect(read('培训机构取得办学许可后，可以招收学员。')).toEqual([['may', ['培训机构']]]);
  });
});

describe('由 marks an agent only as a word of its own', () => {
  it('reads `由X负责`', () => {
    expect(read('具体实施办法由市司法局负责制定。')).toEqual([['must', ['市司法局']]]);
  });
  it('does not read 交由 or a 由 after a negation as an agent marker', () => {
    expect(read('公益性墓地不得由个人承包经营。')).toEqual([['must_not', []]]);
  });
});

describe('lists under any lead-in', () => {
  it('gives one permission per item of a list of powers, noun-led or not', () => {
    const text = '县级以上林业主管部门履行监督检查职责时，可以采取下列措施：（一）现场检查；（二）查阅、复制有关资料。';
    expect(
      rows(
        oneArticle(text, [
          { number: 1, text: '（一）现场检查；', subitems: [] },
          { number: 2, text: '（二）查阅、复制有关资料。', subitems: [] },
        ]),
      ),
    ).toEqual([
      [1, 'may', ['县级以上林业主管部门']],
      [2, 'may', ['县级以上林业主管部门']],
    ]);
  });
  it('lets the lead-in modal win over 支持 opening an item', () => {
    const text = '乡镇人民政府应当履行下列职责：（一）支持村民委员会开展工作；（二）组织巡查。';
    const out = rows(
      oneArticle(text, [
        { number: 1, text: '（一）支持村民委员会开展工作；', subitems: [] },
        { number: 2, text: '（二）组织巡查。', subitems: [] },
      ]),
    );
    expect(out.map(([, m]) => m)).toEqual(['must', 'must']);
  });
});

describe('half-width punctuation', () => {
  it('reads `(以下简称…)` and `,` like their full-width forms', () => {
    const text = '福建省海洋渔业局(以下简称渔业局)负责监督检查,定期公布结果。';
    const { obligations, aliases } = extractObligations(oneArticle(text));
    expect(aliases.map((a) => a.alias)).toContain('渔业局');
    expect(obligations[0]?.subjects).toEqual(['渔业局']);
  });
});

describe('exclusions by clause', () => {
  it('excludes a deeming clause', () => {
    expect(isExcluded('在禁烟区域内手持点燃的电子烟的，视为吸烟。')).toBe(true);
  });
});
