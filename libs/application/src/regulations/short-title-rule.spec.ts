import { shortTitleAfterRetitle } from './short-title-rule';

describe('shortTitleAfterRetitle', () => {
  it('lets a derived 简称, or none, follow the new title', () => {
    expect(shortTitleAfterRetitle({ title: '新疆维吾尔自治区口岸条例', shortTitle: '《口岸条例》' }, '新疆维吾尔自治区口岸管理条例')).toBe('《口岸管理条例》');
    expect(shortTitleAfterRetitle({ title: '新疆维吾尔自治区口岸条例', shortTitle: null }, '新疆维吾尔自治区口岸管理条例')).toBe('《口岸管理条例》');
  });

  it('keeps a 简称 an admin wrote', () => {
    expect(shortTitleAfterRetitle({ title: '新疆维吾尔自治区口岸条例', shortTitle: '《自治区口岸条例》' }, '新疆维吾尔自治区口岸管理条例')).toBe('《自治区口岸条例》');
  });
});
