import { parseChineseNumber } from './chinese-numerals';

describe('parseChineseNumber', () => {
  it.each([
    ['一', 1],
    ['十', 10],
    ['十二', 12],
    ['二十', 20],
    ['一百零五', 105],
    ['一百二十三', 123],
    ['一千一百六十四', 1164],
    ['两百', 200],
    ['二〇二五', 2025],
    ['42', 42],
    ['１２', 12],
  ])('%s → %i', (raw, value) => expect(parseChineseNumber(raw)).toBe(value));

  it('rejects non-numerals', () => {
    expect(parseChineseNumber('总则')).toBeNull();
    expect(parseChineseNumber('')).toBeNull();
  });
});
