// Splits the body list of a responsibility annotation (`市发展改革委、市商务委等`) into the bodies
// it names, as written (guide, "Task-division plans", Responsibility).
import type { AliasTable } from '../aliases';
import { splitTopLevel } from '../text/segment';

// An organ's name ends at one of these heads; a member ending so can stand on its own.
const ORGAN_HEAD = /(委员会|委|局|厅|办公室|办|政府|署|部|院|集团|公司|中心|总队|支队|银行|协会|联合会|工会|妇联|团委|党委|管委会|单位|部门|机构|机关|区|县|市|镇|乡|街道)$/;
// A sub-unit (`外资处`) that names no organ of its own takes the organ of the member before it.
const SUB_UNIT = /^[\u4e00-\u9fa5]{1,8}(处|科|室|股)$/;
const HAS_ORGAN = /(委员会|委|局|厅|办|政府|署|部|院|集团|公司|^[省市县区州旗乡镇])/;
const ORGAN_THEN_SUB_UNIT = /^(.*(?:委员会|委|局|厅|办公室|办|政府|署|部|院|集团|公司|中心))[\u4e00-\u9fa5]{1,8}(?:处|科|室|股)$/;
// The right side of `和` opens a new name with its own level (`市…`, `各…`).
const LEVEL_START = /^(省|市|县|区|州|盟|旗|自治区|自治州|各|国家)/;
// Members after `各区` that name another kind of area take its `各` (`各区、县级市` → `各县级市`).
const BARE_AREA = /^(县级市|县|区|市|乡镇|街道|镇|乡|区县|县区|旗)(人民政府|政府)?$/;
// `有关单位` after named bodies is a generic head, not a body (`市港务集团等有关单位` → `市港务集团`).
const GENERIC_HEAD = /等(有关|相关)?(单位|部门|机构|部门和单位|单位和部门)$/;

/** Splits at `和`/`及` only between two complete names (`市财政局和市税务局`, not `市工业和信息化局`). */
function splitConjunction(member: string): string[] {
  const m = /^(.+?)(?:和|及|以及)(.+)$/.exec(member);
  if (!m || m[1].length < 3 || !ORGAN_HEAD.test(m[1]) || !LEVEL_START.test(m[2]) || !ORGAN_HEAD.test(m[2])) {
    return [member];
  }
  return [m[1], ...splitConjunction(m[2])];
}

/** Bodies of one list, in text order, aliases the document defines resolved. */
export function readBodyList(list: string, aliases: AliasTable): string[] {
  const members = splitTopLevel(list, '、，,；;')
    .map((s) => s.text.replace(/[、，,；;]$/, '').trim())
    .flatMap(splitConjunction)
    .map((m) => m.replace(/^由/, '').replace(GENERIC_HEAD, '').replace(/等$/, '').trim())
    .filter(Boolean);
  const out: string[] = [];
  members.forEach((member, i) => {
    let body = member;
    const previous = out[out.length - 1];
    if (previous && SUB_UNIT.test(member) && !HAS_ORGAN.test(member.replace(/(处|科|室|股)$/, ''))) {
      const organ = ORGAN_THEN_SUB_UNIT.exec(previous)?.[1];
      if (organ) body = organ + member;
    }
    if (i > 0 && previous?.startsWith('各') && BARE_AREA.test(member)) body = `各${member}`;
    out.push(aliases.resolve(body));
  });
  // A generic member (`有关单位`) after named bodies only repeats them.
  const named = out.filter((b) => !/^(有关|相关)(单位|部门)$/.test(b));
  return [...new Set(named.length ? named : out)];
}
