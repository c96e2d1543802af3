// Turns a subject phrase into the list of bodies it names (annotation guide, subject rules 1-4, 6).
import { COMPLETE_BODY, GENERIC_CLASS, SHARED_HEAD, SHARED_SUFFIXES } from '../lexicon';
import { agentiveEndsAt } from '../grammar/phrase';
import { splitTopLevel } from '../text/segment';
import type { AliasTable } from '../aliases';

const ALIAS_DEFINITION = /（以下(?:简称|统称|称)[“"]?([^”"）]+)[”"]?）/;
const GOVERNMENT = /人民政府（行政公署）|人民政府|行政公署/;
// A conjunction joins two bodies only when the left side is a complete body (`文化和旅游` is one name).
// A member naming a person by role (`经营者`, `监护人`) is complete: it takes no department suffix.
const AGENT_NOUN = /[\u4e00-\u9fa5](者|人)$/;
const CONJUNCTION = /(及其|以及|或者|及(?!以[上下])|和|与)/g;
// Bodies that stand on their own after a conjunction (`家庭农场及个人`, `A或者单位`).
const STANDALONE_BODY = /^(个人|单位|组织|企业|其他组织|社会组织|公民|法人)(?![\u4e00-\u9fa5])/;
// Heads that also end common non-body words (`地方`, `中心`): a left conjunct ending in them is not split off.
const WEAK_HEAD = /(国家|地方|地区|中心|主体)$/;

/** The left conjunct names a body of its own: a complete name, a zone, or any agentive head (`银行`, `监护人`). */
function endsWithBody(left: string): boolean {
  if (COMPLETE_BODY.test(left) || ZONE_OR_REGION.test(left)) return true;
  return agentiveEndsAt(left, left.length) && (!WEAK_HEAD.test(left) || /(人|者)$/.test(left));
}
const ZONE_OR_REGION = /(自治区|自治州|兵团|试验区|示范区|开发区|新区|园区|片区|地区|地方)$/;
const LOCATIVE_PREFIX = /^(.+?(?:所在地的|所在地|所在))(?=[州市县盟旗区]|设区的市)/;
// `自贸试验区内行政机关、事业单位`: bodies inside a zone share the zone prefix.
const ZONE_PREFIX = /^(.{2,12}?区内)/;
const BARE_LEVEL = /^([州市县盟旗]|设区的市|市（地）|县（市、区）|州（地）)/;
const LEVEL = '(?:自治区|自治州|自治县|直辖市|设区的市|市（地）|县（市、区）|州（地）|省|市|区|县|州|乡|镇|旗|盟)';
// A member that is only an administrative level (`区`, `县`, `市和区`) shares the rest of the last member.
const ONLY_LEVELS = new RegExp(`^${LEVEL}((和|及|或者|、)${LEVEL})*$`);
// The shared rest follows the last member's level and any bracket qualifying it (`区（市）`, `区县（自治县）`).
const LEVEL_THEN_REST = new RegExp(`^(.*?${LEVEL}(?:${LEVEL})*(?:（[^）]*）)?)(.+)$`);

function splitConjunctions(phrase: string): string[] {
  const parts: string[] = [];
  let last = 0;
  for (const m of phrase.matchAll(CONJUNCTION)) {
    const left = phrase.slice(last, m.index);
    const right = phrase.slice((m.index ?? 0) + m[0].length);
    if (!left.includes('、') ? endsWithBody(left) || STANDALONE_BODY.test(right) : COMPLETE_BODY.test(left) || ZONE_OR_REGION.test(left) || STANDALONE_BODY.test(right)) {
      parts.push(left);
      last = (m.index ?? 0) + m[0].length;
    }
  }
  parts.push(phrase.slice(last));
  return parts.filter(Boolean);
}

/** Expands one `、` list: `A、B等C`, shared suffixes, and a government level before departments. */
function expandList(segment: string): string[] {
  // `A等C、D`: the class noun C closes its own list; D is a further body.
  const cut = /^(.*?(?<!高)等(?!级)[^、]+)、(.+)$/.exec(segment);
  if (cut) return [...expandList(cut[1]), ...expandList(cut[2])];
  const etc = /^(.*?)(?<!高)等([^、]*)$/.exec(segment);
  if (etc && etc[1].includes('、') === false && !etc[2]) return [etc[1]];
  if (etc) {
    const members = splitTopLevel(etc[1], '、').flatMap((s) => s.text.replace(/、$/, '').split('以及'));
    const cls = etc[2];
    if (cls && !GENERIC_CLASS.includes(cls)) return [cls];
    const suffix = cls === '单位' ? '单位' : cls === '机构' ? '机构' : cls.endsWith('主管部门') ? '主管部门' : cls ? '部门' : '';
    return distributeLevel(members).map((m) => (COMPLETE_BODY.test(m) || !suffix ? m : m + suffix));
  }
  const members = splitTopLevel(segment, '、').map((s) => s.text.replace(/、$/, ''));
  if (members.length === 1) return members;
  // `人口稠密、交通方便的地区`: a list of attributes ending in 的 before one head is one body.
  const earlier = members.slice(0, -1);
  if (/的/.test(members[members.length - 1]) && earlier.every((m) => !/的/.test(m) && !ONLY_LEVELS.test(m) && !endsWithBody(m))) {
    return [segment];
  }
  // `公共场所的经营者、管理者`: a 的 modifier of the first member covers the bare nouns after it.
  const modifier = /^(.+的)([^的]{1,4})$/.exec(members[0]);
  if (modifier && members.slice(1).every((m) => m.length <= 4 && !/的/.test(m) && endsWithBody(m))) {
    return [members[0], ...members.slice(1).map((m) => modifier[1] + m)];
  }
  // `自治区、州、市（地）人民政府（行政公署）口岸主管部门`: levels listed before one department.
  const last = members[members.length - 1];
  const gov = GOVERNMENT.exec(last);
  if (gov && gov.index + gov[0].length < last.length) {
    const dept = last.slice(gov.index + gov[0].length);
    const levels = [...members.slice(0, -1), last.slice(0, gov.index)].flatMap((l) => (ONLY_LEVELS.test(l) ? l.split(/和|及|或者/) : [l]));
    return spreadPrefix(levels).map((level) => level + dept);
  }
  const withLevel = distributeLevel(members).flatMap((m, i, all) => (i < all.length - 1 && ONLY_LEVELS.test(m) ? m.split(/和|及|或者/) : [m]));
  const lastMember = withLevel[withLevel.length - 1];
  const levelRest = LEVEL_THEN_REST.exec(lastMember);
  const onlyLevels = withLevel.slice(0, -1).every((m) => ONLY_LEVELS.test(m));
  const suffix =
    onlyLevels && levelRest && !/^(人民政府|行政公署)/.test(levelRest[2]) && levelRest[2].length >= 2
      ? levelRest[2]
      : (SHARED_SUFFIXES.find((s) => lastMember.endsWith(s) && lastMember.length > s.length) ?? SHARED_HEAD.exec(lastMember)?.[1] ?? '');
  const shared = suffix.replace('（行政公署）', '');
  return spreadPrefix(withLevel.map((m, i) => (i === withLevel.length - 1 || COMPLETE_BODY.test(m) || AGENT_NOUN.test(m) ? m : m + shared)));
}

/** `自治区人民政府发展改革、口岸主管部门`: the first member names a government, the rest are its departments. */
function distributeLevel(members: string[]): string[] {
  const gov = GOVERNMENT.exec(members[0]);
  if (!gov || gov.index + gov[0].length >= members[0].length) return members;
  const level = members[0].slice(0, gov.index);
  const first = members[0].slice(gov.index + gov[0].length);
  return [first, ...members.slice(1)].map((m) => level + m);
}

/** `口岸所在地的州、市（地）`: later bare levels take the place prefix of the first. */
function spreadPrefix(members: string[]): string[] {
  let prefix = '';
  return members.map((m) => {
    const own = LOCATIVE_PREFIX.exec(m);
    if (own) {
      prefix = own[1];
      return m;
    }
    return prefix && BARE_LEVEL.test(m) ? prefix + m : m;
  });
}

/** Bodies named by a subject phrase, aliases resolved, in text order without duplicates. */
export function expandSubject(raw: string, aliases: AliasTable): string[] {
  let phrase = raw.replace(/^由/, '').replace(/[，、]$/, '');
  const defined = ALIAS_DEFINITION.exec(phrase);
  if (defined) return [defined[1]];
  phrase = phrase.replace(/等(有关|相关)?(部门和单位|单位和部门)/g, '等部门');
  // `A人民政府和B、C人民政府的民政部门`: the department of each government, at its level.
  const ofGovernments = /^(.+(?:人民政府|行政公署))的([^的，、]+(?:部门|机构))$/.exec(phrase);
  if (ofGovernments && /[和、及]/.test(ofGovernments[1])) {
    const governments = expandSubject(ofGovernments[1], aliases);
    if (governments.every((g) => GOVERNMENT.test(g))) {
      return [...new Set(governments.map((g) => aliases.resolve(g.replace(GOVERNMENT, '') + ofGovernments[2])))];
    }
  }
  const out: string[] = [];
  for (const part of splitTopLevel(phrase, '，')) {
    const segments = splitConjunctions(part.text.replace(/，$/, ''));
    const governments = segments.filter((s) => GOVERNMENT.test(s) && !s.includes('、'));
    const level = governments.length === 1 && segments[0] === governments[0] ? segments[0].replace(GOVERNMENT, '|').split('|')[0] : '';
    segments.forEach((segment, i) => {
      let bodies = expandList(segment.replace(/^其(?!他)/, ''));
      // Departments listed after one government take its level (`旗县级以上人民政府及商务、海关等部门`).
      if (i > 0 && level) bodies = bodies.map((b) => (GOVERNMENT.test(b) || b.startsWith(level) ? b : level + b));
      out.push(...bodies);
    });
  }
  const resolved = spreadPrefixAcross(out).map((b) => aliases.resolve(b.replace(/等$/, '')));
  return [...new Set(resolved.filter((b) => b.length > 0))];
}

/** A place prefix also carries across `和` (`口岸所在地盟行政公署和设区的市人民政府`), a zone prefix to every later body. */
function spreadPrefixAcross(bodies: string[]): string[] {
  const zone = ZONE_PREFIX.exec(bodies[0] ?? '')?.[1];
  const spread = spreadPrefix(bodies);
  return zone ? spread.map((b) => (b.startsWith(zone) || b.includes('区内') ? b : zone + b)) : spread;
}
