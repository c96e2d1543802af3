import { findAliases } from './aliases';

describe('findAliases', () => {
  it('reads 以下简称, 以下统称 and 以下称, with or without quotes', () => {
    const text = '本条例适用于阿拉山口综合保税区（以下简称综保区）。包括乌鲁木齐片区、喀什片区（以下统称各片区）。' + '设立中哈霍尔果斯国际边境合作中心（以下称“合作中心”）。';
    expect(findAliases(text).entries).toEqual([
      { alias: '综保区', full: '阿拉山口综合保税区' },
      { alias: '各片区', full: '乌鲁木齐片区、喀什片区' },
      { alias: '合作中心', full: '中哈霍尔果斯国际边境合作中心' },
    ]);
  });

  it('keeps the first definition of a repeated alias', () => {
    expect(findAliases('甲委员会（以下简称委员会）。乙委员会（以下简称委员会）。').entries).toHaveLength(1);
  });

  it('resolves a name that starts with a full name', () => {
    const table = findAliases('本条例适用于中国（新疆）自由贸易试验区（以下简称自贸试验区）。');
    expect(table.resolve('中国（新疆）自由贸易试验区内企业')).toBe('自贸试验区内企业');
  });
});
