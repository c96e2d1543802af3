import type { BodyKind, BodyLevel } from '@luyue/contracts';
import type { AliasDefinition } from './body-resolution';

// Builds a starting body registry from what the extractor found in regulations: every subject that
// names a government body becomes a body of the regulation's jurisdiction (an alias subject becomes
// its full name, keeping the alias). Used by the demo seed; pure so it can be unit-tested.

export interface ExtractedSubjects {
  jurisdiction: string;
  aliases: readonly AliasDefinition[];
  subjects: readonly string[];
}

export interface BodySeed {
  name: string;
  aliases: string[];
  jurisdiction: string;
  level: BodyLevel;
  kind: BodyKind;
  /** Name of the parent in the same jurisdiction; null for the top government. */
  parentName: string | null;
}

const BODY_SUFFIX = /(人民政府|行政公署|部门|机关|委员会|管委会|办公室|自贸办|海关|贸促会|领导小组|查验机构|检查检验机构|管理机构)$/;
const NOT_A_BODY = /^(各|有关|相关|其他|他|在)|企业|单位|组织/;
const MAX_NAME = 40;

export const TOP_GOVERNMENT = '自治区人民政府';

export function isBodyName(name: string): boolean {
  return name.length >= 2 && name.length <= MAX_NAME && BODY_SUFFIX.test(name) && !NOT_A_BODY.test(name);
}

/** Replaces aliases inside a full name (综保区管理委员会 → 阿拉山口综合保税区管理委员会). */
function expand(full: string, aliases: readonly AliasDefinition[]): string {
  let name = full;
  for (const a of aliases) if (a.full !== full && name.startsWith(a.alias)) name = a.full + name.slice(a.alias.length);
  return name;
}

export function classifyBody(name: string): { level: BodyLevel; kind: BodyKind } {
  const level: BodyLevel = /管理委员会|管委会|片区/.test(name) ? '园区' : /县|旗/.test(name) ? '县市区' : /州|市（地）|设区的市|盟|阿拉山口市/.test(name) ? '州市' : '自治区';
  if (/管理委员会|管委会|片区管理机构/.test(name)) return { level, kind: 'zone_administration' };
  if (/人民政府|行政公署/.test(name)) return { level, kind: 'government' };
  if (/办公室|自贸办|领导小组|委员会/.test(name)) return { level, kind: 'committee' };
  if (/海关|出入境边防|查验机构|检查检验机构/.test(name)) return { level, kind: 'external' };
  return { level, kind: 'department' };
}

export function deriveBodyRegistry(regulations: readonly ExtractedSubjects[]): BodySeed[] {
  const byKey = new Map<string, BodySeed>();
  const add = (jurisdiction: string, name: string, alias?: string) => {
    const key = `${jurisdiction}\u0000${name}`;
    let body = byKey.get(key);
    if (!body) {
      const { level, kind } = classifyBody(name);
      const top = name === TOP_GOVERNMENT;
      body = { name, aliases: [], jurisdiction, level: top ? '自治区' : level, kind: top ? 'government' : kind, parentName: top ? null : TOP_GOVERNMENT };
      byKey.set(key, body);
    }
    if (alias && alias !== name && !body.aliases.includes(alias)) body.aliases.push(alias);
  };
  for (const regulation of regulations) {
    add(regulation.jurisdiction, TOP_GOVERNMENT);
    for (const subject of regulation.subjects) {
      const alias = regulation.aliases.find((a) => a.alias === subject);
      const name = alias ? expand(alias.full, regulation.aliases) : subject;
      if (isBodyName(name)) add(regulation.jurisdiction, name, alias ? subject : undefined);
    }
  }
  // Parents first, so inserting in order satisfies the foreign key.
  return [...byKey.values()].sort((a, b) => Number(a.parentName !== null) - Number(b.parentName !== null) || a.name.localeCompare(b.name));
}
