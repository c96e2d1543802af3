import { afterEach, describe, expect, it, vi } from 'vitest';
import { loginText, storedLocale, storedTranslate } from './loginText';

const storeHolding = (value: string | null) => ({ getItem: () => value });

describe('the sign-in screen before react-admin loads', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('speaks the language react-admin stored, Chinese by default or when the store is unreadable', () => {
    vi.stubGlobal('localStorage', storeHolding('"en"'));
    expect(storedLocale()).toBe('en');
    for (const stored of [null, 'not json', '42']) {
      vi.stubGlobal('localStorage', storeHolding(stored));
      expect(storedLocale()).toBe('zh-CN');
    }
  });

  it('has every text in both languages, from the i18n provider’s own messages', () => {
    expect(loginText(storedTranslate('zh-CN'))).toEqual({
      title: '履约 · 督查督办',
      username: '用户名/邮箱',
      password: '密码',
      signIn: '登录',
      signInError: '登录失败，请重试',
    });
    const english = loginText(storedTranslate('en'));
    expect(english.signIn).toBe('Sign in');
    for (const text of Object.values(english)) expect(text).toMatch(/^[A-Z]/);
  });
});
