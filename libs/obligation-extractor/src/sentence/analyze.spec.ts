import { AliasTable } from '../aliases';
import { analyzeSentence, type SentenceContext } from './analyze';
import type { Mode } from './classify';

const context = (mode: Mode = 'article', aliases = new AliasTable([])): SentenceContext => ({
  mode,
  aliases,
  heads: aliases.entries.map((a) => a.alias),
});

const read = (sentence: string, mode: Mode = 'article') => analyzeSentence(sentence, context(mode), null).found.map(({ modality, subjects, co }) => ({ modality, subjects, co }));

describe('analyzeSentence: modality', () => {
  it('reads 应当 with a list of predicates as one obligation', () => {
    expect(read('自治州人民政府应当加强对综保区建设发展工作的统筹和领导，将综保区发展纳入规划，建立健全综合协调机制。')).toEqual([{ modality: 'must', subjects: ['自治州人民政府'], co: [] }]);
  });

  it('splits 应当…，不得… into two obligations with the same subject', () => {
    expect(read('养犬人应当依法养犬、文明养犬，不得损害他人的合法权益。')).toEqual([
      { modality: 'must', subjects: ['养犬人'], co: [] },
      { modality: 'must_not', subjects: ['养犬人'], co: [] },
    ]);
  });

  it('lets the modal verb win over a later 支持 or 鼓励', () => {
    expect(read('管委会应当推进绿色园区建设，鼓励发展节能环保产业，支持企业提升绿色电力消纳能力。')).toEqual([{ modality: 'must', subjects: ['管委会'], co: [] }]);
  });

  it('reads a declarative duty verb after an official subject as must', () => {
    expect(read('各级人民政府负责本行政区域内建设国家向北开放重要桥头堡工作。')).toEqual([{ modality: 'must', subjects: ['各级人民政府'], co: [] }]);
    expect(read('财政、商务等部门按照各自职责，负责口岸经济发展促进相关工作。')).toEqual([{ modality: 'must', subjects: ['财政部门', '商务部门'], co: [] }]);
  });

  it('reads 鼓励 without a government actor as encouraging the party named', () => {
    expect(read('鼓励金融机构开展口岸经济相关金融产品创新。')).toEqual([{ modality: 'encouraged', subjects: ['金融机构'], co: [] }]);
    expect(read('鼓励多层厂房、立体仓储等节约集约用地模式。')).toEqual([{ modality: 'encouraged', subjects: [], co: [] }]);
  });

  it('reads 支持 with a government actor as that actor encouraging', () => {
    expect(read('自治区支持兵团和地方融合发展口岸经济，完善人才交流机制。')).toEqual([{ modality: 'encouraged', subjects: ['自治区'], co: [] }]);
  });

  it('reads a bare imperative in a plan as must, 鼓励 as encouraged and 可 as may', () => {
    expect(read('推动建设边境仓、海外仓，鼓励优势企业在中亚国家建设海外仓。', 'task')).toEqual([{ modality: 'must', subjects: [], co: [] }]);
    expect(read('鼓励银行业金融机构加大金融支持力度。', 'task')).toEqual([{ modality: 'encouraged', subjects: ['银行业金融机构'], co: [] }]);
    expect(read('按程序认定的高层次人才到自贸试验区长期工作的，地方可按照有关规定给予支持。', 'task')).toEqual([{ modality: 'may', subjects: ['地方'], co: [] }]);
    expect(read('支持行业龙头企业建设重点实验室。', 'task')).toEqual([{ modality: 'must', subjects: ['行业龙头企业'], co: [] }]);
  });

  it('skips principles whose subject is an activity', () => {
    expect(read('口岸经济发展应当坚持中国共产党的领导，遵循统筹谋划的原则。')).toEqual([]);
    expect(read('综保区内土地开发利用应当符合国土空间规划。')).toEqual([{ modality: 'must', subjects: [], co: [] }]);
  });
});

describe('analyzeSentence: subjects and partners', () => {
  it('lists 会同 partners in co, not as subjects', () => {
    expect(read('自治区人民政府发展改革、口岸主管部门应当会同有关部门分别编制自治区口岸发展有关规划；')).toEqual([
      { modality: 'must', subjects: ['自治区发展改革主管部门', '自治区口岸主管部门'], co: ['有关部门'] },
    ]);
    expect(read('口岸主管部门应当会同有关部门、口岸查验机构、口岸运营单位等，加快智慧口岸建设。')[0].co).toEqual(['有关部门', '口岸查验机构', '口岸运营单位']);
  });

  it('carries the subject to a later clause of the sentence (rule 9)', () => {
    expect(read('自贸试验区建立健全容错机制，对在改革创新中出现失误的，对有关单位和个人可以予以免责。')).toEqual([
      { modality: 'must', subjects: ['自贸试验区'], co: [] },
      { modality: 'may', subjects: ['自贸试验区'], co: [] },
    ]);
  });

  it('starts a new obligation at 由X', () => {
    expect(read('有关部门应当及时提出意见，由制定机关按照法定程序作出决定。')).toEqual([
      { modality: 'must', subjects: ['有关部门'], co: [] },
      { modality: 'must', subjects: ['制定机关'], co: [] },
    ]);
  });

  it('joins subjects listed across a comma', () => {
    expect(read('自治区人民政府，片区所在州、市（地）人民政府（行政公署）应当推动统筹发展。')[0].subjects).toEqual(['自治区人民政府', '片区所在州人民政府', '片区所在市（地）人民政府（行政公署）']);
  });

  it('reads the body opening a condition as the subject of a bare modal verb', () => {
    expect(read('任何单位和个人发现传染病的，应当及时报告。')[0].subjects).toEqual(['任何单位', '个人']);
  });

  it('gives an implicit award no subject (rule 8)', () => {
    expect(read('对做出突出贡献的单位和个人，按照有关规定给予表彰、奖励。')).toEqual([{ modality: 'must', subjects: [], co: [] }]);
  });

  it('carries a subject across 。 only to a sentence with its own modal verb', () => {
    const ctx = context();
    const first = analyzeSentence('投资主管部门应当进行监督检查；', ctx, null);
    const second = analyzeSentence('发现违规的，应当要求实施部门依法取消。', ctx, first.bound);
    expect(second.found[0].subjects).toEqual(['投资主管部门']);
    const imperative = analyzeSentence('健全外商投资保障机制，保障国民待遇。', ctx, first.bound);
    expect(imperative.found[0].subjects).toEqual([]);
  });
});
