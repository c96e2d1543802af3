import polyglotI18nProvider from 'ra-i18n-polyglot';
import englishMessages from 'ra-language-english';
import { deepMerge, type Tree } from './deepMerge';
import { en } from './en';
import { zhApp, zhRa } from './zh';

const english = deepMerge(englishMessages as unknown as Tree, en);
const chinese = deepMerge(deepMerge(english, zhRa), zhApp);

export const i18nProvider = polyglotI18nProvider(
  (locale) => (locale === 'en' ? english : chinese) as never,
  // Chinese by default; react-admin's store remembers the AppBar language switch.
  'zh-CN',
  [
    { locale: 'zh-CN', name: '简体中文' },
    { locale: 'en', name: 'English' },
  ],
  { allowMissing: true },
);
