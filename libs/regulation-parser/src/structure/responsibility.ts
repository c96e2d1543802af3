// Responsibility annotations of task-division plans: the bracketed note that names who leads,
// who assists and by when (`（牵头单位：X；配合单位：Y；完成时限：…）`, `（X牵头，Y配合）`, `（X、Y）`).

export interface AnnotationSpan {
  start: number;
  end: number; // exclusive, after the closing bracket
  text: string; // brackets included
}

const OPEN = '（(';
const CLOSE = '）)';

/** `牵头单位：` / `责任部门:` / `配合：` … — a role label followed by a colon. */
const ROLE_LABEL = /(?:牵头|配合|责任|实施|参与|协同|协办|主责|主办|协助|配合协调)(?:单位|部门|处室|主体|领导)?\s*[：:]/;
/** `X牵头` / `X配合` / `X按职责分工负责` / `X结合实际落实` … — bodies followed by their role. */
const ROLE_VERB = /(?:牵头|配合|参与|协同|协助|按职责分工负责|按职责负责|分工负责|负责落实|结合实际落实|组织落实|按职责落实|共同负责|负责)$/;
/** A body name ends with an agentive head (…委, …局, …政府, …中心 …). */
const AGENTIVE_HEAD =
  /(?:委|委员会|局|厅|办|办公室|政府|部门|机关|机构|中心|单位|集团|公司|协会|部|署|院|总队|支队|大队|队|会|联合会|工会|妇联|团委|党委|党组|组|站|所|处|科|室|馆|银行|分行|行|社|街道|镇|乡|管委会|企业|学校|大学|医院)$/;
/** `各区`, `各县级市`, `各县（市、区）`, `各地`, `各市州` … — every district or city, as plans address them. */
const EVERY_AREA = /^各(?:区|县|县级市|县市区|区县|市|市州|地|州|盟|旗|乡镇|街道|设区的市|地市|市县|地州市)$/;
const NOT_ANNOTATION = /以下简称|以下统称|以下称|下称|简称|统称|其中|至少|应当|[〔［[]\d{4}[〕］\]]|第[一二三四五六七八九十百0-9]+[条款项号]|^[一二三四五六七八九十0-9０-９]+$/;
const TIME_CLAUSE = /^(?:完成)?(?:时限|时间|期限|时间节点)\s*[：:]|^\d{4}年|^(?:长期|持续|持续推进|常态化|年内|年底前)/;

/**
 * Bracketed spans of `text` that are responsibility annotations: a role label with a colon,
 * bodies followed by their role (`X牵头`, `Y按职责分工负责`), or a bare list of bodies at the
 * end of a sentence or line. Alias definitions, legal citations and `（一）` markers are not.
 */
export function findAnnotations(text: string): AnnotationSpan[] {
  const spans: AnnotationSpan[] = [...labelLines(text)];
  for (const span of bracketSpans(text)) {
    const inner = text.slice(span.start + 1, span.end - 1).trim();
    if (!inner || NOT_ANNOTATION.test(inner)) continue;
    if (isRoleAnnotation(inner) || (isBodyList(inner) && endsClause(text, span.end))) {
      spans.push({ ...span, text: text.slice(span.start, span.end) });
    }
  }
  return spans.sort((a, b) => a.start - b.start);
}

// `责任单位：省发展改革委、省财政厅` / `牵头单位：X；配合单位：Y；完成时限：…` as a line of its own, unbracketed.
const LABEL_LINE = /^(?:牵头|配合|责任|实施|参与|协同|主责)(?:单位|部门)\s*[：:][^。\n]*$|^(?:完成)?时限\s*[：:][^。\n]{0,40}$/;

/** `责任单位：X` as a whole line: it stands alone, never runs on into the next line. */
export function isLabelLine(line: string): boolean {
  return LABEL_LINE.test(line.trim().replace(/[。；;]$/, ''));
}

/** Whole lines that are a role label and its bodies (some provinces leave out the brackets). */
function labelLines(text: string): AnnotationSpan[] {
  const spans: AnnotationSpan[] = [];
  let start = 0;
  for (const line of text.split('\n')) {
    const trimmed = line.trim();
    if (isLabelLine(trimmed)) {
      const at = start + line.indexOf(trimmed);
      spans.push({ start: at, end: at + trimmed.length, text: trimmed });
    }
    start += line.length + 1;
  }
  return spans;
}

/** Outermost bracket pairs (full- or half-width, nested pairs inside kept whole). */
function bracketSpans(text: string): Array<{ start: number; end: number }> {
  const spans: Array<{ start: number; end: number }> = [];
  let depth = 0;
  let start = -1;
  for (let index = 0; index < text.length; index++) {
    const ch = text[index];
    if (OPEN.includes(ch)) {
      if (depth === 0) start = index;
      depth++;
    } else if (CLOSE.includes(ch) && depth > 0) {
      depth--;
      if (depth === 0) spans.push({ start, end: index + 1 });
    } else if (ch === '\n') {
      depth = 0; // a bracket left open on a line does not swallow the next one
    }
  }
  return spans;
}

function isRoleAnnotation(inner: string): boolean {
  if (ROLE_LABEL.test(inner)) return true;
  const clauses = inner
    .split(/[，,；;]/)
    .map((clause) => clause.trim())
    .filter(Boolean);
  const roles = clauses.filter((clause) => ROLE_VERB.test(clause) && clause.replace(ROLE_VERB, '').length >= 2);
  // Every clause names bodies with their role, or is a time limit: not a sentence that merely says 负责.
  return roles.length > 0 && clauses.every((clause) => roles.includes(clause) || TIME_CLAUSE.test(clause)) && isBodyList(roles[0].replace(ROLE_VERB, '').replace(/等$/, ''));
}

/** `市发展改革委、市财政局等` / `省教育厅和省人力资源社会保障厅` / `各区`: every member is a body. */
function isBodyList(inner: string): boolean {
  if (/[。：:；;]/.test(inner) || inner.length > 300) return false;
  const members = inner
    .replace(/(各[^（）()、，]{1,3})[（(]([^（）()]+)[）)]/g, (_all, head: string, rest: string) => head + rest.replace(/、/g, ''))
    .replace(/（[^（）]*）|\([^()]*\)/g, '') // `市发展改革委（市粮食和储备局）`: the alternate name goes
    .split(/[、，,]/) // not at 和: 工业和信息化局 is one body
    .map((member) => member.trim().replace(/等$/, ''))
    .filter(Boolean);
  return members.length > 0 && members.every(isBody);
}

function isBody(member: string): boolean {
  if (EVERY_AREA.test(member) || /^[省市县区州][委]$/.test(member)) return true;
  return member.length >= 3 && member.length <= 30 && AGENTIVE_HEAD.test(member);
}

/** A bare list of bodies is an annotation only where a task ends: at the line end or before 。/；. */
function endsClause(text: string, end: number): boolean {
  return /^[ \u3000]*(?:[。；;.]|$|\n)/.test(text.slice(end, end + 3)) || text.length === end;
}
