import polyglotI18nProvider from 'ra-i18n-polyglot';
import { messagesFor } from './messages';

export const i18nProvider = polyglotI18nProvider(
  (locale) => messagesFor(locale) as never,
  // Chinese by default; react-admin's store remembers the AppBar language switch.
  'zh-CN',
  [
    { locale: 'zh-CN', name: '简体中文' },
    { locale: 'en', name: 'English' },
  ],
  { allowMissing: true },
);
