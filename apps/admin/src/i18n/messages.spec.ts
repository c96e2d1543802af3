import { describe, expect, it } from 'vitest';
import { messageAt, messagesFor } from './messages';

describe('message lookup by dotted key', () => {
  it('finds Luyue’s and react-admin’s keys, Chinese over English', () => {
    expect(messageAt(messagesFor('zh-CN'), 'ra.auth.sign_in')).toBe('登录');
    expect(messageAt(messagesFor('en'), 'ra.auth.sign_in')).toBe('Sign in');
    expect(messageAt(messagesFor('zh-CN'), 'luyue.app.title')).toBe(
      '履约 · 督查督办',
    );
  });

  it('answers the key itself for a missing key, a branch, a path through a message or a prototype name', () => {
    const zh = messagesFor('zh-CN');
    for (const key of [
      'ra.auth.no_such_key',
      'ra.auth',
      'ra.auth.sign_in.more',
      'constructor',
      'ra.__proto__.toString',
    ])
      expect(messageAt(zh, key)).toBe(key);
  });
});
