// A character diff of two short texts (one article each) for showing an amendment side by side.

export interface DiffSegment {
  op: 'same' | 'insert' | 'delete';
  text: string;
}

/**
 * Longest-common-subsequence diff after trimming the common start and end; when the differing
 * middles are too long (their product over `maxCells`) the middle is shown deleted, then inserted.
 */
export function diffChars(before: string, after: string, maxCells = 1_000_000): DiffSegment[] {
  const x = [...before];
  const y = [...after];
  let head = 0;
  while (head < x.length && head < y.length && x[head] === y[head]) head++;
  let tail = 0;
  while (tail < x.length - head && tail < y.length - head && x[x.length - 1 - tail] === y[y.length - 1 - tail]) tail++;
  const same = (chars: string[]) => (chars.length ? [{ op: 'same' as const, text: chars.join('') }] : []);
  const a = x.slice(head, x.length - tail);
  const b = y.slice(head, y.length - tail);
  return merge([...same(x.slice(0, head)), ...middle(a, b, maxCells), ...same(x.slice(x.length - tail))]);
}

function middle(a: string[], b: string[], maxCells: number): DiffSegment[] {
  if (a.length * b.length > maxCells) return [...(a.length ? [{ op: 'delete' as const, text: a.join('') }] : []), ...(b.length ? [{ op: 'insert' as const, text: b.join('') }] : [])];
  // Code points as numbers: comparing them is far cheaper than comparing one-character strings.
  const ca = Int32Array.from(a, (c) => c.codePointAt(0) as number);
  const cb = Int32Array.from(b, (c) => c.codePointAt(0) as number);
  const w = b.length + 1;
  const lcs = new Uint16Array((a.length + 1) * w);
  for (let i = a.length - 1; i >= 0; i--) {
    const row = i * w;
    const next = row + w;
    for (let j = b.length - 1; j >= 0; j--) {
      const down = lcs[next + j];
      const right = lcs[row + j + 1];
      lcs[row + j] = ca[i] === cb[j] ? lcs[next + j + 1] + 1 : down > right ? down : right;
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
  return out;
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
