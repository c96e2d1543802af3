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

describe('guessJurisdiction for national texts', () => {
  it.each([
    ['中华人民共和国行政复议法', null, '第一条 为了防止和纠正违法的或者不当的行政行为，制定本法。'],
    ['农药管理条例', null, '1997年5月8日 中华人民共和国国务院令第216号发布\n\n第一条 为了加强农药管理，制定本条例。'],
    ['危险化学品安全管理条例', '国务院', '第一条 为了加强危险化学品的安全管理，制定本条例。'],
    ['网络预约出租汽车经营服务管理暂行办法', '交通运输部', '第一条 为更好地满足社会公众多样化出行需求，制定本办法。'],
    ['生物安全法', null, '2020年10月17日 第十三届全国人民代表大会常务委员会第二十二次会议通过\n第一条 为了维护国家安全，制定本法。'],
  ])('%s (%s) → 全国', (title, issuer, text) => {
    expect(guessJurisdiction({ title, issuer, text })).toBe('全国');
  });

  it("keeps a local text local even when it cites national laws, and a place in a national law's articles does not count", () => {
    expect(guessJurisdiction({ title: '伊犁州口岸管理条例', text: '第一条 根据《中华人民共和国海关法》和国务院有关规定，制定本条例。' })).toBe('新疆维吾尔自治区');
    expect(guessJurisdiction({ title: '中华人民共和国口岸法', text: '第一条 为了规范口岸管理。\n第九条 满洲里、二连浩特口岸……' })).toBe('全国');
    expect(guessJurisdiction({ title: '某某管理办法', text: '第一条 根据《中华人民共和国行政许可法》，制定本办法。' })).toBeNull();
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
