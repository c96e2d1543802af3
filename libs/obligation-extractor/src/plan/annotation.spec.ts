import { AliasTable } from '../aliases';
import { readAnnotation } from './annotation';

const none = new AliasTable([]);
const read = (raw: string, aliases = none) => readAnnotation(raw, aliases);

describe('readAnnotation', () => {
  it('reads labelled lead, partners and time limit', () => {
    expect(read('（牵头单位：省商务厅；配合单位：省财政厅、海关；完成时限：2027年底前）')).toEqual({
      lead: ['省商务厅'],
      co: ['省财政厅', '海关'],
      dueText: '2027年底前',
    });
  });

  it('accepts half-width brackets, colons and semicolons', () => {
    expect(read('(牵头部门:自治区生态环境厅;配合部门:自治区水利厅,自治区林草局)')).toEqual({
      lead: ['自治区生态环境厅'],
      co: ['自治区水利厅', '自治区林草局'],
      dueText: null,
    });
  });

  it('reads `X牵头，Y配合`', () => {
    expect(read('（县农业农村局牵头，各乡镇配合）')).toEqual({ lead: ['县农业农村局'], co: ['各乡镇'], dueText: null });
  });

  it('puts `Y结合实际落实` in co when a 牵头 body is named', () => {
    expect(read('（州住房城乡建设局牵头，各县市人民政府结合实际落实）')).toMatchObject({
      lead: ['州住房城乡建设局'],
      co: ['各县市人民政府'],
    });
  });

  it('makes the bodies of `X、Y按职责分工负责` subjects when none leads', () => {
    expect(read('（省公安厅、省交通运输厅等按职责分工负责）')).toMatchObject({ lead: ['省公安厅', '省交通运输厅'], co: [] });
    expect(read('（省公安厅、省交通运输厅等按职责分工负责，各设区市结合实际落实）')).toMatchObject({
      lead: ['省公安厅', '省交通运输厅'],
      co: ['各设区市'],
    });
    expect(read('（各县市区组织落实）')).toMatchObject({ lead: ['各县市区'], co: [] });
  });

  it('gives 牵头 the lead over 责任单位, the others assist', () => {
    expect(read('（牵头单位：市卫生健康委；责任单位：市医保局、市民政局）')).toMatchObject({
      lead: ['市卫生健康委'],
      co: ['市医保局', '市民政局'],
    });
  });

  it('reads 责任单位 lists and keeps 各区县政府 as written', () => {
    expect(read('（责任单位：市住房城乡建设委、各区县政府）')).toMatchObject({ lead: ['市住房城乡建设委', '各区县政府'], co: [] });
  });

  it('reads 实施部门 and 主责单位 / 协同单位', () => {
    expect(read('（实施部门：省自然资源厅）').lead).toEqual(['省自然资源厅']);
    expect(read('（主责单位：州委宣传部；协同单位：州文化体育广电和旅游局）')).toMatchObject({
      lead: ['州委宣传部'],
      co: ['州文化体育广电和旅游局'],
    });
  });

  it('reads a bare list as subjects', () => {
    expect(read('（市发展改革委、市财政局）')).toMatchObject({ lead: ['市发展改革委', '市财政局'], co: [] });
    expect(read('（区财政局）').lead).toEqual(['区财政局']);
  });

  it('drops a trailing 等 and a generic head after named bodies', () => {
    expect(read('（责任单位：各区政府、市港务集团等有关单位）').lead).toEqual(['各区政府', '市港务集团']);
    expect(read('（配合单位：有关单位；牵头单位：市交通局）')).toMatchObject({ lead: ['市交通局'], co: ['有关单位'] });
  });

  it('distributes an organ to bare sub-units, not to other organs', () => {
    expect(read('（市商务委外贸处、外资处）').lead).toEqual(['市商务委外贸处', '市商务委外资处']);
    expect(read('（省发展改革委、财政厅）').lead).toEqual(['省发展改革委', '财政厅']);
  });

  it('splits at 和 only between two complete names', () => {
    expect(read('（市工业和信息化局、市财政局和市税务局）').lead).toEqual(['市工业和信息化局', '市财政局', '市税务局']);
  });

  it('keeps 各区 and spreads its 各 to a bare area', () => {
    expect(read('（各区、县级市）').lead).toEqual(['各区', '各县级市']);
  });

  it('reads a trailing `…前完成` as the time limit', () => {
    expect(read('（市工业和信息化局牵头，2026年底前完成）')).toEqual({ lead: ['市工业和信息化局'], co: [], dueText: '2026年底前完成' });
    expect(read('（牵头单位：市城管局；时限：长期）').dueText).toBe('长期');
  });

  it('reads a member marked （牵头） as the lead, wherever it stands', () => {
    expect(read('（责任单位：省发展改革委（牵头）、省财政厅、省自然资源厅）')).toMatchObject({
      lead: ['省发展改革委'],
      co: ['省财政厅', '省自然资源厅'],
    });
    expect(read('（责任单位：市财政局、市发展改革委（牵头））')).toMatchObject({ lead: ['市发展改革委'], co: ['市财政局'] });
  });

  it('reads labels separated by commas and a time limit given first', () => {
    expect(read('（牵头单位：市发展改革委，配合单位：市财政局，完成时限：持续推进）')).toEqual({
      lead: ['市发展改革委'],
      co: ['市财政局'],
      dueText: '持续推进',
    });
    expect(read('（2026年底前完成，市商务局负责）')).toEqual({ lead: ['市商务局'], co: [], dueText: '2026年底前完成' });
  });

  it('resolves aliases the document defines', () => {
    const aliases = new AliasTable([{ alias: '新区管委会', full: '江北新区管理委员会' }]);
    expect(read('（江北新区管理委员会牵头）', aliases).lead).toEqual(['新区管委会']);
  });
});
