import { shortTitle } from './short-title';

describe('shortTitle', () => {
  it.each([
    ['新疆维吾尔自治区口岸条例', '《口岸条例》'],
    ['上海市城乡规划条例', '《城乡规划条例》'],
    ['黑龙江省绥芬河市口岸管理办法', '《口岸管理办法》'],
    ['中华人民共和国黄河保护法', '《黄河保护法》'],
    ['喀什地区乡村振兴促进条例', '《乡村振兴促进条例》'],
    ['博尔塔拉蒙古自治州阿拉山口综合保税区管理办法', '《阿拉山口综合保税区管理办法》'],
    ['上海市实施《中华人民共和国农民专业合作社法》办法', '《实施〈中华人民共和国农民专业合作社法〉办法》'],
    ['上海市人民代表大会常务委员会关于促进和保障浦东新区改革开放再出发实现新时代高质量发展的决定', '《关于促进和保障浦东新区改革开放再出发实现新时代高质量发展的决定》'],
  ])('drops the issuing place and body: %s', (title, expected) => {
    expect(shortTitle(title)).toBe(expected);
  });

  it.each([
    ['阿拉山口市人民政府关于印发《阿拉山口市口岸发展实施方案》的通知', '《口岸发展实施方案》'],
    ['国务院关于印发中国（新疆）自由贸易试验区总体方案的通知', '《中国（新疆）自由贸易试验区总体方案》'],
  ])('takes the document out of an 印发 notice: %s', (title, expected) => {
    expect(shortTitle(title)).toBe(expected);
  });

  it.each([
    ['农贸市场管理条例', '《农贸市场管理条例》'],
    ['智慧城市建设条例', '《智慧城市建设条例》'],
    ['上海港口条例', '《上海港口条例》'],
    ['《城市道路管理条例》', '《城市道路管理条例》'],
  ])('keeps words that only contain an area suffix: %s', (title, expected) => {
    expect(shortTitle(title)).toBe(expected);
  });

  it('keeps a title that is only a place and an issuer', () => {
    expect(shortTitle('上海市人民政府')).toBe('《上海市人民政府》');
  });
});
