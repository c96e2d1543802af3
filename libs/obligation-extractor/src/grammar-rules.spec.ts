// Rules of Chinese legislative grammar added for documents the extractor was not tuned on.
// Every sentence here is composed for the test; none is taken from the seed or hold-out documents.
import type { ParsedDocument } from '@luyue/regulation-parser';
import { extractObligations } from './extract';
import { item, oneArticle } from './testing/one-article';
import { AliasTable } from './aliases';
import { analyzeSentence } from './sentence/analyze';
import { expandSubject } from './sentence/subjects';
import { findEncouragement, findModal } from './sentence/modality';
import { isExcluded } from './sentence/exclusions';

const none = new AliasTable([]);

const rows = (doc: ParsedDocument) => extractObligations(doc).obligations.map((o) => [o.item, o.modality, o.subjects, o.text]);

const read = (sentence: string) => analyzeSentence(sentence, { mode: 'article', aliases: none, heads: [] }, null).found.map((f) => [f.modality, f.subjects]);

describe('A1: a lead-in with a modal verb and 下列/以下 heads a list of duties', () => {
  it('gives each item the prohibition and subject of `不得有下列行为：`', () => {
    const text = '出租车经营者不得有下列行为：（一）拒载乘客；（二）绕道行驶。';
    expect(rows(oneArticle(text, [item(1, '（一）拒载乘客；'), item(2, '（二）绕道行驶。')]))).toEqual([
      [1, 'must_not', ['出租车经营者'], '拒载乘客；'],
      [2, 'must_not', ['出租车经营者'], '绕道行驶。'],
    ]);
  });

  it('reads ASCII `(一)` items under `禁止下列行为：` with no subject', () => {
    const text = '在水库管理范围内，禁止下列行为：(一)倾倒垃圾；(二)围湖造田。';
    expect(rows(oneArticle(text, [item(1, '(一)倾倒垃圾；'), item(2, '(二)围湖造田。')]))).toEqual([
      [1, 'must_not', [], '倾倒垃圾；'],
      [2, 'must_not', [], '围湖造田。'],
    ]);
  });

  it('still gives nothing for a sanction lead-in `有下列行为之一的`', () => {
    const text = '有下列行为之一的，由主管部门处理：（一）拒载乘客；（二）绕道行驶。';
    expect(rows(oneArticle(text, [item(1, '（一）拒载乘客；'), item(2, '（二）绕道行驶。')]))).toEqual([]);
  });

  it('lets an item that names its own body before a duty verb bind that body', () => {
    const text = '下列部门应当按照职责做好防汛工作：（一）水利部门负责堤防巡查；（二）气象机构负责发布预警。';
    expect(rows(oneArticle(text, [item(1, '（一）水利部门负责堤防巡查；'), item(2, '（二）气象机构负责发布预警。')]))).toEqual([
      [1, 'must', ['水利部门'], '水利部门负责堤防巡查；'],
      [2, 'must', ['气象机构'], '气象机构负责发布预警。'],
    ]);
  });

  it('carries a subject described by a copula (`X是…的主管部门，应当履行以下职责`)', () => {
    const text = '县林业部门是本县护林防火的主管部门，应当履行以下职责：（一）编制防火规划；（二）组织扑救火灾。';
    expect(rows(oneArticle(text, [item(1, '（一）编制防火规划；'), item(2, '（二）组织扑救火灾。')]))).toEqual([
      [1, 'must', ['县林业部门'], '编制防火规划；'],
      [2, 'must', ['县林业部门'], '组织扑救火灾。'],
    ]);
  });

  it('splits conditions that are actions (`应当符合下列条件：（一）配置…`), keeping the clause before the lead-in', () => {
    const text = '农户可以在自家院落搭建棚舍，搭建棚舍应当符合下列条件：（一）符合村庄规划；（二）配置排水设施。';
    expect(rows(oneArticle(text, [item(1, '（一）符合村庄规划；'), item(2, '（二）配置排水设施。')]))).toEqual([
      [null, 'may', ['农户'], '农户可以在自家院落搭建棚舍，'],
      [1, 'must', [], '符合村庄规划；'],
      [2, 'must', [], '配置排水设施。'],
    ]);
  });
});

