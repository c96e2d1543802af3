import { messageAt, messagesFor } from '../i18n/messages';

/** What the sign-in form says, in the user's language. */
export interface LoginText {
  title: string;
  username: string;
  password: string;
  signIn: string;
  signInError: string;
}

/** Each text's message key, as the i18n provider knows it. */
const LOGIN_TEXT_KEYS: Record<keyof LoginText, string> = {
  title: 'luyue.app.title',
  username: 'ra.auth.username',
  password: 'ra.auth.password',
  signIn: 'ra.auth.sign_in',
  signInError: 'ra.auth.sign_in_error',
};

/** The form's texts through `translate` (react-admin's, or storedTranslate before it is loaded). */
export function loginText(translate: (key: string) => string): LoginText {
  return Object.fromEntries(
    Object.entries(LOGIN_TEXT_KEYS).map(([text, key]) => [
      text,
      translate(key),
    ]),
  ) as unknown as LoginText;
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

/** The i18n provider's messages in `locale`, looked up without react-admin (the first screen). */
export function storedTranslate(locale: string): (key: string) => string {
  const messages = messagesFor(locale);
  return (key) => messageAt(messages, key);
}
