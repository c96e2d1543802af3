import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseText } from '@luyue/regulation-parser';
import { diffVersions } from './diff-versions';

const CORPUS = join(__dirname, '../../../test/fixtures/corpus');
const files = readdirSync(CORPUS)
  .filter((f) => f.endsWith('.md'))
  .sort();
const provisionsOf = (f: string) => {
  const p = parseText(readFileSync(join(CORPUS, f), 'utf8'), { fileName: f });
  return p.units.map((u) => ({ article: u.number, suffix: u.suffix, text: p.text.slice(u.start, u.end) }));
};

// Pairs of different regulations of the corpus (every 7th file against the next 7th) stay far under
// the 20 % share below which a version import is refused.
it('finds too little in common between unrelated regulations', () => {
  const shares: number[] = [];
  for (let k = 0; k + 7 < files.length; k += 7) {
    const base = files[k].replace(/\(.*$/, '');
    const other = files[k + 7];
    if (other.startsWith(base)) continue;
    const a = provisionsOf(files[k]);
    const b = provisionsOf(other);
    if (a.length < 5 || b.length < 5) continue;
    const share = diffVersions({ provisions: a, obligations: [] }, { provisions: b, obligations: [] }).alignedShare;
    shares.push(share);
  }
  expect(shares.length).toBeGreaterThan(30);
  expect(Math.max(...shares)).toBeLessThan(0.2);
});