describe('A2: a lead-in that is itself the duty keeps its list of places as one obligation', () => {
  it('joins `禁止在下列地点…：` and its noun-phrase items', () => {
    const text = '禁止在下列地点设置露天烧烤摊点：（一）居民住宅楼下；（二）学校周边。';
    expect(rows(oneArticle(text, [item(1, '（一）居民住宅楼下；'), item(2, '（二）学校周边。')]))).toEqual([
      [null, 'must_not', [], '禁止在下列地点设置露天烧烤摊点：（一）居民住宅楼下；（二）学校周边。'],
    ]);
  });
});

describe('B1: 禁止 inside a noun phrase and rights', () => {
  it('does not read 禁止 after a preposition or before a place noun as a modal verb', () => {
    expect(findModal('在禁止停车区域内设置警示标志')).toBeNull();
    expect(findModal('加强对禁止捕捞水域的巡查')).toBeNull();
    expect(findModal('禁止在河道内采砂')?.modality).toBe('must_not');
  });

  it('treats an 有权 sentence as a right, not an obligation', () => {
    expect(isExcluded('任何公民都有权举报破坏湿地的行为。')).toBe(true);
    expect(isExcluded('管理机构应当公开投诉电话，公民有权投诉。')).toBe(false);
  });
});

describe('B2/B3: sanctions, principles and society at large', () => {
  it('excludes sanction predicates', () => {
    expect(isExcluded('扰乱集市秩序的，由公安机关依法予以处罚。')).toBe(true);
    expect(isExcluded('情节轻微并及时纠正的，可以不予行政处罚。')).toBe(true);
  });

  it('excludes principles of a field of work and duties of all society', () => {
    expect(isExcluded('本县水土保持工作坚持预防为主、综合治理的原则。')).toBe(true);
    expect(isExcluded('全社会都应当关心残疾人事业。')).toBe(true);
  });
});

describe('A5: 允许 and 提倡', () => {
  it('reads 允许 as may, but not inside a 的-phrase, and 提倡 as encouraged', () => {
    expect(findModal('允许个体摊贩进场经营')?.modality).toBe('may');
    expect(findModal('划定允许摆摊的路段')).toBeNull();
    expect(findEncouragement('国家提倡绿色出行')?.word).toBe('提倡');
  });
});

describe('C1-C3: subject lists', () => {
  it('distributes only the shared head, not the last member’s bracketed qualifier', () => {
    expect(expandSubject('州、县（市）人民政府', none)).toEqual(['州人民政府', '县（市）人民政府']);
    expect(expandSubject('州、县（市）水行政主管部门', none)).toEqual(['州水行政主管部门', '县（市）水行政主管部门']);
  });

  it('distributes a generic head phrase over bare modifiers', () => {
    expect(expandSubject('港口、码头管理机构', none)).toEqual(['港口管理机构', '码头管理机构']);
    expect(expandSubject('农业、林业行政部门', none)).toEqual(['农业行政部门', '林业行政部门']);
    expect(expandSubject('药品、器械经营者', none)).toEqual(['药品经营者', '器械经营者']);
    expect(expandSubject('承运人、市场监督管理部门', none)).toEqual(['承运人', '市场监督管理部门']);
  });

  it('splits coordinated bodies on 与/和/或者/及', () => {
    expect(expandSubject('保险公司与公证机构', none)).toEqual(['保险公司', '公证机构']);
    expect(expandSubject('承租人和中介机构', none)).toEqual(['承租人', '中介机构']);
    expect(expandSubject('任何组织或者个人', none)).toEqual(['任何组织', '个人']);
    expect(expandSubject('种植大户及个人', none)).toEqual(['种植大户', '个人']);
    expect(expandSubject('文化和旅游行政部门', none)).toEqual(['文化和旅游行政部门']);
  });

  it('keeps a class noun after 等 and the bodies joined after it', () => {
    expect(expandSubject('登山协会、救援队等社会组织和个人', none)).toEqual(['社会组织', '个人']);
    expect(expandSubject('商会等社会团体、企业', none)).toEqual(['社会团体', '企业']);
  });

  it('distributes a 的 modifier over bare nouns, but not a list of attributes before one head', () => {
    expect(expandSubject('集贸市场的开办者、管理者', none)).toEqual(['集贸市场的开办者', '集贸市场的管理者']);
    expect(expandSubject('地势低洼、排水不畅的村庄', none)).toEqual(['地势低洼、排水不畅的村庄']);
  });
});

