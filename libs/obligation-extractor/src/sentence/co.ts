// Partners after 会同/配合/协同 are listed in `co`, not as subjects (guide rule 5).
import type { AliasTable } from '../aliases';
import { scanBody } from './bodies';
import { expandSubject } from './subjects';

const PARTNER_CUE = /(会同|配合|协同)/g;

export function findCo(text: string, aliases: AliasTable, heads: readonly string[]): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(PARTNER_CUE)) {
    const after = text.slice((m.index ?? 0) + m[0].length);
    const n = scanBody(after, heads);
    if (n) out.push(...expandSubject(after.slice(0, n), aliases));
  }
  return [...new Set(out)];
}
