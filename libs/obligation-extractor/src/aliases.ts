// Short names a document defines for itself: `X（以下简称Y）`, `（以下统称Y）`, `（以下称“Y”）`.
import type { Alias } from './types';

const DEFINITION = /（以下(?:简称|统称|称)[“"]?([^”"）]{1,20})[”"]?）/g;
// Words that end the text before a defined name (the name starts after them).
const LEAD_IN = /^.*(?:适用于|包括|依托|支持|鼓励|建立|设立|批准设立的|所称|第[零〇一二三四五六七八九十百千\d]+条)/;

export class AliasTable {
  constructor(readonly entries: Alias[]) {}

  /** Writes a body with its short name: the full name, or a name that starts with it, takes the alias. */
  resolve(body: string): string {
    for (const { alias, full } of this.entries) {
      if (body === full) return alias;
      if (full.length >= 4 && body.startsWith(full)) return alias + body.slice(full.length);
    }
    return body;
  }
}

/** Every alias defined anywhere in the (whitespace-free) document text. */
export function findAliases(text: string): AliasTable {
  const found = new Map<string, Alias>();
  for (const m of text.matchAll(DEFINITION)) {
    const alias = m[1];
    if (found.has(alias)) continue;
    const before = text.slice(Math.max(0, (m.index ?? 0) - 80), m.index);
    const clause = before.split(/[，。；：]/).pop() ?? '';
    const full = clause.replace(LEAD_IN, '').replace(/^的/, '') || clause;
    found.set(alias, { alias, full });
  }
  return new AliasTable([...found.values()]);
}
