// Closed classes of the grammar of subject lists (shared suffixes, class nouns); open classes
// (verbs, agentive nouns) are read by the tagger in grammar/.

/** Heads of government or departments that a list (`A、B人民政府`) shares with its earlier members. */
export const SHARED_SUFFIXES = [
  '人民政府（行政公署）',
  '人民政府',
  '行政公署',
  '行政主管部门',
  '监督管理部门',
  '行政管理部门',
  '主管部门',
  '行政部门',
  '管理部门',
  '部门',
  '管理机构',
  '服务机构',
  '机构',
  '机关',
];

/** Generic heads a list of bare modifiers shares (`A、B管理机构`, `A、B销售者`): head noun phrases, not names. */
export const SHARED_HEAD = /(行政主管部门|监督管理部门|行政管理部门|主管部门|行政部门|管理部门|管理机构|服务机构|[\u4e00-\u9fa5]{2}(?:者|人员))$/;

/** Words that make a list member a complete body on its own (it takes no shared suffix). */
export const COMPLETE_BODY = /(人民政府|行政公署|部门|机构|机关|单位|组织|委员会|管委会|办公室|海关|贸促会|工商联|商会|协会|中心|局|厅|兵团|企业|学校|院校|院所|个人|团体|地区)(（[^）]*）)?$/;

/** Class nouns after `等` that are generic: the list members are distributed instead (`财政、商务等部门`). */
export const GENERIC_CLASS = ['部门和单位', '有关主管部门', '相关主管部门', '主管部门', '有关部门', '相关部门', '部门', '单位', '机构', '方面'];
