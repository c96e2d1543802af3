import { diffChars } from './char-diff';

describe('diffChars', () => {
  it('marks what was inserted and deleted', () => {
    expect(diffChars('应当公布通关时限', '应当及时公布通关时间')).toEqual([
      { op: 'same', text: '应当' },
      { op: 'insert', text: '及时' },
      { op: 'same', text: '公布通关时' },
      { op: 'delete', text: '限' },
      { op: 'insert', text: '间' },
    ]);
  });

  it('handles empty sides and falls back to replace-all for very long texts', () => {
    expect(diffChars('', '新增')).toEqual([{ op: 'insert', text: '新增' }]);
    expect(diffChars('删除', '')).toEqual([{ op: 'delete', text: '删除' }]);
    expect(diffChars('甲乙', '丙丁', 1)).toEqual([
      { op: 'delete', text: '甲乙' },
      { op: 'insert', text: '丙丁' },
    ]);
  });
});
