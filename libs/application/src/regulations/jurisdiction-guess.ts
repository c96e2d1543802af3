import type { RegulationKind } from '@luyue/contracts';

// Guesses the provincial-level jurisdiction a regulation applies in from its title, issuer and opening text.

const PROVINCES: { name: string; keys: string[] }[] = [
  {
    name: '新疆维吾尔自治区',
    keys: ['新疆', '乌鲁木齐', '博尔塔拉', '阿拉山口', '喀什', '霍尔果斯', '伊犁', '昌吉', '克拉玛依', '吐鲁番', '哈密', '阿克苏', '和田', '巴音郭楞', '克孜勒苏', '塔城', '阿勒泰', '石河子'],
  },
  {
    name: '内蒙古自治区',
    keys: ['内蒙古', '呼和浩特', '包头', '鄂尔多斯', '赤峰', '通辽', '呼伦贝尔', '巴彦淖尔', '乌兰察布', '锡林郭勒', '兴安盟', '阿拉善', '乌海', '满洲里', '二连浩特'],
  },
  { name: '西藏自治区', keys: ['西藏', '拉萨', '日喀则'] },
  { name: '广西壮族自治区', keys: ['广西', '南宁', '桂林', '凭祥'] },
  { name: '宁夏回族自治区', keys: ['宁夏', '银川'] },
  { name: '黑龙江省', keys: ['黑龙江', '哈尔滨', '黑河', '绥芬河'] },
  { name: '吉林省', keys: ['吉林', '长春', '珲春'] },
  { name: '辽宁省', keys: ['辽宁', '沈阳', '大连', '丹东'] },
  { name: '云南省', keys: ['云南', '昆明', '瑞丽', '西双版纳'] },
  { name: '甘肃省', keys: ['甘肃', '兰州'] },
  { name: '青海省', keys: ['青海', '西宁'] },
];

function firstMatch(text: string | null | undefined): string | null {
  if (!text) return null;
  let best: { name: string; at: number } | null = null;
  for (const province of PROVINCES) {
    for (const key of province.keys) {
      const at = text.indexOf(key);
      if (at >= 0 && (!best || at < best.at)) best = { name: province.name, at };
    }
  }
  return best?.name ?? null;
}

/** The jurisdiction of national laws, State Council regulations and ministry rules. */
export const NATIONAL_JURISDICTION = '全国';

/** Issuers of national texts: the NPC and its Standing Committee, the State Council, a ministry or national agency. */
const NATIONAL_ISSUER = /^(全国人民代表大会|国务院|中华人民共和国|国家|中国人民银行|海关总署|最高人民)|部$/;
/** What the header of a national text says: 主席令, 国务院令, adopted by the NPC (Standing Committee), a ministry's order. */
const NATIONAL_HEADER = /(主席令|国务院令|全国人民代表大会|国务院(常务会议|第\d+次常务会议|关于修改)|部令)/;

/** The text before the first article: the promulgation notes (a national law's first article may cite any place). */
function header(text: string | null | undefined): string {
  if (!text) return '';
  const first = text.search(/^\s*第一条/m);
  return text.slice(0, first >= 0 ? Math.min(first, 3000) : 1000);
}

function isNational(input: { title?: string | null; issuer?: string | null; text?: string | null }): boolean {
  return /^中华人民共和国/.test(input.title?.trim() ?? '') || NATIONAL_ISSUER.test(input.issuer?.trim() ?? '') || NATIONAL_HEADER.test(header(input.text));
}

/**
 * The title decides first (国务院's 中国（新疆）…方案 is about 新疆), then the issuer, then the
 * signs of a national text (全国), then the opening text. Null when nothing names a known
 * jurisdiction: the importer must then be told.
 */
export function guessJurisdiction(input: { title?: string | null; issuer?: string | null; text?: string | null }): string | null {
  return firstMatch(input.title) ?? firstMatch(input.issuer) ?? (isNational(input) ? NATIONAL_JURISDICTION : null) ?? firstMatch(input.text?.slice(0, 2000));
}

/** 条例/规定/办法 → local regulation, …法 → law, 方案/规划/计划 → plan, 通知/意见 → notice. */
export function guessRegulationKind(title: string | null | undefined): RegulationKind {
  const t = (title ?? '').replace(/[（(].*?[)）]\s*$/, '').trim();
  if (/(方案|规划|计划|纲要)$/.test(t)) return 'plan';
  if (/(通知|意见|决定)$/.test(t)) return 'notice';
  if (/法$/.test(t)) return 'law';
  return 'local_regulation';
}
