import { guessJurisdiction, guessRegulationKind } from './jurisdiction-guess';

describe('guessJurisdiction', () => {
  it.each([
    ['新疆维吾尔自治区口岸经济发展促进条例', null, '新疆维吾尔自治区'],
    ['中国（新疆）自由贸易试验区总体方案', '国务院', '新疆维吾尔自治区'],
    ['博尔塔拉蒙古自治州阿拉山口综合保税区管理条例', '博尔塔拉蒙古自治州人大常务委员会', '新疆维吾尔自治区'],
    ['内蒙古自治区建设国家向北开放重要桥头堡促进条例', null, '内蒙古自治区'],
    ['满洲里口岸条例', null, '内蒙古自治区'],
  ])('%s (%s) → %s', (title, issuer, expected) => {
    expect(guessJurisdiction({ title, issuer })).toBe(expected);
  });

  it('falls back to the issuer, then the opening text, else null', () => {
    expect(guessJurisdiction({ title: '口岸管理条例', issuer: '新疆维吾尔自治区人民代表大会常务委员会' })).toBe('新疆维吾尔自治区');
    expect(guessJurisdiction({ title: '口岸管理条例', text: '为了促进内蒙古口岸发展' })).toBe('内蒙古自治区');
    expect(guessJurisdiction({ title: '某某管理办法' })).toBeNull();
  });
});

describe('guessRegulationKind', () => {
  it.each([
    ['中国（新疆）自由贸易试验区总体方案', 'plan'],
    ['中国（新疆）自由贸易试验区条例', 'local_regulation'],
    ['中华人民共和国海关法', 'law'],
    ['关于加快口岸建设的通知', 'notice'],
  ])('%s → %s', (title, kind) => {
    expect(guessRegulationKind(title)).toBe(kind);
  });
});