describe('C4/C5: encouraged parties and subject boundaries', () => {
  it('takes the encouraged party when no actor is named, even before an unlisted verb', () => {
    expect(read('鼓励企业研发节水器具。')).toEqual([['encouraged', ['企业']]]);
    expect(read('倡导经营者减少一次性餐具。')).toEqual([['encouraged', ['经营者']]]);
  });

  it('stops the subject at an adverb ending in 地 and accepts a 从事…的 relative clause', () => {
    expect(read('县人民政府有计划地在乡镇建设文化站。')).toEqual([['must', ['县人民政府']]]);
    expect(read('从事危险品运输的企业应当配备押运人员。')).toEqual([['must', ['从事危险品运输的企业']]]);
  });

  it('binds a body followed by an 未经 condition to the modal verb after it', () => {
    expect(read('任何单位和个人未经许可，不得占用人行道。')).toEqual([['must_not', ['任何单位', '个人']]]);
  });

  it('reads a body after X依据各自职责 as the subject of 负责', () => {
    expect(read('交通、公安部门依据各自职责，负责校车安全管理。')).toEqual([['must', ['交通部门', '公安部门']]]);
  });
});

describe('A3: an agent clause and what it governs', () => {
  it('starts a new obligation at `，并由X…` and keeps a topic before 由 out of the subjects', () => {
    expect(read('临时摊区的范围，由县人民政府划定，并由县市场监管部门报州市场监管部门备案。')).toEqual([
      ['must', ['县人民政府']],
      ['must', ['县市场监管部门']],
    ]);
  });

  it('reads `建设X，由Y审批` as Y’s one obligation', () => {
    expect(read('设置户外广告牌，由城市管理部门审批。')).toEqual([['must', ['城市管理部门']]]);
  });

  it('never takes the body after 报 as the actor', () => {
    expect(read('报省交通运输主管部门备案。')).toEqual([]);
  });
});

describe('C6: the department of several governments', () => {
  it('gives each government’s department at its level', () => {
    expect(expandSubject('县级人民政府和设区的市、自治州人民政府的林业部门', none)).toEqual(['县级林业部门', '设区的市林业部门', '自治州林业部门']);
  });
});

describe('B2: a chapter of sanctions', () => {
  it('keeps only duties with their own modal verb and subject under 法律责任', () => {
    const doc = oneArticle('违反本条例，占用绿地的，由园林部门责令恢复原状；监护人应当配合调查。');
    doc.units[0].heading = '第五章 法律责任';
    expect(rows(doc)).toEqual([[null, 'must', ['监护人'], '监护人应当配合调查。']]);
  });
});

describe('A4: bare imperatives of a regulation', () => {
  it('reads sentence-initial 尊重/严格/有计划地 as a must with no subject', () => {
    expect(read('尊重村民的宗教信仰；')).toEqual([['must', []]]);
    expect(read('严格控制新增建设用地规模。')).toEqual([['must', []]]);
    expect(read('有计划地改造老旧管网。')).toEqual([['must', []]]);
  });
});
