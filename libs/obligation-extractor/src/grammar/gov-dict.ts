// A small dictionary of government vocabulary for the tagger: names of bodies and levels that
// jieba splits badly (`发展改革委` → 发展/改革/委), and function words it tags wrongly in legal prose
// (`依法`/n, `会同`/n, `可以`/c, `及时`/c). Entries replace jieba's own entry for the word.
// Tags follow ICTCLAS: nt organisation, ns place, n noun, vn verb-noun, v verb, p preposition, d adverb.

const HIGH = 200000;

/** [word, tag, frequency]; a frequency of 0 removes the word, so jieba splits it (`开展业务` → 开展/业务). */
export const GOV_WORDS: ReadonlyArray<readonly [string, string, number]> = [
  // Bodies and their heads.
  ['人民政府', 'nt', HIGH],
  ['行政公署', 'nt', HIGH],
  ['管委会', 'nt', HIGH],
  ['管理委员会', 'nt', HIGH],
  ['发展改革委', 'nt', HIGH],
  ['发改委', 'nt', HIGH],
  ['主管部门', 'n', HIGH],
  ['行政主管部门', 'n', HIGH],
  ['监督管理部门', 'n', HIGH],
  ['行政管理部门', 'n', HIGH],
  ['管理机构', 'n', HIGH],
  ['服务机构', 'n', HIGH],
  ['口岸办', 'nt', HIGH],
  ['自贸办', 'nt', HIGH],
  ['设区的市', 'ns', HIGH],
  ['县级以上', 'b', HIGH],
  ['旗县级以上', 'b', HIGH],
  ['自贸试验区', 'ns', HIGH],
  ['综保区', 'ns', HIGH],
  ['工商联', 'nt', HIGH],
  ['贸促会', 'nt', HIGH],
  ['联席会议', 'n', HIGH],
  ['领导小组', 'n', HIGH],
  ['网格员', 'n', HIGH],
  ['控烟办公室', 'n', HIGH],
  // Function words of legal prose.
  ['依法', 'd', HIGH],
  ['会同', 'p', HIGH],
  ['协同', 'p', HIGH],
  ['可以', 'v', HIGH],
  ['及时', 'd', HIGH],
  ['未经', 'd', HIGH],
  ['按规定', 'd', HIGH],
  ['按程序', 'd', HIGH],
  ['有计划地', 'd', HIGH],
  ['有步骤地', 'd', HIGH],
  ['有序地', 'd', HIGH],
  ['重点', 'd', 50000],
  ['高质量', 'd', 50000],
  ['深度', 'd', 50000],
  ['社会组织', 'n', HIGH],
  ['建立健全', 'v', HIGH],
  ['大力', 'd', HIGH],
  ['率先', 'd', HIGH],
  ['交由', 'v', HIGH],
  ['经', 'p', 50000],
  ['下列', 'b', HIGH],
  // Verbs of administration jieba tags as plain nouns (they open predicates, so they are verb-nouns).
  // 报 (submit to): `报州市场监管部门备案`, `报市人民政府批准`; a high frequency keeps it from merging (`报州`).
  ['报', 'v', HIGH],
  ['报告', 'vn', 50000],
  ['备案', 'vn', 50000],
  ['办理', 'v', 50000],
  ['指导', 'vn', 50000],
  ['委托', 'vn', 50000],
  ['核定', 'v', 50000],
  ['行使', 'v', 50000],
  ['利用', 'v', 50000],
  ['面向', 'v', 50000],
  ['有权', 'v', 50000],
  ['布局', 'vn', 50000],
  ['规范', 'vn', 50000],
  ['统一', 'vn', 50000],
  ['深化', 'v', 50000],
  ['做大', 'v', 50000],
  ['用足', 'v', 50000],
  ['高等学校', 'n', HIGH],
  ['统一规划', '', 0],
  ['积极开展', '', 0],
  ['积极参与', '', 0],
  ['开展业务', '', 0],
  ['重点发展', '', 0],
];

/** The entries in jieba's dictionary-file form (`word freq tag` per line), removed words left out. */
export function govDictLines(): string {
  return GOV_WORDS.filter(([, , freq]) => freq > 0)
    .map(([word, tag, freq]) => `${word} ${freq} ${tag}`)
    .join('\n');
}
