// Word lists of Chinese legislative grammar the extractor relies on.

/** Nouns that end the name of a responsible body (longest first where one contains another). */
export const BODY_HEADS = [
  '人民政府（行政公署）', '人民代表大会常务委员会', '常务委员会', '人民政府', '行政公署', '主管部门', '部门',
  '联席会议机制', '联席会议', '领导小组', '管理委员会', '委员会', '管委会', '办公室', '机构', '机关', '单位', '组织',
  '团体', '兵团', '自治区', '自治州', '试验区', '综保区', '片区', '海关', '企业', '学校', '院校', '高校', '院所',
  '个人', '地区', '地方', '贸促会', '工商联', '商会', '协会', '中心', '政府', '公署', '法院', '检察院', '局', '厅',
  '新疆', '乌鲁木齐',
];

/** Heads of government or departments that a list (`A、B人民政府`) shares with its earlier members. */
export const SHARED_SUFFIXES = ['人民政府（行政公署）', '人民政府', '行政公署', '主管部门', '部门', '机构', '机关'];

/** Words that make a list member a complete body on its own (it takes no shared suffix). */
export const COMPLETE_BODY = /(人民政府|行政公署|部门|机构|机关|单位|组织|委员会|管委会|办公室|海关|贸促会|工商联|商会|协会|中心|局|厅|兵团|企业|学校|院校|院所|个人|团体)$/;

/** Class nouns after `等` that are generic: the list members are distributed instead (`财政、商务等部门`). */
export const GENERIC_CLASS = ['部门和单位', '有关部门', '相关部门', '部门', '单位', '机构', '方面'];

/**
 * Words that end a body name and start the predicate: prepositions, adverbs and common verbs.
 * Used to find where a subject or an encouraged party stops.
 */
export const PREDICATE_STARTS = [
  '按照', '依照', '根据', '依据', '依法', '依托', '结合', '立足', '围绕', '通过', '对', '在', '为', '与', '同', '向', '从',
  '以', '将', '把', '于', '会同', '配合', '协同', '分别', '共同', '积极', '及时', '切实', '统一', '应当', '应', '须', '必须',
  '要', '可以', '可', '不得', '负责', '承担', '履行', '实行', '执行', '实施', '给予', '建立', '健全', '完善', '推动', '推进',
  '加快', '加强', '加大', '发挥', '做好', '深化', '提升', '提高', '优化', '坚持', '聚焦', '融入', '深度', '设立', '组织',
  '制定', '编制', '统筹', '创新', '重点', '采取', '落实', '开展', '参与', '开发', '采用', '承接', '提供',
  '探索', '引进', '培育', '打造', '构建', '申请', '争取', '直接', '是', '享有', '持续', '大力', '不断', '扩大', '推行',
  '培养', '引入', '研究', '鼓励', '支持', '引导', '倡导', '拓展', '夯实', '做大', '加入', '办好', '创建', '促进',
];

/** Verbs that state a duty when an official body is the subject (`自治区建立…`, `各级人民政府负责…`). */
export const DUTY_VERBS = /^(负责|承担|履行|实行|执行|实施|给予|予以|建立|健全|完善|推动|推进|加快|加强|加大|发挥|做好|深化|提升|提高|优化|坚持|聚焦|融入|深度融入|积极|设立|组织|制定|编制|统筹|创新|重点发展|采取|落实|开展|对|将|根据|按照|依法|结合|立足|围绕|做|强化|构建|打造|深入|大力|全面|扩大|推行|培育|保障|维护|督促|指导|协调|决定|审查)/;

/** Sentence-initial imperatives of plans and of subjectless regulation sentences. */
export const IMPERATIVE_VERBS = /^(率先|推进|推动|加快|建设|建立|探索|支持|完善|实施|健全|加强|深化|提升|提高|优化|开展|推行|发展|大力|打造|构建|培育|拓展|扩大|强化|创新|坚持|落实|促进|组织|制定|实行|执行|搭建|引进|集聚|整合|统筹|发挥|充分|依托|利用|布局|持续|深入|积极|不断|切实|做好|做大|服务|壮大|研究|授权|赋予|联合|委托|培养|吸引|引导|建|设立|申请|高质量|扎实|合作|升级|增强|畅通|规范|清理|丰富|提供|推广|鼓励|借助|用足|启动|编制|筹建|复制)/;
