import polyglotI18nProvider from 'ra-i18n-polyglot';
import englishMessages from 'ra-language-english';
import { en } from './en';
import { zhApp, zhRa } from './zh';

type Tree = { [key: string]: unknown };

/** Deep merge so any key missing from a translation falls back to the English one. */
export function deepMerge(base: Tree, override: Tree): Tree {
  const out: Tree = { ...base };
  for (const [key, value] of Object.entries(override)) {
    const prev = out[key];
    out[key] = isTree(prev) && isTree(value) ? deepMerge(prev, value) : value;
  }
  return out;
}

const isTree = (v: unknown): v is Tree =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

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
