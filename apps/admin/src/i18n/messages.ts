import englishMessages from 'ra-language-english';
import { deepMerge, type Tree } from './deepMerge';
import { en } from './en';
import { zhApp, zhRa } from './zh';

// The whole message tree of each language: Luyue's keys over react-admin's, Chinese over English
// (a key missing from a translation falls back to the English one).
const english = deepMerge(englishMessages as unknown as Tree, en);
const chinese = deepMerge(deepMerge(english, zhRa), zhApp);

export const messagesFor = (locale: string): Tree =>
  locale === 'en' ? english : chinese;

/** The message at a dotted key such as `ra.auth.sign_in` (the key itself when there is none). */
export function messageAt(messages: Tree, key: string): string {
  let node: unknown = messages;
  for (const part of key.split('.')) {
    if (typeof node !== 'object' || node === null || !Object.hasOwn(node, part))
      return key;
    node = (node as Tree)[part];
  }
  return typeof node === 'string' ? node : key;
}
