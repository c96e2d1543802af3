import { findTiming, readNumber } from './timing';

describe('findTiming', () => {
  it.each([
    ['有关部门应当及时提出意见。', { kind: 'promptly' }],
    ['应当定期向社会公布。', { kind: 'recurring' }],
    ['应当每年向本级人民代表大会常务委员会报告。', { kind: 'recurring', every: 'year' }],
    ['每季度公布一次。', { kind: 'recurring', every: 'quarter' }],
    ['每月报送统计数据。', { kind: 'recurring', every: 'month' }],
    ['应当自本条例施行之日起六个月内制定实施细则。', { kind: 'deadline', months: 6, from: 'effective' }],
    ['自本条例施行之日起12个月内完成清理。', { kind: 'deadline', months: 12, from: 'effective' }],
    ['应当加强监督管理。', { kind: 'none' }],
  ])('%s', (text, timing) => {
    expect(findTiming(text)).toEqual(timing);
  });

  it('reads Chinese numerals up to 99', () => {
    expect([readNumber('三'), readNumber('十'), readNumber('十二'), readNumber('二十四'), readNumber('百')]).toEqual([3, 10, 12, 24, null]);
  });
});
