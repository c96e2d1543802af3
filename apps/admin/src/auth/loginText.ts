import englishMessages from 'ra-language-english';
import { en } from '../i18n/en';
import { zhApp, zhRa } from '../i18n/zh';

/** What the sign-in form says, in the user's language. */
export interface LoginText {
  title: string;
  username: string;
  password: string;
  signIn: string;
  signInError: string;
}

/** The language react-admin's store remembers (the app bar's switch), read before react-admin runs. */
export function storedLocale(): string {
  try {
    const locale: unknown = JSON.parse(
      localStorage.getItem('RaStore.locale') ?? 'null',
    );
    return typeof locale === 'string' ? locale : 'zh-CN';
  } catch {
    return 'zh-CN';
  }
}

/** The same messages the i18n provider uses, for the screen shown before it is loaded. */
export function loginText(locale: string): LoginText {
  const [auth, app] =
    locale === 'en'
      ? [englishMessages.ra.auth, en.luyue.app]
      : [zhRa.ra.auth, zhApp.luyue.app];
  return {
    title: app.title,
    username: auth.username,
    password: auth.password,
    signIn: auth.sign_in,
    signInError: auth.sign_in_error,
  };
}
