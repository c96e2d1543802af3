import { isAdmin, type Actor } from '../access/actor';
import { bodyWithDescendants, type BodyNode } from '../access/body-scope';
import { ValidationError } from '../errors/domain-error';

// Cleaning the body registry (issue 20): bodies found by extraction are names, and an admin
// merges the ones that mean the same unit, renames them, or strikes a name that is no body.

/** Merge, rename, mark as not a body: admins only. */
export const canCleanBodyRegistry = (actor: Actor): boolean => isAdmin(actor);

/**
 * Throws unless `sourceId` may be merged into `targetId`: not a body into itself, nor into one of
 * its own descendants (its children move under the target, which would then be its own ancestor).
 */
export function assertMergeable(sourceId: string, targetId: string, bodies: readonly BodyNode[]): void {
  if (sourceId === targetId) throw new ValidationError('A body cannot be merged into itself', { field: 'intoId' });
  if (bodyWithDescendants(sourceId, bodies).includes(targetId)) {
    throw new ValidationError('A body cannot be merged into one of its own descendants', { field: 'intoId' });
  }
}

/** The target's aliases after the merge: the source's name and aliases join them (no repeats, not its own name). */
export function mergedAliases(source: { name: string; aliases: readonly string[] }, target: { name: string; aliases: readonly string[] }): string[] {
  return [...new Set([...target.aliases, source.name, ...source.aliases])].filter((a) => a !== target.name);
}

/** A rename keeps the name extraction found as an alias, so later documents still resolve to the body. */
export function renamedAliases(body: { name: string; aliases: readonly string[] }, newName: string): string[] {
  return [...new Set([...body.aliases, body.name])].filter((a) => a !== newName);
}

export interface Assignment {
  lead: readonly string[];
  co: readonly string[];
}

/** Lead/co bodies with `fromId` replaced by `toId`; a body never both leads and partners. */
export function mergeAssignment(a: Assignment, fromId: string, toId: string): { lead: string[]; co: string[] } {
  const swap = (ids: readonly string[]) => [...new Set(ids.map((id) => (id === fromId ? toId : id)))];
  const lead = swap(a.lead);
  return { lead, co: swap(a.co).filter((id) => !lead.includes(id)) };
}

/**
 * Lead/co bodies without a name that is no body. A duty it led alone falls back to the
 * regulation's default lead body (none: no lead) and goes back to review.
 */
export function withoutBody(a: Assignment, id: string, defaultLeadId: string | null): { lead: string[]; co: string[]; review: boolean } {
  const ledIt = a.lead.includes(id);
  let lead = a.lead.filter((x) => x !== id);
  if (ledIt && !lead.length && defaultLeadId && defaultLeadId !== id) lead = [defaultLeadId];
  return { lead, co: a.co.filter((x) => x !== id && !lead.includes(x)), review: ledIt };
}

// Qualifiers that place a body (level, locality) rather than say what it does.
const PLACE_PREFIXES = ['普通口岸所在地', '重点专业口岸所在地', '口岸所在地', '片区所在', '自治区', '旗县级以上', '县级以上', '县（市、区）', '设区的市', '市（地）', '的', '、', '州', '盟'];

/**
 * The bare name: what the body does, without where it sits. 自治区交通运输部门 and
 * 口岸所在地县级以上交通运输部门 are both 交通运输部门; 发展改革主管部门 reads as 发展改革部门.
 * Names with the same bare name in one jurisdiction are shown together for merging.
 */
export function bareBodyName(name: string): string {
  let bare = name.trim();
  for (let changed = true; changed; ) {
    changed = false;
    for (const prefix of PLACE_PREFIXES) {
      if (bare.startsWith(prefix) && bare.length - prefix.length >= 2) {
        bare = bare.slice(prefix.length);
        changed = true;
      }
    }
    // 人民政府发展改革部门 → 发展改革部门 (a government's department), but 人民政府 stays.
    if (/^人民政府.+(部门|机构|局|委员会)$/.test(bare)) {
      bare = bare.slice('人民政府'.length);
      changed = true;
    }
  }
  return bare.replace(/主管部门$/, '部门');
}
