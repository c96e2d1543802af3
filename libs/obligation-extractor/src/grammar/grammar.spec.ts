// The open word classes the extractor reads through the tagger. Every sentence is composed for
// the test in the drafting of other provinces; none comes from the seed or hold-out documents.
import { tag } from './tagger';
import { agentiveEndsAt, predicateAt } from './phrase';
import { startsWithPredicate } from './pos';
import { scanBody, bodyBeforeCue } from '../sentence/bodies';

const body = (text: string, heads: string[] = []) => text.slice(0, scanBody(text, heads));

describe('tagger with the government dictionary', () => {
  it('keeps names of bodies and levels whole', () => {
    const words = tag('设区的市人民政府发展改革委依法会同有关部门').map((t) => t.word);
    expect(words).toEqual(expect.arrayContaining(['设区的市', '人民政府', '发展改革委', '依法', '会同']));
  });
  it('tags function words of legal prose as such', () => {
    const tags = Object.fromEntries(tag('管委会依法会同财政局及时办理').map((t) => [t.word, t.tag]));
    expect(tags['依法']).toBe('d');
    expect(tags['会同']).toBe('p');
    expect(tags['及时']).toBe('d');
  });
  it('cuts a verb off a dictionary idiom that hides it (采取措施)', () => {
    expect(tag('县人民政府采取措施').map((t) => t.word)).toEqual(['县', '人民政府', '采取', '措施']);
  });
  it('gives offsets that cover the text', () => {
    const text = '省交通运输厅（以下简称运输厅）负责。';
    const tokens = tag(text);
    expect(tokens.map((t) => t.word).join('')).toBe(text);
    expect(tokens[tokens.length - 1].end).toBe(text.length);
  });
});

describe('agentive heads (a morphological class)', () => {
  it.each([
    ['江西省林业局', true],
    ['市场监督管理部门', true],
    ['街道办事处', true],
    ['村民委员会', true],
    ['个体工商户', true],
    ['网络交易平台经营者', true],
    ['银行账户', false],
    ['进口货物', false],
    ['产业布局', false],
    ['公共场所', false],
  ])('%s → %s', (text, agentive) => {
    expect(agentiveEndsAt(text, text.length)).toBe(agentive);
  });
  it('reads an alias the document defines as a head', () => {
    expect(agentiveEndsAt('市联席办', 4, ['联席办'])).toBe(true);
  });
});

describe('predicates are any verb, preposition or adverb', () => {
  it.each(['核发许可证', '按照规定执行', '依法查处', '积极稳妥推进', '统筹调度'])('%s opens a predicate', (text) => {
    expect(startsWithPredicate(text)).toBe(true);
  });
  it.each(['许可证', '有关部门', '货物清单'])('%s does not', (text) => {
    expect(startsWithPredicate(text)).toBe(false);
  });
  it('reads the word at an offset', () => {
    expect(predicateAt('湖南省商务厅牵头制定', 6)).toBe(true);
  });
});

describe('a body is a noun phrase ending at the first non-nominal word', () => {
  it('ends a body at an unlisted verb', () => {
    expect(body('安徽省应急管理厅统筹调度救援力量')).toBe('安徽省应急管理厅');
    expect(body('市住房城乡建设局核发施工许可证')).toBe('市住房城乡建设局');
  });
  it('reads on past a verb-noun that modifies a later head', () => {
    expect(body('县级以上人民政府发展改革主管部门统筹推进')).toBe('县级以上人民政府发展改革主管部门');
  });
  it('keeps a verb that modifies a generic head inside the name', () => {
    expect(body('非银行支付机构应当')).toBe('非银行支付机构');
    expect(body('综合行政执法部门负责')).toBe('综合行政执法部门');
  });
  it('takes the body a relative clause describes', () => {
    expect(body('市人民政府指定的负责旅游管理的部门负责协调')).toBe('市人民政府指定的负责旅游管理的部门');
  });
  it('never takes a thing, an activity or a verb phrase for a body', () => {
    expect(body('银行账户应当')).toBe('');
    expect(body('优化开发区营商环境')).toBe('');
    expect(body('推行海关监管改革')).toBe('');
    expect(body('港口岸线使用应当')).toBe('');
  });
  it('never runs a body across a modal verb or a preposition', () => {
    expect(body('运输危险货物必须凭公安机关出具的通行证')).toBe('');
    expect(body('省人民政府关于加快发展的意见')).toBe('');
  });
  it('does not read 全省 (the whole province) as a body', () => {
    expect(body('全省统一部署宣传活动')).toBe('');
  });
  it('reads a bracketed qualifier and a defined alias after the head', () => {
    expect(bodyBeforeCue('旗县（市、区）人民政府（行政公署）')).toBe('旗县（市、区）人民政府（行政公署）');
  });
});
