/** YAML front matter at the top of a markdown export: flat `key: value` pairs only. */
export interface FrontMatter {
  fields: Record<string, string>;
  body: string;
}

const FRONT_MATTER = /^\s*---\n([\s\S]*?)\n---[ \t]*(?:\n|$)/;

export function splitFrontMatter(text: string): FrontMatter {
  const match = FRONT_MATTER.exec(text);
  if (!match) return { fields: {}, body: text };
  const fields: Record<string, string> = {};
  for (const line of match[1].split('\n')) {
    const pair = /^([A-Za-z_][\w-]*):\s*(.*)$/.exec(line);
    if (pair && pair[2]) fields[pair[1]] = pair[2].trim().replace(/^(['"])(.*)\1$/, '$2');
  }
  return { fields, body: text.slice(match[0].length) };
}
