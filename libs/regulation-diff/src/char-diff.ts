// A character diff of two short texts (one article each) for showing an amendment side by side.

export interface DiffSegment {
  op: 'same' | 'insert' | 'delete';
  text: string;
}

/** Longest-common-subsequence diff; texts longer than `maxCells` in product fall back to delete-all/insert-all. */
export function diffChars(before: string, after: string, maxCells = 4_000_000): DiffSegment[] {
  const a = [...before];
  const b = [...after];
  if (a.length * b.length > maxCells) return merge([...(a.length ? [{ op: 'delete' as const, text: before }] : []), ...(b.length ? [{ op: 'insert' as const, text: after }] : [])]);
  const w = b.length + 1;
  const lcs = new Uint32Array((a.length + 1) * w);
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lcs[i * w + j] = a[i] === b[j] ? lcs[(i + 1) * w + j + 1] + 1 : Math.max(lcs[(i + 1) * w + j], lcs[i * w + j + 1]);
    }
  }
  const out: DiffSegment[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      out.push({ op: 'same', text: a[i] });
      i++;
      j++;
    } else if (i < a.length && (j === b.length || lcs[(i + 1) * w + j] >= lcs[i * w + j + 1])) {
      out.push({ op: 'delete', text: a[i++] }); // deletions first, as a reader expects "old → new"
    } else {
      out.push({ op: 'insert', text: b[j++] });
    }
  }
  return merge(out);
}

function merge(segments: DiffSegment[]): DiffSegment[] {
  const out: DiffSegment[] = [];
  for (const s of segments) {
    const last = out[out.length - 1];
    if (last && last.op === s.op) last.text += s.text;
    else out.push({ ...s });
  }
  return out;
}
