/** YAML front matter at the top of a markdown export: flat `key: value` pairs only. */
export interface FrontMatter {
  fields: Record<string, string>;
  body: string;
}

const FRONT_MATTER = /^\s*---\n([\s\S]*?)\n---[ \t]*(?:\n|$)/;

/** Chinese keys of government-site exports (`标题:`, `文号:` …) under the names the parser reads. */
const CHINESE_KEYS: Record<string, string> = {
  标题: 'title',
  文号: 'document_number',
  发文字号: 'document_number',
  发布单位: 'author',
  发文机关: 'author',
  发文单位: 'author',
  发布日期: 'publication_date',
  印发日期: 'publication_date',
  成文日期: 'publication_date',
  施行日期: 'effective_date',
  生效日期: 'effective_date',
};

export function splitFrontMatter(text: string): FrontMatter {
  const match = FRONT_MATTER.exec(text);
  if (!match) return { fields: {}, body: text };
  const fields: Record<string, string> = {};
  for (const line of match[1].split('\n')) {
    const pair = /^([A-Za-z_][\w-]*|[\u4e00-\u9fa5]{2,6})[:：]\s*(.*)$/.exec(line);
    if (!pair || !pair[2]) continue;
    const key = CHINESE_KEYS[pair[1]] ?? pair[1];
    fields[key] ??= pair[2].trim().replace(/^(['"])(.*)\1$/, '$2');
  }
  return { fields, body: text.slice(match[0].length) };
}
