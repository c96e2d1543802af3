import { findAliases } from '../aliases';
import { scanBody } from './bodies';
import { findCo } from './co';

describe('partners after 会同/配合, and a time adverbial between a body and its verb', () => {
  const none = findAliases('');

  it.each([
    ['省林业局每年组织开展森林资源调查。', '省林业局'],
    ['市应急管理局每季度报送演练情况。', '市应急管理局'],
    ['县农业农村局年内完成摸底。', '县农业农村局'],
  ])('%s → the body ends before the time word', (text, body) => {
    expect(text.slice(0, scanBody(text))).toBe(body);
  });

  it('reads the partner of 会同 even when a time adverbial follows it', () => {
    expect(findCo('市卫生健康委应当会同市医保局每年开展一次专项检查。', none, [])).toEqual(['市医保局']);
    expect(findCo('县水利局配合县应急局定期开展汛前检查。', none, [])).toEqual(['县应急局']);
  });

  it('does not take a time noun phrase for a predicate', () => {
    expect(scanBody('年度报告的内容应当真实。')).toBe(0);
  });
});
