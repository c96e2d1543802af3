import { maskQuoted, splitClauses, splitSentences } from './segment';

describe('splitSentences', () => {
  it('cuts at 。 ； and ： but not inside quotes, titles or brackets', () => {
    const text = '负责实施《中国（新疆）自由贸易试验区总体方案；附件》，落实“放管服；改革”；开展评估：（一）统计；（二）发布。';
    expect(splitSentences(text).map((s) => s.text)).toEqual(['负责实施《中国（新疆）自由贸易试验区总体方案；附件》，落实“放管服；改革”；', '开展评估：', '（一）统计；', '（二）发布。']);
  });

  it('keeps text without a final ender', () => {
    expect(splitSentences('自贸试验区建立健全容错机制').map((s) => s.text)).toEqual(['自贸试验区建立健全容错机制']);
  });
});

describe('splitClauses', () => {
  it('does not cut at commas inside brackets', () => {
    const clauses = splitClauses('各片区所在州、市（地，县）人民政府应当加强领导，完善机制。').map((s) => s.text);
    expect(clauses).toEqual(['各片区所在州、市（地，县）人民政府应当加强领导，', '完善机制。']);
  });
});

describe('maskQuoted', () => {
  it('hides cue words inside quotes and titles, keeping positions', () => {
    const masked = maskQuoted('推行“不得拒绝”制度，执行《鼓励办法》');
    expect(masked).not.toMatch(/不得|鼓励/);
    expect(masked).toHaveLength('推行“不得拒绝”制度，执行《鼓励办法》'.length);
  });
});
