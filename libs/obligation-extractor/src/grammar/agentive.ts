// Agentive heads: the morphological class of nouns that name a body or a person by role
// (…部门, …委员会/…委, …局/厅/办, …政府, …机关/机构/中心/单位, …企业/公司/协会, …者/…人员),
// and the zones and levels of government that stand for their administration.
import type { Token } from './tagger';

/** Suffixes of a word naming an organisation or a person acting in a role. */
const AGENT_SUFFIX =
  /(部门|委员会|管委会|委|局|厅|办公室|办|政府|公署|机关|机构|中心|单位|组织|团体|企业|公司|集团|协会|学会|商会|联合会|工商联|贸促会|海关|银行|医院|学校|院校|高校|院所|法院|检察院|研究院|兵团|小组|联席会议|协调机制|办事处|派出所|事务所|站|馆|社|者|人员|员|个人|法人|人|公民|居民|村民|市民|农民|牧民|渔民|农|职工|主体|媒体|当事方|各方|双方|工商户|农户|用户|住户|商户|经营户|国务院)$/;

/** Zones and levels of government that act as bodies (`自治区支持…`, `综保区应当…`). */
const ZONE_OR_LEVEL = /(自治区|自治州|自治县|试验区|示范区|开发区|保税区|合作区|新区|园区|片区|地区|地方|直辖市|[省市县州旗盟乡镇])$/;

// Words ending like an agentive noun that name a thing, a place or a pronoun (`账户`, `场所`, `他人`).
const NOT_AGENTIVE = /^全[省市县区州旗国]$|^(账户|门户|窗户|场所|住所|处所|他人|本人|或者|动员|人人)$|(布|格|结|大|全|开|时|僵|骗|赌|饭|棋|牌)局$/;

/** A name of a government department or office (not a zone, a firm or a person). */
export const DEPARTMENT = /(部门|机构|机关|委员会|政府|局|厅|办|办公室|中心)$/;

/** The token names a body or a person by its role. */
export function isAgentiveWord(t: Token): boolean {
  // Idioms (`节俭办`) and conjunctions or pronouns that end like a head are not heads.
  if (NOT_AGENTIVE.test(t.word) || /^(c|r|i)$/.test(t.tag) || (/^v/.test(t.tag) && t.tag !== 'vn')) return false;
  // A bare level (`市`, `县`) is a list member that shares a later head, not a body on its own.
  return AGENT_SUFFIX.test(t.word) || (ZONE_OR_LEVEL.test(t.word) && t.word.length > 1);
}

/** A phrase's text ends with an agentive head or one of the document's own aliases. */
export function endsAgentive(text: string, aliases: readonly string[]): boolean {
  return aliases.some((a) => text.endsWith(a)) || AGENT_SUFFIX.test(text) || ZONE_OR_LEVEL.test(text);
}
