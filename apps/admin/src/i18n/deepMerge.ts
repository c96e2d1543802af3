export type Tree = { [key: string]: unknown };

/** Deep merge so any key missing from a translation falls back to the English one. */
export function deepMerge(base: Tree, override: Tree): Tree {
  const out: Tree = { ...base };
  for (const [key, value] of Object.entries(override)) {
    const prev = out[key];
    out[key] = isTree(prev) && isTree(value) ? deepMerge(prev, value) : value;
  }
  return out;
}

const isTree = (v: unknown): v is Tree =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
